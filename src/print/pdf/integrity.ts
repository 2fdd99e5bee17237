/**
 * The PDFs' text check: the text a reader gets from a PDF (copied, searched,
 * read aloud) is exactly the document's text, nothing lost, nothing printed
 * twice, no character replaced. It runs on every PDF the build writes, in two
 * comparisons that are each exact, so that it can be trusted both ways — it
 * passes every valid report and fails every PDF that differs:
 *
 * 1. The layout (page-text.ts, in the browser): every element of the
 *    document Paged.js received must be in the pages with all of its own text,
 *    once, and inside its page's text or footnote area. Elements are matched
 *    by the id Paged.js gives each one, so text that occurs twice in the
 *    report (two sections called 目标与进展回顾, identical notes) is never
 *    mistaken for a duplicate, and a table read across its columns cannot
 *    look like missing text.
 * 2. The print (this module): the PDF, read back with pdf.js as a reader
 *    does (src/pdf-text.ts), must hold at every text node's place on the page the
 *    characters of that node. Text runs of the PDF and text nodes of the pages
 *    are matched by position (their boxes overlap on the same line); each
 *    group of overlapping runs and nodes must have the same characters in the
 *    same order, whitespace aside. Characters the document does not hold as
 *    text are allowed only where the browser generates them: the page margins
 *    (running heads, page numbers), list numbers, page numbers of the contents
 *    and of references, emphasis marks, images.
 *
 * Contents lines, cross-references, table cells and notes are text nodes
 * like any other: nothing is matched by searching for strings, so a page
 * number next to a heading's number ("21" then "3.4 …") cannot read as
 * another heading.
 */
import { diffChars } from 'diff';
import type { LayoutProblem, PageText, TextBox } from './page-text.ts';
import { readPdfText, type PdfTextPage } from '../../pdf-text.ts';

export interface IntegrityProblem {
  /**
   * `missing`: in the document, not in the PDF; `duplicated`: in the PDF more
   * often than in the document; `wrong`: other characters in the PDF's text
   * layer than the document has (e.g. a radical ⽬ for 目); `hidden`: laid out
   * outside the page's text area, where nobody sees it.
   */
  kind: 'missing' | 'duplicated' | 'wrong' | 'hidden';
  /** The text as the document has it (for `duplicated` and `wrong`, what the PDF has instead). */
  text: string;
  /** `wrong`: what the PDF has in its place. */
  found?: string;
  /** Pages (1-based) where it is, or should be. */
  pages: number[];
}

/** Whitespace, format characters and other default-ignorables (variation selectors, joiners): never printed as characters. */
const IGNORED = /[\s\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const strip = (s: string) => s.replace(IGNORED, '');
/** The characters `text-emphasis` draws: filled and open dots, circles, sesame marks. */
const EMPHASIS_MARKS = /^[•◦●○◉◎﹅﹆]$/u;

interface Run {
  text: string;
  box: TextBox;
  /** Middle of the glyphs' height. */
  cy: number;
}

const within = (b: TextBox, x: number, y: number, slack = 0) => x >= b.x - slack && x <= b.x + b.w + slack && y >= b.y - slack && y <= b.y + b.h + slack;

/** The PDF page's runs in the layout's coordinates (CSS pixels from the sheet's top left corner). */
function runsOf(pdf: PdfTextPage, dom: PageText, marginPt: number): Run[] {
  const scale = dom.width / (pdf.width - 2 * marginPt);
  return pdf.runs
    .filter((r) => strip(r.text) !== '')
    .map((r) => {
      const size = r.size * scale;
      const x = (r.x - marginPt) * scale;
      const baseline = (r.y - marginPt) * scale;
      return { text: r.text, box: { x, y: baseline - 0.88 * size, w: r.width * scale, h: size }, cy: baseline - 0.38 * size };
    });
}

/** Runs in reading order: lines from the top (runs whose middles lie in one another's height), each from the left. */
function readingOrder(runs: Run[]): Run[] {
  const sorted = [...runs].sort((a, b) => a.cy - b.cy);
  const lines: Run[][] = [];
  for (const run of sorted) {
    const line = lines[lines.length - 1];
    if (line && run.cy <= line[0]!.box.y + line[0]!.box.h) line.push(run);
    else lines.push([run]);
  }
  return lines.flatMap((line) => line.sort((a, b) => a.box.x - b.box.x));
}

/** Where the i-th of the characters of runs, read in order, is printed (its run's box, divided evenly). */
function positionOf(runs: Run[], index: number): { x: number; y: number } | undefined {
  let at = index;
  for (const run of runs) {
    const chars = [...strip(run.text)];
    if (at < chars.length) return { x: run.box.x + (run.box.w * (at + 0.5)) / chars.length, y: run.cy };
    at -= chars.length;
  }
  return undefined;
}

/** Compares one printed page with its laid-out page (see the module comment). */
export function comparePage(dom: PageText, pdf: PdfTextPage, marginPt: number, pageNumber: number): IntegrityProblem[] {
  const runs = runsOf(pdf, dom, marginPt);
  // Union-find over pieces (0 … n-1) and runs (n …).
  const n = dom.pieces.length;
  const parent = Array.from({ length: n + runs.length }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  const boxes = dom.pieces.flatMap((piece, i) => piece.boxes.map((box) => ({ i, box })));
  boxes.sort((a, b) => a.box.y - b.box.y);
  runs.forEach((run, r) => {
    for (const { i, box } of boxes) {
      if (box.y > run.cy) break;
      if (run.cy > box.y + box.h) continue;
      const overlap = Math.min(run.box.x + run.box.w, box.x + box.w) - Math.max(run.box.x, box.x);
      if (overlap > 0.25) union(n + r, i);
    }
  });
  const groups = new Map<number, { pieces: number[]; runs: Run[] }>();
  const group = (root: number) => {
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { pieces: [], runs: [] }));
    return g;
  };
  dom.pieces.forEach((_, i) => group(find(i)).pieces.push(i));
  runs.forEach((run, r) => group(find(n + r)).runs.push(run));

  // Generated text is printed beside the document's text, never over it; emphasis marks are the exception.
  const onText = (p: { x: number; y: number }) => boxes.some(({ box }) => within(box, p.x, p.y));
  const generatedAt = (char: string, p: { x: number; y: number } | undefined) =>
    !p ||
    !within(dom.area, p.x, p.y) ||
    (EMPHASIS_MARKS.test(char) && dom.emphasis.some((b) => within(b, p.x, p.y, 1))) ||
    (dom.generated.some((b) => within(b, p.x, p.y, 1)) && !onText(p));
  const problems: IntegrityProblem[] = [];
  for (const g of groups.values()) {
    const expected = strip(g.pieces.map((i) => dom.pieces[i]!.text).join(''));
    const ordered = readingOrder(g.runs);
    const actual = strip(ordered.map((r) => r.text).join(''));
    if (expected === actual) continue;
    let at = 0;
    const parts = diffChars(expected, actual);
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k]!;
      const next = parts[k + 1];
      if (!part.added && !part.removed) {
        at += part.value.length;
        continue;
      }
      if (part.removed && next?.added) {
        problems.push({ kind: 'wrong', text: part.value, found: next.value, pages: [pageNumber] });
        at += next.value.length;
        k++;
        continue;
      }
      if (part.removed) {
        problems.push({ kind: 'missing', text: part.value, pages: [pageNumber] });
        continue;
      }
      // Added: allowed where the browser generates text.
      const extra = [...part.value].filter((char, j) => !generatedAt(char, positionOf(ordered, at + j))).join('');
      at += part.value.length;
      if (extra) problems.push({ kind: 'duplicated', text: extra, pages: [pageNumber] });
    }
  }
  return problems;
}

/**
 * Compares every printed page with its laid-out page. `marginPt`: how far the
 * PDF page extends beyond the laid-out sheet on every side (the printer
 * edition's slug), negative when it is cut (the reading edition cut to the
 * trimmed page from a layout with bleed). `firstPage`: the number of the
 * first page in the whole document (a part's print, render.ts).
 */
export function comparePrintedText(dom: PageText[], pdf: PdfTextPage[], marginPt = 0, firstPage = 1): IntegrityProblem[] {
  if (dom.length !== pdf.length) {
    return [{ kind: 'missing', text: `the PDF has ${pdf.length} pages, the layout ${dom.length}`, pages: [firstPage + Math.min(dom.length, pdf.length)] }];
  }
  return dom.flatMap((page, i) => comparePage(page, pdf[i]!, marginPt, firstPage + i));
}

/**
 * The whole text check of a rendered PDF: what the layout lost, repeated or
 * hid (page-text.ts), then the printed PDF read back and compared with the
 * laid-out pages. `marginPt` as for comparePrintedText.
 */
export async function checkPrintedText(
  rendered: { layoutProblems: readonly LayoutProblem[]; text: PageText[] },
  pdf: Uint8Array,
  marginPt = 0,
): Promise<IntegrityProblem[]> {
  return [...rendered.layoutProblems, ...comparePrintedText(rendered.text, await readPdfText(pdf), marginPt)];
}
