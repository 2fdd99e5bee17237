/**
 * What a reader's browser downloads for a page of the built sample site:
 * JavaScript and web font bytes of every chapter page, first visit (empty
 * cache) and after the report home. Budgets: under 50 KB of JavaScript
 * before search is used, fonts of the page's own script only, and well
 * under 2 MB of font. Figures per page go to tests/.output/page-weight.json.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_SITE, TEST_OUTPUT } from '../support/paths.ts';
import { useSiteBrowser } from '../support/site-browser.ts';

const JS_BUDGET = 50 * 1024;
const FONT_BUDGET = 1.5 * 1024 * 1024;

const site = useSiteBrowser();
const slugs = readdirSync(path.join(SAMPLE_SITE, 'zh-hans'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'search')
  .map((d) => d.name);

interface Weight {
  script: number;
  font: number;
  stylesheet: number;
  document: number;
  fontFiles: string[];
  scripts: string[];
}

/** Opens the pages in order in one fresh context; returns what the last one downloaded. */
async function weigh(...urls: string[]): Promise<Weight> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page: Page = await context.newPage();
  let weight: Weight;
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          const type = response.request().resourceType() as keyof Weight;
          if (typeof weight[type] === 'number') (weight[type] as number) += body.length;
          if (type === 'font') weight.fontFiles.push(path.basename(response.url()));
          if (type === 'script') weight.scripts.push(path.basename(response.url()));
        },
        () => undefined,
      ),
    );
  });
  for (const url of urls) {
    weight = { script: 0, font: 0, stylesheet: 0, document: 0, fontFiles: [], scripts: [] };
    await page.goto(site.url + url, { waitUntil: 'load' });
    // Scroll through the page so every glyph on it has been laid out.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
        window.scrollTo(0, y);
        await new Promise((r) => requestAnimationFrame(r));
      }
      await document.fonts.ready;
    });
    await Promise.all(pending);
  }
  await context.close();
  return weight!;
}

const results: Record<string, { firstVisit: Weight; afterHome: Weight }> = {};
afterAll(() => {
  const kb = (n: number) => Math.round(n / 102.4) / 10;
  const table = Object.fromEntries(
    Object.entries(results).map(([url, r]) => [
      url,
      {
        jsKB: kb(r.firstVisit.script),
        fontKB: kb(r.firstVisit.font),
        fontFiles: r.firstVisit.fontFiles.length,
        cssKB: kb(r.firstVisit.stylesheet),
        htmlKB: kb(r.firstVisit.document),
        fontKBAfterHome: kb(r.afterHome.font),
      },
    ]),
  );
  writeFileSync(path.join(TEST_OUTPUT, 'page-weight.json'), `${JSON.stringify(table, null, 2)}\n`);
});

const pages = slugs.flatMap((s) => [`/zh-hans/${s}/`, `/zh-hant/${s}/`]);

describe('chapter pages', () => {
  beforeAll(async () => {
    // Measured four at a time; each measurement has its own browser context.
    const queue = [...pages];
    const worker = async () => {
      for (let url = queue.shift(); url; url = queue.shift()) {
        const home = `/${url.split('/')[1]}/`;
        results[url] = { firstVisit: await weigh(url), afterHome: await weigh(home, url) };
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
  }, 600_000); // bytes are measured, not time: other test files may be building PDFs meanwhile

  it.each(pages)('%s stays within the budgets', (url) => {
    const prefix = url.split('/')[1]!;
    const { firstVisit, afterHome } = results[url]!;
    expect(firstVisit.script).toBeLessThan(JS_BUDGET);
    expect(firstVisit.scripts.filter((s) => /pagefind|search/.test(s))).toEqual([]);
    expect(firstVisit.font).toBeGreaterThan(0);
    expect(firstVisit.font).toBeLessThan(FONT_BUDGET);
    // Only the subsets of the page's own script's font, the code font and the characters beyond them.
    const own = prefix === 'zh-hans' ? 'sc-' : 'tc-';
    expect(firstVisit.fontFiles.filter((f) => !f.startsWith(own) && !f.startsWith('mono-') && !f.startsWith('fallback-'))).toEqual([]);
    expect(firstVisit.fontFiles.every((f) => f.endsWith('.woff2'))).toBe(true);
    // Fonts already fetched for the home page are not fetched again: the subsets are the site's, not the page's.
    expect(afterHome.font).toBeLessThan(firstVisit.font);
  });
});

describe('the search page', () => {
  it('loads Pagefind only when a query is run', async () => {
    const idle = await weigh('/zh-hant/search/');
    expect(idle.scripts.some((s) => s.startsWith('pagefind'))).toBe(false);
    const searching = await weigh(`/zh-hant/search/?q=${encodeURIComponent('温室气体')}`);
    expect(searching.scripts.some((s) => s.startsWith('pagefind'))).toBe(true);
  });
});
