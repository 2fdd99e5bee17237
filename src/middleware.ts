/**
 * The one place where pages become Traditional: every HTML page is rendered
 * from the Simplified source, then its syntax tree is converted wherever its
 * `lang` is a Traditional variant (the whole page on /zh-hant/ routes; one
 * block on the bilingual landing page), with the report glossary and, inside
 * a chapter's text, the chapter's own glossary. Runs at build time and in `dev`.
 *
 * Print documents (/print/<variant>/) are first made self-contained
 * (print/document.ts), then converted like every page. Before
 * conversion, English runs in every page are marked `lang="en"` and links to
 * other sites get `rel="noopener noreferrer"` (render/page/). Each page is
 * parsed once.
 *
 * For the conversion review, the same pages can instead report what the
 * conversion decides: in `dev` for the review page (see
 * render/review/requests.ts), and during `bifolio review` (BIFOLIO_REVIEW_DIR).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { defineMiddleware } from 'astro:middleware';
import { getChapters, getReport } from './content/chapters.ts';
import { chapterGlossary, currentGlossary } from './content/glossary.ts';
import { convertPage, type ConversionContext } from './convert/page.ts';
import { markEnglish } from './render/page/mark-english.ts';
import { markExternalLinks } from './render/page/external-links.ts';
import { sanitizeChapterText } from './render/page/sanitize.ts';
import { preparePrintDocument } from './print/document.ts';
import { printRouteVariant } from './render/print-routes.ts';
import { reviewRegistry } from './render/review/requests.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  if (import.meta.env.DEV && context.url.pathname.endsWith('/') && !context.url.pathname.startsWith('/_')) {
    const { previewProblems } = await import('./content/check/dev-errors.ts');
    const problems = await previewProblems();
    if (problems) throw problems;
  }
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const report = await getReport();
  const chapters = await getChapters();
  const ctx: ConversionContext = {
    variants: report.variants,
    glossary: currentGlossary(),
    scopes: new Map(chapters.map((c) => [c.slug, chapterGlossary(c.entry.data.glossary, c.entry.filePath ?? c.slug)])),
  };
  const tree = fromHtml(await response.text());
  const printVariant = printRouteVariant(report, context.url.pathname);
  // Before anything else reads the chapter text: nothing unsafe in it goes further.
  sanitizeChapterText(tree);
  if (printVariant) preparePrintDocument(tree, { prefix: printVariant.prefix, base: import.meta.env.BASE_URL });
  markEnglish(tree);
  markExternalLinks(tree, { site: report.site });

  // The review (`bifolio review`, the live preview's review page) asks for the occurrences of this conversion.
  const reviewDir = process.env.BIFOLIO_REVIEW_DIR;
  const registry = import.meta.env.DEV ? reviewRegistry() : undefined;
  const page = context.url.pathname;
  const reviewed = !!reviewDir || !!registry?.wanted.has(page);

  const headers = new Headers(response.headers);
  headers.delete('content-length');
  const occurrences = convertPage(tree, ctx, reviewed ? { page } : undefined);
  if (registry?.wanted.delete(page)) registry.results.set(page, occurrences);
  if (reviewDir) {
    const name = createHash('sha256').update(page).digest('hex').slice(0, 16);
    writeFileSync(path.join(reviewDir, `${name}.json`), JSON.stringify({ page, occurrences }));
  }
  return new Response(toHtml(tree, { allowDangerousHtml: true }), { status: response.status, statusText: response.statusText, headers });
});
