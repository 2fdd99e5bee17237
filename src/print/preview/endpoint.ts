/**
 * `/_bifolio/print-preview/?variant=<code>`: the script's print document, as
 * the dev server renders and converts it now, with Paged.js and Bifolio's
 * print runtime added (the same handlers the PDF build runs in Chromium).
 */
import type { APIRoute } from 'astro';
import { getReport } from '../../content/chapters.ts';
import { printDocumentPath } from '../../render/print-routes.ts';
import { PAGED_JS_URL, PRINT_RUNTIME_URL } from './integration.ts';

export const prerender = false;

/** Pages on a grey desk, as in a PDF viewer. */
const SCREEN_CSS = `@media screen {
  html { background: #6b706d; }
  .pagedjs_pages { display: flex; flex-direction: column; align-items: center; gap: 16px; padding: 16px 0; }
  .pagedjs_page { background: #fff; box-shadow: 0 2px 8px rgb(0 0 0 / 0.35); }
}`;

export const GET: APIRoute = async ({ url }) => {
  const report = await getReport();
  const variant = report.variants.find((v) => v.code === url.searchParams.get('variant')) ?? report.variants[0]!;
  const response = await fetch(new URL(printDocumentPath(variant), url));
  if (!response.ok) return response;
  const scripts =
    `<style>${SCREEN_CSS}</style>` +
    `<script src="${PAGED_JS_URL}"></script>` +
    `<script src="${PRINT_RUNTIME_URL}"></script>` +
    `<script>__bifolio.registerPrintHandlers({ skipFinishedPages: false }); window.addEventListener('load', () => __bifolio.layOutPages().then(() => __bifolio.fillPageReferences()));</script>`;
  const html = (await response.text()).replace(/<\/body>/i, `${scripts}</body>`);
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
