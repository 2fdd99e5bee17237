/**
 * A hyphen at a page break only where the browser was hyphenating. When a
 * page ends inside a text node between two letters, Paged.js adds a hyphen
 * (U+2011) to the text left on the page, to stand for the one the browser
 * drew at the end of that line. But the browser also breaks between letters
 * where it draws no hyphen: web addresses break anywhere (`word-break:
 * break-all`), and a word too long for its line breaks where it must
 * (`overflow-wrap`). A hyphen added there is not in the text (an address
 * copied from the PDF would hold it), and it lengthens a full last line, which
 * then wraps below the page: a 650-page report lost the end of an address
 * that way. Only text set with `hyphens: auto` gets Paged.js's hyphen.
 */
import type { HandlerClass } from './paged.ts';

interface PagedLayout {
  hyphenateAtBreak(startContainer: Node, breakLetter: string | undefined): void;
}

export function hyphensWhereHyphenated(Handler: HandlerClass) {
  return class HyphensWhereHyphenated extends Handler {
    onPageLayout(_wrapper: Element, _breakToken: unknown, layout: PagedLayout) {
      const paged = layout.hyphenateAtBreak.bind(layout);
      layout.hyphenateAtBreak = (startContainer, breakLetter) => {
        const parent = startContainer.parentElement;
        if (parent && getComputedStyle(parent).hyphens === 'auto') paged(startContainer, breakLetter);
      };
    }
  };
}
