/**
 * Readable column widths for a table the browser squeezes: the measuring
 * (in the browser, on a copy laid out aside) and the arithmetic (pure, so
 * that it can be tested without one).
 */

/** Text that reads as one number (figures with their signs, separators, percent, ranges, currency). */
export const NUMBER = /^[\s+\-−±~～–—－/.,:%‰()（）¥￥$€£]*\d[\d\s+\-−±~～–—－/.,:%‰()（）¥￥$€£]*$/u;

/** The parts of a table `columnsOf` reads (plain objects will do). */
export interface TableLike<Cell extends { readonly colSpan: number; readonly rowSpan: number }> {
  readonly rows: ArrayLike<{ readonly cells: ArrayLike<Cell> }>;
}

/** A table's cells by column: in each, the cells that span that column alone (cells spanning rows above accounted for). */
export const columnsOf = <Cell extends { readonly colSpan: number; readonly rowSpan: number }>(table: TableLike<Cell>) => {
  const columns: Cell[][] = [];
  // How many more rows each column is taken by a cell of a row above.
  const taken: number[] = [];
  for (const row of Array.from(table.rows)) {
    let column = 0;
    for (const cell of Array.from(row.cells)) {
      while ((taken[column] ?? 0) > 0) column++;
      const span = Math.max(1, cell.colSpan);
      for (let c = column; c < column + span; c++) taken[c] = cell.rowSpan === 0 ? Number.POSITIVE_INFINITY : Math.max(1, cell.rowSpan);
      if (span === 1) (columns[column] ??= []).push(cell);
      column += span;
    }
    for (let c = 0; c < taken.length; c++) taken[c] = Math.max(0, (taken[c] ?? 0) - 1);
  }
  return columns;
};

/** What readableWidths needs to know of a table laid out aside, in CSS pixels, a value a column. */
export interface ColumnMeasures {
  /** The table's width as laid out. */
  full: number;
  /** Each column as the browser lays it out. */
  auto: number[];
  /** As wide as its text wants (`width: max-content`), with and without the header rows. */
  max: number[];
  bodyMax: number[];
  /** As narrow as it goes (`width: min-content`): its longest unbreakable text. */
  min: number[];
  /** The font size and horizontal padding of each column's cells. */
  fontSize: number[];
  paddingLeft: number[];
  paddingRight: number[];
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Shares `spare` out over columns as they want it (equally when none does). */
const share = (base: number[], want: number[], spare: number) => {
  const wanted = sum(want);
  return base.map((b, i) => b + (wanted > 0 ? (spare * want[i]!) / wanted : spare / base.length));
};

/**
 * Column widths (CSS pixels) for a table whose columns the browser squeezes below what can be
 * read: fewer than six characters a line in the first (label) column or two in another (or fewer
 * than their text needs). Every column then gets at least what can be read (six, else four
 * characters a line in the first column, three, else two in the others; no less than its longest
 * unbreakable text, such as a number, or its header's; no more than its text needs); what is left
 * goes first to the columns whose body text would still wrap (a header may wrap more), then as
 * the browser would share it. None when the browser's widths can be read, or nothing can.
 */
export const readableWidths = (measures: ColumnMeasures): number[] | undefined => {
  const { full, auto, max, bodyMax, min, fontSize, paddingLeft, paddingRight } = measures;
  const floors = (first: number, other: number) =>
    auto.map((_, i) => {
      const room = (i === 0 ? first : other) * fontSize[i]! + paddingLeft[i]! + paddingRight[i]!;
      return Math.max(min[i]!, Math.min(max[i]!, room));
    });
  const enough = floors(6, 2);
  if (auto.every((w, i) => w >= enough[i]! - 0.5)) return undefined;
  for (const floor of [floors(6, 3), floors(4, 2)]) {
    if (sum(floor) > full) continue;
    const body = floor.map((f, i) => Math.max(f, Math.min(max[i]!, bodyMax[i]!)));
    if (sum(body) >= full)
      return share(
        floor,
        body.map((b, i) => b - floor[i]!),
        full - sum(floor),
      );
    return share(
      body,
      max.map((m, i) => Math.max(0, m - body[i]!)),
      full - sum(body),
    );
  }
  return undefined;
};

/** Measures a table laid out aside (its widths set and reset in turn) for readableWidths; none for a table of fewer than two columns, or one with a column no cell has alone. */
export const readableColumns = (table: HTMLTableElement) => {
  const columns = columnsOf<HTMLTableCellElement>(table);
  if (columns.length < 2 || Array.from({ length: columns.length }, (_, i) => columns[i]).some((c) => !c?.length)) return undefined;
  // Every cell of a column is as wide as the column: measured on its last (a body cell).
  const lastCells = columns.map((cells) => cells[cells.length - 1]!);
  const widths = () => lastCells.map((cell) => cell.getBoundingClientRect().width);
  const full = table.getBoundingClientRect().width;
  const auto = widths();
  table.style.width = 'max-content';
  const max = widths();
  const head = table.tHead;
  if (head) head.style.display = 'none';
  const bodyMax = widths();
  if (head) head.style.display = '';
  table.style.width = 'min-content';
  const min = widths();
  table.style.width = '';
  const styles = lastCells.map((cell) => getComputedStyle(cell));
  return readableWidths({
    full,
    auto,
    max,
    bodyMax,
    min,
    fontSize: styles.map((s) => parseFloat(s.fontSize)),
    paddingLeft: styles.map((s) => parseFloat(s.paddingLeft)),
    paddingRight: styles.map((s) => parseFloat(s.paddingRight)),
  });
};
