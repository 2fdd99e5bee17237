/**
 * Writes what the zod schemas generate: the JSON Schema files in `schemas/`
 * and the field tables of the editors' guide (`content/README.md`). The
 * schemas are the one place a field's type, default and description are
 * written; edit them, then run this.
 *
 *   node scripts/schemas.ts           write the files
 *   node scripts/schemas.ts --check   exit 1 naming what is stale
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFiles, staleOutputs } from './schemas/outputs.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
let files: Map<string, string>;
let stale: string[];
try {
  files = generatedFiles(root);
  stale = staleOutputs(root, files);
} catch (error) {
  console.error(`node scripts/schemas.ts: ${(error as Error).message}`);
  process.exit(1);
}

if (check) {
  if (stale.length) {
    console.error(`stale, not what the schemas generate: ${stale.join(', ')}  (run node scripts/schemas.ts)`);
    process.exit(1);
  }
  console.log('schemas/ and the field tables of content/README.md are up to date');
} else {
  for (const [file, text] of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  console.log(stale.length ? `wrote ${stale.join(', ')}` : 'schemas/ and the field tables of content/README.md were up to date');
}
