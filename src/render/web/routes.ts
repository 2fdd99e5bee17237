/** URLs of the site's pages. Every link the site prints is built here. */
import type { Variant } from '../../content/report.ts';

/** Prefixes a site-absolute path with the configured base path. */
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
