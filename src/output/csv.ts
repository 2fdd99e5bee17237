/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads the
 * Chinese text correctly), CRLF line ends, fields quoted where needed.
 */
import { toFixedDecimal } from '../kpi/format.ts';
import type { ExportTable } from './kpi-export.ts';

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(table: ExportTable): string {
  const lines: string[][] = [[table.title], table.header];
  for (const row of table.rows) {
    lines.push([
      row.category,
      '\u3000'.repeat(row.level) + row.label,
      row.unit,
      ...row.cells.map((c) => (c.value === null ? '' : toFixedDecimal(c.value, c.precision))),
      ...(row.kind === 'header' ? table.header.slice(3, -1).map(() => '') : []),
      row.remarks,
    ]);
  }
  if (table.notes.length) {
    lines.push([]);
    for (const note of table.notes) lines.push([note]);
  }
  return '\uFEFF' + lines.map((l) => l.map(field).join(',')).join('\r\n') + '\r\n';
}
