/**
 * A KPI table laid out for downloads (CSV, XLSX): one line per row with the
 * category, label, unit, one column per year (numbers, not formatted text),
 * and the note numbers and qualifiers; the notes follow the table. Text goes
 * through `text` (the variant's converter) so Traditional downloads are
 * converted like the pages.
 */
import type { KpiTable } from '../kpi/schema.ts';
import { orderedYears, QUALIFIER_WORDS, yearLabel } from '../kpi/format.ts';

export interface ExportCell {
  value: number | null;
  precision: number;
}

export interface ExportRow {
  category: string;
  label: string;
  unit: string;
  level: number;
  /** `header` rows carry no figures. */
  kind: 'value' | 'header' | 'memo';
  cells: ExportCell[];
  /** Note numbers and qualifiers, e.g. "1, 2; 2024: 超过". */
  remarks: string;
}

export interface ExportTable {
  id: string;
  title: string;
  header: string[];
  rows: ExportRow[];
  notes: string[];
}

export function exportTable(table: KpiTable, text: (s: string) => string = (s) => s): ExportTable {
  const years = orderedYears(table);
  const noteNumber = new Map(table.notes.map((n, i) => [n.id, i + 1]));
  const rows: ExportRow[] = [];
  for (const group of table.groups) {
    group.rows.forEach((row, i) => {
      const notes = [...(i === 0 ? group.footnotes : []), ...row.footnotes].map((id) => noteNumber.get(id));
      const byYear = years
        .map((y) => {
          const parts = [
            ...(row.qualifiers[String(y)] ? [QUALIFIER_WORDS[row.qualifiers[String(y)]!]!] : []),
            ...(row.valueFootnotes[String(y)] ?? []).map((id) => `注${noteNumber.get(id)}`),
          ];
          return parts.length ? `${y}: ${parts.join(' ')}` : '';
        })
        .filter(Boolean);
      rows.push({
        category: text(group.label),
        label: text(row.label),
        unit: text(row.unit ?? ''),
        level: row.level,
        kind: row.kind,
        cells:
          row.kind === 'header' ? [] : years.map((y) => ({ value: row.values[String(y)] ?? null, precision: row.precisionByYear[String(y)] ?? row.precision })),
        remarks: text([notes.length ? notes.join(', ') : '', ...byYear].filter(Boolean).join('; ')),
      });
    });
  }
  return {
    id: table.id,
    title: text(table.title),
    header: [text(table.categoryLabel), text(table.indicatorLabel), text('单位'), ...years.map((y) => text(yearLabel(table, y))), text('注释')],
    rows,
    notes: table.notes.map((n, i) => `${i + 1}. ${text(n.text)}`),
  };
}
