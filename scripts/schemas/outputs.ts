/**
 * What `node scripts/schemas.ts` writes from the zod schemas: the JSON Schema
 * files in `schemas/` (shipped with the package, for editors' completion and
 * inline errors) and the field tables of the editors' guide, between
 * `<!-- fields:<name> start -->` and `<!-- fields:<name> end -->`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { brandSchema } from '../../src/content/brand-schema.ts';
import { chapterSchema } from '../../src/content/chapter-schema.ts';
import { glossarySchema } from '../../src/content/glossary-schema.ts';
import { reportSchema } from '../../src/content/report-schema.ts';
import { kpiCheckSchema, kpiRowSchema, kpiTableSchema } from '../../src/kpi/schema.ts';
import { fieldTable, type TableShape } from './field-table.ts';
import { jsonSchemaFile, rawJsonSchema } from './json-schema.ts';

/** The JSON Schema files, by name in `schemas/`. */
export const SCHEMA_FILES: Record<string, { schema: z.ZodType; title: string }> = {
  'report.schema.json': { schema: reportSchema, title: 'Bifolio report configuration (report.yaml)' },
  'glossary.schema.json': { schema: glossarySchema, title: 'Bifolio glossary (glossary.yaml)' },
  'brand.schema.json': { schema: brandSchema, title: 'Bifolio brand (_brand.yml)' },
  'kpi-table.schema.json': { schema: kpiTableSchema, title: 'Bifolio KPI table (data/kpi/<id>.json)' },
  'chapter.schema.json': { schema: chapterSchema, title: "Bifolio chapter frontmatter (chapters/*.mdx)" },
};

/** The field tables of the guide, by marker name. */
const FIELD_TABLES: Record<string, { schema: z.ZodType } & TableShape> = {
  report: { schema: reportSchema },
  chapter: { schema: chapterSchema, collapse: ['disclosures', 'glossary'] },
  glossary: { schema: glossarySchema, expand: ['protected'] },
  'kpi-table': { schema: kpiTableSchema, collapse: ['groups[].rows', 'checks'] },
  'kpi-row': { schema: kpiRowSchema },
  'kpi-check': { schema: kpiCheckSchema },
  brand: { schema: brandSchema, expand: ['logo'] },
};

const SCHEMAS_DIR = 'schemas';
const GUIDE = 'content/README.md';

const markers = (name: string) => [`<!-- fields:${name} start -->`, `<!-- fields:${name} end -->`] as const;

/** The guide with each field table replaced by the generated one; a missing marker is an error naming it. */
function fillGuide(guide: string): string {
  let text = guide;
  for (const [name, { schema, ...shape }] of Object.entries(FIELD_TABLES)) {
    const [start, end] = markers(name);
    const from = text.indexOf(start);
    const to = text.indexOf(end, from);
    if (from < 0 || to < 0) throw new Error(`${GUIDE} has no ${start} … ${end}`);
    text = `${text.slice(0, from + start.length)}\n${fieldTable(rawJsonSchema(schema), shape)}\n${text.slice(to)}`;
  }
  return text;
}

/** Every generated file, by path from the repository root, with its content. */
export function generatedFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, { schema, title }] of Object.entries(SCHEMA_FILES)) files.set(path.posix.join(SCHEMAS_DIR, name), jsonSchemaFile(schema, title));
  files.set(GUIDE, fillGuide(readFileSync(path.join(root, GUIDE), 'utf8')));
  return files;
}

/** What differs from what the schemas generate: a file, or a field table of the guide (`content/README.md (fields:report)`). */
export function staleOutputs(root: string, files: ReadonlyMap<string, string> = generatedFiles(root)): string[] {
  const stale: string[] = [];
  for (const [file, expected] of files) {
    const full = path.join(root, file);
    const actual = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
    if (actual === expected) continue;
    if (file !== GUIDE || actual === undefined) {
      stale.push(file);
      continue;
    }
    const tables = Object.keys(FIELD_TABLES).filter((name) => section(actual, name) !== section(expected, name));
    stale.push(...(tables.length ? tables.map((name) => `${GUIDE} (fields:${name})`) : [GUIDE]));
  }
  return stale;
}

function section(text: string, name: string): string {
  const [start, end] = markers(name);
  const from = text.indexOf(start);
  return from < 0 ? '' : text.slice(from, text.indexOf(end, from));
}
