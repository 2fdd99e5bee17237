/**
 * `/sitemap.xml`: every page of every script, each with its alternates in
 * the other scripts (hreflang). Addresses are absolute when `site` is set
 * in report.yaml, as search engines require (with its path, when the site
 * is published under one); paths otherwise.
 */
import type { APIRoute } from 'astro';
import { getChapters, getReport } from '../content/chapters.ts';
import type { Variant } from '../content/report.ts';
import { escapeHtml } from '../html.ts';
import { absolutePageUrl, chapterUrl, landingUrl, variantHomeUrl } from '../render/web/routes.ts';

export const GET: APIRoute = async () => {
  const report = await getReport();
  const chapters = await getChapters();
  const at = (path: string) => escapeHtml(absolutePageUrl(report, path) ?? path);
  // One group per page: the page in every script.
  const pages: Array<(v: Variant) => string> = [variantHomeUrl, ...chapters.map((c) => (v: Variant) => chapterUrl(v, c.slug))];
  const groups = pages.map((url) => report.variants.map((v) => ({ code: v.code, href: url(v) })));
  const entries = [
    `<url><loc>${at(landingUrl())}</loc></url>`,
    ...groups.flatMap((group) =>
      group.map(
        (page) =>
          `<url><loc>${at(page.href)}</loc>${group.map((alt) => `<xhtml:link rel="alternate" hreflang="${alt.code}" href="${at(alt.href)}"/>`).join('')}</url>`,
      ),
    ),
  ];
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml' } });
};
