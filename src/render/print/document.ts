/**
 * Turns the rendered print page into one self-contained document before
 * Paged.js sees it:
 * - every id inside a chapter gets the chapter's prefix (two chapters may
 *   both have a heading 小结), and references to ids follow;
 * - links to chapters of the report become links inside the document; links
 *   to other pages of the website (downloads) keep their text only;
 * - GFM footnotes move to their call as `span.footnote`, which print.css
 *   floats to the page foot; the numbers stay real text.
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

/** Replaces each GFM footnote reference by the note itself, to be floated to the page foot. */
function footnotesToPageNotes(chapter: Element): void {
  const section = [...elementsOf(chapter)].find((el) => el.tagName === 'section' && el.properties.dataFootnotes !== undefined);
  if (!section) return;
  const notes = new Map<string, Element>();
  for (const li of elementsOf(section)) {
    if (li.tagName === 'li' && typeof li.properties.id === 'string') notes.set(li.properties.id, li);
  }
  visit(chapter, 'element', (sup, index, parent) => {
    if (sup.tagName !== 'sup' || !parent || index === undefined) return;
    const ref = sup.children.find((c): c is Element => c.type === 'element' && c.tagName === 'a' && c.properties.dataFootnoteRef !== undefined);
    if (!ref) return;
    const id = decodeURIComponent(String(ref.properties.href).slice(1));
    const note = notes.get(id);
    if (!note) return;
    const number = ref.children.filter((c) => c.type === 'text').map((c) => (c as { value: string }).value).join('');
    const call: Element = { type: 'element', tagName: 'sup', properties: { className: ['footnote-call'] }, children: [{ type: 'text', value: number }] };
    const body: Element = {
      type: 'element',
      tagName: 'span',
      properties: { className: ['footnote'], id },
      children: [{ type: 'element', tagName: 'span', properties: { className: ['footnote-number'] }, children: [{ type: 'text', value: number }] }, { type: 'text', value: ' ' }, ...noteContent(note)],
    };
    parent.children.splice(index, 1, call, body);
    return index + 2;
  });
  const parent = findParent(chapter, section);
  if (parent) parent.children.splice(parent.children.indexOf(section), 1);
}

/** The inline content of a footnote, without its back-reference link; paragraphs become spans. */
function noteContent(li: Element): ElementContent[] {
  const paragraphs = li.children.filter((c): c is Element => c.type === 'element');
  const out: ElementContent[] = [];
  paragraphs.forEach((p, i) => {
    const children = (p.tagName === 'p' ? p.children : [p]).filter(
      (c) => !(c.type === 'element' && c.tagName === 'a' && c.properties.dataFootnoteBackref !== undefined),
    );
    trimEnd(children);
    if (i > 0) out.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
    out.push(...(children as ElementContent[]));
  });
  return out;
}

function trimEnd(children: RootContent[]): void {
  const last = children.at(-1);
  if (last?.type === 'text') {
    last.value = last.value.replace(/\s+$/, '');
    if (last.value === '') children.pop();
  }
}

function findParent(root: Element, target: Element): Element | undefined {
  for (const el of [root, ...elementsOf(root)]) if (el.children.includes(target)) return el;
  return undefined;
}
