/** All KPI tables of a variant as one XLSX workbook, a sheet per table. */
import type { ExportTable } from './kpi-export.ts';
import { writeXlsx, type XlsxCell, type XlsxSheet } from './xlsx.ts';

export function kpiSheet(table: ExportTable): XlsxSheet {
  const rows: XlsxCell[][] = [[{ text: table.title, bold: true }], table.header.map((h) => ({ text: h, bold: true }))];
  for (const row of table.rows) {
    rows.push([
      row.category,
      '\u3000'.repeat(row.level) + row.label,
      row.unit,
      ...row.cells.map((c): XlsxCell => (c.value === null ? null : { value: c.value, decimals: c.precision })),
      ...(row.kind === 'header' ? table.header.slice(3, -1).map((): XlsxCell => null) : []),
      row.remarks,
    ]);
  }
  if (table.notes.length) {
    rows.push([]);
    for (const note of table.notes) rows.push([note]);
  }
  const years = table.header.length - 4;
  return { name: table.title, rows, widths: [14, 48, 22, ...Array.from({ length: years }, () => 16), 24] };
}

export function kpiWorkbook(tables: ExportTable[]): Uint8Array {
  return writeXlsx(tables.map(kpiSheet));
}
