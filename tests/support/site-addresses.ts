/**
 * The addresses a built site prints, for a site published under a path
 * (`site: https://example.com/esg/2024/`): every internal one must be under
 * the path and name a file of the build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Attributes holding addresses, and where each address in a page's HTML is. */
const URL_ATTRIBUTE = /\s(href|src|srcset|content|action|poster|data-index|data-map|data-base)="([^"]*)"/g;

export interface Found {
  page: string;
  attribute: string;
  url: string;
}

export function siteUnderPath(dist: string, base: string) {
  /** Every file under `dir`, as paths relative to it with `/`. */
  const files = (dir: string, rel = ''): string[] =>
    readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
      const name = rel ? `${rel}/${e.name}` : e.name;
      return e.isDirectory() ? files(dir, name) : [name];
    });

  /** The address a built file is served at under the base path (`zh-hans/index.html` → `/esg/2024/zh-hans/`). */
  const servedAt = (file: string): string => base + file.replace(/(^|\/)index\.html$/, '$1');

  /** The file in dist an address under the base path names, or undefined when it names none. */
  const fileFor = (pathname: string): string | undefined => {
    if (!pathname.startsWith(base)) return undefined;
    const rel = decodeURIComponent(pathname.slice(base.length));
    const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`];
    return candidates.find((c) => existsSync(path.join(dist, c)) && statSync(path.join(dist, c)).isFile());
  };

  /** The addresses a page prints; `content` only where it is an address (not a description or a policy). */
  const addressesIn = (page: string, html: string): Found[] => {
    const out: Found[] = [];
    for (const [, attribute, value] of html.matchAll(URL_ATTRIBUTE)) {
      const decoded = value!.replaceAll('&amp;', '&');
      const urls = attribute === 'srcset' ? decoded.split(',').map((s) => s.trim().split(/\s+/)[0]!) : [decoded];
      for (const url of urls) {
        if (attribute === 'content' && !/^(\/|https?:)/.test(url)) continue;
        out.push({ page, attribute: attribute!, url });
      }
    }
    return out;
  };

  /** Internal addresses of every page that are not under the path or name no file; and how many were checked. */
  const problems = (origin: string): { problems: string[]; checked: number } => {
    const found: string[] = [];
    let checked = 0;
    for (const page of files(dist).filter((f) => f.endsWith('.html'))) {
      for (const { attribute, url } of addressesIn(page, readFileSync(path.join(dist, page), 'utf8'))) {
        if (url.startsWith('#') || /^(mailto|tel|data):/.test(url)) continue;
        if (/^https?:/.test(url) && !url.startsWith(origin)) continue; // another site
        // The 404 page is served at any address: it must print no relative one.
        if (page === '404.html' && !/^(\/|https?:)/.test(url)) {
          found.push(`${page}: ${attribute}="${url}" is relative`);
          continue;
        }
        const resolved = new URL(url, origin + servedAt(page));
        checked++;
        if (resolved.origin !== origin || !resolved.pathname.startsWith(base)) found.push(`${page}: ${attribute}="${url}" is not under ${base}`);
        else if (!fileFor(resolved.pathname)) found.push(`${page}: ${attribute}="${url}" names no file of the build`);
      }
    }
    return { problems: found, checked };
  };

  return { files, servedAt, fileFor, addressesIn, problems };
}
