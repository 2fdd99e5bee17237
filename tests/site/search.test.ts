/**
 * Search in a real browser: Pagefind's index of each script, queried
 * through the search page with words typed in either script. Each query
 * lists pages it must find (recall); the check runs the query in both
 * scripts on both variants' search pages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { getConverter } from '../../src/convert/converter.ts';
import { SAMPLE_SITE } from '../support/paths.ts';
import { useSiteBrowser } from '../support/site-browser.ts';

/** Two-, three- and four-character queries and the chapters each must find. */
export const QUERIES: Array<[string, string[]]> = [
  ['光伏', ['environment']],
  ['培训', ['employees']],
  ['隐私', ['digital-responsibility']],
  ['鉴证', ['assurance']],
  ['志愿', ['community']],
  ['举报', ['business-ethics']],
  ['用水', ['environment']],
  ['能效', ['environment']],
  ['问卷', ['feedback']],
  ['台风', ['environment', 'community']],
  ['长者', ['community']],
  ['液冷', ['environment']],
  ['童工', ['employees', 'supply-chain']],
  ['薪酬', ['employees']],
  ['漏洞', ['digital-responsibility']],
  ['反贪污', ['business-ethics']],
  ['碳中和', ['environment']],
  ['温室气体', ['environment', 'kpi-tables']],
  ['数据中心', ['environment', 'digital-responsibility']],
  ['职业健康', ['employees']],
  ['乡村教育', ['community']],
  ['绿色采购', ['supply-chain']],
  ['冲突矿产', ['supply-chain']],
  ['董事会声明', ['esg-governance']],
];

const hant = getConverter('zh-Hant');
const server = useSiteBrowser();
let page: Page;

beforeAll(async () => {
  page = await server.browser.newPage();
});

async function search(prefix: string, query: string): Promise<string[]> {
  await page.goto(`${server.url}/${prefix}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('.search-summary', { timeout: 20_000 });
  const hrefs = await page.$$eval('.search-results a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => {
    const [, variant, slug] = href.split('/');
    expect(variant).toBe(prefix);
    return slug!;
  });
}

describe('search', () => {
  it.each(['zh-hans', 'zh-hant'])(
    'finds every expected page for each query typed in either script (%s)',
    async (prefix) => {
      const misses: string[] = [];
      for (const [query, expected] of QUERIES) {
        for (const typed of [query, hant.convert(query)]) {
          const found = await search(prefix, typed);
          for (const slug of expected) if (!found.includes(slug)) misses.push(`${typed} → ${slug} (found: ${found.join(', ') || 'nothing'})`);
        }
      }
      expect(misses).toEqual([]);
    },
    300_000,
  );

  it('runs under the page’s Content-Security-Policy without being refused anything', async () => {
    const refused: string[] = [];
    const listen = (m: { text(): string }) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
    };
    page.on('console', listen);
    const found = await search('zh-hant', '光伏');
    page.off('console', listen);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
    expect(found).toContain('environment');
    expect(refused).toEqual([]);
  });

  it('shows excerpts with the matches marked, in the page’s script', async () => {
    await search('zh-hant', '温室气体');
    const marks = await page.$$eval('.search-results mark', (m) => m.map((x) => x.textContent));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.join('')).toContain('溫室氣體');
    expect(await page.textContent('.search-summary')).toMatch(/^找到\d+個相關頁面：$/);
  });

  it('says so when nothing is found, and asks for a query when there is none', async () => {
    await search('zh-hans', 'zzqxj');
    expect(await page.textContent('.search-summary')).toBe('没有找到与“zzqxj”相关的内容。');
    await page.goto(`${server.url}/zh-hant/search/`);
    await page.waitForFunction(() => document.getElementById('search-results')?.textContent !== '');
    expect(await page.textContent('#search-results')).toBe('請輸入要搜索的字詞。');
  });

  it('the header search box opens the results page of the current script', async () => {
    await page.goto(`${server.url}/zh-hant/environment/`);
    await page.fill('#site-search-q', '光伏');
    await page.press('#site-search-q', 'Enter');
    await page.waitForSelector('.search-summary', { timeout: 20_000 });
    expect(new URL(page.url()).pathname).toBe('/zh-hant/search/');
    expect(await page.$$eval('.search-results a', (a) => a.map((x) => x.getAttribute('href')))).toContain('/zh-hant/environment/');
  });

  it('indexes only the chapters’ text, one index per script', () => {
    const entry = JSON.parse(readFileSync(path.join(SAMPLE_SITE, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    const chapters = readFileSync(path.join(SAMPLE_SITE, 'zh-hans', 'index.html'), 'utf8')
      .match(/class="contents"[\s\S]*?<\/ol>/)![0]
      .match(/<li>/g)!.length;
    expect(Object.keys(entry.languages).sort()).toEqual(['zh-hans', 'zh-hant']);
    expect(entry.languages['zh-hans'].page_count).toBe(chapters);
    expect(entry.languages['zh-hant'].page_count).toBe(chapters);
  });
});
