/**
 * Where a page would end, it ends earlier rather than leave a table's header
 * without rows, a table row split, a heading without text, or one line of a
 * paragraph (or a long code block) alone at the foot or the head of a page.
 */
import { isGroupHeader, isHeading } from './dom.ts';
import { splitTallGroup } from './kpi-groups.ts';
import { characters, keepLinesChoice, laidOutAfter, lineCount, setStartAt, type Character } from './lines.ts';
import type { HandlerClass } from './paged.ts';

/** Moves the start of a page back over headings that would otherwise end the previous page. */
const withHeadings = (target: Element): Element => {
  let current = target;
  for (;;) {
    const prev = current.previousElementSibling;
    if (isHeading(prev)) current = prev!;
    else if (!prev && current.parentElement && current.parentElement.classList.contains('prose')) {
      const opener = current.parentElement.previousElementSibling;
      if (opener && opener.classList.contains('chapter-opener')) current = opener;
      else return current;
    } else return current;
  }
};

/** Whether nothing but whitespace precedes `el` on the page being laid out. */
const startsPage = (el: Element, rendered: Element) => {
  const before = document.createRange();
  before.setStart(rendered, 0);
  before.setEndBefore(el);
  return before.toString().trim() === '' && !before.cloneContents().querySelector('img, svg, table');
};

export function keepTogether(Handler: HandlerClass) {
  return class KeepTogether extends Handler {
    /**
     * Called with the overflow Paged.js found (the range from the first thing that does not fit
     * to the end of what it rendered); a range returned replaces it, so the page ends earlier.
     */
    onOverflow(overflow: Range | undefined, rendered: Element, bounds: DOMRect) {
      if (!overflow) return undefined;
      const container = overflow.startContainer;
      const at = container.nodeType === 1 ? (container.childNodes[overflow.startOffset] ?? container) : container;
      const element = at.nodeType === 1 ? (at as Element) : at.parentElement;
      if (!element || !rendered.contains(element)) return undefined;
      const moveBefore = (target: Element) => {
        const first = withHeadings(target);
        if (startsPage(first, rendered)) return undefined;
        const range = document.createRange();
        range.setStartBefore(first);
        range.setEnd(overflow.endContainer, overflow.endOffset);
        return range;
      };

      // A table whose body has no row on this page goes to the next page whole, with its caption.
      const table = element.closest('table');
      if (table) {
        // Paged.js may break before a row or before its row group (tbody).
        const first = element.tagName === 'TBODY' ? element.firstElementChild : element.closest('tr');
        if (first && first.parentElement?.tagName === 'TBODY' && !first.hasAttribute('data-print-repeat')) {
          const split = splitTallGroup(first as HTMLTableRowElement, overflow, bounds, this.chunker.source);
          if (split) return split;
        }
        const rows = Array.from(table.querySelectorAll(':scope > tbody > tr'));
        const placed = rows.filter((row) => overflow.comparePoint(row, 0) < 0 && !row.contains(at)).length;
        if (placed === 0 && !table.hasAttribute('data-split-from')) {
          return moveBefore(table.closest('figure') ?? table.closest('.table-scroll') ?? table);
        }
        // A row is not split across pages (Paged.js would, leaving a code on one page and its
        // text on the next), and a group's header row goes with the group's first row.
        const row = element.closest('tr');
        if (row && row.parentElement?.tagName === 'TBODY' && !row.hasAttribute('data-print-repeat')) {
          let first: Element = row;
          while (isGroupHeader(first.previousElementSibling)) first = first.previousElementSibling!;
          const earlier = rows.some(
            (r) => r !== first && overflow.comparePoint(r, 0) < 0 && !r.contains(at) && !!(r.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING),
          );
          if (earlier) {
            const range = document.createRange();
            range.setStartBefore(first);
            range.setEnd(overflow.endContainer, overflow.endOffset);
            return range;
          }
        }
        return undefined;
      }

      // Nothing but headings before the break: take them along.
      const block = element.closest('p, li, dd, dt, blockquote, figure, pre, h1, h2, h3, h4, h5, h6, .kpi-chart');
      if (block && (isHeading(block) || block.tagName === 'FIGURE')) return moveBefore(block);

      /** At least two lines of the block on either side of the break, which falls before chars[index] (keepLinesChoice). */
      const keepLines = (block: Element, chars: Character[], index: number, whole: boolean) => {
        if (index <= 0) return index === 0 ? moveBefore(block) : undefined;
        const choice = keepLinesChoice(lineCount(chars.slice(0, index)), lineCount(chars.slice(index)), whole);
        if (choice === 'block') return moveBefore(block);
        if (choice === 'line') {
          const lastLineTop = chars[index - 1]!.top;
          const first = chars.findIndex((c) => Math.abs(c.top - lastLineTop) <= 2);
          const range = document.createRange();
          setStartAt(range, chars[first]!.node, chars[first]!.offset, block);
          range.setEnd(overflow.endContainer, overflow.endOffset);
          return range;
        }
        return undefined;
      };
      if (block && at.nodeType === 3 && (block.tagName === 'P' || block.tagName === 'LI')) {
        const chars = characters(block);
        return keepLines(
          block,
          chars,
          chars.findIndex((c) => c.node === at && c.offset >= overflow.startOffset),
          true,
        );
      }
      // A code block long enough to break (CodeBlocks) breaks between lines, which are elements when highlighted.
      if (block && block.tagName === 'PRE') {
        const chars = characters(block);
        return keepLines(
          block,
          chars,
          chars.findIndex((c) => overflow.comparePoint(c.node, c.offset) >= 0),
          laidOutAfter(block, rendered),
        );
      }
      if (block && block !== element && isHeading(element.previousElementSibling)) return moveBefore(element);
      return undefined;
    }
  };
}
