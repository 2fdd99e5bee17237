/** Addresses of the data downloads: one CSV per table and one workbook per variant. */
import type { Report, Variant } from '../../content/report.ts';
import { withBase } from './routes.ts';

export function csvUrl(variant: Pick<Variant, 'prefix'>, tableId: string): string {
  return withBase(`/downloads/${variant.prefix}/${tableId}.csv`);
}

export function workbookName(report: Pick<Report, 'slug'>): string {
  return `${report.slug}-kpi.xlsx`;
}

export function workbookUrl(variant: Pick<Variant, 'prefix'>, report: Pick<Report, 'slug'>): string {
  return withBase(`/downloads/${variant.prefix}/${workbookName(report)}`);
}

/** The variant of the page being rendered, from its address (the source when the address names none). */
export function pageVariant(report: Report, pathname: string): Variant {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const segments = pathname.slice(base.length).split('/').filter(Boolean);
  // Print documents live at /print/<prefix>/.
  const prefix = segments[0] === 'print' ? segments[1] : segments[0];
  return report.variants.find((v) => v.prefix === prefix) ?? report.source;
}
