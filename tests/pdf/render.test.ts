/**
 * Laying out a print document with Paged.js in Chromium: failures surface as
 * clear errors, tables that continue on a new page repeat their header, and
 * no script of the document runs.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/platform/browser.ts';
import { readPdfText } from '../../src/pdf-text.ts';
import { PdfError, renderPdf } from '../../src/print/pdf/render.ts';
import { preparePrintDocument } from '../../src/print/document.ts';
import { serveStatic, type StaticServer } from '../../src/platform/static-server.ts';
import { pdfPages, pageText, type PdfPage } from '../support/pdf.ts';
import { checkPrintedText } from '../../src/print/pdf/integrity.ts';
import { FIXTURES, ROOT } from '../support/paths.ts';

const site = mkdtempSync(path.join(os.tmpdir(), 'bifolio-print-fixtures-'));
let server: StaticServer;
let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => {
  cpSync(path.join(FIXTURES, 'print'), site, { recursive: true });
  // Fixtures that test the page design link the real style sheets.
  cpSync(path.join(ROOT, 'styles'), path.join(site, 'styles'), { recursive: true });
  // A chapter as the website renders it (GFM footnotes), prepared as the print document is.
  const tree = fromHtml(readFileSync(path.join(FIXTURES, 'print-document', 'footnote-blocks.input.html'), 'utf8'));
  preparePrintDocument(tree, { prefix: 'zh-hans' });
  writeFileSync(path.join(site, 'footnote-blocks.html'), toHtml(tree));
  server = await serveStatic(site);
  ({ browser, close } = await launchChromium());
});
afterAll(async () => {
  await close?.();
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

const url = (name: string) => `${server.url}/${name}`;
const MM = 72 / 25.4;

/** Lays a fixture out, writes its PDF beside it and reads the PDF back. */
async function render(name: string) {
  const rendered = await renderPdf(browser, { url: url(name), timeoutMs: 60_000 });
  const file = path.join(site, name.replace(/\.html$/, '.pdf'));
  writeFileSync(file, rendered.prints[0]!);
  return { rendered, file, pages: pdfPages(file), problems: await checkPrintedText(rendered, rendered.prints[0]!) };
}

/** Every line of the PDF as pdftotext groups it: its page (0-based), its text and its box. */
function pdfLines(pages: PdfPage[]) {
  return pages.flatMap((page, index) =>
    page.lines.map((words) => ({
      page: index,
      pageHeight: page.height,
      text: words.map((w) => w.text).join(''),
      left: Math.min(...words.map((w) => w.xMin)),
      right: Math.max(...words.map((w) => w.xMax)),
      top: Math.min(...words.map((w) => w.yMin)),
      bottom: Math.max(...words.map((w) => w.yMax)),
    })),
  );
}

describe('renderPdf', () => {
  it('repeats the header rows and the caption, marked continued, on every page a table continues on', async () => {
    // The fixture has no print-strings holder: the continued mark is then empty.
    const rendered = await renderPdf(browser, { url: url('long-table.html'), timeoutMs: 60_000 });
    const file = path.join(site, 'long-table.pdf');
    writeFileSync(file, rendered.prints[0]!);
    const pages = pdfPages(file);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      const text = pageText(page);
      if (!/指标\d\d/.test(text)) return;
      expect(text, `page ${i + 1}`).toContain('二零二四年');
      // Above the page's first row.
      const words = page.lines.flat();
      const head = words.find((w) => w.text.includes('二零二四年'))!;
      const firstRow = words.filter((w) => /^\d{1,3}(,\d{3})+$/.test(w.text)).sort((a, b) => a.yMin - b.yMin)[0]!;
      // Glyph boxes differ from font to font: the middle of the header is above the row.
      expect((head.yMin + head.yMax) / 2, `page ${i + 1}`).toBeLessThan(firstRow.yMin);
      expect(text, `page ${i + 1}`).toContain('九十行的表');
    });
    // The repeated rows are furniture: the text check finds every row once.
    expect(rendered.pages.slice(1).every((p) => p.repeats.length >= 2 || !p.content)).toBe(true);
    expect(await checkPrintedText(rendered, rendered.prints[0]!)).toEqual([]);
    for (let i = 1; i <= 90; i++) expect(pages.map(pageText).join('')).toContain(`指标${String(i).padStart(2, '0')}`);
  });

  it('starts a KPI category taller than a page where it is and continues it on the next pages, rows whole, with the header rows and the category repeated', async () => {
    const { rendered, pages, problems } = await render('kpi-tall-group.html');
    const lines = pdfLines(pages);
    const rowPages = new Set<number>();
    for (let i = 1; i <= 93; i++) {
      const n = i > 90 ? i + 10 : i;
      const label = lines.filter((l) => l.text.includes(`园区第${String(n).padStart(2, '0')}栋`));
      expect(label, `row ${n}`).toHaveLength(1);
      // Whole: its value beside its label.
      const value = `${(1000 + n * 13).toLocaleString('en-US')}.5`;
      expect(
        lines.some((l) => l.page === label[0]!.page && l.text === value && Math.abs(l.top - label[0]!.top) < 3),
        `row ${n}`,
      ).toBe(true);
      expect(label[0]!.bottom).toBeLessThanOrEqual(label[0]!.pageHeight - 15 * MM + 1);
      rowPages.add(label[0]!.page);
    }
    // It starts on the page of the paragraph before it, and runs over three pages at least.
    expect(Math.min(...rowPages)).toBe(lines.find((l) => l.text.startsWith('下表'))!.page);
    expect(rowPages.size).toBeGreaterThanOrEqual(3);
    for (const page of rowPages) {
      const first = lines.filter((l) => l.page === page && l.text.includes('兆瓦时')).sort((a, b) => a.top - b.top)[0]!;
      const head = lines.find((l) => l.page === page && l.text.includes('二零二四年'));
      expect(head, `page ${page + 1}`).toBeDefined();
      expect((head!.top + head!.bottom) / 2, `page ${page + 1}`).toBeLessThan(first.top);
      expect(
        lines.some((l) => l.page === page && l.text.startsWith('楼宇用电')),
        `page ${page + 1}`,
      ).toBe(true);
    }
    // The repeated category cells are furniture: the text check finds every row once.
    expect(rendered.pages.slice(1).some((p) => p.repeats.length >= 3)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('prints each note whole at the foot of the page of its call, lists, quotes and code included, and a note called twice once', async () => {
    const { rendered, pages, problems } = await render('footnote-blocks.html');
    expect(pages).toHaveLength(1);
    const lines = pdfLines(pages);
    const notes = rendered.pages[0]!.footnotes!;
    expect(notes).not.toBeNull();
    const scale = pages[0]!.width / rendered.pages[0]!.width; // points per CSS pixel
    const lastBody = Math.max(...lines.filter((l) => l.text.includes('脚注之后的段落')).map((l) => l.bottom));
    const note = (text: string) => {
      const found = lines.filter((l) => l.text.includes(text));
      expect(found, text).toHaveLength(1);
      // In the footnote area, below the text.
      expect(found[0]!.top, text).toBeGreaterThan(lastBody);
      expect(found[0]!.top, text).toBeGreaterThanOrEqual(notes.y * scale - 1);
      return found[0]!;
    };
    // Every item on a line of its own, the nested ones indented further.
    const items = ['自有数据中心；', '租用办公楼：', '北京总部；', '上海分部；', '员工宿舍。'].map(note);
    items.forEach((item, i) =>
      expect(item.text.replace(/^[•◦\s]+/, ''), item.text).toBe(['自有数据中心；', '租用办公楼：', '北京总部；', '上海分部；', '员工宿舍。'][i]),
    );
    expect(items[2]!.left).toBeGreaterThan(items[1]!.left + 2);
    expect(items[4]!.left).toBeCloseTo(items[0]!.left, 0);
    note('生态环境部《企业温室气体排放核算与报告指南》');
    note('第二段：电网排放因子逐年更新。');
    expect(note('排放量=活动数据×排放因子').top).toBeLessThan(note('总量=范围一+范围二').top);
    expect(note('1.先计算范围一；').top).toBeLessThan(note('2.再计算范围二。').top);
    // Called twice, printed once.
    note('持证单位指取得当地生态环境部门许可的处置单位。');
    expect(problems).toEqual([]);
  });

  it('sets short items of a nested list split over two pages at their own width, not justified across the line', async () => {
    const { rendered, problems } = await render('nested-list.html');
    expect(problems).toEqual([]);
    const pages = await readPdfText(rendered.prints[0]!);
    const items = [
      '能源管理',
      '数据中心',
      '冷却系统改造',
      '服务器虚拟化',
      '余热回收',
      '办公楼宇',
      '照明改造',
      '空调群控',
      '电梯节能',
      '员工宿舍',
      '热水系统',
      '用电计量',
      '雨水收集',
      '中水回用',
      '废弃物管理',
    ];
    const found = items.map((item) => {
      const at = pages.findIndex((p) => p.runs.some((r) => r.text.replace(/\s/g, '') === item));
      const run = pages[at]?.runs.find((r) => r.text.replace(/\s/g, '') === item);
      return { item, page: at, run };
    });
    // The list does run over the page break.
    expect(new Set(found.map((f) => f.page)).size, JSON.stringify(found.map((f) => [f.item, f.page]))).toBeGreaterThan(1);
    for (const { item, run } of found) {
      expect(run, item).toBeDefined();
      expect(run!.width, item).toBeLessThan(item.length * run!.size * 1.2);
    }
  });

  it('puts a contents entry’s page number and dot leader at the end of its last line, the title wrapping short of the number', async () => {
    const { pages, problems } = await render('contents.html');
    const page = pages[0]!;
    const words = page.lines.flat();
    // Page numbers of entries: numbers above the page's bottom margin (the folio is below it).
    const numbers = words.filter((w) => /^\d+$/.test(w.text) && w.yMax < page.height - 15 * MM);
    for (const [start, end] of [
      ['供应商环境', '推广情况'],
      ['关于推进', '专项工作报告'],
    ] as const) {
      const first = words.find((w) => w.text.includes(start))!;
      const last = words.find((w) => w.text.includes(end))!;
      const middle = (w: { yMin: number; yMax: number }) => (w.yMin + w.yMax) / 2;
      // The title wraps: its end is a line below its start.
      const lineGap = middle(last) - middle(first);
      expect(lineGap, end).toBeGreaterThan(5);
      const title = words.filter((w) => w.yMin >= first.yMin - 1 && w.yMax <= last.yMax + 1 && !/^\d+$/.test(w.text));
      const number = numbers.filter((n) => middle(n) > middle(first) - lineGap / 2 && middle(n) < middle(last) + lineGap / 2);
      expect(number, end).toHaveLength(1);
      // On the last line, to the right of every line of the title.
      expect(Math.abs(middle(number[0]!) - middle(last)), end).toBeLessThan(lineGap / 3);
      expect(number[0]!.xMin, end).toBeGreaterThan(Math.max(...title.map((w) => w.xMax)) + 3 * MM);
    }
    expect(problems).toEqual([]);
  });

  it('keeps a wide table’s label column readable, squeezes no column to a character a line, and breaks no number', async () => {
    const { pages, problems } = await render('wide-table.html');
    expect(pages).toHaveLength(1);
    const page = pages[0]!;
    const words = page.lines.flat();
    const firstLine = (start: string) => words.find((w) => w.text.startsWith(start))!.text;
    // Five characters a line at least in the label column, three in the notes.
    for (const label of ['华南数据中心园区', '华东研发中心', '华北运营中心', '西南灾备中心', '香港总部办公室']) {
      expect(firstLine(label.slice(0, 2)).length, label).toBeGreaterThanOrEqual(Math.min(5, label.length));
    }
    for (const note of ['含租户用电量', '不含租户', '新建园区自七月起计入', '灾备机房按需启用', '租用写字楼按面积分摊']) {
      expect(firstLine(note.slice(0, 2)).length, note).toBeGreaterThanOrEqual(3);
    }
    for (let row = 0; row < 5; row++) {
      for (let year = 0; year < 5; year++) {
        const figure = (12345.6 + row * 1111 + year * 1000).toLocaleString('en-US', { minimumFractionDigits: 1 });
        expect(
          words.some((w) => w.text === figure),
          figure,
        ).toBe(true);
      }
    }
    // Within the text area.
    expect(Math.max(...words.map((w) => w.xMax))).toBeLessThanOrEqual(page.width - 12 * MM + 1);
    expect(problems).toEqual([]);
  });

  it('breaks a web address longer than a page anywhere, with no hyphen added at the page breaks', async () => {
    const { rendered, problems } = await render('long-address.html');
    expect(problems).toEqual([]);
    expect(rendered.pages.length).toBeGreaterThan(2);
    const text = (await readPdfText(rendered.prints[0]!)).flatMap((page) => page.runs.map((run) => run.text)).join('');
    expect(text).not.toContain('\u2011');
    expect(text.replace(/\s+/g, '')).toContain('section159/page');
  });

  it('breaks a code block longer than a page between its lines, with every line break kept, and moves a short one whole', async () => {
    const { pages, problems } = await render('long-code.html');
    const lines = pdfLines(pages);
    const codePages = new Set<number>();
    for (let i = 1; i <= 150; i++) {
      const id = `row_${String(i).padStart(3, '0')},`;
      const found = lines.filter((l) => l.text.includes(id));
      expect(found, id).toHaveLength(1);
      // Alone on its line, and above the page's bottom margin (12 mm).
      expect(found[0]!.text, id).toMatch(new RegExp(`^${id}[^,]+,\\d+\\.0$`));
      expect(found[0]!.bottom, id).toBeLessThanOrEqual(found[0]!.pageHeight - 12 * MM + 1);
      codePages.add(found[0]!.page);
    }
    expect(codePages.size).toBeGreaterThanOrEqual(3);
    // One in a list item too, from the page of the item's text on.
    const itemPages = new Set<number>();
    for (let i = 1; i <= 80; i++) {
      const id = `item_${String(i).padStart(3, '0')}=`;
      const found = lines.filter((l) => l.text.includes(id));
      expect(found, id).toHaveLength(1);
      expect(found[0]!.text, id).toBe(`${id}${i * 11}`);
      expect(found[0]!.bottom, id).toBeLessThanOrEqual(found[0]!.pageHeight - 12 * MM + 1);
      itemPages.add(found[0]!.page);
    }
    expect(Math.min(...itemPages)).toBe(lines.find((l) => l.text.includes('列表项里的代码块'))!.page);
    expect(itemPages.size).toBeGreaterThanOrEqual(2);
    // The short block would straddle the foot of the first page: it starts the next one, whole.
    const shortPages = new Set(lines.filter((l) => /short_\d\d/.test(l.text)).map((l) => l.page));
    expect([...shortPages]).toEqual([lines.find((l) => l.text.includes('前文第7段'))!.page + 1]);
    expect(problems).toEqual([]);
  });

  it('runs no script of the document: inline or external, event handlers, frames, nor a refresh to another page', async () => {
    const rendered = await renderPdf(browser, { url: url('scripts.html'), timeoutMs: 60_000 });
    const file = path.join(site, 'scripts.pdf');
    writeFileSync(file, rendered.prints[0]!);
    const text = pdfPages(file).map(pageText).join('');
    for (const paragraph of [
      '第一段由内联脚本改写',
      '第二段由外部脚本改写',
      '第三段由图片出错处理器改写',
      '第四段由图片载入处理器改写',
      '第五段由页面载入处理器改写',
      '第六段由内嵌框架的脚本改写',
      '第七段由矢量图里的脚本改写',
    ]) {
      expect(text).toContain(paragraph);
    }
    expect(text).not.toMatch(/改了这段|别的页面/);
    expect(rendered.metadata.title).toBe('带脚本的文档');
  });

  it('fails with the message and the element when Paged.js cannot lay an item out', async () => {
    await expect(renderPdf(browser, { url: url('no-room.html'), timeoutMs: 60_000 })).rejects.toThrow(
      /reported a problem.*Unable to layout item.*<p> “页边距留给正文的高度不到一行/,
    );
  });

  it('fails naming a file the document could not load', async () => {
    const error = await renderPdf(browser, { url: url('missing-image.html'), timeoutMs: 60_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfError);
    expect((error as Error).message).toContain('/images/does-not-exist.png');
  });

  it('fails when layout runs past the time limit', async () => {
    await expect(renderPdf(browser, { url: url('long-table.html'), timeoutMs: 50 })).rejects.toThrow(/did not finish within the time limit of 0\.05 s/);
  });
});
