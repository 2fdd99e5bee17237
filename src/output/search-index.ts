/**
 * The search index: Pagefind over the built chapter pages, one index per
 * script (Pagefind splits by each page's `lang`), written to `pagefind/` in
 * the site. Only the chapters' text is indexed (`data-pagefind-body` on
 * their `<main>`): navigation, page contents and download links are not.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';
import { ReportError } from '../diagnostics.ts';

/** Chrome inside the indexed text. */
const EXCLUDE = ['.page-toc', '.prev-next', '.kpi-downloads', '.opener-sections', '.sr-only', '.xref-page', '.search-messages'];

export interface SearchIndexResult {
  pages: number;
  seconds: number;
}

export async function writeSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  const started = performance.now();
  const fail = (errors: string[]) =>
    new ReportError(errors.map((message) => ({ file: path.join(siteDir, 'pagefind'), message: `search index: ${message}`, severity: 'error' as const })));
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE });
    if (!index || errors.length) throw fail(errors);
    // Pages without data-pagefind-body (landing, report home, search, print documents) are skipped.
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw fail(added.errors);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length) throw fail(written.errors);
    return { pages: added.page_count, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}
