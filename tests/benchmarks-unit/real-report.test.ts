import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterMdx, escapeMdx, looksLikeHeading, paragraphsOf, splitIntoChapters, writeRealReport } from '../../src/bench/real-report.ts';

describe('a real report’s text as chapters', () => {
  it('takes paragraphs between blank lines, without rules and page numbers', () => {
    expect(paragraphsOf('关于腾讯\t2\n-------------\t---\n\n第一段\n第二行\n\n\n12\n\n最后。')).toEqual(['关于腾讯 2', '第一段\n第二行', '最后。']);
  });

  it('tells headings from sentences', () => {
    expect(looksLikeHeading('节能减排，绿色运营')).toBe(false);
    expect(looksLikeHeading('绿色运营')).toBe(true);
    expect(looksLikeHeading('- AED')).toBe(false);
    expect(looksLikeHeading('腾讯于2004年6月在香港联合交易所主板上市。')).toBe(false);
  });

  it('splits into about ten chapters, at a heading near an even split', () => {
    const paragraphs = Array.from({ length: 100 }, (_, i) => (i === 21 ? '社会共创' : `第${i}段文字。`));
    const chapters = splitIntoChapters(paragraphs, 10);
    expect(chapters).toHaveLength(10);
    expect(chapters[2]!.title).toBe('社会共创');
    expect(chapters[1]!.paragraphs).toHaveLength(11);
    expect(chapters.reduce((n, c) => n + c.paragraphs.length, 0)).toBe(99);
    expect(splitIntoChapters(['只有一段。'], 10)).toEqual([{ title: '第1部分', paragraphs: ['只有一段。'] }]);
  });

  it('escapes what MDX or Markdown would read as code, tags or markup', () => {
    expect(escapeMdx('a {b} <c> d*e_f [g] #h |i|')).toBe('a \\{b\\} \\<c\\> d\\*e\\_f \\[g\\] \\#h \\|i\\|');
    expect(escapeMdx('- 列表')).toBe('\\- 列表');
    expect(escapeMdx('1. 第一')).toBe('1\\. 第一');
    expect(escapeMdx('<Kpi id="x" />')).not.toMatch(/(^|[^\\])[<{]/);
  });

  it('writes a chapter file with front matter, sections and hard line breaks', () => {
    const mdx = chapterMdx({ title: '价值 "篇"', paragraphs: ['治理架构', '甲行\n乙行 {x}'] }, 3, 'part-03');
    expect(mdx).toBe(
      ['---', 'title: "价值 \\"篇\\""', 'order: 3', 'slug: part-03', 'kind: chapter', '---', '', '## 治理架构', '', '甲行\\', '乙行 \\{x\\}', '', ''].join(
        '\n',
      ),
    );
  });

  it('adds the chapters, copies over, after the base report’s last chapter and before its appendices', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bifolio-real-'));
    try {
      const base = path.join(dir, 'base');
      mkdirSync(path.join(base, 'chapters'), { recursive: true });
      writeFileSync(path.join(base, 'report.yaml'), 'title: 样例\n');
      const chapter = (order: number, kind: string) => `---\ntitle: 章\norder: ${order}\nkind: ${kind}\n---\n\n正文。\n`;
      writeFileSync(path.join(base, 'chapters', '01-a.mdx'), chapter(1, 'front'));
      writeFileSync(path.join(base, 'chapters', '02-b.mdx'), chapter(4, 'chapter'));
      writeFileSync(path.join(base, 'chapters', '03-c.mdx'), chapter(5, 'appendix'));
      const text = Array.from({ length: 30 }, (_, i) => `第${i}段文字。`).join('\n\n');
      const out = path.join(dir, 'out');
      const written = writeRealReport(text, out, 'x', { base, copies: 2 });
      expect(readFileSync(path.join(out, 'report.yaml'), 'utf8')).toBe('title: 样例\n');
      const added = readdirSync(path.join(out, 'chapters')).filter((f) => f.startsWith('real-'));
      expect(added).toHaveLength(written.chapters);
      expect(written.chapters).toBe(20);
      const orders = added.map((f) => Number(/^order: (.+)$/m.exec(readFileSync(path.join(out, 'chapters', f), 'utf8'))![1]));
      expect(new Set(orders).size).toBe(orders.length);
      for (const order of orders) expect(order > 4 && order < 5).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
