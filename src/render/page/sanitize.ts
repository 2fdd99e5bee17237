/**
 * Every page's chapter text (`.prose`: the website's chapters, each chapter
 * of a print document) is sanitised before it is published, with the rules
 * of content/html-policy.ts (hast-util-sanitize): whatever a chapter is
 * written with — HTML, or MDX expressions that build elements — no script,
 * event handler, frame or script address reaches a reader or a PDF. What was
 * taken out is named on the chapter's element (`data-refused`), so the build
 * fails on it (output/verify.ts) instead of publishing the page without it.
 */
import type { Element, Root, RootContent } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { CHAPTER_HTML_SCHEMA, elementProblems } from '../../content/html-policy.ts';

const isProse = (el: Element) => Array.isArray(el.properties.className) && el.properties.className.includes('prose');

/** An element's attributes as written in HTML (`onError` → `onerror`), for the policy. */
function attributesOf(el: Element): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (const [key, value] of Object.entries(el.properties)) {
    if (value === null || value === undefined || value === false) continue;
    out[key.toLowerCase()] = value === true ? true : Array.isArray(value) ? value.join(' ') : String(value);
  }
  return out;
}

/** Elements the components produce (charts, the feedback form) though a chapter may not write them itself. */
const PRODUCED = new Set(CHAPTER_HTML_SCHEMA.tagNames);

/** What the policy says of the elements of a chapter text, in words. */
function describe(el: Element): string[] {
  const found: string[] = [];
  const walk = (node: Element) => {
    for (const p of elementProblems(node.tagName, attributesOf(node))) {
      if (!p.message.endsWith('is not allowed in a chapter') || !PRODUCED.has(node.tagName)) found.push(p.message);
    }
    for (const child of node.children) if (child.type === 'element') walk(child);
  };
  for (const child of el.children) if (child.type === 'element') walk(child);
  return found;
}

/** Sanitises every chapter text of a page in place; returns what was taken out, in words (nothing for a clean page). */
export function sanitizeChapterText(tree: Root): string[] {
  const refused: string[] = [];
  const visit = (node: Root | Element) => {
    for (const child of node.children as RootContent[]) {
      if (child.type !== 'element') continue;
      if (!isProse(child)) {
        visit(child);
        continue;
      }
      const before = toHtml(child.children);
      const clean = sanitize({ type: 'root', children: child.children }, CHAPTER_HTML_SCHEMA) as Root;
      const after = toHtml(clean.children);
      if (before === after) continue;
      const found = describe(child);
      const what = found.length ? found : [`markup the chapter text may not hold, near “${firstDifference(before, after)}”`];
      child.children = clean.children as Element['children'];
      child.properties.dataRefused = what.join('; ');
      refused.push(...what);
    }
  };
  visit(tree);
  return refused;
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(Math.max(0, i - 20), i + 40).replace(/\s+/g, ' ');
}
