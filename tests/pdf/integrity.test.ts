/**
 * The text check that guards against Paged.js losing or repeating text at
 * page breaks, run on the sample's real PDFs: it passes them as built, and
 * reports what is taken out of or added to what pdftotext reads.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../../src/content/report.ts';
import { toPoints } from '../../src/output/pdf/build-pdfs.ts';
import { SLUG_PT } from '../../src/output/pdf/finish.ts';
import { checkTextIntegrity, documentPassages, normalise } from '../../src/output/pdf/integrity.ts';
import type { PageLayout } from '../../src/output/pdf/paged-runtime.ts';
import { pdfWords } from '../../src/output/pdf/poppler.ts';
import { pdfName } from '../../src/render/print/routes.ts';
import { ROOT, SAMPLE_PRINT, SAMPLE_SITE } from '../support/paths.ts';

const report = loadReport(path.join(ROOT, 'content', 'report.yaml'));
const BLEED_PT = toPoints(report.print.bleed);

function sample(prefix: string, edition: 'reading' | 'printer' = 'reading') {
  const name = pdfName(report, { prefix }, edition);
  const stem = path.basename(name, '.pdf');
  return {
    html: readFileSync(path.join(SAMPLE_PRINT, `${stem}.html`), 'utf8'),
    layout: JSON.parse(readFileSync(path.join(SAMPLE_PRINT, `${stem}.layout.json`), 'utf8')) as PageLayout[],
    words: pdfWords(path.join(SAMPLE_SITE, 'pdf', name)),
  };
}

/** Splits pdftotext's XHTML into pages, to edit one. */
const pagesOf = (xhtml: string) => xhtml.split(/(?=<page )/);

describe('text integrity of the sample PDFs', () => {
  for (const prefix of ['zh-hans', 'zh-hant']) {
    it(`${prefix}: every passage is there once, in both editions`, () => {
      const reading = sample(prefix);
      // Both editions come from one layout with the bleed: the reading edition is that sheet cut to the trim.
      expect(checkTextIntegrity(reading.html, reading.words, reading.layout, -BLEED_PT)).toEqual([]);
      const printer = sample(prefix, 'printer');
      expect(checkTextIntegrity(printer.html, printer.words, printer.layout, SLUG_PT)).toEqual([]);
    });
  }

  const { html, words, layout } = sample('zh-hant');
  const passages = documentPassages(html);

  it('reads hundreds of passages from the print document', () => {
    expect(passages.length).toBeGreaterThan(500);
    expect(passages.filter((p) => p.footnote).length).toBeGreaterThanOrEqual(2);
  });

  it('reports a line that went missing, with its page', () => {
    const pages = pagesOf(words);
    // Page 12 (pagesOf(…)[0] is what comes before the first page): take out one whole line of body text.
    const target = 12;
    const lines = [...pages[target]!.matchAll(/<line [^>]*>[\s\S]*?<\/line>/g)].map((m) => m[0]);
    const victim = lines.find((l) => /[\u4e00-\u9fff]{15,}/.test(l.replace(/<[^>]+>/g, '')))!;
    pages[target] = pages[target]!.replace(victim, '');
    const problems = checkTextIntegrity(html, pages.join(''), layout, -BLEED_PT);
    expect(problems.length).toBeGreaterThanOrEqual(1);
    expect(problems[0]!.kind).toBe('missing');
    expect(problems[0]!.pages[0]).toBeGreaterThanOrEqual(target - 1);
    expect(problems[0]!.pages[0]).toBeLessThanOrEqual(target + 1);
    const lost = normalise(victim.replace(/<[^>]+>/g, ''));
    expect(normalise(problems[0]!.text)).toContain(lost.slice(0, 8));
  });

  it('reports a passage printed twice, with both pages', () => {
    const pages = pagesOf(words);
    // Copy the last line of page 12 to the top of page 13, as Paged.js does when it repeats text at a break.
    const lines = [...pages[12]!.matchAll(/<line [^>]*>[\s\S]*?<\/line>/g)].map((m) => m[0]).filter((l) => /[\u4e00-\u9fff]{12,}/.test(l.replace(/<[^>]+>/g, '')));
    const repeated = lines.at(-1)!;
    // Place the copy where page 13's first line of body text is, so it counts as flow, not furniture.
    const bodyLine = [...pages[13]!.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)"[\s\S]*?<\/line>/g)].find((m) => Number(m[1]) > 100)!;
    const shifted = repeated.replace(/yMin="([\d.]+)"/g, `yMin="${bodyLine[1]}"`).replace(/yMax="([\d.]+)"/g, `yMax="${Number(bodyLine[1]) + 12}"`);
    pages[13] = pages[13]!.replace(bodyLine[0], shifted + bodyLine[0]);
    const problems = checkTextIntegrity(html, pages.join(''), layout, -BLEED_PT);
    const duplicated = problems.filter((p) => p.kind === 'duplicated');
    expect(duplicated.length).toBe(1);
    expect(duplicated[0]!.pages).toEqual([12, 13]);
  });

  it('reports the lost end of a table cell, though cells are read across their row', () => {
    const wordTexts = [...words.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((m) => normalise(m[1]!));
    // A long cell whose last words occur nowhere else in the PDF.
    const cell = passages.find((p) => {
      const text = p.parts.join('');
      return p.cell && text.length >= 24 && wordTexts.filter((w) => w.includes(text.slice(-5))).length === 1;
    })!;
    expect(cell).toBeDefined();
    const tail = cell.parts.join('').slice(-5);
    const stripped = words.replace(/<word [^>]*>([^<]*)<\/word>/g, (w, t: string) => (normalise(t).includes(tail) ? '' : w));
    const problems = checkTextIntegrity(html, stripped, layout, -BLEED_PT);
    expect(problems.some((p) => p.kind === 'missing' && normalise(p.text) === cell.parts.join(''))).toBe(true);
  });

  it('reports a footnote that is not at any page foot', () => {
    const note = passages.find((p) => p.footnote)!;
    const noteText = note.parts.join('');
    // Remove every word of the footnote's text wherever it is.
    const stripped = words.replace(/<word [^>]*>([^<]*)<\/word>/g, (w, t: string) => (normalise(t).length >= 3 && noteText.includes(normalise(t)) ? '' : w));
    const problems = checkTextIntegrity(html, stripped, layout, -BLEED_PT);
    expect(problems.some((p) => p.kind === 'missing' && normalise(p.text) === noteText)).toBe(true);
  });
});

describe('passages of a print document', () => {
  const doc = (body: string) => `<!doctype html><html><body>${body}</body></html>`;

  it('takes paragraphs, list items, cells and captions as passages, whitespace removed', () => {
    const p = documentPassages(doc('<h2>标题</h2><p>第一段 文字</p><ul><li>一<ul><li>二</li></ul>三</li></ul><table><caption>表</caption><tr><th>甲</th><td>1,234</td></tr></table>'));
    expect(p.map((x) => x.parts)).toEqual([['标题'], ['第一段文字'], ['二'], ['一', '三'], ['表'], ['甲'], ['1,234']]);
  });

  it('leaves out what is never printed', () => {
    const p = documentPassages(
      doc('<p hidden>隐藏</p><p class="sr-only">读屏</p><div class="print-strings"><span>（续）</span></div><p class="kpi-downloads">下载</p><svg><title>图题</title><desc>说明</desc><text>2024</text></svg><p>正文</p>'),
    );
    expect(p.map((x) => x.parts.join(''))).toEqual(['2024', '正文']);
  });

  it('takes footnotes and superscripts out of their paragraph, leaving a gap', () => {
    const p = documentPassages(doc('<p>温室气体<sup class="footnote-call">1</sup><span class="footnote"><span>1</span> 按核算体系计算。</span>排放下降。</p>'));
    expect(p).toEqual([
      { parts: ['1'], footnote: false, cell: false, display: '1' },
      { parts: ['1按核算体系计算。'], footnote: true, cell: false, display: '1 按核算体系计算。' },
      { parts: ['温室气体', '排放下降。'], footnote: false, cell: false, display: '温室气体 排放下降。' },
    ]);
  });

  it('leaves a gap where the layout fills in a cross-reference’s page number', () => {
    const p = documentPassages(doc('<p>详见<a class="xref" href="#a">1.2 能源管理</a><span class="xref-page">（见第<a class="xref-page-number" href="#a"></a>页）</span>。</p>'));
    expect(p).toEqual([{ parts: ['详见1.2能源管理(见第', '页)。'], footnote: false, cell: false, display: '详见1.2 能源管理（见第 页）。' }]);
  });

  it('marks table cells and side-by-side boxes, whose lines are read across their row', () => {
    const p = documentPassages(doc('<table><tr><td>甲</td><td><p>乙</p></td></tr></table><div class="key-figures"><div><p>丙</p></div></div><p>丁</p>'));
    expect(p.map((x) => [x.parts.join(''), x.cell])).toEqual([['甲', true], ['乙', true], ['丙', true], ['丁', false]]);
  });

  it('folds compatibility forms, emphasis dots and bullets', () => {
    expect(normalise('ﬁ ＡＢ\u3000·•﹅C')).toBe('fiABC');
  });
});
