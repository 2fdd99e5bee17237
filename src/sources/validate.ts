/**
 * Validates YAML (or JSON) text against a zod schema and reports every
 * problem at the line and column of the offending value. JSON files (by
 * their name) are first checked as JSON: YAML would accept what JSON does not.
 */
import { isMap, isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import type { Diagnostic } from '../diagnostics.ts';
import { jsonSyntaxProblem } from './json-syntax.ts';
import { describeYamlError } from './yaml-syntax.ts';

export interface YamlSource {
  /** File the text came from, for diagnostics. */
  file: string;
  text: string;
  /** Lines before `text` in the file (frontmatter starts after `---`). */
  lineOffset?: number;
  /** How paths are written in messages: `dots` (`variants.1.code`, default) or `json` (`groups[0].rows[3]`). */
  pathStyle?: 'dots' | 'json';
}

export type Validated<T> = { ok: true; data: T } | { ok: false; diagnostics: Diagnostic[] };

export function validateYaml<S extends z.ZodType>(source: YamlSource, schema: S): Validated<z.output<S>> {
  if (/\.json$/i.test(source.file)) {
    const syntax = jsonSyntaxProblem(source.text, source.file);
    if (syntax) return { ok: false, diagnostics: [syntax] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + (source.lineOffset ?? 0), column: pos.col };
  };
  if (doc.errors.length > 0) {
    // One problem per line: the parser often reports a second error where the first one is.
    const lines = new Set<number>();
    const diagnostics: Diagnostic[] = [];
    for (const e of doc.errors) {
      const problem = describeYamlError(e, doc, source.text, (offset) => at(offset).line);
      const where = at(problem.offset);
      if (lines.has(where.line)) continue;
      lines.add(where.line);
      diagnostics.push({ file: source.file, ...where, message: problem.message, hint: problem.hint, severity: 'error' });
    }
    return { ok: false, diagnostics };
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    diagnostics: result.error.issues.map((issue) => describeIssue(issue, doc, source.file, at, source.pathStyle ?? 'dots')),
  };
}

/** `groups[0].rows[3].values.2024` or `groups.0.rows.3.values.2024`. */
export function formatPath(path: ReadonlyArray<string | number>, style: 'dots' | 'json'): string {
  if (style === 'dots') return path.join('.');
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function describeIssue(
  issue: z.core.$ZodIssue,
  doc: Document,
  file: string,
  at: (offset: number) => { line: number; column: number },
  style: 'dots' | 'json',
): Diagnostic {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const { offset, exact } = locate(doc, path);
  const where = path.length ? `\`${formatPath(path, style)}\`` : 'the file';
  let message: string;
  let hint: string | undefined;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const keyOffset = locateKey(doc, path, key);
    const pos = keyOffset ?? offset;
    return {
      file,
      ...at(pos),
      message: `unknown field ${JSON.stringify(key)}${path.length ? ` in ${where}` : ''}`,
      hint: 'check the spelling; see the authoring guide for the fields this file accepts',
      severity: 'error',
    };
  } else if (issue.code === 'invalid_type' && !exact) {
    message = `missing required field ${where}`;
    hint = `add \`${String(path[path.length - 1])}:\``;
  } else {
    message = `${where}: ${issue.message}`;
  }
  return { file, ...at(offset), message, hint, severity: 'error' };
}

/** Offset of the value at `path`, or of its nearest existing ancestor. */
function locate(doc: Document, path: Array<string | number>): { offset: number; exact: boolean } {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return { offset: node.range[0], exact: n === path.length };
  }
  return { offset: 0, exact: false };
}

/** Offset of key `key` in the mapping at `path`. */
function locateKey(doc: Document, path: Array<string | number>, key: string): number | undefined {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isMap(node)) return undefined;
  for (const pair of node.items) {
    const k = pair.key;
    if (isNode(k) && k.toJSON() === key && k.range) return k.range[0];
  }
  return undefined;
}
