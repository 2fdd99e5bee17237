/**
 * The one place where pages become Traditional: every HTML page is rendered
 * from the Simplified source, then its syntax tree is converted wherever its
 * `lang` is a Traditional variant (the whole page on /zh-hant/ routes; one
 * block on the bilingual landing page). Runs at build time and in `dev`.
 */
import { defineMiddleware } from 'astro:middleware';
import { getReport } from './content/chapters.ts';
import { convertPage } from './convert/page.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const report = await getReport();
  const html = convertPage(await response.text(), report);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
});
