/**
 * KPI categories: rows tied by a cell that spans them (the category's name)
 * stay together, and one taller than a page continues on the next with its
 * category cell repeated.
 */
import { layOutAside } from './dom.ts';
import { MIN_LINES } from './lines.ts';

/** The parts of a table row `rowGroup` reads (a plain object will do). */
export interface RowLike {
  readonly cells: ArrayLike<{ readonly rowSpan: number }>;
  readonly previousElementSibling: unknown;
}

/** The row whose cells spanning rows cover `row` (`row` itself when it has one), with how many rows they span. */
export const rowGroup = <Row extends RowLike>(row: Row): { start: Row; span: number } | undefined => {
  let distance = 0;
  for (let start: Row | null = row; start; start = start.previousElementSibling as Row | null, distance++) {
    const spans = Array.from(start.cells, (c) => (c.rowSpan === 0 ? Number.POSITIVE_INFINITY : c.rowSpan));
    const span = Math.max(1, ...spans);
    if (span > distance && span > 1) return { start, span };
  }
  return undefined;
};

/**
 * Whether a group of rows, with its table's caption and header rows, is taller than `height`.
 * The page holds only the rows laid out so far: measured on a copy of the group's rows from the
 * source, laid out aside.
 */
const tallerThan = (start: HTMLTableRowElement, span: number, source: ParentNode, height: number) => {
  const from = source.querySelector(`[data-ref="${start.dataset.ref}"]`);
  const table = from?.closest('table');
  const context = start.closest('table')?.parentElement;
  if (!from || !table || !context) return false;
  const probe = table.cloneNode(false) as Element;
  for (const part of Array.from(table.querySelectorAll(':scope > caption, :scope > thead'))) probe.append(part.cloneNode(true));
  const body = from.parentElement!.cloneNode(false) as Element;
  for (let row: Element | null = from, n = 0; row && n < span; row = row.nextElementSibling, n++) body.append(row.cloneNode(true));
  probe.append(body);
  const done = layOutAside(probe, context);
  const tall = probe.getBoundingClientRect().height > height;
  done();
  return tall;
};

/**
 * Rows tied by cells spanning them (a KPI category) stay together: Paged.js breaks before the
 * first of them. A group taller than a page, with its table's caption and header rows, could then
 * never be placed ("Unable to layout item", "Layout repeated"): it breaks before its first row
 * that does not fit, with two of its rows at least on the page; the next page repeats the
 * spanning cells (Paged.js) and the header rows and caption (RepeatTableHeaders).
 * Returns the overflow to break at, or undefined where this is not such a group.
 */
export const splitTallGroup = (row: HTMLTableRowElement, overflow: Range, bounds: DOMRect, source: ParentNode) => {
  const group = rowGroup(row);
  if (!group || !tallerThan(group.start, group.span, source, bounds.height)) return undefined;
  // Rows avoid breaks inside them (print.css), and the browser counts the cells a row starts
  // that span later rows as inside it: it would move the whole group off the page.
  group.start.style.breakInside = 'auto';
  const original = source.querySelector<HTMLElement>(`[data-ref="${group.start.dataset.ref}"]`);
  if (original) original.style.breakInside = 'auto';
  const rows: Element[] = [];
  for (let r: Element | null = group.start; r && rows.length < group.span; r = r.nextElementSibling) rows.push(r);
  // What does not fit on the page goes to a next column, to the right of the text area.
  const lost = rows.findIndex((r) => {
    const box = r.getBoundingClientRect();
    return box.left >= bounds.right - 1 || box.top >= bounds.bottom - 1;
  });
  if (lost < MIN_LINES) return undefined;
  const range = document.createRange();
  range.setStartBefore(rows[lost]!);
  range.setEnd(overflow.endContainer, overflow.endOffset);
  return range;
};
