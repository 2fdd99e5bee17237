/**
 * The built sample site served on 127.0.0.1 and Debian's Chromium driven by
 * playwright-core, shared by the browser tests. Call `useSiteBrowser()` at the
 * top of a test file; it starts both before the file's tests and stops them after.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, type LaunchedBrowser } from '../../src/platform/browser.ts';
import { serveStatic, type StaticServer } from '../../src/platform/static-server.ts';
import { SAMPLE_SITE } from './paths.ts';

export interface SiteBrowser {
  readonly url: string;
  readonly browser: Browser;
  /** A new page in a new context of the given width, opened at `path`. */
  open(path: string, width: number, options?: BrowserContextOptions): Promise<Page>;
  /** Loads `path` and waits until its web fonts are in, so layout is final. */
  visit(page: Page, path: string): Promise<void>;
}

export function useSiteBrowser(): SiteBrowser {
  let server: StaticServer;
  let launched: LaunchedBrowser;
  beforeAll(async () => {
    server = await serveStatic(SAMPLE_SITE);
    launched = await launchChromium();
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });
  const site: SiteBrowser = {
    get url() {
      return server.url;
    },
    get browser() {
      return launched.browser;
    },
    async open(path, width, options = {}) {
      const context = await launched.browser.newContext({ viewport: { width, height: width < 600 ? 812 : 900 }, ...options });
      const page = await context.newPage();
      await site.visit(page, path);
      return page;
    },
    async visit(page, path) {
      await page.goto(server.url + path, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
    },
  };
  return site;
}
