import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { preparePrintDocument } from '../../src/print/document.ts';
import { pageSetupCss, pageSize } from '../../src/print/page-setup.ts';
import { documentDate } from '../../src/print/pdf/finish.ts';
import { FIXTURES } from '../support/paths.ts';

const DIR = path.join(FIXTURES, 'print-document');

describe('print document (fixture → expected)', () => {
  for (const input of readdirSync(DIR).filter((f) => f.endsWith('.input.html'))) {
    it(input, () => {
      const tree = fromHtml(readFileSync(path.join(DIR, input), 'utf8'));
      preparePrintDocument(tree, { prefix: 'zh-hans' });
      const html = toHtml(tree);
      const expectedFile = path.join(DIR, input.replace('.input.', '.expected.'));
      if (process.env.BIFOLIO_UPDATE_FIXTURES) writeFileSync(expectedFile, html);
      expect(html).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }

  const tree = fromHtml(readFileSync(path.join(DIR, 'two-chapters.input.html'), 'utf8'));
  preparePrintDocument(tree, { prefix: 'zh-hans' });
  const html = toHtml(tree);

  it('gives the two chapters’ headings 小结 different ids', () => {
    expect(html).toContain('id="environment--小结"');
    expect(html).toContain('id="employees--小结"');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('points links to chapters into the document, and unlinks site files', () => {
    expect(html).toContain('<a href="#environment--小结">小结</a>');
    expect(html).toContain('<a href="#employees--小结">员工一章的小结</a>');
    expect(html).toContain('<a href="#chapter-employees">员工一章</a>');
    expect(html).toContain('<a href="#print-toc-title">报告首页</a>');
    expect(html).toContain('和数据下载，');
    expect(html).toContain('<a href="https://example.com/esg">网站</a>');
  });

  it('moves footnotes to their call, keeping the number as text', () => {
    expect(html).toContain(
      '温室气体<sup class="footnote-call">\u20601</sup><span class="footnote" id="environment--user-content-fn-ghg"><span class="footnote-number">1</span> 按《温室气体核算体系》计算。</span>排放下降。',
    );
    expect(html).not.toContain('data-footnotes');
    expect(html).not.toContain('↩');
  });

  const notes = fromHtml(readFileSync(path.join(DIR, 'footnote-blocks.input.html'), 'utf8'));
  preparePrintDocument(notes, { prefix: 'zh-hans' });
  const notesHtml = toHtml(notes);

  it('keeps a note’s lists, quotes and code inside the note when the document is parsed again', () => {
    // Block elements inside the paragraph of the call would end it: the browser would print them in the text.
    const reparsed = toHtml(fromHtml(notesHtml));
    const note = /<span class="footnote" id="notes--user-content-fn-scope">.*?<\/span>，统计方法/s.exec(reparsed)?.[0] ?? '';
    for (const item of ['自有数据中心；', '北京总部；', '员工宿舍。']) expect(note).toContain(item);
    expect(reparsed).toMatch(
      /<span class="footnote" id="notes--user-content-fn-method">.*排放因子<\/span><\/span>\n<span class="line"><span>总量 = 范围一 \+ 范围二.*<\/span>。<\/p>/s,
    );
    expect(notesHtml).not.toMatch(/<span class="footnote"[^>]*>(?:(?!<\/p>).)*<(ul|ol|li|blockquote|pre|p)[ >]/s);
    expect(reparsed).toBe(notesHtml);
  });

  it('prints a note called twice once, with its first call; the second call shows its number', () => {
    expect(notesHtml.match(/持证单位指取得/g)).toHaveLength(1);
    expect(notesHtml).toContain('危险废物的转移数据同样来自持证单位的联单<sup class="footnote-call">\u20602</sup>。');
    const ids = [...notesHtml.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('follows renamed ids in SVG paint and ARIA references; loads images eagerly', () => {
    expect(html).toContain('fill="url(#environment--chart-a-p0)"');
    expect(html).toContain('aria-labelledby="environment--chart-a-caption"');
    expect(html).not.toContain('loading="lazy"');
  });
});

describe('page setup', () => {
  const print = { pageSize: 'A4', margins: { top: '24mm', bottom: '22mm', inside: '25mm', outside: '18mm' }, bleed: '3mm' };

  it('gives named sizes as dimensions the browser knows', () => {
    expect(pageSize({ pageSize: 'A5' })).toBe('148mm 210mm');
    expect(pageSize({ pageSize: '200mm 260mm' })).toBe('200mm 260mm');
  });

  it('mirrors the margins: the inside margin is at the binding', () => {
    const css = pageSetupCss(print);
    expect(css).toContain('size: 210mm 297mm;');
    expect(css).toMatch(/@page :left \{\s*margin-left: 18mm;\s*margin-right: 25mm;/);
    expect(css).toMatch(/@page :right \{\s*margin-left: 25mm;\s*margin-right: 18mm;/);
    expect(css).not.toContain('bleed');
  });

  it('adds the bleed for the printer edition', () => {
    expect(pageSetupCss(print, { printerEdition: true })).toContain('bleed: 3mm;');
  });
});

describe('the date of the PDFs', () => {
  const report = { published: '2025-04-25', period: { end: '2024-12-31' } };
  it('is SOURCE_DATE_EPOCH when set, else the publication date, else the end of the period', () => {
    expect(documentDate(report, { SOURCE_DATE_EPOCH: '1700000000' }).toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(documentDate(report, {}).toISOString()).toBe('2025-04-25T12:00:00.000Z');
    expect(documentDate({ period: { end: '2024-12-31' } }, {}).toISOString()).toBe('2024-12-31T12:00:00.000Z');
  });
});
