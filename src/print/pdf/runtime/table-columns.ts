/**
 * Tables keep a readable first (label) column and no column squeezed to a character a line
 * where the page's width allows: when the browser's own widths would, the table gets fixed
 * column widths of its own (readableColumns), the same on every page it runs over (the columns
 * go with its continuations). Figures in a cell of their own are not broken across lines.
 */
import { NUMBER, readableColumns } from './column-widths.ts';
import { layOutAside, stripRefs } from './dom.ts';
import type { HandlerClass } from './paged.ts';

export function tableColumns(Handler: HandlerClass) {
  return class TableColumns extends Handler {
    beforeParsed(content: DocumentFragment) {
      for (const cell of Array.from(content.querySelectorAll<HTMLElement>('td, th'))) {
        if (NUMBER.test(cell.textContent ?? '')) cell.style.whiteSpace = 'nowrap';
      }
    }

    renderNode(clone: Node) {
      const element = clone.nodeType === 1 ? (clone as Element) : clone.parentElement;
      if (!element) return;
      const tables = element.tagName === 'TABLE' ? [element] : Array.from(element.querySelectorAll('table'));
      // A table continued from an earlier page is made again around its first row.
      const around = element.parentElement?.closest('table');
      if (around?.hasAttribute('data-split-from')) tables.push(around);
      for (const table of tables as HTMLTableElement[]) this.fit(table);
    }

    /** Each table's columns (by Paged.js's name for it), or null where the browser's own widths serve. */
    columns = new Map<string, Element | null>();

    /** Gives a table laid out for the first time its columns (in the source); brings them to a page's part of it. */
    fit(table: HTMLTableElement) {
      const ref = table.dataset.ref;
      if (!ref || table.querySelector(':scope > colgroup')) return;
      let columns = this.columns.get(ref);
      if (columns === undefined) {
        columns = null;
        const source = this.chunker.source.querySelector(`[data-ref="${ref}"]`) as HTMLTableElement | null;
        // A table whose columns its design sets (a colgroup of its own) keeps them.
        const designed = !!source?.querySelector(':scope > colgroup, :scope > col');
        if (source && !designed && table.parentElement && table.getClientRects().length) columns = this.measure(source, table.parentElement);
        this.columns.set(ref, columns);
      }
      // A table laid out whole (inside a list item, say) or continued on this page gets its columns here;
      // one laid out a piece at a time from its start gets them from the source, in order.
      if (!columns) return;
      table.style.tableLayout = 'fixed';
      if (table.rows.length === 0 && !table.hasAttribute('data-split-from')) return;
      const copy = columns.cloneNode(true) as Element;
      stripRefs(copy);
      table.insertBefore(copy, table.querySelector(':scope > thead, :scope > tbody, :scope > tfoot, :scope > tr'));
    }

    /** Lays a copy of the table out aside, in `context`; when it needs columns of its own, gives them to it. */
    measure(source: HTMLTableElement, context: Element): Element | null {
      const probe = source.cloneNode(true) as HTMLTableElement;
      const done = layOutAside(probe, context);
      const widths = readableColumns(probe);
      done();
      if (!widths) return null;
      const total = widths.reduce((a, b) => a + b, 0);
      // Named as Paged.js names what it lays out, so that it can place the columns in the table.
      const columns = document.createElement('colgroup');
      columns.dataset.ref = `${source.dataset.ref}-columns`;
      widths.forEach((width, i) => {
        const column = document.createElement('col');
        column.dataset.ref = `${source.dataset.ref}-column-${i}`;
        column.style.width = `${((100 * width) / total).toFixed(3)}%`;
        columns.append(column);
      });
      source.insertBefore(columns, source.querySelector(':scope > caption')?.nextSibling ?? source.firstChild);
      source.style.tableLayout = 'fixed';
      return columns;
    }
  };
}
