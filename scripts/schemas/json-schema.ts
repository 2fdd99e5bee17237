/**
 * JSON Schema from the zod schemas: draft-07 (what the YAML language server
 * and VS Code's JSON support fully read), of the input editors write (`io:
 * 'input'`: a field with a default is optional). Descriptions come from the
 * schemas' `.describe()`/`.meta()`; each also says its default, so an
 * editor's hover shows it.
 */
import { z } from 'astro/zod';

/** A JSON Schema node, as `z.toJSONSchema` writes it. */
export interface Node {
  type?: string | string[];
  title?: string;
  description?: string;
  markdownDescription?: string;
  default?: unknown;
  examples?: unknown[];
  const?: unknown;
  enum?: unknown[];
  format?: string;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, Node>;
  required?: string[];
  additionalProperties?: Node | boolean;
  propertyNames?: Node;
  items?: Node;
  anyOf?: Node[];
  oneOf?: Node[];
  [keyword: string]: unknown;
}

/**
 * The JSON Schema of a zod schema. A type JSON Schema cannot express (a
 * date object, a function) fails the generation (`unrepresentable: 'throw'`);
 * refinements (`.refine`, `.superRefine`: the period's order, a head entry's
 * https address) are left out, as are the default and examples of a field
 * whose value is transformed (a chapter's `disclosures`, the report's `head`).
 */
export function rawJsonSchema(schema: z.ZodType): Node {
  return z.toJSONSchema(schema, { target: 'draft-07', io: 'input', unrepresentable: 'throw' }) as Node;
}

/** Nodes directly under a node: properties, list items, map values, union branches. */
export function children(node: Node): Node[] {
  const values = typeof node.additionalProperties === 'object' ? [node.additionalProperties] : [];
  return [...Object.values(node.properties ?? {}), ...(node.items ? [node.items] : []), ...values, ...(node.anyOf ?? []), ...(node.oneOf ?? [])];
}

/** A value as inline code. */
export const code = (value: unknown): string => `\`${typeof value === 'string' ? value : compact(value)}\``;

/** JSON on one line, spaced for reading. */
export function compact(value: unknown): string {
  return JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ').replace(/([[{]) /g, '$1').replace(/ ([\]}])/g, '$1').replace(/^\{(.+)\}$/, '{ $1 }');
}

/** How a literal default reads: `A4`, or none for an empty value; nothing for an object whose fields have their own defaults. */
function literalDefault(node: Node): string | undefined {
  if (!('default' in node) || node.properties) return undefined;
  const value = node.default;
  const empty = value === null || value === '' || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && value !== null && Object.keys(value).length === 0);
  if (empty) return 'none';
  return Array.isArray(value) ? value.map(code).join(', ') : code(value);
}

/** A field's meaning and its default: the description's "Default: …" sentence, else the literal default. */
export function fieldDoc(node: Node): { description: string; default?: string } {
  const text = node.description ?? '';
  const stated = /^(.*?)\s*Default: (.+?)\.?$/s.exec(text);
  if (stated) return { description: stated[1]!, default: stated[2]! };
  return { description: text, default: literalDefault(node) };
}

/** Every described node also says its default; `markdownDescription` renders its code spans in VS Code. */
function withDefaults(node: Node): void {
  if (node.description !== undefined) {
    const doc = fieldDoc(node);
    const described = doc.default && doc.default !== 'none' ? `${doc.description} Default: ${doc.default}.`.trim() : node.description;
    node.description = described;
    node.markdownDescription = described;
  }
  children(node).forEach(withDefaults);
}

/** The schema file's content: `$schema`, a title, then the schema with its defaults in every description. */
export function jsonSchemaFile(schema: z.ZodType, title: string): string {
  const { $schema, ...rest } = rawJsonSchema(schema);
  const node: Node = { $schema, title, ...rest };
  withDefaults(node);
  return `${JSON.stringify(node, null, 2)}\n`;
}
