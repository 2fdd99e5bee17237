/** URLs of the site's pages. Every link the site prints is built here. */
import type { Report, Variant } from '../../content/report.ts';
import { absoluteUrl } from '../../content/site-address.ts';

/**
 * Prefixes a site-absolute path with the configured base path: the path of
 * `site` in report.yaml (`/esg/2024/zh-hans/`), so the pages work wherever
 * the site is published.
 */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path}`;
}

export function variantHomeUrl(variant: Variant): string {
  return withBase(`/${variant.prefix}/`);
}

export function chapterUrl(variant: Variant, chapterSlug: string): string {
  return withBase(`/${variant.prefix}/${chapterSlug}/`);
}

export function landingUrl(): string {
  return withBase('/');
}

/** The variant's search results page. */
export function searchUrl(variant: Variant): string {
  return withBase(`/${variant.prefix}/search/`);
}

/**
 * The absolute address of a path this module gave (`/esg/2024/zh-hans/` →
 * `https://example.com/esg/2024/zh-hans/`), for canonical and hreflang links
 * and the sitemap; undefined when report.yaml has no `site`.
 */
export function absolutePageUrl(report: Pick<Report, 'site'>, path: string): string | undefined {
  return absoluteUrl(report.site, path);
}

/** The sitemap's address, absolute with `site`. */
export function sitemapUrl(report: Pick<Report, 'site'>): string {
  return absolutePageUrl(report, withBase('/sitemap.xml')) ?? withBase('/sitemap.xml');
}
