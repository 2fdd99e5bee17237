/**
 * How KPI figures are printed: fixed decimals per row (overridable per
 * year), thousands separators, a mark for what is not disclosed, the
 * qualifiers 超过 and 约, and years in Chinese numerals.
 */
import type { KpiRow, KpiTable } from './schema.ts';

/**
 * A figure with a fixed number of decimals, rounded half away from zero on
 * the digits as written: 1.005 → "1.01" at two decimals (where `toFixed`
 * gives "1.00", because 1.005 is stored as 1.00499…). No separators; the
 * form used in CSV cells. -0.04 at one decimal is "0.0", not "-0.0".
 */
export function toFixedDecimal(value: number, precision: number): string {
  const abs = Math.abs(value);
  const written = String(abs);
  const fixed = written.includes('e') ? abs.toFixed(precision) : (Math.round(Number(`${written}e${precision}`)) / 10 ** precision).toFixed(precision);
  return value < 0 && Number(fixed) !== 0 ? `-${fixed}` : fixed;
}

/** 1234567.891, 2 → "1,234,567.89"; -0.04, 1 → "0.0"; negative figures keep their minus sign. */
export function formatNumber(value: number, precision: number): string {
  const signed = toFixedDecimal(value, precision);
  const negative = signed.startsWith('-');
  const fixed = negative ? signed.slice(1) : signed;
  const [whole, fraction] = fixed.split('.') as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction !== undefined ? `.${fraction}` : ''}`;
}

const DIGITS = '零一二三四五六七八九';

/** 2024 → 二零二四年 (the style of Hong Kong-listed companies' KPI tables). */
export function chineseYear(year: number): string {
  return `${[...String(year)].map((d) => DIGITS[Number(d)]).join('')}年`;
}

export function yearLabel(table: Pick<KpiTable, 'yearLabels'>, year: number): string {
  return table.yearLabels === 'chinese' ? chineseYear(year) : `${year}年`;
}

/** The table's years in printed order. */
export function orderedYears(table: Pick<KpiTable, 'years' | 'yearOrder'>): number[] {
  return [...table.years].sort((a, b) => (table.yearOrder === 'desc' ? b - a : a - b));
}

/** The words printed for `qualifiers`. */
export const QUALIFIER_WORDS: Record<string, string> = { 'more-than': '超过', about: '约' };

/** Where this row's unit goes, given the table's setting. */
export function unitPlacement(row: KpiRow, table: Pick<KpiTable, 'unitPlacement'>): 'label' | 'value' | 'column' {
  return row.unitPlacement ?? table.unitPlacement;
}

export interface FormatOptions {
  /** Print the unit after the figure (as `<Kpi>` does). Default: only where the row puts it there. */
  withUnit?: boolean;
}

/**
 * The printed form of one figure: qualifier, number, and the unit when it
 * goes after figures. `undefined` (not in the data) and `null` (not
 * disclosed) both print the table's missing mark.
 */
export function formatKpiValue(table: KpiTable, row: KpiRow, year: number | string, options: FormatOptions = {}): string {
  const y = String(year);
  const value = row.values[y];
  if (value === null || value === undefined) return table.missing;
  const precision = row.precisionByYear[y] ?? row.precision;
  const qualifier = row.qualifiers[y] ? QUALIFIER_WORDS[row.qualifiers[y]]! : '';
  const unit = row.unit && (options.withUnit || unitPlacement(row, table) === 'value') ? row.unit : '';
  return `${qualifier}${formatNumber(value, precision)}${unit}`;
}

/** The row label as printed: with its unit in full-width parentheses when the unit goes in the label. */
export function rowLabel(table: KpiTable, row: KpiRow): string {
  return row.unit && unitPlacement(row, table) === 'label' ? `${row.label}（${row.unit}）` : row.label;
}
