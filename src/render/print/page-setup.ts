/**
 * The `@page` rules that come from the report configuration: page size and
 * margins, mirrored on left and right pages (inside margin at the binding).
 * The printer edition adds the bleed.
 */
import type { ReportData } from '../../content/report-schema.ts';

export type PrintSettings = ReportData['print'];

export interface PageSetupOptions {
  /** The printer edition: bleed and crop marks around the trimmed page. */
  printerEdition?: boolean;
}

export function pageSetupCss(print: PrintSettings, options: PageSetupOptions = {}): string {
  const { top, bottom, inside, outside } = print.margins;
  // Crop marks are drawn outside the bleed when the PDF is finished (output/pdf/finish.ts):
  // Paged.js would draw them inside it, over the artwork that runs into the bleed.
  const bleed = options.printerEdition ? `\n  bleed: ${print.bleed};` : '';
  return [
    `@page {\n  size: ${print.pageSize};\n  margin: ${top} ${outside} ${bottom} ${inside};${bleed}\n}`,
    `@page :left {\n  margin-left: ${outside};\n  margin-right: ${inside};\n}`,
    `@page :right {\n  margin-left: ${inside};\n  margin-right: ${outside};\n}`,
  ].join('\n');
}
