/**
 * Where the website is published: `site` in report.yaml, e.g.
 * `https://example.com/esg/2024/`. Its path (`/esg/2024/`) is the base path
 * every page, asset, download and search file is served under; the built
 * site holds the same files whatever the path, and only their addresses
 * change.
 */

/** The base path of the site: `/esg/2024/` for `https://example.com/esg/2024`, `/` without `site`. */
export function basePath(site: string | undefined): string {
  if (!site) return '/';
  const { pathname } = new URL(site);
  const segments = pathname.split('/').filter(Boolean);
  return segments.length ? `/${segments.join('/')}/` : '/';
}

/** The site's address with a trailing slash (`https://example.com/esg/2024/`), or undefined. */
export function siteRoot(site: string | undefined): string | undefined {
  if (!site) return undefined;
  const url = new URL(site);
  return `${url.origin}${basePath(site)}`;
}

/**
 * The absolute address of a site-absolute path that already holds the base
 * path (`/esg/2024/zh-hans/` → `https://example.com/esg/2024/zh-hans/`), or
 * undefined without `site`.
 */
export function absoluteUrl(site: string | undefined, path: string): string | undefined {
  return site ? new URL(path, new URL(site).origin).href : undefined;
}
