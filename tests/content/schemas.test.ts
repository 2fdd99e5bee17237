/**
 * The zod schemas are the one place a field's type, default and description
 * are written: the JSON Schema files in schemas/ and the field tables of the
 * editors' guide are generated from them (node scripts/schemas.ts) and must
 * match; every field is described; the scaffold and the sample report point
 * editors at the schema files.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { readKpiTable } from '../../src/kpi/read.ts';
import { TEMPLATE_DIR } from '../../src/content/scaffold.ts';
import { fieldTable } from '../../scripts/schemas/field-table.ts';
import { children, jsonSchemaFile, rawJsonSchema, type Node } from '../../scripts/schemas/json-schema.ts';
import { SCHEMA_FILES, staleOutputs } from '../../scripts/schemas/outputs.ts';
import { ROOT } from '../support/paths.ts';

describe('generated from the schemas', () => {
  it('schemas/ and the field tables of content/README.md are what the schemas generate', () => {
    expect(staleOutputs(ROOT), 'run node scripts/schemas.ts').toEqual([]);
  });

  it('every field of every schema file is described', () => {
    const undescribed: string[] = [];
    const walk = (node: Node, at: string) => {
      for (const [name, property] of Object.entries(node.properties ?? {})) {
        if (!property.description) undescribed.push(`${at}${name}`);
      }
      for (const child of children(node)) walk(child, at);
    };
    for (const [file, { schema }] of Object.entries(SCHEMA_FILES)) walk(rawJsonSchema(schema), `${file}: `);
    expect(undescribed).toEqual([]);
  });

  it('a type JSON Schema cannot express stops the generation', () => {
    expect(() => rawJsonSchema(z.object({ when: z.date() }))).toThrow(/Date/);
  });

  it('puts each default into the description editors show', () => {
    const file = JSON.parse(jsonSchemaFile(z.object({ size: z.string().default('A4').describe('Page size.'), label: z.string().optional().describe('Label. Default: the title.') }), 'T')) as Node;
    expect(file.title).toBe('T');
    expect(file.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(file.properties!.size!.description).toBe('Page size. Default: `A4`.');
    expect(file.properties!.size!.markdownDescription).toBe('Page size. Default: `A4`.');
    expect(file.properties!.label!.description).toBe('Label. Default: the title.');
  });

  it('writes a field table: type, default (required, literal, stated or none), description with examples', () => {
    const schema = z.object({
      title: z.string().describe('The title.'),
      period: z.object({ start: z.iso.date().meta({ title: 'date' }).describe('First day.') }),
      kind: z.enum(['a', 'b']).default('a').describe('The kind.'),
      short: z.string().optional().meta({ description: 'Short title. Default: the title.', examples: ['年报'] }),
      items: z.array(z.object({ id: z.string().describe('Id.') })).default([]).describe('Items.'),
      x: z.number().optional().describe('Not used.'),
      y: z.number().optional().describe('Not used.'),
    });
    expect(fieldTable(rawJsonSchema(schema)).split('\n')).toEqual([
      '| field | type | default | description |',
      '| --- | --- | --- | --- |',
      '| `title` | text | required | The title. |',
      '| `period.start` | date | required | First day. |',
      '| `kind` | `a` or `b` | `a` | The kind. |',
      '| `short` | text | the title | Short title. Example: `年报`. |',
      '| `items` | list | none | Items. |',
      '| `items[].id` | text | required | Id. |',
      '| `x`, `y` | number | none | Not used. |',
    ]);
  });
});

/** The schema a file names: a YAML file in its first line, a JSON file (a template, not yet JSON) in `"$schema"`. */
function schemaReference(file: string): string | undefined {
  const text = readFileSync(file, 'utf8');
  const named = file.endsWith('.json') ? /^\{\s*"\$schema": "([^"]+)"/.exec(text) : /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
  return named?.[1];
}

const SCHEMA_OF: Record<string, string> = {
  'report.yaml': 'report.schema.json',
  'glossary.yaml': 'glossary.schema.json',
  '_brand.yml': 'brand.schema.json',
};

describe('editors find the schemas', () => {
  it('a report made by init names them where npm install puts Bifolio (node_modules/bifolio beside report.yaml)', () => {
    const files = [...Object.keys(SCHEMA_OF), 'data/kpi/environment.json'];
    for (const file of files) {
      const reference = schemaReference(path.join(TEMPLATE_DIR, file));
      expect(reference, file).toBeDefined();
      const fromReport = path.posix.normalize(path.posix.join(path.posix.dirname(file), reference!));
      const expected = `node_modules/bifolio/schemas/${SCHEMA_OF[file] ?? 'kpi-table.schema.json'}`;
      expect(fromReport, file).toBe(expected);
      expect(() => readFileSync(path.join(ROOT, expected.replace('node_modules/bifolio/', ''))), file).not.toThrow();
    }
  });

  it('the sample report names the schema files of this repository', () => {
    const content = path.join(ROOT, 'content');
    const kpi = readdirSync(path.join(content, 'data', 'kpi')).map((name) => `data/kpi/${name}`);
    for (const file of ['report.yaml', 'glossary.yaml', ...kpi]) {
      const reference = schemaReference(path.join(content, file));
      expect(reference, file).toBeDefined();
      const target = path.resolve(path.dirname(path.join(content, file)), reference!);
      expect(path.relative(ROOT, target), file).toBe(path.join('schemas', SCHEMA_OF[file] ?? 'kpi-table.schema.json'));
    }
  });

  it('a KPI table may name its schema: the check passes it over', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kpi-schema-'));
    const file = path.join(dir, 'energy.json');
    const table = {
      $schema: '../../node_modules/bifolio/schemas/kpi-table.schema.json',
      id: 'energy',
      title: '能源',
      years: [2024],
      groups: [{ id: 'use', label: '能源', rows: [{ id: 'total', label: '总耗能', values: { '2024': 1 } }] }],
    };
    writeFileSync(file, JSON.stringify(table, null, 2));
    const { table: read, diagnostics } = readKpiTable(file);
    expect(diagnostics).toEqual([]);
    expect(read?.groups[0]?.rows[0]?.values).toEqual({ '2024': 1 });
  });
});
