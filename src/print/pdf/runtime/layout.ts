/** The layout itself: Paged.js's Previewer over the whole document, with the handlers registered before. */
import { paged } from './paged.ts';

/** Waits for the fonts, then lays the document out into pages; returns the number of pages. */
export async function layOutPages(): Promise<number> {
  // Fonts load when first used: lay the document out once as one long page so the browser
  // fetches every face the text needs, and wait for them, so Paged.js measures real glyphs.
  void document.body.offsetHeight;
  await document.fonts.ready;
  const Paged = paged();
  const previewer = new Paged.Previewer();
  const flow = await previewer.preview();
  // What Paged.js laid out, for the text check (page-text.ts).
  (globalThis as unknown as { __bifolioSource?: unknown }).__bifolioSource = flow.source;
  // Pages set aside during the layout come back (SkipFinishedPages).
  for (const page of Array.from(document.querySelectorAll<HTMLElement>('.pagedjs_page'))) page.style.removeProperty('display');
  // Paged.js justifies the last line of the element it split at a page's foot, whose line goes on
  // on the next page. An element split between its blocks (a list item whose nested list goes on)
  // has no such line of its own, and the justification its blocks inherit would spread every last
  // line inside it: short list items set across the whole width. Alignment never moves a line break.
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-align-last-split-element]'))) {
    const last = Array.from(el.childNodes)
      .reverse()
      .find((n) => n.nodeType === 1 || (n.nodeType === 3 && (n.textContent ?? '').trim() !== ''));
    if (last?.nodeType === 1 && !getComputedStyle(last as Element).display.startsWith('inline')) el.removeAttribute('data-align-last-split-element');
  }
  return flow.total;
}
