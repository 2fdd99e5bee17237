/**
 * The field tables of the editors' guide, from the JSON Schema: one row per
 * field, with its type, default and description, in the schema's order.
 * Objects are opened into their fields (`period.start`), lists of objects
 * into their items' (`variants[].code`); `collapse` keeps a field whole,
 * `expand` opens the object among a field's alternatives (`logo`).
 */
import { code, fieldDoc, type Node } from './json-schema.ts';

export interface TableShape {
  /** Fields shown as one row, not opened. */
  collapse?: readonly string[];
  /** Fields whose object alternative is opened below them. */
  expand?: readonly string[];
}

interface Row {
  field: string;
  type: string;
  default: string;
  description: string;
}

function alternatives(parts: string[]): string {
  const unique = [...new Set(parts)];
  return unique.length < 2 ? (unique[0] ?? '') : `${unique.slice(0, -1).join(', ')} or ${unique.at(-1)}`;
}

const range = (node: Node) => (node.minimum !== undefined && node.maximum !== undefined ? ` ${node.minimum}–${node.maximum}` : '');

/** An object with fields, or a choice among such objects: a list of them is a "list", its fields in rows of their own. */
const isObject = (node: Node): boolean => Boolean(node.properties) || Boolean((node.anyOf ?? node.oneOf)?.every(isObject));

/** What kind of value a field takes, in words. */
function typeText(node: Node): string {
  if (node.title) return node.title;
  if ('const' in node) return code(node.const);
  if (node.enum) return alternatives(node.enum.map(code));
  const union = node.anyOf ?? node.oneOf;
  if (union) return alternatives(union.map(typeText));
  if (Array.isArray(node.type)) return alternatives(node.type.map((type) => typeText({ type })));
  switch (node.type) {
    case 'string':
      return node.format === 'date' ? 'date' : node.format === 'uri' ? 'address' : 'text';
    case 'integer':
      return `whole number${range(node)}`;
    case 'number':
      return 'number';
    case 'boolean':
      return '`true`/`false`';
    case 'null':
      return '`null`';
    case 'array':
      return node.items && Object.keys(node.items).length && !isObject(node.items) ? `list of ${typeText(node.items)}` : 'list';
    case 'object':
      if (node.properties) return Object.keys(node.properties).length > 4 ? 'fields' : `{ ${Object.keys(node.properties).map(code).join(', ')} }`;
      if (typeof node.additionalProperties === 'object') return `${node.propertyNames?.title ?? 'name'} → ${typeText(node.additionalProperties)}`;
      return 'fields';
    default:
      return 'anything';
  }
}

function row(field: string, node: Node, required: boolean): Row {
  const doc = fieldDoc(node);
  const examples = node.examples?.length ? ` ${node.examples.length > 1 ? 'Examples' : 'Example'}: ${node.examples.map(code).join(', ')}.` : '';
  return {
    field: `\`${field}\``,
    type: typeText(node),
    default: required ? 'required' : (doc.default ?? 'none'),
    description: `${doc.description}${examples}`.trim(),
  };
}

/** The object among a node's alternatives, if any. */
const objectBranch = (node: Node) => (node.anyOf ?? node.oneOf)?.find((branch) => branch.properties);

/**
 * One object of a union's branches (the kinds of a KPI check): the fields
 * every branch has first; a field whose branches differ takes their
 * alternatives and descriptions.
 */
function mergeBranches(branches: Node[]): Node {
  const merged = new Map<string, Node>();
  const required = new Set<string>();
  for (const branch of branches) {
    for (const [name, node] of Object.entries(branch.properties ?? {})) {
      const seen = merged.get(name);
      if (!seen) merged.set(name, node);
      else if (JSON.stringify(seen) !== JSON.stringify(node)) {
        merged.set(name, { anyOf: [...(seen.anyOf ?? [seen]), node], description: [seen.description, node.description].filter(Boolean).join(' ') });
      }
    }
    for (const name of branch.required ?? []) required.add(name);
  }
  const inAll = (name: string) => branches.every((branch) => branch.properties && name in branch.properties);
  const names = [...merged.keys()];
  const ordered = [...names.filter(inAll), ...names.filter((name) => !inAll(name))];
  return { type: 'object', properties: Object.fromEntries(ordered.map((name) => [name, merged.get(name)!])), required: [...required] };
}

function collectRows(node: Node, prefix: string, shape: TableShape, out: Row[]): void {
  const required = new Set(node.required ?? []);
  for (const [name, property] of Object.entries(node.properties ?? {})) {
    const field = `${prefix}${name}`;
    const collapsed = shape.collapse?.includes(field);
    if (property.properties && !collapsed) {
      collectRows(property, `${field}.`, shape, out);
      continue;
    }
    out.push(row(field, property, required.has(name)));
    if (collapsed) continue;
    const items = property.type === 'array' ? property.items : undefined;
    if (items?.properties) collectRows(items, `${field}[].`, shape, out);
    else if (shape.expand?.includes(field)) {
      const branch = objectBranch(items ?? property);
      if (branch) collectRows(branch, items ? `${field}[].` : `${field}.`, shape, out);
    }
  }
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The Markdown table of a schema's fields; neighbouring rows that say the same share one row. */
export function fieldTable(schema: Node, shape: TableShape = {}): string {
  const root = schema.properties ? schema : mergeBranches(schema.anyOf ?? schema.oneOf ?? []);
  const rows: Row[] = [];
  collectRows(root, '', shape, rows);
  const merged: Row[] = [];
  for (const next of rows) {
    const last = merged.at(-1);
    if (last && last.type === next.type && last.default === next.default && last.description === next.description) last.field += `, ${next.field}`;
    else merged.push({ ...next });
  }
  const lines = ['| field | type | default | description |', '| --- | --- | --- | --- |'];
  for (const r of merged) lines.push(`| ${[r.field, r.type, r.default, r.description].map(cell).join(' | ')} |`);
  return lines.join('\n');
}
