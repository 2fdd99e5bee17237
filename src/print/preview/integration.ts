/**
 * The print preview of the live preview (never part of a build):
 * `/_bifolio/print-preview/?variant=zh-Hant` lays out the print document of a
 * script with Paged.js in the browser, with the PDF's own handlers, fonts and
 * page setup, so an editor sees the pages before building the PDF. The print
 * fonts are served under FONT_URL_PREFIX as the PDF build serves them,
 * Paged.js at PAGED_JS_URL and the print runtime (pdf/runtime/) at
 * PRINT_RUNTIME_URL.
 */
import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { pagedJsSource } from '../pdf/paged-file.ts';
import { printRuntimeSource } from '../pdf/runtime-bundle.ts';
import { FONT_URL_PREFIX, printFontFile } from '../fonts.ts';

/** Where the preview page loads Paged.js from. */
export const PAGED_JS_URL = '/_bifolio/paged.js';
/** Where it loads the print runtime from: Bifolio's handlers, on `window.__bifolio`. */
export const PRINT_RUNTIME_URL = '/_bifolio/print-runtime.js';

export function printPreview(): AstroIntegration {
  return {
    name: 'bifolio:print-preview',
    hooks: {
      'astro:config:setup': ({ command, injectRoute, updateConfig }) => {
        if (command !== 'dev') return;
        injectRoute({ pattern: '/_bifolio/print-preview', entrypoint: new URL('./endpoint.ts', import.meta.url), prerender: false });
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'bifolio:print-fonts',
                configureServer(server) {
                  server.middlewares.use(PAGED_JS_URL, (_req, res) => {
                    res.setHeader('content-type', 'text/javascript; charset=utf-8');
                    res.end(pagedJsSource());
                  });
                  server.middlewares.use(PRINT_RUNTIME_URL, (_req, res, next) => {
                    printRuntimeSource().then((source) => {
                      res.setHeader('content-type', 'text/javascript; charset=utf-8');
                      res.end(source);
                    }, next);
                  });
                  server.middlewares.use(FONT_URL_PREFIX, (req, res, next) => {
                    const file = printFontFile(decodeURIComponent((req.url ?? '').replace(/^\//, '').split('?')[0]!));
                    if (!file) return next();
                    res.setHeader('content-type', file.endsWith('.woff2') ? 'font/woff2' : 'font/ttf');
                    res.end(readFileSync(file));
                  });
                },
              },
            ],
          },
        });
      },
    },
  };
}
