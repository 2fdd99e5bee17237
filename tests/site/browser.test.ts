/**
 * The built sample site in a real browser (Debian's Chromium driven by
 * playwright-core), served on 127.0.0.1. Screenshots at phone and desktop
 * widths are written to tests/.output/screenshots.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_SITE, TEST_OUTPUT } from '../support/paths.ts';
import { useSiteBrowser } from '../support/site-browser.ts';

const SCREENSHOTS = path.join(TEST_OUTPUT, 'screenshots');
const slugs = readdirSync(path.join(SAMPLE_SITE, 'zh-hans'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'search')
  .map((d) => d.name);

const site = useSiteBrowser();
const { open, visit } = site;
beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

/** Full-page screenshots, kept as test artifacts. */
async function screenshots(urls: string[], width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
  const page = await open(urls[0]!, width, { colorScheme });
  for (const url of urls) {
    await visit(page, url);
    if (url.includes('/search/')) await page.waitForSelector('#search-results li');
    const name = `${url.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'landing'}-${width}${colorScheme === 'dark' ? '-dark' : ''}.png`;
    await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true });
  }
  await page.context().close();
}

describe('phone width (375 px)', () => {
  let phone: Page;
  beforeAll(async () => {
    phone = await open('/', 375);
  });
  afterAll(async () => {
    await phone?.context().close();
  });

  it.each(['/', '/zh-hans/', '/zh-hant/', '/zh-hant/search/?q=温室气体', ...slugs.flatMap((s) => [`/zh-hans/${s}/`, `/zh-hant/${s}/`])])(
    '%s does not scroll sideways',
    async (url) => {
      await visit(phone, url);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    },
  );

  it('folds the chapter list and page contents behind buttons that open them', async () => {
    const page = await open('/zh-hant/environment/', 375);
    const sidebarLink = page.locator('.sidebar .chapter-list a').nth(1);
    await expect.poll(() => sidebarLink.isVisible()).toBe(false);
    await page.locator('.sidebar summary').click();
    await expect.poll(() => sidebarLink.isVisible()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'zh-hant-environment-375-menu.png') });
    await page.context().close();
  });

  it('screenshots', () => screenshots(['/', '/zh-hant/', '/zh-hant/environment/', '/zh-hans/esg-governance/', '/zh-hans/search/?q=碳中和'], 375));
  it('screenshots, dark theme', () => screenshots(['/zh-hant/environment/'], 375, 'dark'));
});

describe('desktop width (1280 px)', () => {
  it('shows header, switcher, sidebar with every chapter, and the page contents', async () => {
    const page = await open('/zh-hant/environment/', 1280);
    await expect.poll(() => page.locator('.script-switcher').isVisible()).toBe(true);
    const chapters = page.locator('.sidebar .chapter-list > li > a');
    expect(await chapters.count()).toBe(slugs.length + 1);
    for (let i = 0; i < (await chapters.count()); i++) expect(await chapters.nth(i).isVisible()).toBe(true);
    expect(await page.locator('.page-toc a').first().isVisible()).toBe(true);
    expect(await page.locator('.sidebar .section-list a').first().isVisible()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'zh-hant-environment-1280.png') });
    await page.context().close();
  });

  it('screenshots', () => screenshots(['/', '/zh-hans/', '/zh-hans/esg-governance/', '/zh-hant/appendix/', '/zh-hant/search/?q=碳中和', '/404.html'], 1280));
  it('screenshots, dark theme', () => screenshots(['/zh-hans/', '/zh-hant/environment/', '/zh-hans/kpi-tables/'], 1280, 'dark'));
});

describe('navigation', () => {
  it('the script switcher keeps the heading the reader is at', async () => {
    const page = await open('/zh-hans/environment/', 1280);
    await page.evaluate(() => document.getElementById('可再生能源')!.scrollIntoView());
    await page.waitForTimeout(100);
    await page.locator('.script-switcher a[lang="zh-Hant"]').click();
    await page.waitForURL(/\/zh-hant\/environment\//);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const url = new URL(page.url());
    expect(url.pathname).toBe('/zh-hant/environment/');
    expect(decodeURIComponent(url.hash)).toBe('#可再生能源');
    const heading = page.locator('[id="可再生能源"]');
    expect(await heading.textContent()).toBe('可再生能源');
    const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    await page.context().close();
  });

  it('works without JavaScript: sidebar, previous/next and switcher are plain links', async () => {
    const page = await open('/zh-hant/', 1280, { javaScriptEnabled: false });
    await page.locator('.contents a').first().click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe(`/zh-hant/about-this-report/`);
    await page.locator('.prev-next a[rel="next"]').click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe('/zh-hant/chairman-letter/');
    await page.locator('.script-switcher a[lang="zh-Hans"]').click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe('/zh-hans/chairman-letter/');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
    // The chapter list is reachable without JavaScript on a phone too.
    await page.setViewportSize({ width: 375, height: 812 });
    await page.locator('.sidebar summary').click();
    expect(await page.locator('.sidebar .chapter-list a').nth(3).isVisible()).toBe(true);
    await page.context().close();
  });

  it('in-page contents links jump to their headings', async () => {
    const page = await open('/zh-hant/esg-governance/', 1280);
    const link = page.locator('.page-toc a').nth(2);
    const target = decodeURIComponent((await link.getAttribute('href'))!.slice(1));
    await link.click();
    const top = await page.locator(`[id="${target}"]`).evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(150);
    await page.context().close();
  });
});
