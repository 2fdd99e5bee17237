/**
 * How a print document is split for laying out and printing its parts at once: runs of
 * whole chapters of about equal length, in order, each a document of its
 * own (the same head, so the same styles and fonts). The first part also
 * holds the cover and the contents, the last the back cover. Each part is
 * loaded on its own, so no browser page parses or lays out text it will not
 * paginate.
 */

/**
 * Below this many characters of text (about 65 A4 pages) a part is not worth
 * its own browser page: each part loads the document and its fonts again.
 * Measured here with parts printed at once and their PDFs joined (render.ts):
 * a 76-page report (42,000 characters) took 7.9 and 6.9 s in two parts
 * against 7.4 and 7.3 s in one; 210 pages (about 130,000) 10.0 and 10.4 s
 * against 15.3 and 15.5 s.
 */
export const MIN_PART_CHARS = 50_000;

/**
 * Groups chapters into at most `wanted` runs, fewer when the text is short
 * (each run at least `minChars`) or has fewer chapters; each run ends where
 * the running total of text comes closest to its share. Returns the number
 * of chapters in each run.
 */
export function splitIntoParts(sizes: number[], wanted: number, minChars = MIN_PART_CHARS): number[] {
  const total = sizes.reduce((sum, n) => sum + n, 0);
  const count = Math.max(1, Math.min(Math.floor(wanted), Math.floor(total / minChars), sizes.length));
  const runs = [0];
  let done = 0;
  for (const [i, size] of sizes.entries()) {
    const share = (total * runs.length) / count;
    const partsLeft = count - runs.length;
    // Start the next run before this chapter when that ends this run nearer its share than taking
    // the chapter would, or when every run still to come needs one of the chapters left.
    if (runs[runs.length - 1]! > 0 && partsLeft > 0 && (Math.abs(share - done) <= Math.abs(share - done - size) || sizes.length - i <= partsLeft)) runs.push(0);
    runs[runs.length - 1]!++;
    done += size;
  }
  return runs;
}

const CHAPTER = /<section class="print-chapter"[^>]*>/g;
const COVER = '<section class="cover"';
const BACK_COVER = '<section class="back-cover"';

/** Characters of text in a piece of HTML (tags and whitespace left out). */
function textLength(html: string): number {
  return html.replace(/<[^>]*>/g, '').replace(/\s+/g, '').length;
}

/**
 * The print document (print/document.ts: head, cover, contents, chapters, back
 * cover) as up to `wanted` documents of whole chapters. A document not in
 * that shape is returned whole.
 */
export function splitPrintDocument(html: string, wanted: number, minChars = MIN_PART_CHARS): string[] {
  const starts = Array.from(html.matchAll(CHAPTER), (m) => m.index);
  const cover = html.indexOf(COVER);
  const back = html.indexOf(BACK_COVER);
  const backEnd = back < 0 ? -1 : html.indexOf('</section>', back);
  if (wanted < 2 || starts.length < 2 || cover < 0 || cover > starts[0]! || back < starts[starts.length - 1]! || backEnd < 0) return [html];
  const ends = [...starts.slice(1), back];
  const runs = splitIntoParts(
    starts.map((start, i) => textLength(html.slice(start, ends[i]))),
    wanted,
    minChars,
  );
  if (runs.length < 2) return [html];
  const head = html.slice(0, cover);
  const front = html.slice(cover, starts[0]);
  const backCover = html.slice(back, backEnd + '</section>'.length);
  const tail = html.slice(backEnd + '</section>'.length);
  let first = 0;
  return runs.map((n, i) => {
    const chapters = html.slice(starts[first]!, ends[first + n - 1]);
    first += n;
    return head + (i === 0 ? front : '') + chapters + (i === runs.length - 1 ? backCover : '') + tail;
  });
}

/**
 * Where the parts' pages go in the whole document, from each part's page count: every later part
 * starts with a chapter, on a right-hand (odd) page, so a part the next would follow on a left-hand
 * page gets a blank page at its end. Returns the number of each part's first page, whether each
 * gets the blank page, and the pages in all.
 */
export function pagesOfParts(counts: readonly number[]): { firstPages: number[]; blankAfter: boolean[]; total: number } {
  const firstPages: number[] = [];
  const blankAfter: boolean[] = [];
  let next = 1;
  for (const [i, count] of counts.entries()) {
    firstPages.push(next);
    next += count;
    blankAfter.push(i < counts.length - 1 && next % 2 === 0);
    if (blankAfter[i]) next += 1;
  }
  return { firstPages, blankAfter, total: next - 1 };
}
