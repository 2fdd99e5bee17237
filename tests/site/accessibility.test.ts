/**
 * Accessibility of the built sample site in Chromium: axe-core on every page
 * type in both scripts and both colour schemes, and what axe cannot judge —
 * keyboard use, visible focus, names of regions and charts, English marked
 * as English. Results per page are written to tests/.output/accessibility.json.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_SITE, TEST_OUTPUT } from '../support/paths.ts';
import { useSiteBrowser } from '../support/site-browser.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const site = useSiteBrowser();
const slugs = readdirSync(path.join(SAMPLE_SITE, 'zh-hans'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'search')
  .map((d) => d.name);

/** Every page of the site, by page type. */
const PAGES: Array<[type: string, url: string]> = [
  ['landing', '/'],
  ['404', '/404.html'],
  ...['zh-hans', 'zh-hant'].flatMap((p): Array<[string, string]> => [
    ['report home', `/${p}/`],
    ['search results', `/${p}/search/?q=${encodeURIComponent('温室气体')}`],
    ...slugs.map((s): [string, string] => ['chapter', `/${p}/${s}/`]),
  ]),
];

interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: string[] }[];
}

async function axe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy
  // rightly refuses an inline <script>, and the page must be tested with it on.
  await page.evaluate(AXE);
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run(el: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  );
  return result.violations;
}

const results: Record<string, Record<string, { type: string; violations: Record<string, number> }>> = {};
afterAll(() => writeFileSync(path.join(TEST_OUTPUT, 'accessibility.json'), `${JSON.stringify(results, null, 2)}\n`));

describe.each(['light', 'dark'] as const)('axe-core, %s theme', (scheme) => {
  let page: Page;
  it.each(PAGES)('%s %s: no serious or critical violation, no moderate one either', async (type, url) => {
    page ??= await site.open('/', 1280, { colorScheme: scheme });
    await site.visit(page, url);
    if (url.includes('/search/')) await page.waitForSelector('#search-results li');
    const violations = await axe(page);
    (results[scheme] ??= {})[url] = { type, violations: Object.fromEntries(violations.map((v) => [`${v.impact}: ${v.id}`, v.nodes.length])) };
    const summary = violations.map((v) => `[${v.impact}] ${v.id} ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary.filter((s) => /^\[(serious|critical)\]/.test(s))).toEqual([]);
    expect(summary.filter((s) => s.startsWith('[moderate]'))).toEqual([]);
  });
});

describe('keyboard', () => {
  it('the first Tab shows the skip link; Enter moves on to the main content', async () => {
    const page = await site.open('/zh-hant/environment/', 1280);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = (await skip.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    // Following an in-page link updates the address after the key event returns.
    await page.waitForURL(/#content$/);
    expect(new URL(page.url()).hash).toBe('#content');
    // The next Tab lands inside the main content, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    await page.context().close();
  });

  it('every focused link and button shows a visible outline', async () => {
    const page = await site.open('/zh-hans/esg-governance/', 1280);
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { tag: el.tagName, cls: el.className, width: parseFloat(style.outlineWidth), outline: style.outlineStyle };
      });
      seen.add(focus.tag);
      expect(focus.outline, `${focus.tag}.${focus.cls}`).not.toBe('none');
      expect(focus.width, `${focus.tag}.${focus.cls}`).toBeGreaterThanOrEqual(2);
    }
    expect([...seen]).toEqual(expect.arrayContaining(['A', 'INPUT', 'BUTTON']));
    await page.context().close();
  });

  it('the script switcher works from the keyboard', async () => {
    const page = await site.open('/zh-hans/community/', 1280);
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('lang') === 'zh-Hant')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.closest('.script-switcher') !== null)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zh-hant\/community\//);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
    await page.context().close();
  });

  it('on a phone, the chapter list opens and closes from the keyboard', async () => {
    const page = await site.open('/zh-hant/employees/', 375);
    const summary = page.locator('.sidebar summary');
    const link = page.locator('.sidebar .chapter-list a').nth(2);
    expect(await link.isVisible()).toBe(false);
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => link.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.sidebar'))).toBe(true);
    await summary.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => link.isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('what readers of assistive technology get', () => {
  let page: Page;
  it.each(slugs.flatMap((s) => [`/zh-hans/${s}/`, `/zh-hant/${s}/`]))('%s', async (url) => {
    page ??= await site.open('/', 1280);
    await site.visit(page, url);
    const report = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      // Latin words outside an element marked as English (code and SVG aside).
      const unmarked: string[] = [];
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement!;
        if (el.closest('[lang="en"], code, pre, svg, .sr-only')) continue;
        for (const m of n.textContent!.matchAll(/[A-Za-z][A-Za-z\-]*[A-Za-z]/g)) unmarked.push(m[0]);
      }
      const name = (el: Element) =>
        el.getAttribute('aria-label') ??
        (el.getAttribute('aria-labelledby') ?? '')
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
          .trim();
      return {
        unmarked,
        emptyLinks: [...main.querySelectorAll('a[href]')].filter((a) => !a.textContent!.trim() && !a.querySelector('img[alt]')).map((a) => a.outerHTML),
        tablesWithoutHeaders: [...main.querySelectorAll('table')].filter((t) => !t.querySelector('th')).length,
        unnamedRegions: [...main.querySelectorAll('[role="region"]')].filter((r) => !name(r)).length,
        regionNames: [...main.querySelectorAll('[role="region"]')].map(name),
        charts: [...main.querySelectorAll('svg[role="img"]')].map((svg) => ({ name: name(svg), table: !!svg.closest('figure')?.querySelector('table') })),
      };
    });
    expect(report.unmarked).toEqual([]);
    expect(report.emptyLinks).toEqual([]);
    expect(report.tablesWithoutHeaders).toBe(0);
    expect(report.unnamedRegions).toBe(0);
    expect(new Set(report.regionNames).size).toBe(report.regionNames.length);
    for (const chart of report.charts) {
      expect(chart.name.length).toBeGreaterThan(10);
      expect(chart.table).toBe(true);
    }
  });
});
