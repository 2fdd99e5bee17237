/**
 * Splitting a print document into parts laid out at once: runs of whole
 * chapters of about equal text, in order; the front matter goes with the
 * first part, the back cover with the last.
 */
import { describe, expect, it } from 'vitest';
import { pagesOfParts, splitIntoParts, splitPrintDocument } from '../../src/print/pdf/parts.ts';

describe('splitIntoParts', () => {
  const cases: Array<{ name: string; sizes: number[]; wanted: number; min: number; runs: number[] }> = [
    { name: 'equal chapters in two parts', sizes: [10, 10, 10, 10], wanted: 2, min: 1, runs: [2, 2] },
    { name: 'a long first chapter goes alone', sizes: [30, 10, 10, 10], wanted: 2, min: 1, runs: [1, 3] },
    { name: 'a long last chapter goes alone', sizes: [10, 10, 10, 30], wanted: 2, min: 1, runs: [3, 1] },
    { name: 'three parts', sizes: [5, 5, 5, 5, 5, 5, 5, 5, 5], wanted: 3, min: 1, runs: [3, 3, 3] },
    { name: 'no more parts than chapters', sizes: [10, 10], wanted: 4, min: 1, runs: [1, 1] },
    { name: 'every part gets a chapter even when one is huge', sizes: [1, 100, 1], wanted: 3, min: 1, runs: [1, 1, 1] },
    { name: 'short text stays whole', sizes: [10, 10, 10, 10], wanted: 2, min: 25, runs: [4] },
    { name: 'as many parts as the text allows', sizes: [10, 10, 10, 10, 10, 10], wanted: 4, min: 20, runs: [2, 2, 2] },
    { name: 'one part wanted', sizes: [10, 10], wanted: 1, min: 1, runs: [2] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const runs = splitIntoParts(c.sizes, c.wanted, c.min);
      expect(runs).toEqual(c.runs);
      expect(runs.reduce((a, b) => a + b, 0)).toBe(c.sizes.length);
    });
  }
});

describe('splitPrintDocument', () => {
  const chapter = (slug: string, text: string) =>
    `<section class="print-chapter" id="chapter-${slug}" data-chapter="${slug}"><h1>${slug}</h1><section data-footnotes><p>${text}</p></section></section>`;
  const head =
    '<!doctype html><html lang="zh-Hant"><head><style>@page { size: A4 }</style></head><body class="print-document"><div class="print-strings" hidden></div>';
  const front = '<section class="cover"><h1>封面</h1></section><nav class="print-toc"><a href="#chapter-c">目錄</a></nav>';
  const back = '<section class="back-cover"><p>封底</p></section>';
  const html =
    head +
    front +
    chapter('a', '甲'.repeat(50)) +
    chapter('b', '乙'.repeat(50)) +
    chapter('c', '丙'.repeat(50)) +
    chapter('d', '丁'.repeat(50)) +
    back +
    '</body></html>';

  it('cuts between chapters, keeping the head in every part, the front in the first and the back cover in the last', () => {
    const parts = splitPrintDocument(html, 2, 10);
    expect(parts).toEqual([
      head + front + chapter('a', '甲'.repeat(50)) + chapter('b', '乙'.repeat(50)) + '</body></html>',
      head + chapter('c', '丙'.repeat(50)) + chapter('d', '丁'.repeat(50)) + back + '</body></html>',
    ]);
  });

  it('returns a short document whole', () => {
    expect(splitPrintDocument(html, 2, 1000)).toEqual([html]);
  });

  it('returns a document of another shape whole', () => {
    const noBackCover = html.replace(back, '');
    expect(splitPrintDocument(noBackCover, 2, 10)).toEqual([noBackCover]);
    const chapterAfterBack = html.replace(back, '').replace('</body>', `${back}${chapter('e', '戊')}</body>`);
    expect(splitPrintDocument(chapterAfterBack, 2, 10)).toEqual([chapterAfterBack]);
  });
});

describe('pagesOfParts', () => {
  it('numbers the parts on, with a blank page before a part that would start on a left-hand page', () => {
    expect(pagesOfParts([28, 24, 24])).toEqual({ firstPages: [1, 29, 53], blankAfter: [false, false, false], total: 76 });
    expect(pagesOfParts([27, 24, 3])).toEqual({ firstPages: [1, 29, 53], blankAfter: [true, false, false], total: 55 });
    expect(pagesOfParts([3, 5, 2])).toEqual({ firstPages: [1, 5, 11], blankAfter: [true, true, false], total: 12 });
    expect(pagesOfParts([7])).toEqual({ firstPages: [1], blankAfter: [false], total: 7 });
  });
});
