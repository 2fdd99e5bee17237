/**
 * Turns the rendered print page into one self-contained document before
 * Paged.js sees it:
 * - every id inside a chapter gets the chapter's prefix (two chapters may
 *   both have a heading 小结), and references to ids follow;
 * - links to chapters of the report become links inside the document; links
 *   to other pages of the website (downloads) keep their text only;
 * - GFM footnotes move to their (first) call as `span.footnote`, which
 *   print.css floats to the page foot, their blocks as spans a paragraph may
 *   hold; the numbers stay real text.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { visit } from 'unist-util-visit';
import { chapterAnchor, printId } from './ids.ts';

export interface PrintDocumentOptions {
  /** URL prefix of the variant (`zh-hant`): the chapters' pages are `/<prefix>/<slug>/`. */
  prefix: string;
  /** Base path of the site (`/` unless configured). */
  base?: string;
}

const hasClass = (el: Element, name: string) => {
  const cls = el.properties.className;
  return Array.isArray(cls) && cls.includes(name);
};

function* elementsOf(node: Root | Element): Generator<Element> {
  for (const child of node.children) {
    if (child.type === 'element') {
      yield child;
      yield* elementsOf(child);
    }
  }
}

/** Attributes that hold id references (space-separated). */
const IDREF_ATTRIBUTES = ['ariaLabelledBy', 'ariaDescribedBy', 'htmlFor', 'ariaControls'] as const;

export function preparePrintDocument(tree: Root, options: PrintDocumentOptions): void {
  const chapters = [...elementsOf(tree)].filter((el) => el.tagName === 'section' && hasClass(el, 'print-chapter'));
  const slugs = new Set(chapters.map((c) => String(c.properties.dataChapter)));
  for (const chapter of chapters) {
    const slug = String(chapter.properties.dataChapter);
    footnotesToPageNotes(chapter);
    scopeIds(chapter, slug);
    rewriteLinks(chapter, slug, slugs, options);
  }
  loadImagesEagerly(tree);
}

/** Lazy images off screen never load, and Paged.js waits for every image on a page. */
function loadImagesEagerly(tree: Root): void {
  for (const el of elementsOf(tree)) if (el.tagName === 'img') delete el.properties.loading;
}

/** Prefixes every id inside the chapter, and every reference to one. */
function scopeIds(chapter: Element, slug: string): void {
  const renamed = new Set<string>();
  for (const el of elementsOf(chapter)) {
    if (typeof el.properties.id === 'string' && el.properties.id !== '') {
      renamed.add(el.properties.id);
      el.properties.id = printId(slug, el.properties.id);
    }
  }
  for (const el of elementsOf(chapter)) {
    for (const attr of IDREF_ATTRIBUTES) {
      const value = el.properties[attr];
      if (value === undefined || value === null) continue;
      const tokens = Array.isArray(value) ? value.map(String) : String(value).split(/\s+/);
      el.properties[attr] = tokens.map((t) => (renamed.has(t) ? printId(slug, t) : t));
    }
    if (el.tagName === 'a' && typeof el.properties.href === 'string' && el.properties.href.startsWith('#')) {
      const target = decodeURIComponent(el.properties.href.slice(1));
      if (renamed.has(target)) el.properties.href = `#${printId(slug, target)}`;
    }
    // SVG paint servers and clip paths: fill="url(#chart-p0)".
    for (const [name, value] of Object.entries(el.properties)) {
      if (typeof value === 'string' && value.includes('url(#')) {
        el.properties[name] = value.replace(/url\(#([^)]+)\)/g, (whole, id: string) => (renamed.has(id) ? `url(#${printId(slug, id)})` : whole));
      }
    }
  }
}

/** Links to report chapters point into the document; other site links lose their link. */
function rewriteLinks(chapter: Element, slug: string, slugs: ReadonlySet<string>, options: PrintDocumentOptions): void {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const pageUrl = new URL(`${base}${options.prefix}/${slug}/`, 'http://report.invalid');
  visit(chapter, 'element', (el, index, parent) => {
    if (el.tagName !== 'a' || typeof el.properties.href !== 'string') return;
    const href = el.properties.href;
    if (href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href)) return; // in-document, or another site
    const url = new URL(href, pageUrl);
    if (url.origin !== pageUrl.origin) return;
    const rest = decodeURIComponent(url.pathname.slice(base.length)).split('/').filter(Boolean);
    if (rest[0] === options.prefix && rest.length === 2 && slugs.has(rest[1]!)) {
      const hash = decodeURIComponent(url.hash.slice(1));
      el.properties.href = hash ? `#${printId(rest[1]!, hash)}` : `#${chapterAnchor(rest[1]!)}`;
      return;
    }
    if (rest[0] === options.prefix && rest.length === 1) {
      el.properties.href = '#print-toc-title';
      return;
    }
    // A page or file of the website: a PDF cannot follow a site-relative link.
    if (parent && index !== undefined) {
      parent.children.splice(index, 1, ...el.children);
      return index;
    }
    return undefined;
  });
}

/**
 * Replaces each GFM footnote reference by the note itself, to be floated to the page foot. A note
 * referred to more than once goes with its first reference only (it is printed once, on the page
 * where it is first called); later references show its number.
 */
function footnotesToPageNotes(chapter: Element): void {
  const section = [...elementsOf(chapter)].find((el) => el.tagName === 'section' && el.properties.dataFootnotes !== undefined);
  if (!section) return;
  const notes = new Map<string, Element>();
  for (const li of elementsOf(section)) {
    if (li.tagName === 'li' && typeof li.properties.id === 'string') notes.set(li.properties.id, li);
  }
  const placed = new Set<string>();
  visit(chapter, 'element', (sup, index, parent) => {
    if (sup.tagName !== 'sup' || !parent || index === undefined) return;
    const ref = sup.children.find((c): c is Element => c.type === 'element' && c.tagName === 'a' && c.properties.dataFootnoteRef !== undefined);
    if (!ref) return;
    const id = decodeURIComponent(String(ref.properties.href).slice(1));
    const note = notes.get(id);
    if (!note) return;
    const number = ref.children
      .filter((c) => c.type === 'text')
      .map((c) => (c as { value: string }).value)
      .join('');
    // A word joiner first: the call stays on the line of the word it follows (a line may not start with it).
    const call: Element = {
      type: 'element',
      tagName: 'sup',
      properties: { className: ['footnote-call'] },
      children: [{ type: 'text', value: `\u2060${number}` }],
    };
    if (placed.has(id)) {
      parent.children.splice(index, 1, call);
      return index + 1;
    }
    placed.add(id);
    const body: Element = {
      type: 'element',
      tagName: 'span',
      properties: { className: ['footnote'], id },
      children: [
        { type: 'element', tagName: 'span', properties: { className: ['footnote-number'] }, children: [{ type: 'text', value: number }] },
        { type: 'text', value: ' ' },
        ...noteContent(note),
      ],
    };
    parent.children.splice(index, 1, call, body);
    return index + 2;
  });
  const parent = findParent(chapter, section);
  if (parent) parent.children.splice(parent.children.indexOf(section), 1);
}

/**
 * The content of a footnote, without its back-references, as content a paragraph may hold (the
 * note goes where it is called, inside a paragraph): the first paragraph's text follows the note's
 * number; every later block is phrasing content (toPhrasing).
 */
function noteContent(li: Element): ElementContent[] {
  const blocks = withoutBackReferences(li.children).filter((c): c is Element => c.type === 'element');
  const out: ElementContent[] = [];
  blocks.forEach((block, i) => {
    if (i === 0 && block.tagName === 'p') out.push(...block.children);
    else out.push(toPhrasing(block));
  });
  trimEnd(out);
  return out;
}

/** Links from a note back to its references, wherever they are in it, left out (a PDF page has its own way back). */
function withoutBackReferences(children: ElementContent[]): ElementContent[] {
  return children
    .filter((c) => !(c.type === 'element' && c.tagName === 'a' && c.properties.dataFootnoteBackref !== undefined))
    .map((c) => (c.type === 'element' ? { ...c, children: withoutBackReferences(c.children) } : c));
}

/** Elements a paragraph may hold (HTML's phrasing content; `a`, `del`, `ins` and `map` when their content is). */
const PHRASING = new Set([
  'a',
  'abbr',
  'audio',
  'b',
  'bdi',
  'bdo',
  'br',
  'button',
  'canvas',
  'cite',
  'code',
  'data',
  'datalist',
  'del',
  'dfn',
  'em',
  'embed',
  'i',
  'iframe',
  'img',
  'input',
  'ins',
  'kbd',
  'label',
  'map',
  'mark',
  'math',
  'meter',
  'noscript',
  'object',
  'output',
  'picture',
  'progress',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'select',
  'slot',
  'small',
  'source',
  'span',
  'strong',
  'sub',
  'sup',
  'svg',
  'template',
  'textarea',
  'time',
  'u',
  'var',
  'video',
  'wbr',
]);

/** What a block of a note is to assistive technology (and in the tagged PDF) once it is a span. */
const BLOCK_ROLES: Record<string, string> = {
  p: 'paragraph',
  ul: 'list',
  ol: 'list',
  li: 'listitem',
  blockquote: 'blockquote',
  hr: 'separator',
  table: 'table',
  thead: 'rowgroup',
  tbody: 'rowgroup',
  tfoot: 'rowgroup',
  tr: 'row',
  th: 'columnheader',
  td: 'cell',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
};

/**
 * A block of a note (a later paragraph, a list, nested lists, a quote, a code block, a heading, a
 * rule, a table, an HTML or MDX block) as a span of class `note-<tag>`, with its role: inside a
 * paragraph a block element would end the paragraph when the document is parsed, and the rest of
 * the note would be printed in the text. print.css lays each out as the block it was; an ordered
 * list's start and a cell's alignment become style.
 */
function toPhrasing(node: Element): Element;
function toPhrasing(node: ElementContent): ElementContent;
function toPhrasing(node: ElementContent): ElementContent {
  if (node.type !== 'element') return node;
  // Whitespace between blocks is no text (but in a code block it is).
  const keep = (c: ElementContent) => PHRASING.has(node.tagName) || node.tagName === 'pre' || !(c.type === 'text' && /^\s*$/.test(c.value));
  const children = node.children.filter(keep).map(toPhrasing);
  if (PHRASING.has(node.tagName)) return { ...node, children };
  const { className, start, align, ...properties } = node.properties;
  if (node.tagName === 'ol') numberItems(children, typeof start === 'number' ? start : 1);
  const styles = [typeof properties.style === 'string' ? properties.style : ''];
  if (typeof align === 'string') styles.push(`text-align: ${align}`);
  const style = styles.filter(Boolean).join('; ');
  const level = /^h([1-6])$/.exec(node.tagName)?.[1];
  return {
    type: 'element',
    tagName: 'span',
    properties: {
      ...properties,
      className: [`note-${node.tagName}`, ...(Array.isArray(className) ? className : [])],
      ...(BLOCK_ROLES[node.tagName] ? { role: BLOCK_ROLES[node.tagName] } : {}),
      ...(level ? { ariaLevel: level } : {}),
      ...(style ? { style } : {}),
    },
    children,
  };
}

/**
 * Numbers an ordered list's items with text (`note-marker`), as the browser's list markers would:
 * the note is one passage of text, and the PDF's text, which holds the numbers, must read as it.
 */
function numberItems(items: ElementContent[], start: number): void {
  let n = start;
  for (const item of items) {
    if (item.type !== 'element') continue;
    item.children.unshift({
      type: 'element',
      tagName: 'span',
      properties: { className: ['note-marker'], ariaHidden: 'true' },
      children: [{ type: 'text', value: `${n++}.` }],
    });
  }
}

/** Takes trailing whitespace off the end of some content. */
function trimEnd(children: RootContent[] | ElementContent[]): void {
  for (let last = children.at(-1); last?.type === 'text'; last = children.at(-1)) {
    last.value = last.value.replace(/\s+$/, '');
    if (last.value !== '') return;
    children.pop();
  }
}

function findParent(root: Element, target: Element): Element | undefined {
  for (const el of [root, ...elementsOf(root)]) if (el.children.includes(target)) return el;
  return undefined;
}
