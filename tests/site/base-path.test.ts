/**
 * A report published under a path: `site: https://example.com/esg/2024/`.
 * Every address a built page prints (links, styles, scripts, fonts, images,
 * the search index, downloads, PDFs, canonical and hreflang links, the
 * sitemap, robots.txt) must lie under /esg/2024/ and name a file the build
 * wrote; served there, the pages load in Chromium without a failed request.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type LaunchedBrowser } from '../../src/platform/browser.ts';
import { serveStatic, type StaticServer } from '../../src/platform/static-server.ts';
import { runCli } from '../support/cli.ts';
import { siteUnderPath } from '../support/site-addresses.ts';
import { FIXTURES, TEST_OUTPUT } from '../support/paths.ts';

const WORK = path.join(TEST_OUTPUT, 'base-path');
const CONTENT = path.join(WORK, 'report');
const DIST = path.join(WORK, 'dist');
const ORIGIN = 'https://example.com';
const BASE = '/esg/2024/';
const STATS = 'https://plausible.io/js/script.js';

const { files, servedAt, fileFor, problems: siteProblems } = siteUnderPath(DIST, BASE);

beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  cpSync(path.join(FIXTURES, 'reports', 'minimal'), CONTENT, { recursive: true });
  const yaml = readFileSync(path.join(CONTENT, 'report.yaml'), 'utf8');
  // And a statistics script from another site in every page's head.
  const head = `head:\n  - tag: script\n    attrs: { src: '${STATS}', defer: true, data-domain: example.com }\n`;
  writeFileSync(path.join(CONTENT, 'report.yaml'), `${yaml.trimEnd()}\nsite: ${ORIGIN}${BASE}\n${head}`);
  // A figure, so images are among the addresses.
  mkdirSync(path.join(CONTENT, 'images'));
  writeFileSync(
    path.join(CONTENT, 'images', 'panel.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#2a7"/></svg>\n',
  );
  const chapter = path.join(CONTENT, 'chapters', 'a-written-first.mdx');
  writeFileSync(chapter, `${readFileSync(chapter, 'utf8').trimEnd()}\n\n![屋顶光伏板](../images/panel.svg "屋顶光伏项目")\n`);
  const result = runCli(['build', '--quiet', '--content', CONTENT, '--out', DIST]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
}, 180_000);
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('a site published under a path', () => {
  it('prints every internal address of every page under the path, each naming a file of the build', () => {
    const pages = files(DIST).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(8);
    const { problems, checked } = siteProblems(ORIGIN);
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(200);
    expect(pages.some((p) => /<img [^>]*src="\/esg\/2024\/_astro\/panel\./.test(readFileSync(path.join(DIST, p), 'utf8')))).toBe(true);
  });

  it('gives canonical, Open Graph and hreflang links absolute addresses with the path', () => {
    const home = readFileSync(path.join(DIST, 'zh-hans', 'index.html'), 'utf8');
    expect(home).toContain(`<link rel="canonical" href="${ORIGIN}${BASE}zh-hans/">`);
    expect(home).toContain(`<meta property="og:url" content="${ORIGIN}${BASE}zh-hans/">`);
    expect(home).toContain(`<link rel="alternate" hreflang="zh-Hant" href="${ORIGIN}${BASE}zh-hant/">`);
    const notFound = readFileSync(path.join(DIST, '404.html'), 'utf8');
    expect(notFound).not.toContain('rel="canonical"');
    expect(notFound).toContain('<meta name="robots" content="noindex">');
  });

  it('puts the head entry of report.yaml in every page, and allows its origin in the policy for scripts and what they send only', () => {
    const pages = files(DIST).filter((f) => f.endsWith('.html') && !f.startsWith('print/'));
    for (const page of pages) {
      const html = readFileSync(path.join(DIST, page), 'utf8');
      expect(html, page).toContain(`<script src="${STATS}" defer data-domain="example.com"></script>`);
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!.replaceAll('&#x27;', "'");
      expect(policy, page).toContain("script-src 'self' 'wasm-unsafe-eval' https://plausible.io;");
      expect(policy, page).toContain("connect-src 'self' https://plausible.io;");
      expect(policy.match(/plausible/g), page).toHaveLength(2);
    }
  });

  it('lists every page in the sitemap at its absolute address with the path, and robots.txt points at it', () => {
    const sitemap = readFileSync(path.join(DIST, 'sitemap.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/(?:<loc>|href=")([^<"]+)/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      expect(url.startsWith(`${ORIGIN}${BASE}`), url).toBe(true);
      expect(fileFor(new URL(url).pathname), url).toBeDefined();
    }
    expect(readFileSync(path.join(DIST, 'robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}${BASE}sitemap.xml\n`);
  });

  it('gives the stylesheets addresses that resolve to files of the build', () => {
    const sheets = files(DIST).filter((f) => f.endsWith('.css'));
    expect(sheets.length).toBeGreaterThan(2);
    const problems: string[] = [];
    for (const sheet of sheets) {
      for (const [, url] of readFileSync(path.join(DIST, sheet), 'utf8').matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
        if (url!.startsWith('data:')) continue;
        const resolved = new URL(url!, ORIGIN + servedAt(sheet));
        if (!fileFor(resolved.pathname)) problems.push(`${sheet}: url(${url})`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('served under the path, in Chromium', () => {
  let server: StaticServer;
  let launched: LaunchedBrowser;
  beforeAll(async () => {
    server = await serveStatic(DIST, 0, { base: BASE });
    launched = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  /** Opens `address` and returns the requests that failed or were answered with an error. */
  async function visit(
    address: string,
    after?: (page: import('playwright-core').Page) => Promise<void>,
  ): Promise<{ failed: string[]; page: import('playwright-core').Page }> {
    const context = await launched.browser.newContext();
    // The statistics script, offline: the policy must let it load.
    await context.route(STATS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: 'window.statsRan = true;' }));
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText}`));
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.request().isNavigationRequest()) failed.push(`${r.url()}: ${r.status()}`);
    });
    page.on('pageerror', (e) => failed.push(`script error: ${e.message}`));
    page.on('console', (m) => {
      // A resource that failed is listed above, with its address (the 404 page's own status is meant).
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) failed.push(`console: ${m.text()}`);
    });
    await page.goto(server.url + address, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await after?.(page);
    return { failed, page };
  }

  it('redirects the root to the path', async () => {
    const response = await fetch(`${server.url}/`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(BASE);
    expect((await fetch(`${server.url}/zh-hans/`)).status).toBe(404);
  });

  for (const address of ['', 'zh-hans/', 'zh-hant/', 'zh-hans/a-written-first/', 'zh-hant/middle-chapter/', 'no/such/page/']) {
    it(`loads ${BASE}${address} with every style, script, font and image`, async () => {
      const { failed, page } = await visit(BASE + address);
      expect(failed).toEqual([]);
      // The styles applied: the page is laid out with the site's stylesheet, not the browser's defaults.
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/Noto Sans/);
      // The head entry's script ran: the policy let it in.
      expect(await page.evaluate(() => (window as unknown as { statsRan?: boolean }).statsRan)).toBe(true);
      await page.context().close();
    });
  }

  it('finds pages with the search, and links the results under the path', async () => {
    const { failed, page } = await visit(`${BASE}zh-hans/search/?q=${encodeURIComponent('能源')}`, async (p) => {
      await p.waitForSelector('.search-results a', { timeout: 20_000 });
    });
    expect(failed).toEqual([]);
    const hrefs = await page.$$eval('.search-results a', (links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      expect(href.startsWith(BASE), href).toBe(true);
      expect((await fetch(server.url + href)).status, href).toBe(200);
    }
    await page.context().close();
  });

  it('switches script to the same page under the path', async () => {
    const { failed, page } = await visit(`${BASE}zh-hans/a-written-first/`);
    await Promise.all([page.waitForURL(/zh-hant/), page.click('[data-script-switch]')]);
    expect(new URL(page.url()).pathname).toBe(`${BASE}zh-hant/a-written-first/`);
    expect(failed).toEqual([]);
    await page.context().close();
  });
});
