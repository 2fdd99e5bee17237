/** Stylesheets giving the review page the same CJK fonts as the site. */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const SHEETS = ['@fontsource/noto-sans-tc/400.css', '@fontsource/noto-sans-sc/400.css'];

/** As `file:` URLs, for a review page written to disk. */
export function fontStylesheetFiles(): string[] {
  return SHEETS.map((s) => pathToFileURL(require.resolve(s)).href);
}

/** As URLs the live preview's server can serve. */
export function fontStylesheetsForPreview(): string[] {
  return SHEETS.map((s) => `/@fs${require.resolve(s)}`);
}
