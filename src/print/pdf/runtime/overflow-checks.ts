/**
 * Fewer overflow checks per page. Paged.js appends a page's content node by
 * node; once the page holds as many characters as the last pages held on
 * average (`maxChars`), it checks for overflow after every further node, and
 * each check forces the browser to lay the page out again. Those checks were
 * most of the layout's time (8,153 checks for a 122-page report).
 *
 * After a check finds no overflow, this raises the page's `maxChars` so the
 * next check comes only after another quarter of a page's characters. The
 * check that then finds overflow breaks the page where the first overflowing
 * node is, exactly as a check after every node would: Paged.js takes the
 * content beyond it off the page (with the footnotes it called) and carries
 * it over. Only the work of appending what is taken off again is added.
 */
import type { HandlerClass } from './paged.ts';

/** How much further (in a page's characters) the next check comes, after one that found no overflow. */
export const CHECK_STEP = 0.25;

interface PagedLayout {
  maxChars: number;
  /** The page's `maxChars` as Paged.js set it (this handler's own field). */
  bifolioMaxChars?: number;
}

export function fewerOverflowChecks(Handler: HandlerClass) {
  return class FewerOverflowChecks extends Handler {
    onOverflow(overflow: Range | undefined, rendered: HTMLElement, _bounds: DOMRect, layout: PagedLayout) {
      if (overflow || !layout || !(layout.maxChars > 0)) return;
      layout.bifolioMaxChars ??= layout.maxChars;
      layout.maxChars = (rendered.textContent?.length ?? 0) + layout.bifolioMaxChars * CHECK_STEP;
    }
  };
}
