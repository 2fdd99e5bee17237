/**
 * The catalogue of valid content (tests/fixtures/reports/catalogue): what a
 * real report may hold and the sample does not — symbols and subscripts,
 * extension-B and Hong Kong characters, emoji, long URLs, nested lists, a
 * 20,000-character paragraph, wide and 300-row tables, a KPI category taller
 * than a page, a 150-line code block, footnotes holding lists, called twice,
 * thirty on a page, identical notes, a 45-character chapter title, forty
 * short chapters whose sections share titles. It builds with the real CLI,
 * the build's own text check passes on all four PDFs, and the PDFs read back
 * as a reader reads them have every character, from the shipped fonts only;
 * the website shows the same characters from the same fonts.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type LaunchedBrowser } from '../../src/platform/browser.ts';
import { pdfFonts } from '../support/poppler.ts';
import { readPdfText } from '../../src/pdf-text.ts';
import { serveStatic, type StaticServer } from '../../src/platform/static-server.ts';
import { runCli } from '../support/cli.ts';
import { FIXTURES, TEST_OUTPUT } from '../support/paths.ts';

const SITE = path.join(TEST_OUTPUT, 'catalogue-site');
const PDFS = ['zh-hans', 'zh-hans-print', 'zh-hant', 'zh-hant-print'].map((name) => path.join(SITE, 'pdf', `catalogue-2024-${name}.pdf`));
/** PostScript names of the shipped fonts. */
const SHIPPED = /^[A-Z]{6}\+Noto(SansSC|SansTC|SansJP|SansKR|SansMono|Sans|SansMath|SansSymbols|SansSymbols2|Emoji)-(Regular|Bold)$/;

let build: { status: number | null; stdout: string; stderr: string };
const text: Record<string, string> = {};

beforeAll(async () => {
  rmSync(SITE, { recursive: true, force: true });
  build = runCli(['build', '--content', path.join(FIXTURES, 'reports', 'catalogue'), '--out', SITE], { timeout: 600_000 });
  if (build.status !== 0) return;
  for (const file of PDFS) text[path.basename(file)] = (await readPdfText(readFileSync(file))).map((p) => p.runs.map((r) => r.text).join('')).join('\f');
}, 660_000);

describe('the catalogue of valid content', () => {
  it('builds, and the text check passes on every PDF', () => {
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    expect(build.stdout.match(/\.pdf: \d+ pages/g)).toHaveLength(4);
  });

  it('embeds only subsets of the shipped fonts, as TrueType with Unicode maps: no Type 3, nothing from the machine', () => {
    for (const file of PDFS) {
      const fonts = pdfFonts(file);
      for (const font of fonts) {
        expect(font.name, path.basename(file)).toMatch(SHIPPED);
        expect(font.type, font.name).toBe('CID TrueType');
        expect(font.embedded && font.subset && font.unicode, font.name).toBe(true);
      }
      const families = new Set(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+|-(Regular|Bold)$/g, '')));
      for (const family of ['NotoSans', 'NotoSansJP', 'NotoEmoji', 'NotoSansMono']) expect(families, path.basename(file)).toContain(family);
    }
  });

  it('reads back every special character as the document has it, in both scripts and both editions', () => {
    for (const [name, pages] of Object.entries(text)) {
      for (const s of ['CO₂e', 'NOₓ', 'SO₂', '18℃', '0.12‰', '≥1,200 m³', '±5%', '23µg/m³', '𠮷田', '𨋢', '啱啱', '㗎', '🌱', '1～3', 'A／B', '〈', '〉']) {
        expect(pages, `${name}: ${s}`).toContain(s);
      }
      // No radical, no compatibility ideograph, no empty glyph in place of a character.
      expect(pages, name).not.toMatch(/[\u2e80-\u2fdf\uf900-\ufaff\u0000\ufffd]/u);
    }
    expect(text['catalogue-2024-zh-hant.pdf']).toContain('部𨋢成日壞');
    expect(text['catalogue-2024-zh-hans.pdf']).toContain('部𨋢成日坏');
  });

  it('has every chapter and every shared section title in the contents', () => {
    const contents = text['catalogue-2024-zh-hant.pdf']!.split('\f').slice(2, 20).join('').replace(/\s/g, '');
    for (const n of [6, 10, 13, 31, 45]) expect(contents).toContain(`${n}.4目標與進展回顧`);
  });

  it('prints all 150 lines of the code block, each on a line of its own', async () => {
    const pages = await readPdfText(readFileSync(PDFS[0]!));
    const lines = pages.flatMap((p) => p.runs.map((r) => r.text)).join('\n');
    for (let i = 1; i <= 150; i++) expect(lines, `line ${i}`).toMatch(new RegExp(`site_${String(i).padStart(3, '0')},`));
  });
});

describe('the catalogue’s website', () => {
  let server: StaticServer;
  let launched: LaunchedBrowser;
  let browser: Browser;
  beforeAll(async () => {
    if (build.status !== 0) return;
    server = await serveStatic(SITE);
    launched = await launchChromium();
    browser = launched.browser;
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  /** Waits until every font the page's text asked for has loaded (a face is asked for only once text needs it). */
  async function fontsSettled(page: Page): Promise<void> {
    await page.evaluate(async () => {
      for (let i = 0; i < 20; i++) {
        await document.fonts.ready;
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
        if (document.fonts.status === 'loaded' && ![...document.fonts].some((f) => f.status === 'loading')) return;
      }
    });
  }

  /** The fonts the browser used for the text node holding `needle` (the element around it is marked to find it). */
  async function fontsFor(page: Page, cdp: CDPSession, needle: string): Promise<string[]> {
    const found = await page.evaluate((needle) => {
      document.querySelector('[data-probe]')?.removeAttribute('data-probe');
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.textContent!.includes(needle)) {
          node.parentElement!.setAttribute('data-probe', '');
          return true;
        }
      }
      return false;
    }, needle);
    if (!found) throw new Error(`no text holds ${needle}`);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1 })) as { root: { nodeId: number } };
    const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-probe]' })) as { nodeId: number };
    const { fonts } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })) as { fonts: Array<{ familyName: string; isCustomFont: boolean }> };
    return fonts.map((f) => `${f.familyName}${f.isCustomFont ? '' : ' (system)'}`);
  }

  it('shows every character from the shipped web fonts, never from the machine’s', async () => {
    for (const prefix of ['zh-hans', 'zh-hant']) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/${prefix}/characters/`, { waitUntil: 'load' });
      const cdp = await context.newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const expected: Array<[string, string, string]> = [
        ['characters', '₂e，氮氧化物', 'Noto Sans'],
        ['characters', '𠮷', 'Noto Sans JP'],
        ['characters', '🌱', 'Noto Emoji'],
        ['characters', '𨋢', 'Noto Sans TC'],
        ['code', 'site_001,', 'Noto Sans Mono'],
      ];
      for (const [chapter, needle, family] of expected) {
        if (!page.url().endsWith(`/${chapter}/`)) {
          await page.goto(`${server.url}/${prefix}/${chapter}/`, { waitUntil: 'load' });
        }
        await fontsSettled(page);
        const fonts = await fontsFor(page, cdp, needle);
        expect(fonts, `${prefix} ${needle}`).toContain(family);
        expect(
          fonts.filter((f) => f.endsWith('(system)')),
          `${prefix} ${needle}`,
        ).toEqual([]);
      }
      await context.close();
    }
  });
});
