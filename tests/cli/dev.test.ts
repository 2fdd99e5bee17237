/**
 * The live preview: both scripts served, the conversion review one link
 * away, and a glossary edit picked up without restarting.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/platform/browser.ts';
import { freePort } from '../../src/platform/free-port.ts';
import { childEnv } from '../support/cli.ts';
import { CLI, FIXTURES, ROOT } from '../support/paths.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'bifolio-dev-test-'));
const content = path.join(work, 'content');
let child: ChildProcess;
let base: string;
let log = '';
let lastError: unknown;

async function get(pathname: string): Promise<{ status: number; text: string }> {
  const res = await fetch(base + pathname, { signal: AbortSignal.timeout(15_000) });
  return { status: res.status, text: await res.text() };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      if (await check()) return Date.now() - started;
    } catch (e) {
      lastError = (e as Error & { cause?: unknown }).cause ?? e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms (${String(lastError)}); dev server said:\n${log}`);
}

beforeAll(async () => {
  cpSync(path.join(FIXTURES, 'reports', 'minimal'), content, { recursive: true });
  const port = await freePort();
  child = spawn(process.execPath, [CLI, 'dev', '--content', content, '--port', String(port)], {
    cwd: ROOT,
    env: childEnv({ NO_COLOR: '1', FORCE_COLOR: '0' }),
  });
  const collect = (d: Buffer) => (log += d.toString().replace(/\x1b\[[0-9;]*m/g, ''));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  // The server moves to the next port if that one was taken meanwhile: read where it listens.
  await waitFor(async () => /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.test(log), 60_000);
  base = /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(log)![1]!;
  await waitFor(async () => {
    const res = await get('/zh-hant/');
    if (res.status !== 200) lastError = `${res.status}: ${res.text.slice(0, 300)}`;
    return res.status === 200;
  }, 60_000);
});

afterAll(async () => {
  if (child?.pid && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  rmSync(work, { recursive: true, force: true });
});

describe('bifolio dev', () => {
  it('serves both scripts, converted with the report glossary', async () => {
    const hans = await get('/zh-hans/b-written-second/');
    const hant = await get('/zh-hant/b-written-second/');
    expect(hans.text).toContain('我们发布了新的软件');
    expect(hant.text).toContain('我們發布了新的軟體');
    expect(hant.text).toContain('<html lang="zh-Hant"');
  });

  it('links the conversion review from the preview and serves it', async () => {
    const hant = await get('/zh-hant/');
    expect(hant.text).toMatch(/<a class="dev-review" href="\/_bifolio\/review\/\?variant=zh-Hant">審閱繁體轉換<\/a>/);
    const review = await get('/_bifolio/review/?variant=zh-Hant');
    expect(review.status).toBe(200);
    expect(review.text).toContain('Conversion review');
    expect(review.text).toMatch(/<span lang="zh-Hans">理发师<\/span> → <span lang="zh-Hant">理髮師<\/span>/);
  });

  it('picks up a glossary edit without a restart', async () => {
    const file = path.join(content, 'glossary.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('zh-Hant: 軟體', 'zh-Hant: 軟件'));
    const ms = await waitFor(async () => (await get('/zh-hant/b-written-second/')).text.includes('我們發布了新的軟件'), 10_000);
    expect(ms).toBeLessThan(10_000);
  });

  it('picks up an edited KPI figure in the sentence, the table and the chart, in both scripts', async () => {
    const file = path.join(content, 'data', 'kpi', 'energy.json');
    const before = await get('/zh-hant/a-written-first/');
    expect(before.text).toContain('1,250.5兆瓦時');
    const edited = readFileSync(file, 'utf8').replace('"2024": 1250.5', '"2024": 1260.5').replace('"2024": 250.0', '"2024": 260.0');
    writeFileSync(file, edited);
    await waitFor(async () => (await get('/zh-hant/a-written-first/')).text.includes('1,260.5兆瓦時'), 10_000);
    for (const prefix of ['zh-hans', 'zh-hant']) {
      const page = (await get(`/${prefix}/a-written-first/`)).text;
      expect(page).not.toContain('1,250.5');
      // sentence, table cell, chart total label, chart description and its data table
      expect(page.split('1,260.5').length - 1).toBeGreaterThanOrEqual(5);
    }
  });

  it('renumbers a chapter, its sections and references to it when another chapter changes', async () => {
    // b-written-second (order 10) is 第一章; middle-chapter refers to it. Turning it into front
    // matter makes middle-chapter 第一章, without touching middle-chapter's file.
    const middle = path.join(content, 'chapters', 'c-written-third.mdx');
    writeFileSync(middle, readFileSync(middle, 'utf8') + '\n见<Ref to="b-written-second#背景" />。\n');
    await waitFor(async () => (await get('/zh-hans/middle-chapter/')).text.includes('1.1 背景'), 10_000);
    expect((await get('/zh-hans/middle-chapter/')).text).toMatch(/<span class="chapter-number">第二章<\/span>/);
    const first = path.join(content, 'chapters', 'b-written-second.mdx');
    writeFileSync(first, readFileSync(first, 'utf8').replace('order: 10', 'order: 10\nkind: front'));
    const ms = await waitFor(async () => (await get('/zh-hans/middle-chapter/')).text.includes('<span class="chapter-number">第一章</span>'), 10_000);
    const page = (await get('/zh-hant/middle-chapter/')).text;
    expect(page).toContain('「第一章的標題－背景」');
    expect(ms).toBeLessThan(10_000);
  });

  it('shows the report’s problems in the browser overlay as `check` prints them, and the page again once fixed', async () => {
    const file = path.join(content, 'chapters', 'a-written-first.mdx');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good + '\n见<Ref to="nowhere" />和[别处](../elsewhere/)。\n');
    await waitFor(async () => (await get('/zh-hant/a-written-first/')).status === 500, 10_000);
    const launched = await launchChromium();
    try {
      const page = await launched.browser.newPage();
      await page.goto(`${base}/zh-hant/a-written-first/`);
      await page.waitForSelector('vite-error-overlay', { timeout: 20_000 });
      const overlay = await page.evaluate(() =>
        [...document.querySelector('vite-error-overlay')!.shadowRoot!.children]
          .filter((c) => c.tagName !== 'STYLE')
          .map((c) => (c as HTMLElement).innerText)
          .join('\n'),
      );
      expect(overlay).toContain('The report has 2 problems');
      expect(overlay).toMatch(/a-written-first\.mdx:20:2 {2}<Ref to="nowhere"> refers to a chapter "nowhere" that does not exist/);
      expect(overlay).toMatch(/a-written-first\.mdx:20:23 {2}the link "\.\.\/elsewhere\/" goes to a chapter "elsewhere" that does not exist/);
      expect(overlay).toContain('npx bifolio check');
      expect(overlay).not.toMatch(/\n\s+at /);
    } finally {
      await launched.close();
    }
    writeFileSync(file, good);
    const ms = await waitFor(async () => (await get('/zh-hant/a-written-first/')).status === 200, 10_000);
    expect(ms).toBeLessThan(10_000);
  });

  it('shows the paginated print layout of a script, laid out by Paged.js in the browser', async () => {
    const launched = await launchChromium();
    try {
      const page = await launched.browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${base}/_bifolio/print-preview/?variant=zh-Hant`);
      await page.waitForFunction(() => document.querySelectorAll('.pagedjs_page').length >= 4, null, { timeout: 60_000 });
      const text = await page.locator('.pagedjs_pages').innerText();
      expect(text).toContain('軟');
      expect(await page.locator('.pagedjs_page').first().locator('.cover').count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await launched.close();
    }
    expect((await get('/zh-hant/')).text).toContain('href="/_bifolio/print-preview/?variant=zh-Hant"');
  });
});
