/**
 * An index of the document Paged.js lays out, by `data-ref`. Paged.js finds
 * the source element of a rendered one (to carry a split element or table
 * over to the next page) with `indexOfRefs` where an element has one, and
 * otherwise with `querySelector` over the whole source: a search through the
 * whole report, several times per page, whose time grew with the square of
 * the report's length (0.8 s of a 334-page layout). Paged.js gives its pages
 * such an index but not the source; this adds it once the source is parsed.
 * An element added to the source later is not in it, and Paged.js's search
 * still finds it.
 */
import type { HandlerClass } from './paged.ts';

export function indexSource(Handler: HandlerClass) {
  return class IndexSource extends Handler {
    afterParsed(parsed: DocumentFragment & { indexOfRefs?: Record<string, Element> }) {
      const index: Record<string, Element> = {};
      for (const el of Array.from(parsed.querySelectorAll<HTMLElement>('[data-ref]'))) index[el.dataset.ref!] ??= el;
      parsed.indexOfRefs = index;
    }
  };
}
