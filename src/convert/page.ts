/**
 * Page-level conversion: given the report's variants, converts every part of
 * an HTML page whose `lang` is a Traditional variant.
 */
import type { Report } from '../content/report.ts';
import { getConverter, type Converter } from './converter.ts';
import { convertHtml } from './html.ts';

export function converterForLang(report: Pick<Report, 'variants'>): (lang: string) => Converter | undefined {
  const byLang = new Map<string, Converter | undefined>();
  for (const v of report.variants) byLang.set(v.code.toLowerCase(), v.profile ? getConverter(v.profile) : undefined);
  return (lang) => byLang.get(lang.toLowerCase());
}

export function convertPage(html: string, report: Pick<Report, 'variants'>): string {
  return convertHtml(html, { converterFor: converterForLang(report) });
}
