/**
 * The print half of the text check (integrity.ts) on pages written by hand:
 * text nodes with their line boxes on one side, the PDF's text runs on the
 * other. What valid reports print passes; what differs is reported with the
 * page.
 */
import { describe, expect, it } from 'vitest';
import { comparePage } from '../../src/print/pdf/integrity.ts';
import type { PageText, TextBox } from '../../src/print/pdf/page-text.ts';
import type { PdfTextPage, PdfTextRun } from '../../src/pdf-text.ts';

/** A laid-out page of 600 × 800 CSS px whose text area is 50…550 × 50…750. */
function page(pieces: Array<[string, ...TextBox[]]>, generated: TextBox[] = [], emphasis: TextBox[] = []): PageText {
  return { width: 600, height: 800, pieces: pieces.map(([text, ...boxes]) => ({ text, boxes })), generated, emphasis, area: { x: 50, y: 50, w: 500, h: 700 } };
}
/** One line of text at `y` (its top), `size` px high, from `x`, `w` wide. */
const line = (x: number, y: number, w: number, size = 12): TextBox => ({ x, y, w, h: size * 1.45 });
/** A run of the PDF printed in such a line (the PDF page is in points: 600 px = 450 pt). */
const run = (text: string, x: number, y: number, w: number, size = 12): PdfTextRun => ({
  text,
  x: x * 0.75,
  y: (y + size * 1.16) * 0.75,
  width: w * 0.75,
  size: size * 0.75,
});
const pdf = (runs: PdfTextRun[]): PdfTextPage => ({ width: 450, height: 600, runs });

describe('comparing a printed page with its layout', () => {
  it('passes a contents page whose page numbers stand before section numbers', () => {
    const dom = page(
      [
        ['2.2 小结', line(70, 100, 60)],
        ['3.4 目标与进展回顾', line(70, 120, 120)],
        ['13.4 目标与进展回顾', line(70, 140, 126)],
      ],
      // The page numbers are each link's ::after: generated, right of the text.
      [line(70, 100, 480), line(70, 120, 480), line(70, 140, 480)],
    );
    const printed = pdf([
      run('2.2 小结', 70, 100, 60),
      run('21', 530, 100, 14),
      run('3.4 目标与进展回顾', 70, 120, 120),
      run('21', 530, 120, 14),
      run('13.4 目标与进展回顾', 70, 140, 126),
      run('35', 530, 140, 14),
    ]);
    expect(comparePage(dom, printed, 0, 3)).toEqual([]);
  });

  it('passes a narrow column whose cells wrap into lines of two characters beside a wide one', () => {
    const dom = page([
      ['华南数据中心园区', line(60, 100, 200)],
      ['含租户用电量', line(480, 100, 24), line(480, 118, 24), line(480, 136, 24)],
    ]);
    const printed = pdf([run('华南数据中心园区', 60, 100, 200), run('含租', 480, 100, 24), run('户用', 480, 118, 24), run('电量', 480, 136, 24)]);
    expect(comparePage(dom, printed, 0, 7)).toEqual([]);
  });

  it('passes emphasis marks drawn under emphasised text, and runs a reader splits differently', () => {
    const dom = page([['重点内容', line(60, 100, 48)]], [], [line(60, 100, 48)]);
    const printed = pdf([run('重点', 60, 100, 24), run('内容', 84, 100, 24), run('••••', 60, 108, 48, 6)]);
    expect(comparePage(dom, printed, 0, 2)).toEqual([]);
  });

  it('reports a line missing from the PDF', () => {
    const dom = page([
      ['第一行文字', line(60, 100, 60)],
      ['第二行文字', line(60, 120, 60)],
    ]);
    const problems = comparePage(dom, pdf([run('第一行文字', 60, 100, 60)]), 0, 12);
    expect(problems).toEqual([{ kind: 'missing', text: '第二行文字', pages: [12] }]);
  });

  it('reports a line printed twice, over itself or elsewhere, also inside a region of generated text', () => {
    const dom = page([['一行文字', line(70, 120, 48)]], [line(70, 120, 480)]);
    for (const copy of [run('一行文字', 70, 120, 48), run('一行文字', 70, 300, 48)]) {
      const problems = comparePage(dom, pdf([run('一行文字', 70, 120, 48), copy]), 0, 5);
      expect(problems).toEqual([{ kind: 'duplicated', text: '一行文字', pages: [5] }]);
    }
  });

  it('reports a character the text layer names wrongly (a radical for an ideograph)', () => {
    const dom = page([['项目工作', line(60, 100, 48)]]);
    const problems = comparePage(dom, pdf([run('项⽬⼯作', 60, 100, 48)]), 0, 9);
    expect(problems).toEqual([{ kind: 'wrong', text: '目工', found: '⽬⼯', pages: [9] }]);
  });

  it('maps the page with its margin: a printer edition’s slug, a reading edition cut to the trim', () => {
    const dom = page([['一行文字', line(60, 100, 48)]]);
    // 10 pt of slug on every side: the PDF page is larger and its text further in.
    const slug = pdf([{ ...run('一行文字', 60, 100, 48), x: 60 * 0.75 + 10, y: (100 + 12 * 1.16) * 0.75 + 10 }]);
    slug.width += 20;
    slug.height += 20;
    expect(comparePage(dom, slug, 10, 1)).toEqual([]);
  });
});
