/**
 * Paged.js has known bugs that lose or duplicate text at page breaks. After
 * a PDF is written, its text is read back (pdftotext with word boxes) and
 * compared with the print document: every paragraph, list item, heading,
 * caption and table cell must appear, and no longer passage may appear more
 * often than the document has it.
 *
 * Running headers and page numbers (outside the page's content box),
 * repeated table headers and continued captions are page furniture and are
 * left out; footnotes are read from the footnote area.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Box, PageLayout } from './paged-runtime.ts';

export interface IntegrityProblem {
  kind: 'missing' | 'duplicated';
  /** The passage, as in the print document. */
  text: string;
  /** Pages (1-based) where it was expected or found. */
  pages: number[];
}

/**
 * Elements whose text is one passage; nested passages are passages of their
 * own. Superscripts too: raised and smaller, they are read out of line.
 */
const BLOCKS = new Set(['p', 'li', 'th', 'td', 'caption', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'pre', 'blockquote', 'text', 'sup']);
/** Never printed: not in the PDF. */
const SKIP_TAGS = new Set(['head', 'script', 'style', 'template', 'title', 'desc', 'defs']);
const SKIP_CLASSES = ['sr-only', 'kpi-downloads', 'print-strings'];
/** Side-by-side boxes whose lines pdftotext reads interleaved, like table cells. */
const SIDE_BY_SIDE_CLASSES = ['key-figures', 'term-list', 'timeline', 'sdg-list', 'tick-options'];
/** Filled in by the layout (cross-reference page numbers): a gap in the passage's text. */
const GENERATED_CLASSES = ['xref-page-number'];
/** Passages this long or longer must not appear more often in the PDF than in the document. */
const MIN_DUPLICATE_LENGTH = 10;
/** Characters a footnote call may leave between the parts of a paragraph. */
const MAX_GAP = 6;

/**
 * The comparable form of text: compatibility forms folded, no whitespace,
 * no emphasis dots (drawn as characters of their own, on their own line) or
 * bullets.
 */
export function normalise(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00ad\u00b7\u200b\u2022\u25cf\u30fb\ufe45\ufe46\uff65]+/g, '');
}

interface Passage {
  /** Parts of the passage in order; a footnote taken out of a paragraph separates two parts. */
  parts: string[];
  footnote: boolean;
  /** A table cell: its lines may be read interleaved with the other cells of its row. */
  cell: boolean;
  /** As written, for messages. */
  display: string;
}

function classes(el: Element): string[] {
  const c = el.properties.className;
  return Array.isArray(c) ? c.map(String) : [];
}

function skipped(el: Element): boolean {
  return SKIP_TAGS.has(el.tagName) || el.properties.hidden !== undefined || classes(el).some((c) => SKIP_CLASSES.includes(c));
}

/** The passages of the print document, in order. */
export function documentPassages(html: string): Passage[] {
  const tree: Root = fromHtml(html);
  const out: Passage[] = [];
  let sideBySide = 0;
  const walk = (node: Root | Element, current: { parts: string[]; text: string; footnote: boolean; cell: boolean } | undefined) => {
    for (const child of node.children as RootContent[]) {
      if (child.type === 'text') {
        if (current) current.parts[current.parts.length - 1] += child.value;
        continue;
      }
      if (child.type !== 'element' || skipped(child)) continue;
      if (classes(child).some((c) => GENERATED_CLASSES.includes(c))) {
        if (current) current.parts.push('');
        continue;
      }
      const isFootnote = child.tagName === 'span' && classes(child).includes('footnote');
      if (BLOCKS.has(child.tagName) || isFootnote) {
        const passage = { parts: [''], text: '', footnote: isFootnote || (current?.footnote ?? false), cell: child.tagName === 'td' || child.tagName === 'th' || (current?.cell ?? false) || sideBySide > 0 };
        walk(child, passage);
        emit(passage);
        // Text of the enclosing passage continues after a gap.
        if (current) current.parts.push('');
      } else {
        const grid = classes(child).some((c) => SIDE_BY_SIDE_CLASSES.includes(c));
        if (grid) sideBySide++;
        walk(child, current);
        if (grid) sideBySide--;
      }
    }
  };
  const emit = (p: { parts: string[]; footnote: boolean; cell: boolean }) => {
    const parts = p.parts.map(normalise).filter(Boolean);
    if (parts.length) out.push({ parts, footnote: p.footnote, cell: p.cell, display: p.parts.join(' ').replace(/\s+/g, ' ').trim() });
  };
  walk(tree, undefined);
  return out;
}

interface Stream {
  text: string;
  /** Offset in `text` where each page starts. */
  pageStarts: number[];
}

const unescapeXml = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');

const inside = (box: Box, x: number, y: number) => x >= box.x && x <= box.x + box.w && y >= box.y && y <= box.y + box.h;

/**
 * The PDF's words split into the flow of the pages and their footnotes;
 * furniture dropped. `marginPt`: how far the PDF page extends beyond the
 * laid-out sheet on every side (the printer edition's slug).
 */
export function pdfStreams(bboxXhtml: string, layout: PageLayout[], marginPt = 0): { body: Stream; notes: Stream } {
  const body: Stream = { text: '', pageStarts: [] };
  const notes: Stream = { text: '', pageStarts: [] };
  const pages = bboxXhtml.split(/<page /).slice(1);
  pages.forEach((page, i) => {
    body.pageStarts.push(body.text.length);
    notes.pageStarts.push(notes.text.length);
    const box = layout[i];
    const width = Number(/width="([\d.]+)"/.exec(page)?.[1]);
    if (!box || !width) return;
    const scale = box.width / (width - 2 * marginPt); // CSS px per point
    for (const m of page.matchAll(/<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)<\/word>/g)) {
      const x = ((Number(m[1]) + Number(m[3])) / 2 - marginPt) * scale;
      const y = ((Number(m[2]) + Number(m[4])) / 2 - marginPt) * scale;
      const word = normalise(unescapeXml(m[5]!));
      if (box.repeats.some((r) => inside(r, x, y))) continue;
      if (box.footnotes && inside(box.footnotes, x, y)) notes.text += word;
      else if (inside(box.content, x, y)) body.text += word;
    }
  });
  return { body, notes };
}

function pageAt(stream: Stream, offset: number): number {
  let page = 0;
  while (page + 1 < stream.pageStarts.length && stream.pageStarts[page + 1]! <= offset) page++;
  return page + 1;
}

/** Where a passage is in the stream: its parts in order, each within a small gap of the previous. */
function locate(stream: string, parts: string[], from: number): number {
  for (let start = stream.indexOf(parts[0]!, from); start !== -1; start = stream.indexOf(parts[0]!, start + 1)) {
    let end = start + parts[0]!.length;
    let ok = true;
    for (const part of parts.slice(1)) {
      const next = stream.indexOf(part, end);
      if (next === -1 || next - end > MAX_GAP) {
        ok = false;
        break;
      }
      end = next + part.length;
    }
    if (ok) return start;
  }
  return -1;
}

/**
 * Where a table cell is when its lines were read interleaved with the other
 * cells of the row (pdftotext reads a row line by line, across columns):
 * its characters in order, within a window a few times its length.
 */
function locateInterleaved(stream: string, parts: string[], from: number): number {
  const text = parts.join('');
  const window = Math.max(200, 8 * text.length);
  for (let start = stream.indexOf(text[0]!, from); start !== -1; start = stream.indexOf(text[0]!, start + 1)) {
    let at = start;
    let i = 0;
    for (; i < text.length; i++) {
      const next = stream.indexOf(text[i]!, at);
      if (next === -1 || next - start > window) break;
      at = next + 1;
    }
    if (i === text.length) return start;
  }
  return -1;
}

function count(haystack: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) at.push(i);
  return at;
}

export function checkTextIntegrity(html: string, bboxXhtml: string, layout: PageLayout[], marginPt = 0): IntegrityProblem[] {
  const passages = documentPassages(html);
  const { body, notes } = pdfStreams(bboxXhtml, layout, marginPt);
  const problems: IntegrityProblem[] = [];
  let cursor = 0;
  for (const passage of passages) {
    const stream = passage.footnote ? notes : body;
    let at = locate(stream.text, passage.parts, passage.footnote ? 0 : cursor);
    if (at === -1 && !passage.footnote) at = locate(stream.text, passage.parts, 0);
    if (at === -1 && passage.footnote) at = locate(body.text, passage.parts, 0);
    if (at === -1 && passage.cell) at = locateInterleaved(stream.text, passage.parts, cursor);
    if (at === -1 && passage.cell) at = locateInterleaved(stream.text, passage.parts, 0);
    if (at === -1) {
      problems.push({ kind: 'missing', text: passage.display, pages: [pageAt(body, cursor)] });
      continue;
    }
    if (!passage.footnote) cursor = at;
  }

  // Duplicates: a longer passage found more often than the document has it.
  const documentText = passages.filter((p) => !p.footnote).map((p) => p.parts.join('')).join('');
  const seen = new Set<string>();
  for (const passage of passages) {
    if (passage.footnote) continue;
    const longest = passage.parts.reduce((a, b) => (b.length > a.length ? b : a));
    if (longest.length < MIN_DUPLICATE_LENGTH || seen.has(longest)) continue;
    seen.add(longest);
    const found = count(body.text, longest);
    if (found.length > count(documentText, longest).length) {
      problems.push({ kind: 'duplicated', text: passage.display, pages: found.map((o) => pageAt(body, o)) });
    }
  }
  return problems;
}
