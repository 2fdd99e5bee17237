/**
 * `--cmyk`: the printer edition converted to CMYK PDF/X-3 by Ghostscript,
 * or, where Ghostscript is missing, a clear error naming it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { hasTool, pdfFonts, pdfInfo } from '../support/poppler.ts';
import { runCli } from '../support/cli.ts';
import { FIXTURES } from '../support/paths.ts';

const out = mkdtempSync(path.join(os.tmpdir(), 'bifolio-cmyk-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('bifolio pdf --cmyk', () => {
  const result = runCli(['pdf', '--cmyk', '--content', path.join(FIXTURES, 'reports', 'minimal'), '--out', out]);
  const file = path.join(out, 'pdf', 'test-report-2024-zh-hant-print-cmyk.pdf');

  it.runIf(!hasTool('gs'))('without Ghostscript: fails naming it and how to install it', () => {
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Ghostscript is not installed; --cmyk needs it .*apt-get install ghostscript/);
  });

  it.runIf(hasTool('gs'))('writes a PDF/X-3 file per script, announced in the output', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('test-report-2024-zh-hant-print-cmyk.pdf: CMYK PDF/X-3 of the printer edition');
    expect(pdfInfo(file)['PDF subtype']).toBe('PDF/X-3:2002');
  });

  it.runIf(hasTool('gs'))('keeps the fonts real and embedded, and the trim and bleed boxes', async () => {
    for (const font of pdfFonts(file)) expect(font).toMatchObject({ embedded: true, subset: true });
    expect(pdfFonts(file).some((f) => /Type 3/.test(f.type))).toBe(false);
    const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
    const page = doc.getPages()[0]!;
    expect(page.getTrimBox().width).toBeCloseTo((210 * 72) / 25.4, -0.5);
    expect(page.getBleedBox().width - page.getTrimBox().width).toBeCloseTo((6 * 72) / 25.4, 0);
  });

  it.runIf(hasTool('gs'))('has a CMYK output intent and paints in CMYK, not RGB', async () => {
    const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
    const intents = doc.catalog.lookup(PDFName.of('OutputIntents'));
    const intent = (intents as unknown as { lookup(i: number, t: typeof PDFDict): PDFDict }).lookup(0, PDFDict);
    expect(intent.get(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFX'));
    const profile = intent.lookup(PDFName.of('DestOutputProfile'));
    expect(String((profile as PDFRawStream).dict.get(PDFName.of('N')))).toBe('4');
    // The cover: its green background and white text as CMYK fills.
    const contents = doc.getPages()[0]!.node.Contents();
    const streams =
      contents instanceof PDFRawStream
        ? [contents]
        : [...(contents as unknown as { asArray(): unknown[] }).asArray()].map((r) => doc.context.lookup(r as never) as PDFRawStream);
    const ops = streams.map((s) => new TextDecoder('latin1').decode(decodePDFRawStream(s).decode())).join('\n');
    expect(ops).toMatch(/[\d.]+ [\d.]+ [\d.]+ [\d.]+ k/);
    expect(ops).not.toMatch(/[\d.]+ [\d.]+ [\d.]+ rg/);
  });
});
