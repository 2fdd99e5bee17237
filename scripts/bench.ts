/**
 * npm run bench [-- file …]
 *
 * Conversion throughput (raw opencc-js against Bifolio's converter and HTML
 * pipeline, on the same ≥ 300,000-character text: generated from the sample
 * report, or read from the files given) and the golden corpus pass rates.
 * Prints tables and writes them to BENCHMARKS.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { conversionThroughput } from '../src/bench/conversion.ts';
import { goldenRates, readGoldenCorpus } from '../src/bench/golden.ts';
import { benchmarkText } from '../src/bench/sample-text.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const files = process.argv.slice(2);
const text = files.length
  ? files.map((f) => readFileSync(f, 'utf8')).join('\n')
  : benchmarkText(path.join(root, 'content'), 300_000);
const source = files.length ? `${files.length} file(s) given on the command line` : 'the sample report’s sentences, shuffled (seed 2024)';

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const throughput = conversionThroughput(text, 9);
const throughputTable = table(
  ['what', 'characters/s', '× raw opencc-js'],
  throughput.map((r) => [r.name, fmt(r.charsPerSecond), r.ratio.toFixed(2)]),
);
const golden = goldenRates(readGoldenCorpus(path.join(root, 'tests', 'fixtures', 'golden')));
const goldenTable = table(
  ['profile', 'cases', 'Bifolio passes', 'plain OpenCC passes', 'Bifolio wrong chars / 100', 'OpenCC wrong chars / 100'],
  golden.map((g) => [
    g.profile,
    String(g.cases),
    `${g.bifolioPassed} (${((100 * g.bifolioPassed) / g.cases).toFixed(1)} %)`,
    `${g.openccPassed} (${((100 * g.openccPassed) / g.cases).toFixed(1)} %)`,
    g.bifolioCharErrors.toFixed(2),
    g.openccCharErrors.toFixed(2),
  ]),
);

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node.js ${process.version}, ${os.platform()} ${os.release()}`;
const report = `# Benchmarks

Machine: ${machine}.
Produced by \`npm run bench\`; timings are medians of 9 runs after a warm-up, ratios are measured in the same run.

## Conversion throughput

Input: ${fmt(text.length)} characters (${source}). "Plain OpenCC" is opencc-js's own cn → tw converter; "plain OpenCC" passes also count its missing corner-bracket quotes as errors.

${throughputTable}

## Golden corpus

${goldenTable}
`;
console.log(report);
writeFileSync(path.join(root, 'BENCHMARKS.md'), report);
