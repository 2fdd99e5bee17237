/**
 * The zod schemas are the one place a field's type, default and description
 * are written: the JSON Schema files in schemas/ and the field tables of the
 * editors' guide are generated from them (node scripts/schemas.ts) and must
 * match; every field is described.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
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
