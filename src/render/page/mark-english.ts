/**
 * Marks English inside Chinese text: every run of Latin words in a text node
 * of the page's body (「TCFD」, 「ISO 14001」, 「Science Based Targets」) is
 * wrapped in `<span lang="en">`, so screen readers switch voice and the PDF's
 * tags carry the language. Runs on every page and print document (in the
 * middleware, before conversion), so prose, captions, navigation and tables
 * from data are all covered. A run needs two letters; a lone letter or a
 * number stays Chinese text. Text already inside an element with a `lang`,
 * code, and SVG are left as written.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';

/** Latin words, with digits and joining punctuation inside, separated by spaces. */
const LATIN_RUN = /[A-Za-z0-9][\w&'’.\-/+:@=?#%~]*(?:[ \u00a0]+[A-Za-z0-9&][\w&'’.\-/+:@=?#%~]*)*/g;
const TWO_LETTERS = /[A-Za-z].*[A-Za-z]/;
/** Elements whose text is not prose. */
const SKIPPED = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'svg', 'math', 'template']);

type Parent = Root | Element | { type: string; children: RootContent[]; attributes?: { name?: string; value?: unknown }[]; name?: string | null };

/** Marks the English runs in the `<body>` of a page (or in a whole fragment). */
export function markEnglish(tree: Root): void {
  walk((findBody(tree) ?? tree) as Parent);
}

function findBody(node: Root | Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'body') return child;
    if (child.tagName === 'html') return findBody(child);
  }
  return undefined;
}

function walk(parent: Parent): void {
  const children = parent.children as RootContent[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'text') {
      const parts = split(child);
      if (parts) {
        children.splice(i, 1, ...(parts as RootContent[]));
        i += parts.length - 1;
      }
    } else if ('children' in child && !skipped(child as Parent)) {
      walk(child as Parent);
    }
  }
}

/** Elements (hast or MDX JSX) whose subtree keeps its text as written. */
function skipped(node: Parent): boolean {
  if (node.type === 'element') {
    const el = node as Element;
    return SKIPPED.has(el.tagName) || el.properties.lang !== undefined;
  }
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    return (node.attributes ?? []).some((a) => a.name === 'lang') || SKIPPED.has(node.name ?? '');
  }
  return false;
}

/** The text node cut into plain text and English spans, or undefined when it has no English. */
function split(node: Text): ElementContent[] | undefined {
  const { value } = node;
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of value.matchAll(LATIN_RUN)) {
    const run = match[0].replace(/[.\-/+:@=?#%~]+$/, '');
    if (!TWO_LETTERS.test(run)) continue;
    const start = match.index!;
    if (start > last) parts.push({ type: 'text', value: value.slice(last, start) });
    parts.push({ type: 'element', tagName: 'span', properties: { lang: 'en' }, children: [{ type: 'text', value: run }] });
    last = start + run.length;
  }
  if (!parts.length) return undefined;
  if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
  return parts;
}
