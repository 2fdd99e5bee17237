/**
 * The PDFs' text check, proved both ways on real PDFs: the sample's PDFs as
 * built pass it, and copies of them whose page content was edited (a run of
 * text taken out, or printed a second time, elsewhere or over itself) fail it
 * with the page named. A document printed from whole CJK fonts, whose text
 * layer names radicals (⽬ for 目), fails it; the same document printed from
 * the document's own subsets passes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReport } from '../../src/content/report.ts';
import { launchChromium } from '../../src/platform/browser.ts';
import { toPoints } from '../../src/print/pdf/build-pdfs.ts';
import { SLUG_PT } from '../../src/print/pdf/finish.ts';
import { checkPrintedText, comparePrintedText } from '../../src/print/pdf/integrity.ts';
import type { PageText } from '../../src/print/pdf/page-text.ts';
import { readPdfText } from '../../src/pdf-text.ts';
import { renderPdf } from '../../src/print/pdf/render.ts';
import { serveStatic, type StaticServer } from '../../src/platform/static-server.ts';
import { FONT_URL_PREFIX, printFontFaces, printFontFile } from '../../src/print/fonts.ts';
import { pdfName } from '../../src/render/print-routes.ts';
import { editPageContent, textObjects } from '../support/pdf-edit.ts';
import { ROOT, SAMPLE_PRINT, SAMPLE_SITE } from '../support/paths.ts';

const report = loadReport(path.join(ROOT, 'content', 'report.yaml'));
const BLEED_PT = toPoints(report.print.bleed);

function sample(prefix: string, edition: 'reading' | 'printer' = 'reading') {
  const name = pdfName(report, { prefix }, edition);
  return {
    text: JSON.parse(readFileSync(path.join(SAMPLE_PRINT, `${path.basename(pdfName(report, { prefix }), '.pdf')}.text.json`), 'utf8')) as PageText[],
    bytes: new Uint8Array(readFileSync(path.join(SAMPLE_SITE, 'pdf', name))),
    // Both editions come from one layout with the bleed: the reading edition is that sheet cut to the trim.
    margin: edition === 'printer' ? SLUG_PT : -BLEED_PT,
  };
}

describe('the text check on the sample PDFs', () => {
  for (const prefix of ['zh-hans', 'zh-hant']) {
    for (const edition of ['reading', 'printer'] as const) {
      it(`${prefix}, ${edition} edition: passes as built`, async () => {
        const { text, bytes, margin } = sample(prefix, edition);
        expect(comparePrintedText(text, await readPdfText(bytes), margin)).toEqual([]);
      });
    }
  }

  const { text, bytes, margin } = sample('zh-hant');
  /** Five pages of running text spread over the report, and the longest run of text of each. */
  const victims = async () => {
    const pages = text.flatMap((p, i) => (p.pieces.length > 15 ? [i + 1] : []));
    const chosen = [0, 1, 2, 3, 4].map((k) => pages[Math.floor((k * (pages.length - 1)) / 4)]!);
    const out: Array<{ page: number; object: string }> = [];
    for (const page of chosen) {
      await editPageContent(bytes, page, (content) => {
        const objects = textObjects(content).sort((a, b) => b.text.length - a.text.length);
        out.push({ page, object: objects[0]!.text });
        return content;
      });
    }
    return out;
  };

  it('reports a run of text taken out of a page, naming the page', async () => {
    for (const { page, object } of await victims()) {
      const edited = await editPageContent(bytes, page, (c) => c.replace(object, ''));
      const problems = comparePrintedText(text, await readPdfText(edited), margin);
      expect(problems.length, `page ${page}`).toBeGreaterThan(0);
      expect(
        problems.every((p) => p.kind === 'missing' && p.pages.join() === String(page)),
        `page ${page}: ${JSON.stringify(problems)}`,
      ).toBe(true);
    }
  });

  it('reports a run of text printed twice, over itself or a line lower, naming the page', async () => {
    for (const { page, object } of await victims()) {
      for (const copy of [object, `q 1 0 0 1 0 -30 cm ${object} Q`]) {
        const edited = await editPageContent(bytes, page, (c) => c.replace(object, `${object}\n${copy}`));
        const problems = comparePrintedText(text, await readPdfText(edited), margin);
        expect(problems.length, `page ${page}`).toBeGreaterThan(0);
        expect(
          problems.some((p) => p.kind === 'duplicated' && p.pages.join() === String(page)),
          `page ${page}: ${JSON.stringify(problems)}`,
        ).toBe(true);
      }
    }
  });

  it('reports a page missing from the PDF', async () => {
    expect(comparePrintedText(text.slice(0, -1), await readPdfText(bytes), margin)[0]?.kind).toBe('missing');
  });
});

describe('the text layer', () => {
  const site = mkdtempSync(path.join(os.tmpdir(), 'bifolio-text-layer-'));
  let server: StaticServer;
  let browser: Browser;
  let close: () => Promise<void>;
  // Characters whose glyph the CJK fonts also map to a radical or a compatibility form.
  const TEXT = '项目工作用页面：胶水用量～３升／日，〈目录〉见第12页。';
  const html = `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>文字层</title>
<style data-fonts>${printFontFaces()}</style>
<style>@page { size: 105mm 148mm; margin: 12mm; } body { font-family: 'Noto Sans SC', var(--font-fallback); }</style></head>
<body><p>${TEXT}</p><p><strong>${TEXT}</strong></p></body></html>`;

  beforeAll(async () => {
    writeFileSync(path.join(site, 'radicals.html'), html);
    server = await serveStatic(site, 0, { extra: (p) => (p.startsWith(FONT_URL_PREFIX) ? printFontFile(p.slice(FONT_URL_PREFIX.length)) : undefined) });
    ({ browser, close } = await launchChromium());
  });
  afterAll(async () => {
    await close?.();
    await server?.close();
    rmSync(site, { recursive: true, force: true });
  });

  it('names a radical where whole fonts are embedded, and the check reports it', async () => {
    const rendered = await renderPdf(browser, { url: `${server.url}/radicals.html`, timeoutMs: 60_000, fonts: 'as-is' });
    const read = (await readPdfText(rendered.prints[0]!)).flatMap((p) => p.runs.map((r) => r.text)).join('');
    expect(read).toContain('⽬');
    const problems = await checkPrintedText(rendered, rendered.prints[0]!);
    expect(problems.some((p) => p.kind === 'wrong' && p.text.includes('目') && p.found?.includes('⽬'))).toBe(true);
  });

  it('names every character as the document has it from the document’s own font subsets', async () => {
    const rendered = await renderPdf(browser, { url: `${server.url}/radicals.html`, timeoutMs: 60_000 });
    const read = (await readPdfText(rendered.prints[0]!)).flatMap((p) => p.runs.map((r) => r.text)).join('');
    expect(read.replace(/\s/g, '')).toBe(TEXT + TEXT);
    expect(await checkPrintedText(rendered, rendered.prints[0]!)).toEqual([]);
  });
});
