import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkGlossary } from '../../src/content/glossary.ts';
import { getConverter } from '../../src/convert/converter.ts';
import { kpiTableSchema } from '../../src/kpi/schema.ts';
import { toCsv } from '../../src/output/csv.ts';
import { exportTable } from '../../src/output/kpi-export.ts';
import { kpiWorkbook } from '../../src/output/kpi-workbook.ts';
import { verifyConvertedDownloads, verifyConvertedPages } from '../../src/output/verify.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'bifolio-verify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function page(rel: string, body: string, lang = 'zh-Hant'): void {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `<!doctype html><html lang="${lang}"><head><title>標題</title></head><body>${body}</body></html>`);
}

page('zh-hant/ok/index.html', '<h2 id="a">數據</h2><p>軟件與數據，干涉與平台。</p><code>数据</code><p lang="zh-Hans">简体引文</p>');
page('zh-hant/leak/index.html', '<h2 id="能源">能源</h2><p>已轉換的文字，但这里漏了。</p><img alt="图表" src="x.png">');
page('zh-hant/glossary/index.html', '<p>產品澄川云课堂的介紹</p>');
page('zh-hans/index.html', '<p>简体页面里的软件</p>', 'zh-Hans');

const ctx = {
  variants: [
    { code: 'zh-Hans', profile: undefined, vocabulary: 'kept' as const },
    { code: 'zh-Hant', profile: 'zh-Hant' as const, vocabulary: 'kept' as const },
  ],
  glossary: checkGlossary({ terms: [], protected: ['澄川云课堂'] }, 'glossary.yaml').glossary,
};

describe('leak check of a finished build', () => {
  const diagnostics = verifyConvertedPages(dir, 'dist', ctx);

  it('names the page, the heading and the text that kept Simplified characters', () => {
    expect(diagnostics.map((d) => [d.file, d.message])).toEqual([
      [path.join('dist', 'zh-hant', 'leak', 'index.html'), 'Simplified text on a Traditional page under #能源: "已轉換的文字，但这里漏了。" holds 这'],
      [path.join('dist', 'zh-hant', 'leak', 'index.html'), 'Simplified text on a Traditional page (attribute alt) under #能源: "图表" holds 图'],
    ]);
    expect(diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });

  it('accepts protected glossary terms, code, Simplified quotations and Simplified pages', () => {
    expect(diagnostics.some((d) => d.file.includes('glossary') || d.file.includes('zh-hans') || d.file.includes('/ok/'))).toBe(false);
  });
});

describe('leak check of data downloads', () => {
  const downloads = mkdtempSync(path.join(os.tmpdir(), 'bifolio-verify-downloads-'));
  afterAll(() => rmSync(downloads, { recursive: true, force: true }));
  const table = kpiTableSchema.parse({
    id: 'water',
    title: '水资源',
    years: [2024],
    groups: [{ id: 'g', label: '用水', rows: [{ id: 'total', label: '总耗水量', unit: '立方米', values: { '2024': 1200 } }] }],
    notes: [{ id: 'n', text: '数据来自水费账单。' }],
  });
  const hant = getConverter('zh-Hant');
  const write = (rel: string, content: string | Uint8Array) => {
    const file = path.join(downloads, 'downloads', rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  };
  write('zh-hans/water.csv', toCsv(exportTable(table)));
  write('zh-hans/all.xlsx', kpiWorkbook([exportTable(table)]));
  write('zh-hant/water.csv', toCsv(exportTable(table, (s) => hant.convert(s))));
  write('zh-hant/all.xlsx', kpiWorkbook([exportTable(table, (s) => hant.convert(s))]));
  write('zh-hant/forgotten.csv', toCsv(exportTable(table)));
  write('zh-hant/forgotten.xlsx', kpiWorkbook([exportTable(table)]));
  const prefixes = new Map([
    ['zh-hans', 'zh-Hans'],
    ['zh-hant', 'zh-Hant'],
  ]);
  const diagnostics = verifyConvertedDownloads(downloads, 'dist', { ...ctx, prefixes });

  it('accepts converted downloads and Simplified ones in the Simplified folder', () => {
    expect(diagnostics.filter((d) => !d.file.includes('forgotten'))).toEqual([]);
  });

  it('reports every unconverted text of a CSV and of a workbook, sheet names included', () => {
    const csv = diagnostics.filter((d) => d.file === path.join('dist', 'downloads', 'zh-hant', 'forgotten.csv')).map((d) => d.message);
    expect(csv).toEqual(expect.arrayContaining([expect.stringContaining('"水资源" holds 资'), expect.stringContaining('"1. 数据来自水费账单。"')]));
    const xlsx = diagnostics.filter((d) => d.file.endsWith('forgotten.xlsx')).map((d) => d.message);
    expect(xlsx[0]).toContain('"水资源"'); // the sheet name comes first
    expect(xlsx.length).toBeGreaterThanOrEqual(5);
  });
});

describe('leak check of what editors write for Traditional pages', () => {
  const built = mkdtempSync(path.join(os.tmpdir(), 'bifolio-verify-written-'));
  afterAll(() => rmSync(built, { recursive: true, force: true }));
  const file = path.join(built, 'zh-hant', 'written', 'index.html');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    '<!doctype html><html lang="zh-Hant"><head><title>標題</title></head><body>' +
      '<p>我們的<span data-zh-override>数据</span>中心</p><p>新的软体</p></body></html>',
  );
  const glossary = checkGlossary({ terms: [{ 'zh-Hans': '软件', 'zh-Hant': '软体' }], protected: [] }, 'glossary.yaml', () => ({ line: 3 })).glossary;
  const diagnostics = verifyConvertedPages(built, 'dist', { ...ctx, glossary });

  it('names an inline override and a glossary entry that put Simplified characters on the page', () => {
    expect(diagnostics.map((d) => [d.message, d.hint])).toEqual([
      [
        'Simplified text on a Traditional page (an inline override): "数据" holds 数',
        'an override <Zh hant="…"> is printed exactly as written: write its text in Traditional characters',
      ],
      ['Simplified text on a Traditional page: "新的软体" holds 软 体', 'the glossary entry at glossary.yaml:3 writes it: correct its Traditional form'],
    ]);
  });
});
