/**
 * A long document laid out in parts (render.ts, parts.ts): each part in a
 * browser page of its own, where it is also printed; the prints are joined
 * afterwards (../join-pdfs.ts). Before printing, each part's pages are made
 * the pages they are in the whole document, as one layout would have made them.
 */
import { firstPages } from './page-references.ts';

/** Paged.js's running strings (`string-set`), as custom properties of each page: `--pagedjs-string-<kind>-<name>`. */
const STRING = '--pagedjs-string-';
const LAST = `${STRING}last-`;

/** Whether a page's value of a running string sets nothing (unset, or the empty string, closed or not). */
export function setsNoString(value: string): boolean {
  return ['', '"', '""'].includes(value.trim());
}

/** The part's pages, in order. */
function pagesOfPart(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('.pagedjs_pages > .pagedjs_page'));
}

/** The addresses of the part's links within the document (`#` and an id), as written. */
function linksOfPart(): string[] {
  return Array.from(document.querySelectorAll<HTMLAnchorElement>('.pagedjs_pages a[href^="#"]'), (a) => a.getAttribute('href')!);
}

/**
 * What the parts need to know of each other: how many pages each has, the page (counted from 1
 * in the part) each id first is on, and the addresses of its links within the document.
 */
export function partPages(): { count: number; ids: Array<[string, number]>; links: string[] } {
  const pages = pagesOfPart();
  const pageOf = firstPages(pages.map((page, i) => ({ number: String(i + 1), ids: Array.from(page.querySelectorAll('[id]'), (el) => el.id) })));
  return { count: pages.length, ids: Array.from(pageOf, ([id, n]) => [id, Number(n)]), links: [...new Set(linksOfPart())] };
}

/** Where a part's pages go in the whole document (render.ts). */
export interface PartPlacement {
  /** The number of the part's first page in the whole document. */
  firstPage: number;
  /** The pages of the whole document, blank pages included. */
  total: number;
  /** Add a blank left-hand page after the part's pages: the next part would start on the left. */
  blankAfter: boolean;
  /** The value each running string has at the end of the parts before. */
  carried: Record<string, string>;
}

/**
 * Makes the part's pages the pages they are in the whole document: every part after the first
 * starts with a chapter, which starts on a right-hand page, so a part that the next would follow
 * on the left gets a blank left-hand page at its end; the first page of a later part is no
 * document's first page; running strings the part does not set before a page (the report title
 * set on the cover) carry the value they had at the end of the parts before; the pages are numbered
 * on (`data-page-number`, `id="page-N"`, and the `page` counter of the folios). Returns the value
 * each running string has at the part's end, for the next part's `carried`.
 */
export function placePart(placement: PartPlacement): Record<string, string> {
  const area = document.querySelector<HTMLElement>('.pagedjs_pages')!;
  const pages = pagesOfPart();
  if (placement.firstPage > 1) {
    pages[0]?.classList.remove('pagedjs_first_page');
    for (const [suffix, value] of Object.entries(placement.carried)) {
      for (const page of pages) {
        if (!setsNoString(page.style.getPropertyValue(LAST + suffix))) break;
        for (const kind of ['first', 'last', 'start', 'first-except']) page.style.setProperty(`${STRING}${kind}-${suffix}`, value);
      }
    }
  }
  // The value each running string has at the end of the part (blank pages set none).
  const last: Record<string, string> = {};
  for (const page of pages) {
    for (const name of Array.from(page.style)) if (name.startsWith(LAST)) last[name.slice(LAST.length)] = page.style.getPropertyValue(name);
  }
  if (placement.blankAfter) {
    const model = pages.filter((p) => p.classList.contains('pagedjs_left_page')).pop() ?? pages[pages.length - 1]!;
    const blank = model.cloneNode(true) as HTMLElement;
    for (const el of Array.from(blank.querySelectorAll('.pagedjs_page_content > div, .pagedjs_footnote_inner_content'))) el.replaceChildren();
    for (const el of Array.from(blank.querySelectorAll('[id]'))) el.removeAttribute('id');
    for (const name of Array.from(blank.classList)) if (name.endsWith('_first_page')) blank.classList.remove(name);
    blank.classList.remove('pagedjs_right_page');
    blank.classList.add('pagedjs_left_page', 'pagedjs_blank_page');
    area.append(blank);
  }
  pagesOfPart().forEach((page, i) => {
    page.dataset.pageNumber = String(placement.firstPage + i);
    page.id = `page-${placement.firstPage + i}`;
  });
  // Paged.js resets the folios' counter to 0 on the pages' area; each page adds one.
  const resets = getComputedStyle(area).counterReset.split(/\s+/);
  const at = resets.indexOf('page');
  if (at >= 0) resets[at + 1] = String(placement.firstPage - 1);
  else resets.push('page', String(placement.firstPage - 1));
  area.style.counterReset = resets.join(' ');
  area.style.setProperty('--pagedjs-page-count', String(placement.total));
  return last;
}

/**
 * Chromium gives an element a destination in the PDF only when a link of the same document
 * goes to it, and leaves out a link whose target the document does not have. So, for the
 * addresses of every part's links (`links`, as written), a part gets, out of sight: a link to
 * each of its own elements that another part links to (its destination, named after the address,
 * goes into the joined PDF), and a stand-in with the id of each element in another part that it
 * links to, which keeps its links (named after the address) and gets no destination, as it is not
 * displayed; the joined PDF has the target part's (../join-pdfs.ts). Returns how many were added.
 */
export function holdLinkTargets(links: string[]): number {
  const holder = document.createElement('div');
  holder.hidden = true;
  holder.dataset.linkTargets = '';
  const own = new Set(linksOfPart());
  const held = new Set<string>();
  for (const href of links) {
    let id: string;
    try {
      id = decodeURIComponent(href.slice(1));
    } catch {
      continue;
    }
    if (!id) continue;
    if (document.getElementById(id)) {
      if (own.has(href)) continue;
      const link = document.createElement('a');
      link.setAttribute('href', href);
      holder.append(link);
    } else if (!held.has(id)) {
      held.add(id);
      const stand = document.createElement('span');
      stand.id = id;
      holder.append(stand);
    }
  }
  if (holder.childElementCount) document.body.append(holder);
  return holder.childElementCount;
}
