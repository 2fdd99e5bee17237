/**
 * Tables that continue on a new page repeat their header rows and caption
 * (with "continued"), inserted while the page is laid out so that their
 * height is accounted for.
 */
import { stripRefs } from './dom.ts';
import type { HandlerClass } from './paged.ts';
import type { PrintStrings } from './strings.ts';

export function repeatTableHeaders(Handler: HandlerClass, strings: PrintStrings) {
  return class RepeatTableHeaders extends Handler {
    /**
     * Paged.js rebuilds a table it resumes on a new page around its next row, marked
     * `data-split-from`: the first node it renders into it brings the source table's header
     * rows and caption along, before anything else of the page is measured.
     */
    renderNode(clone: Node, node: Node) {
      const element = clone.nodeType === 1 ? (clone as Element) : clone.parentElement;
      const table = element?.closest('table');
      if (!table || !table.hasAttribute('data-split-from') || table.querySelector(':scope > thead')) return;
      const source = (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest('table');
      const thead = source?.querySelector(':scope > thead');
      if (!source || !thead) return;
      const head = thead.cloneNode(true) as Element;
      stripRefs(head);
      head.setAttribute('data-print-repeat', 'thead');
      table.insertBefore(head, table.firstChild);
      const caption = source.querySelector(':scope > caption');
      if (caption) {
        const continued = caption.cloneNode(true) as Element;
        stripRefs(continued);
        continued.classList.add('caption-continued');
        continued.setAttribute('data-print-repeat', 'caption');
        continued.append(strings.continued ?? '');
        table.insertBefore(continued, table.firstChild);
      }
    }
  };
}
