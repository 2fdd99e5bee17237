/** Addresses of the print documents and of the PDFs made from them. */
import type { Report, Variant } from '../content/report.ts';
import { withBase } from './web/routes.ts';

/** The print document of a variant: `/print/zh-hant/`. */
export function printDocumentPath(variant: Pick<Variant, 'prefix'>): string {
  return `/print/${variant.prefix}/`;
}

/** The variant whose print document `pathname` is, if it is one. */
export function printRouteVariant(report: Report, pathname: string): Variant | undefined {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const [first, second, ...rest] = pathname.slice(base.length).split('/').filter(Boolean);
  if (first !== 'print' || rest.length) return undefined;
  return report.variants.find((v) => v.prefix === second);
}

export type Edition = 'reading' | 'printer';

/** File name of a PDF: `<report-slug>-<variant>.pdf`, the printer edition `…-print.pdf`. */
export function pdfName(report: Pick<Report, 'slug'>, variant: Pick<Variant, 'prefix'>, edition: Edition = 'reading'): string {
  return `${report.slug}-${variant.prefix}${edition === 'printer' ? '-print' : ''}.pdf`;
}

/** Address of a PDF on the website. */
export function pdfUrl(report: Pick<Report, 'slug'>, variant: Pick<Variant, 'prefix'>, edition: Edition = 'reading'): string {
  return withBase(`/pdf/${pdfName(report, variant, edition)}`);
}
