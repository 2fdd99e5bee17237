/**
 * Paged.js places footnotes after it has chosen where a page ends; the notes shrink the
 * page's text area, and what no longer fits is pushed into the hidden overflow column and
 * lost (seen: a figure at the foot of a page with notes); Paged.js also leaves hidden copies
 * there of what it lays out again on the next page (seen: a table's caption). After each
 * page, what lies outside the text area at the end of the page is taken off it, with the
 * notes it calls, and the next page starts with it unless it starts there already.
 */
import type { BreakToken, Chunker, HandlerClass } from './paged.ts';

export function recoverLateOverflow(Handler: HandlerClass) {
  return class RecoverLateOverflow extends Handler {
    /** `breakToken`: where the next page resumes; moved back here, the next page starts earlier. */
    afterPageLayout(pageElement: Element, _page: unknown, breakToken: BreakToken | undefined, chunker: Chunker) {
      if (!breakToken?.node) return;
      const area = pageElement.querySelector('.pagedjs_page_content');
      if (!area) return;
      const box = area.getBoundingClientRect();
      let lost: HTMLElement | undefined;
      const walker = document.createTreeWalker(area, NodeFilter.SHOW_ELEMENT);
      for (let el = walker.nextNode() as HTMLElement | null; el; el = walker.nextNode() as HTMLElement | null) {
        if (!el.dataset.ref) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        // Overflow goes to a second column, to the right of the text area.
        const outside = r.left >= box.right - 1;
        if (!lost && outside) lost = el;
        // Something after it still on the page: not content pushed off the end, leave it.
        else if (lost && !outside && !lost.contains(el)) return;
      }
      if (!lost) return;
      const source = chunker.source.querySelector(`[data-ref="${lost.dataset.ref}"]`);
      if (!source) return;
      // Take the hidden rest off the page: its ids and notes must not stay where nobody sees them.
      const range = document.createRange();
      range.setStartBefore(lost);
      range.setEnd(area, area.childNodes.length);
      for (const call of Array.from(range.cloneContents().querySelectorAll<HTMLElement>('[data-footnote-call]'))) {
        pageElement.querySelector(`.pagedjs_footnote_area [data-ref="${call.dataset.footnoteCall}"]`)?.remove();
      }
      range.deleteContents();
      // The next page starts at or before it anyway; otherwise it starts with it.
      if (!(source.compareDocumentPosition(breakToken.node) & Node.DOCUMENT_POSITION_FOLLOWING)) return;
      breakToken.node = source;
      breakToken.offset = 0;
    }
  };
}
