/**
 * A small static file server for a built site, on 127.0.0.1: used to give
 * the built site to Chromium for the PDFs, for screenshots and by the browser
 * tests. It serves nothing outside its root: an address is decoded once, and
 * one that names a parent folder (`..`, however encoded), holds a backslash or
 * a NUL, or leads — through a symbolic link too — to a file outside the root
 * is refused.
 */
import { createReadStream, realpathSync, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Files served from outside the root: a path on disk for an address (decoded), or undefined. */
  extra?: (pathname: string) => string | undefined;
  /**
   * The path the site is served under, as a host publishing it at
   * `https://example.com/esg/2024/` would: `/esg/2024/`. The root's files are
   * served below it, `/` (and the path without its slash) redirects to it, and
   * any other address is not found. Default: `/`.
   */
  base?: string;
}

/**
 * Caching as a host would set it: pages are revalidated, the assets they
 * load (styles, scripts, font slices, images) are kept for a day.
 */
function cacheControl(file: string): string {
  return /\.(html|json|xml)$/.test(file) ? 'no-cache' : 'public, max-age=86400';
}

function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** What a request's address names: its path, decoded once, or why it is refused. */
export type RequestPath = { pathname: string; raw: string } | { status: 400 | 403 };

/**
 * The decoded path of a request target (`/a/b.html?x` → `/a/b.html`). Only
 * an absolute path is accepted; it is percent-decoded exactly once (so
 * `%252e` stays the three characters `%2e`), and refused when a segment is
 * `..` or when it holds a backslash or a NUL, which no page of a built site
 * needs and which could otherwise lead outside the root.
 */
export function requestPath(target: string): RequestPath {
  const raw = target.replace(/[?#].*$/s, '');
  if (!raw.startsWith('/')) return { status: 400 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(raw);
  } catch {
    return { status: 400 };
  }
  if (/[\\\0]/.test(pathname)) return { status: 403 };
  if (pathname.split('/').some((segment) => segment === '..')) return { status: 403 };
  return { pathname, raw };
}

/** `file` is `root` or inside it (both already absolute and normalised). */
function isInside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The file on disk, its links followed, when it exists and is inside `realRoot`; `outside` when it leads elsewhere. */
function resolveInside(realRoot: string, file: string): { real: string; stats: Stats } | 'missing' | 'outside' {
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return 'missing';
  }
  if (!isInside(realRoot, real)) return 'outside';
  try {
    return { real, stats: statSync(real) };
  } catch {
    return 'missing';
  }
}

function send(req: IncomingMessage, res: ServerResponse, file: string, status: number, headers: Record<string, string>): void {
  res.writeHead(status, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

export async function serveStatic(root: string, port = 0, options: ServeOptions = {}): Promise<StaticServer> {
  const base = path.resolve(root);
  const realBase = realpathSync(base);
  /** The base path without its last slash (`/esg/2024`), or empty at the root. */
  const prefix = (options.base ?? '/').replace(/\/+$/, '');
  if (prefix && !prefix.startsWith('/')) throw new Error(`a base path starts with /, not ${JSON.stringify(options.base)}`);
  const prefixPath = decodeURIComponent(prefix);
  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    const page = resolveInside(realBase, path.join(realBase, '404.html'));
    if (typeof page === 'object' && page.stats.isFile()) send(req, res, page.real, 404, { 'content-type': TYPES['.html']! });
    else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
  };
  const server: Server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  function handle(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const target = requestPath(req.url ?? '/');
    if ('status' in target) {
      res.writeHead(target.status).end();
      return;
    }
    const { raw } = target;
    let { pathname } = target;
    if (prefix) {
      if (pathname === '/' || pathname === prefixPath) {
        res.writeHead(302, { location: `${prefix}/` }).end();
        return;
      }
      if (!pathname.startsWith(`${prefixPath}/`)) {
        notFound(req, res);
        return;
      }
      // The file's path in the root; `raw` keeps the whole address, for a redirect.
      pathname = pathname.slice(prefixPath.length);
    }
    const extra = options.extra?.(pathname);
    if (extra) {
      send(req, res, extra, 200, { 'content-type': contentType(extra) });
      return;
    }
    let name = path.join(realBase, pathname);
    let found = resolveInside(realBase, name);
    if (typeof found === 'object' && found.stats.isDirectory()) {
      if (!pathname.endsWith('/')) {
        // The address as it came (still encoded: a header holds no raw non-ASCII), on this server.
        res.writeHead(301, { location: `${raw.replace(/^\/+/, '/')}/` }).end();
        return;
      }
      name = path.join(name, 'index.html');
      found = resolveInside(realBase, name);
    }
    if (found === 'outside') {
      res.writeHead(403).end();
      return;
    }
    // A file named with a trailing slash (`/style.css/`) is not a folder.
    if (found === 'missing' || !found.stats.isFile() || name.endsWith(path.sep)) {
      notFound(req, res);
      return;
    }
    send(req, res, found.real, 200, { 'content-type': contentType(name), 'cache-control': cacheControl(name) });
  }
  // A port already in use is an error of the promise, not of the process.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
