/**
 * `bifolio preview`: serves the built site as a static host would, on
 * 127.0.0.1 — under the path of `site` in report.yaml when it has one (the
 * root redirects there), with the 404 page for what does not exist — so the
 * published pages can be tried before they are copied up.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ReportError } from '../diagnostics.ts';
import { loadReport } from '../content/report.ts';
import { basePath } from '../content/site-address.ts';
import { serveStatic, type StaticServer } from '../platform/static-server.ts';

export interface PreviewOptions {
  /** The built site: `dist/` beside the report. */
  dir: string;
  /** Default: 4321. */
  port?: number;
}

export interface Preview {
  server: StaticServer;
  /** The address of the site's first page: the server's, with the base path. */
  url: string;
}

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const dir = path.resolve(options.dir);
  if (!existsSync(path.join(dir, 'index.html'))) {
    const shown = path.relative(process.cwd(), dir) || '.';
    throw new ReportError([{ file: dir, message: `no built site in ${shown}`, hint: 'run npx bifolio build first', severity: 'error' }]);
  }
  const base = basePath(loadReport().site);
  const port = options.port ?? 4321;
  const server = await serveStatic(dir, port, { base }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'EADDRINUSE') {
      throw new ReportError([
        { file: dir, message: `port ${port} is in use`, hint: `choose another, e.g. --port ${port === 65535 ? 4322 : port + 1}`, severity: 'error' },
      ]);
    }
    throw e;
  });
  return { server, url: `${server.url}${base}` };
}
