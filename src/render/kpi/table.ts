/**
 * The HTML of a KPI table, the same for the website and the PDF: caption,
 * a period header spanning the year columns, a category cell spanning each
 * group's rows, indented labels, fixed decimals, footnote markers linking to
 * the numbered notes under the table, and links to the data downloads.
 */
import type { KpiRow, KpiTable } from '../../kpi/schema.ts';
import { escapeHtml } from '../../html.ts';
import { kpiTableAnchor } from '../../kpi/anchors.ts';
import { formatKpiValue, orderedYears, rowLabel, yearLabel } from '../../kpi/format.ts';

export interface KpiTableOptions {
  /** Override the table's unit placement: units in labels, or in a column of their own. */
  unitPlacement?: 'label' | 'column';
  /** Links to the table's data, shown under the notes. */
  downloads?: Array<{ label: string; href: string }>;
  /** Number label printed before the caption (表3). Default: none. */
  number?: string;
}

export function renderKpiTable(input: KpiTable, options: KpiTableOptions = {}): string {
  const table: KpiTable = options.unitPlacement ? { ...input, unitPlacement: options.unitPlacement } : input;
  const anchor = kpiTableAnchor(table.id);
  const years = orderedYears(table);
  const unitColumn = table.unitPlacement === 'column';
  const noteNumber = new Map(table.notes.map((n, i) => [n.id, i + 1]));
  const marks = (ids: string[]) =>
    ids.length === 0
      ? ''
      : `<sup class="kpi-mark">${ids
          .map((id) => `<a href="#${anchor}-note-${noteNumber.get(id)}" aria-label="注释${noteNumber.get(id)}">${noteNumber.get(id)}</a>`)
          .join(',')}</sup>`;

  const head =
    `<thead><tr>` +
    `<th scope="col" rowspan="2" class="kpi-category-head">${escapeHtml(table.categoryLabel)}</th>` +
    `<th scope="col" rowspan="2" class="kpi-indicator-head">${escapeHtml(table.indicatorLabel)}</th>` +
    (unitColumn ? `<th scope="col" rowspan="2" class="kpi-unit-head">单位</th>` : '') +
    `<th scope="colgroup" colspan="${years.length}" class="kpi-period">${escapeHtml(table.periodLabel)}</th>` +
    `</tr><tr>${years.map((y) => `<th scope="col" class="kpi-year">${escapeHtml(yearLabel(table, y))}</th>`).join('')}</tr></thead>`;

  const rowHtml = (row: KpiRow) => {
    const label = `<th scope="row" class="kpi-label kpi-level-${row.level}${row.kind === 'header' ? ' kpi-subheading' : ''}">${escapeHtml(
      unitColumn ? row.label : rowLabel(table, row),
    )}${marks(row.footnotes)}</th>`;
    const unit = unitColumn ? `<td class="kpi-unit">${row.kind === 'header' ? '' : escapeHtml(row.unit ?? '')}</td>` : '';
    const cells =
      row.kind === 'header'
        ? `<td colspan="${years.length}" class="kpi-empty"></td>`
        : years
            .map((y) => {
              const value = row.values[String(y)];
              const missing = value === null || value === undefined;
              return `<td class="kpi-value${missing ? ' kpi-missing' : ''}">${escapeHtml(formatKpiValue(table, row, y))}${marks(row.valueFootnotes[String(y)] ?? [])}</td>`;
            })
            .join('');
    return { label, unit, cells };
  };

  const bodies = table.groups
    .map((group) => {
      const rows = group.rows.filter((r) => r.kind !== 'memo');
      if (rows.length === 0) return '';
      return `<tbody>${rows
        .map((row, i) => {
          const { label, unit, cells } = rowHtml(row);
          const category =
            i === 0 ? `<th scope="rowgroup" rowspan="${rows.length}" class="kpi-category">${escapeHtml(group.label)}${marks(group.footnotes)}</th>` : '';
          return `<tr>${category}${label}${unit}${cells}</tr>`;
        })
        .join('')}</tbody>`;
    })
    .join('');

  const notes = table.notes.length
    ? `<ol class="kpi-notes" aria-label="${escapeHtml(table.title)}注释">${table.notes
        .map((n, i) => `<li id="${anchor}-note-${i + 1}">${escapeHtml(n.text)}</li>`)
        .join('')}</ol>`
    : '';
  const downloads = options.downloads?.length
    ? `<p class="kpi-downloads">下载数据：${options.downloads
        .map((d) => `<a href="${escapeHtml(d.href)}" download>${escapeHtml(d.label)}</a>`)
        .join(' · ')}</p>`
    : '';

  return (
    `<figure class="kpi" id="${anchor}" data-kpi-table="${escapeHtml(table.id)}">` +
    `<div class="table-scroll kpi-scroll" role="region" tabindex="0" aria-labelledby="${anchor}-title">` +
    `<table class="kpi-table"><caption id="${anchor}-title">${options.number ? `<span class="item-number">${escapeHtml(options.number)}</span> ` : ''}${escapeHtml(table.title)}</caption>${head}${bodies}</table></div>` +
    `${notes}${downloads}</figure>`
  );
}
