/**
 * YAML syntax errors in plain words, each at the place to fix: an unclosed
 * quote where it opens (the parser only notices at the end of the text), a
 * tab used for indentation, a field written twice (with the line of the
 * first), a colon inside an unquoted value.
 */
import { isMap, isScalar, visit, type Document, type YAMLError } from 'yaml';

export interface YamlProblem {
  /** Offset in the YAML text. */
  offset: number;
  message: string;
  hint: string;
}

const GENERIC_HINT = 'check indentation, colons and quotes around this point';

export function describeYamlError(error: YAMLError, doc: Document, text: string, lineOf: (offset: number) => number): YamlProblem {
  const pos = error.pos[0];
  const first = error.message.split('\n')[0]!;
  if (error.code === 'MISSING_CHAR' && /quote/.test(first)) {
    const quote = /'/.test(first.replace(/^Missing closing /, '')) ? "'" : '"';
    const opened = unclosedQuote(doc, text, pos);
    return {
      offset: opened ?? pos,
      message: `the quote ${quote} opened here is never closed`,
      hint:
        quote === '"'
          ? 'end the value with " on its line; inside "…" write \\" for a quote mark'
          : "end the value with ' on its line; inside '…' write '' for a quote mark",
    };
  }
  if (error.code === 'MULTILINE_IMPLICIT_KEY' && (text[pos] === '"' || text[pos] === "'")) {
    return { offset: pos, message: `the quote ${text[pos]} opened here is never closed`, hint: `close it with ${text[pos]} on the same line` };
  }
  if (error.code === 'TAB_AS_INDENT') {
    const tab = text.indexOf('\t', pos);
    return { offset: tab >= 0 ? tab : pos, message: 'a tab indents this line', hint: 'YAML indents with spaces only: replace the tab with spaces' };
  }
  if (error.code === 'DUPLICATE_KEY') {
    const duplicate = duplicateKey(doc, pos);
    if (duplicate) {
      return {
        offset: pos,
        message: `the field "${duplicate.key}" is written twice; the first is at line ${lineOf(duplicate.first)}`,
        hint: 'keep one of them: the later one would silently replace the first',
      };
    }
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && /:\s/.test(lineFrom(text, pos))) {
    return { offset: pos, message: 'a colon and a space inside a value', hint: 'put the whole value in quotes, e.g. title: "2030年目标: 净零排放"' };
  }
  return { offset: pos, message: `not valid YAML: ${first}`, hint: GENERIC_HINT };
}

function lineFrom(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  return text.slice(offset, end === -1 ? undefined : end);
}

/** Start of the quoted value that runs on to `pos` (the end of the text) because its quote is never closed. */
function unclosedQuote(doc: Document, text: string, pos: number): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range && node.range[0] < pos && node.range[1] >= pos) {
        found = node.range[0];
      }
    },
  });
  if (found !== undefined) return found;
  // Not in the document (the quote opened a key): the last quote that starts a key or a value.
  let lineEnd = pos;
  while (lineEnd > 0) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const m = /(?:^\s*|:\s+|-\s+|[[{,]\s*)(["'])/.exec(text.slice(lineStart, lineEnd));
    if (m) return lineStart + m.index + m[0].length - 1;
    lineEnd = lineStart - 1;
  }
  return undefined;
}

/** The key written twice whose second occurrence starts at `pos`, and where the first is. */
function duplicateKey(doc: Document, pos: number): { key: string; first: number } | undefined {
  let found: { key: string; first: number } | undefined;
  visit(doc, {
    Map(_key, node) {
      if (!isMap(node)) return;
      const seen = new Map<unknown, number>();
      for (const pair of node.items) {
        const k = pair.key;
        if (!isScalar(k) || !k.range) continue;
        const value = k.value;
        const earlier = seen.get(value);
        if (earlier !== undefined && k.range[0] === pos) found = { key: String(value), first: earlier };
        if (earlier === undefined) seen.set(value, k.range[0]);
      }
    },
  });
  return found;
}
