/**
 * A print document laid out and printed in parts at once (one browser page
 * per part, the prints joined afterwards) gives the PDF of one layout: the
 * same text on every page (running heads, page numbers and the contents'
 * page numbers included), blank pages where a chapter must start on the
 * right, and as a PDF reader reads it the same bookmarks, the same links
 * going to the same pages (the contents into later parts included) and the
 * same structure (tags) on every page. One
 * difference is allowed and seen: Paged.js may end a page of the long
 * disclosure-index table one row earlier or later in one of the layouts
 * (both keep every row whole, on some page, once).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/platform/browser.ts';
import { renderPdf, type RenderedPdf } from '../../src/print/pdf/render.ts';
import { serveStatic, type StaticServer } from '../../src/platform/static-server.ts';
import { PDFDocument, PDFName } from 'pdf-lib';
import { finishPdf } from '../../src/print/pdf/finish.ts';
import { joinPdfs } from '../../src/print/pdf/join-pdfs.ts';
import { pageText, pdfOutline, pdfPages, readerPages } from '../support/pdf.ts';
import { checkPrintedText } from '../../src/print/pdf/integrity.ts';
import { SAMPLE_PRINT, SAMPLE_SITE } from '../support/paths.ts';

const DOCUMENT = path.join(SAMPLE_PRINT, 'chengchuan-esg-2024-zh-hant.html');
const out = mkdtempSync(path.join(os.tmpdir(), 'bifolio-parts-'));
let server: StaticServer;
let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => {
  // The sample site, with the kept print document where the build served it.
  server = await serveStatic(SAMPLE_SITE, 0, { extra: (p) => (p === '/print/zh-hant/' ? DOCUMENT : undefined) });
  ({ browser, close } = await launchChromium());
});
afterAll(async () => {
  await close?.();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

async function layOut(parts: number): Promise<{ rendered: RenderedPdf; file: string; pdf: Uint8Array }> {
  const rendered = await renderPdf(browser, { url: `${server.url}/print/zh-hant/`, timeoutMs: 300_000, parts, minPartChars: 1 });
  const file = path.join(out, `parts-${parts}.pdf`);
  const pdf = await joinPdfs(rendered.prints);
  writeFileSync(file, pdf);
  return { rendered, file, pdf };
}

describe('laying a document out in parts', () => {
  it('gives the pages of one layout', async () => {
    const [one, three] = await Promise.all([layOut(1), layOut(3)]);
    expect(one.rendered.timings.parts).toBe(1);
    expect(three.rendered.timings.parts).toBe(3);
    expect(three.rendered.prints).toHaveLength(3);
    const a = pdfPages(one.file).map(pageText);
    const b = pdfPages(three.file).map(pageText);
    expect(b.length).toBe(a.length);
    const differ = b.flatMap((text, i) => (text === a[i] ? [] : [i]));
    expect(differ.length).toBeLessThan(a.length / 10);
    // Only pages of the disclosure index (which repeats its header row on every page).
    for (const i of differ)
      expect(
        [a[i], b[i]].every((t) => t!.includes('指標內容披露位置')),
        `page ${i + 1}`,
      ).toBe(true);
    expect(three.rendered.pages.map((p) => p.blank)).toEqual(one.rendered.pages.map((p) => p.blank));
    // The blank pages before chapters that would start on a left-hand page are there.
    expect(three.rendered.pages.some((p) => p.blank)).toBe(true);
    // No text lost or printed twice at the joins.
    expect(await checkPrintedText(three.rendered, three.pdf)).toEqual([]);
    // The same bookmarks, opening the same pages.
    expect(await pdfOutline(three.file)).toEqual(await pdfOutline(one.file));
    // As a reader reads them: the same links to the same pages, and the same tags, on every page
    // whose text is the same.
    const [readOne, readThree] = await Promise.all([readerPages(one.pdf), readerPages(three.pdf)]);
    expect(readThree.flatMap((p) => p.links).filter((to) => to.startsWith('page')).length).toBeGreaterThan(20);
    for (const [i, page] of readThree.entries()) {
      if (differ.includes(i)) continue;
      expect(page.links, `links on page ${i + 1}`).toEqual(readOne[i]!.links);
      expect(page.structure, `tags on page ${i + 1}`).toEqual(readOne[i]!.structure);
    }
    // Finished as the build finishes it: the reading edition reads the same (its element ids and
    // destinations renamed); the printer edition has neither tags nor links left.
    const metadata = { title: '報告', author: '澄川', subject: '', lang: 'zh-Hant', date: new Date(0) };
    const [reading, printer] = await Promise.all([finishPdf(three.pdf, { metadata }), finishPdf(three.pdf, { metadata, bleedPt: 8.5 })]);
    expect(await readerPages(reading)).toEqual(readThree);
    const press = await PDFDocument.load(printer, { updateMetadata: false });
    expect(press.catalog.has(PDFName.of('StructTreeRoot'))).toBe(false);
    expect(press.getPages().some((page) => page.node.has(PDFName.of('Annots')))).toBe(false);
  });
});
