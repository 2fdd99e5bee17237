/**
 * `/robots.txt`: every page may be crawled; with `site` in report.yaml, the
 * sitemap's absolute address (with the site's path). Hosts read robots.txt at the
 * root of a domain only: a site published under a path serves it there for
 * whoever copies it up.
 */
import type { APIRoute } from 'astro';
import { getReport } from '../content/chapters.ts';
import { sitemapUrl } from '../render/web/routes.ts';

export const GET: APIRoute = async () => {
  const report = await getReport();
  // A Sitemap line takes an absolute address only: without `site` there is none to give.
  const sitemap = report.site ? `\nSitemap: ${sitemapUrl(report)}\n` : '';
  const text = `User-agent: *\nAllow: /\n${sitemap}`;
  return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
