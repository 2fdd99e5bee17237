/**
 * `learn` on real PDFs: the hand-written pair printed by Chromium with the
 * shipped fonts, on small pages with a running head and page numbers, is read
 * back with pdf.js and gives the same proposals as the text it was printed from.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getConverter } from '../../src/convert/converter.ts';
import { readGlossary } from '../../src/content/glossary.ts';
import { glossaryLayer } from '../../src/convert/glossary.ts';
import { learnHouseStyle, type LearnResult } from '../../src/content/house-style/learn.ts';
import { cleanEdition } from '../../src/content/house-style/normalise.ts';
import { readEdition } from '../../src/content/house-style/read-edition.ts';
import { escapeHtml } from '../../src/html.ts';
import { launchChromium, type LaunchedBrowser } from '../../src/platform/browser.ts';
import { runCli } from '../support/cli.ts';
import { FIXTURES } from '../support/paths.ts';

const pair = path.join(FIXTURES, 'house-style', 'report-2023');
const work = mkdtempSync(path.join(os.tmpdir(), 'bifolio-learn-pdf-'));
let launched: LaunchedBrowser | undefined;

/** Lines of a fixture edition, without its running heads and folios (the PDF prints its own). */
function paragraphs(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^澄明能源集團 2023年|^— \d+ —$/.test(line));
}

async function printPdf(lines: string[], family: string, head: string, file: string): Promise<string> {
  const page = await launched!.browser.newPage();
  try {
    const style = `@page { size: 90mm 120mm; margin: 14mm 10mm; } body { font: 13pt '${family}'; margin: 0; } p { margin: 0 0 .8em; text-align: justify; }`;
    await page.setContent(
      `<!doctype html><html><head><meta charset="utf-8"><style>${style}</style></head><body>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</body></html>`,
    );
    const small = `font: 7pt '${family}'; width: 100%; text-align: center;`;
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: `<div style="${small}">${escapeHtml(head)}</div>`,
      footerTemplate: `<div style="${small}">— <span class="pageNumber"></span> —</div>`,
    });
    writeFileSync(file, pdf);
    return file;
  } finally {
    await page.close();
  }
}

const summary = (result: LearnResult) => ({
  proposals: result.proposals.map((p) => ({ hans: p.hans, hant: p.hant, count: p.count, total: p.total, others: p.others.map((o) => `${o.form} ${o.count}`) })),
  refused: result.refused.map((p) => `${p.hans} → ${p.hant}`),
});

let simplifiedPdf = '';
let traditionalPdf = '';

beforeAll(async () => {
  launched = await launchChromium();
  simplifiedPdf = await printPdf(
    paragraphs(path.join(pair, 'simplified.txt')),
    'Noto Sans SC',
    '澄明能源集团 2023年可持续发展报告',
    path.join(work, 'report-2023-sc.pdf'),
  );
  traditionalPdf = await printPdf(
    paragraphs(path.join(pair, 'traditional.txt')),
    'Noto Sans TC',
    '澄明能源集團 2023年可持續發展報告',
    path.join(work, 'report-2023-tc.pdf'),
  );
}, 120_000);

afterAll(async () => {
  await launched?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('learn from the published PDFs', () => {
  it('reads each PDF as its text, page after page', async () => {
    const edition = await readEdition(traditionalPdf);
    expect(edition.kind).toBe('pdf');
    expect(edition.pages).toBeGreaterThanOrEqual(3);
    // Running head and page numbers on every page, as a reader's viewer gives them.
    expect(edition.text.split('澄明能源集團 2023年可持續發展報告').length - 1).toBe(edition.pages);
    expect(edition.text).toMatch(/— 2 —/);
    // Cleaned: no running lines, no line breaks inside sentences, ideographs where the text layer has radicals (⼼ for 心).
    const cleaned = cleanEdition(edition.text).text;
    expect(cleaned).not.toContain('2023年可持續發展報告');
    expect(cleaned).toContain('持份者最關心的議題依次為氣候變化、員工健康與安全以及數據安全。');
  });

  it('proposes the same as from the text', async () => {
    const glossary = readGlossary(path.join(pair, 'glossary.yaml')).glossary;
    const converter = getConverter('zh-Hant', { glossary: [glossaryLayer(glossary, 'zh-Hant', 'glossary')] });
    const learn = async (simplified: string, traditional: string) =>
      learnHouseStyle({ simplified: (await readEdition(simplified)).text, traditional: (await readEdition(traditional)).text, converter, variant: 'zh-Hant' });
    const fromText = await learn(path.join(pair, 'simplified.txt'), path.join(pair, 'traditional.txt'));
    const fromPdf = await learn(simplifiedPdf, traditionalPdf);
    expect(fromText.proposals.length).toBeGreaterThanOrEqual(6);
    expect(summary(fromPdf)).toEqual(summary(fromText));
    expect(fromPdf.coverage.aligned).toBe(fromPdf.coverage.ideographs);
  });

  it('bifolio learn takes the PDFs', () => {
    const result = runCli(['learn', '--simplified', simplifiedPdf, '--traditional', traditionalPdf, '--content', path.join(FIXTURES, 'reports', 'minimal')]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/report-2023-sc\.pdf \(PDF, \d+ pages\) and .*report-2023-tc\.pdf \(PDF, \d+ pages\)/);
    expect(result.stdout).toMatch(/✓ 发布 → 發佈 +3 of 3/);
  });
});
