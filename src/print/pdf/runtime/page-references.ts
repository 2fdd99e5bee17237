/**
 * Page numbers of references (contents, chapter openers, cross-references:
 * the elements whose ::after prints attr(data-page) in print.css) are filled
 * in after the layout, not by Paged.js's `target-counter` (which lays the
 * document out again and again). Until then they hold three digits, so filling
 * them in can only shorten a line, never push text on.
 */

/** The references, as the print document marks them up. */
const REFERENCES = '.print-toc a, .xref-page-number, .opener-sections a';

/** Before the layout: every reference holds the widest page number it may get. */
export function holdPageReferences(): void {
  for (const a of Array.from(document.querySelectorAll<HTMLElement>(REFERENCES))) a.dataset.page = '000';
}

/** The number of the first page each id is on, from the pages in order with the ids on each. */
export function firstPages(pages: Iterable<{ number: string; ids: Iterable<string> }>): Map<string, string> {
  const pageOf = new Map<string, string>();
  for (const page of pages) {
    for (const id of page.ids) if (!pageOf.has(id)) pageOf.set(id, page.number);
  }
  return pageOf;
}

/** The page number a reference prints: its target's page for a link inside the document, else nothing. */
export function pageNumberFor(href: string, pageOf: ReadonlyMap<string, string>): string {
  return href.startsWith('#') ? (pageOf.get(decodeURIComponent(href.slice(1))) ?? '') : '';
}

/**
 * Each page reference (contents, openers, cross-references) gets the number of the page its
 * target starts on: from `pageOf` (id → page number) when the document is laid out in parts,
 * else from the pages here.
 */
export function fillPageReferences(pageOf?: Record<string, string>): void {
  const pages = pageOf
    ? new Map(Object.entries(pageOf))
    : firstPages(
        Array.from(document.querySelectorAll<HTMLElement>('.pagedjs_page'), (page) => ({
          number: page.dataset.pageNumber ?? '',
          ids: Array.from(page.querySelectorAll('[id]'), (el) => el.id),
        })),
      );
  for (const a of Array.from(document.querySelectorAll<HTMLElement>('.pagedjs_pages [data-page]'))) {
    a.dataset.page = pageNumberFor(a.getAttribute('href') ?? '', pages);
  }
}
