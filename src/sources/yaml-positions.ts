/**
 * Where a value of a YAML (or JSON) document is: line and column of a path
 * of keys and indices, for messages about data already read and validated.
 */
import { isMap, isSeq, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

/** Line and column of a path: of its value, or with `at: 'key'` of the key naming it. */
export type PositionOf = (path: Array<string | number>, at?: 'value' | 'key') => { line?: number; column?: number };

/**
 * Line and column of a path in YAML text (for data already validated): of
 * the value, or with `at: 'key'` of the key naming it.
 */
export function yamlPositions(text: string, lineOffset = 0): PositionOf {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return (path: Array<string | number>, at: 'value' | 'key' = 'value') => {
    let node: unknown = doc.contents;
    path.forEach((key, i) => {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
        node = at === 'key' && i === path.length - 1 ? pair?.key : pair?.value;
      } else if (isSeq(node)) node = node.items[key as number];
      else node = undefined;
    });
    const range = (node as YamlNode | undefined)?.range;
    if (!range) return {};
    const pos = lineCounter.linePos(range[0]);
    return { line: pos.line + lineOffset, column: pos.col };
  };
}
