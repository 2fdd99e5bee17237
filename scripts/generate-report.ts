/**
 * node scripts/generate-report.ts <scale> [out-dir] [--seed n]
 *
 * Writes a synthetic report of `scale` units of prose (default
 * out-dir: .bench/report-<scale>x), for benchmarks: the same scale and seed
 * always give the same files.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSyntheticReport } from '../src/bench/synthetic-report.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const seedAt = args.indexOf('--seed');
const seed = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : undefined;
const scale = Number(args[0]);
if (!(scale > 0) || (seed !== undefined && !Number.isInteger(seed))) {
  console.error('usage: node scripts/generate-report.ts <scale, e.g. 4> [out-dir] [--seed <integer>]');
  process.exit(2);
}
const outDir = path.resolve(args[1] ?? path.join(root, '.bench', `report-${scale}x`));
const result = writeSyntheticReport({ sampleDir: path.join(root, 'content'), outDir, scale, seed });
console.log(
  `${path.relative(process.cwd(), outDir) || '.'}: ${result.chapters} chapters, ${result.characters.toLocaleString('en-US')} characters of prose, ${result.kpiTables} KPI tables`,
);
