/**
 * The `@page` rules that come from the report configuration: page size and
 * margins, mirrored on left and right pages (inside margin at the binding).
 * The printer edition adds the bleed.
 */
import type { ReportData } from '../content/report-schema.ts';

export type PrintSettings = ReportData['print'];

export interface PageSetupOptions {
  /** The printer edition: bleed and crop marks around the trimmed page. */
  printerEdition?: boolean;
}

/** Named sizes as width and height: Paged.js passes a name on to the browser, which may not know it. */
const NAMED_SIZES: Record<string, string> = { A4: '210mm 297mm', A5: '148mm 210mm', B5: '176mm 250mm', Letter: '8.5in 11in' };

export function pageSize(print: Pick<PrintSettings, 'pageSize'>): string {
  return NAMED_SIZES[print.pageSize] ?? print.pageSize;
}

export function pageSetupCss(print: PrintSettings, options: PageSetupOptions = {}): string {
  const { top, bottom, inside, outside } = print.margins;
  // Crop marks are drawn outside the bleed when the PDF is finished (print/pdf/finish.ts):
  // Paged.js would draw them inside it, over the artwork that runs into the bleed.
  const bleed = options.printerEdition ? `\n  bleed: ${print.bleed};` : '';
  return [
    `@page {\n  size: ${pageSize(print)};\n  margin: ${top} ${outside} ${bottom} ${inside};${bleed}\n}`,
    `@page :left {\n  margin-left: ${outside};\n  margin-right: ${inside};\n}`,
    `@page :right {\n  margin-left: ${inside};\n  margin-right: ${outside};\n}`,
  ].join('\n');
}
