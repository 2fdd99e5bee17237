/**
 * KPI figures, tables, charts and downloads in the built sample report: the
 * same numbers in every place and in both scripts, text converted, numbers not.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { readKpiTables, findKpiRow } from '../../src/kpi/read.ts';
import { getConverter } from '../../src/convert/converter.ts';
import { formatKpiValue } from '../../src/kpi/format.ts';
import { parseCsv } from '../support/csv.ts';
import { hasClass, readPage, select, textOf } from '../support/html.ts';
import { ROOT, SAMPLE_SITE } from '../support/paths.ts';

const data = readKpiTables(path.join(ROOT, 'content', 'data', 'kpi'));
const zhHant = getConverter('zh-Hant');
const CHAPTERS = ['chairman-letter', 'environment', 'employees', 'supply-chain', 'business-ethics', 'kpi-tables'];

function page(prefix: string, slug: string): Root {
  return readPage(path.join(SAMPLE_SITE, prefix, slug, 'index.html'));
}
const figuresOf = (tree: Root) => select(tree, (el) => hasClass(el, 'kpi-figure'));
const digits = (s: string) => s.replace(/[^\d.,\-－%]/g, '');

describe('<Kpi> figures in prose', () => {
  it('the sample uses many of them, in several chapters', () => {
    const counts = CHAPTERS.map((slug) => figuresOf(page('zh-hans', slug)).length);
    expect(counts.filter((n) => n > 0).length).toBeGreaterThanOrEqual(5);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(20);
  });

  it('print the figure from the data, with its unit', () => {
    for (const slug of CHAPTERS) {
      for (const span of figuresOf(page('zh-hans', slug))) {
        const { table, row } = findKpiRow(data.tables, String(span.properties.dataKpi))!;
        expect(textOf(span)).toBe(formatKpiValue(table, row, String(span.properties.dataYear), { withUnit: true }));
      }
    }
  });

  it('show the same digits in both scripts; only the unit is converted', () => {
    for (const slug of CHAPTERS) {
      const hans = figuresOf(page('zh-hans', slug));
      const hant = figuresOf(page('zh-hant', slug));
      expect(hant.length).toBe(hans.length);
      hans.forEach((span, i) => {
        expect(digits(textOf(hant[i]!))).toBe(digits(textOf(span)));
        expect(textOf(hant[i]!)).toBe(zhHant.convert(textOf(span)));
      });
    }
  });
});

describe('KPI tables on the appendix page', () => {
  const hans = page('zh-hans', 'kpi-tables');
  const hant = page('zh-hant', 'kpi-tables');
  const tables = (tree: Root) => select(tree, (el) => el.tagName === 'figure' && hasClass(el, 'kpi'));

  it('shows every table in both scripts, captions converted', () => {
    expect(tables(hans).map((f) => f.properties.dataKpiTable)).toEqual(['environment', 'employees', 'supply_chain', 'business_ethics']);
    const captions = tables(hant).map((f) => textOf(select(f, (el) => el.tagName === 'caption')[0]!));
    // Numbered like every table of the report (表11 …), titles converted.
    expect(captions.map((c) => c.replace(/^表\d+ /, ''))).toEqual(['環境績效', '僱傭績效', '供應商按地區劃分', '商業道德']);
    expect(captions.every((c) => /^表\d+ /.test(c))).toBe(true);
  });

  it('has the same figures in both scripts, cell by cell', () => {
    const cells = (tree: Root) => select(tree, (el) => el.tagName === 'td').map(textOf);
    expect(cells(hant)).toEqual(cells(hans).map((c) => zhHant.convert(c)));
    expect(cells(hans).filter((c) => /\d/.test(c)).length).toBeGreaterThan(150);
  });

  it('converts labels, units and notes in the Traditional tables', () => {
    const text = textOf(tables(hant)[0]!);
    expect(text).toContain('溫室氣體');
    expect(text).toContain('噸二氧化碳當量');
    expect(text).not.toContain('温室气体');
  });

  it('links each table to its CSV and to the workbook, and the files exist', () => {
    for (const [prefix, tree] of [
      ['zh-hans', hans],
      ['zh-hant', hant],
    ] as const) {
      const links = select(tree, (el) => el.tagName === 'a' && el.properties.download !== undefined).map((a) => String(a.properties.href));
      expect(links.filter((l) => l.endsWith('.csv'))).toEqual(
        ['environment', 'employees', 'supply_chain', 'business_ethics'].map((id) => `/downloads/${prefix}/${id}.csv`),
      );
      expect(new Set(links.filter((l) => l.endsWith('.xlsx')))).toEqual(new Set([`/downloads/${prefix}/chengchuan-esg-2024-kpi.xlsx`]));
      for (const link of links) expect(existsSync(path.join(SAMPLE_SITE, link)), link).toBe(true);
    }
  });
});

describe('charts', () => {
  const charts = (tree: Root) => select(tree, (el) => el.tagName === 'figure' && hasClass(el, 'kpi-chart'));

  it('the sample has at least two charts, each an SVG with title and description, in both scripts', () => {
    const all = ['environment', 'employees'].flatMap((slug) => [...charts(page('zh-hans', slug)), ...charts(page('zh-hant', slug))]);
    expect(all.length).toBeGreaterThanOrEqual(4);
    for (const figure of all) {
      const svg = select(figure, (el) => el.tagName === 'svg')[0]!;
      expect(textOf(select(svg, (el) => el.tagName === 'title')[0]!).length).toBeGreaterThan(2);
      expect(textOf(select(svg, (el) => el.tagName === 'desc')[0]!)).toMatch(/\d/);
      expect(select(figure, (el) => el.tagName === 'script')).toHaveLength(0);
    }
  });

  it('Traditional charts have converted text and the same numbers', () => {
    const hans = charts(page('zh-hans', 'environment'));
    const hant = charts(page('zh-hant', 'environment'));
    expect(textOf(select(hant[0]!, (el) => el.tagName === 'title')[0]!)).toBe('溫室氣體排放量（按範圍）');
    hans.forEach((figure, i) => {
      const nums = (f: typeof figure) =>
        select(f, (el) => el.tagName === 'text')
          .map(textOf)
          .filter((t) => /^[-\d,.%]+$/.test(t));
      expect(nums(hant[i]!)).toEqual(nums(figure));
    });
  });
});

describe('downloads', () => {
  const csv = (prefix: string, id: string) => readFileSync(path.join(SAMPLE_SITE, 'downloads', prefix, `${id}.csv`), 'utf8');

  it('Traditional CSVs have converted text and identical numbers', () => {
    for (const id of data.tables.keys()) {
      const hans = parseCsv(csv('zh-hans', id).slice(1));
      const hant = parseCsv(csv('zh-hant', id).slice(1));
      expect(csv('zh-hant', id).charCodeAt(0)).toBe(0xfeff);
      expect(hant.length).toBe(hans.length);
      hans.forEach((row, r) => {
        row.forEach((cell, c) => {
          if (/^-?\d+(\.\d+)?$/.test(cell)) expect(hant[r]![c]).toBe(cell);
          else expect(hant[r]![c]).toBe(zhHant.convert(cell));
        });
      });
    }
    expect(parseCsv(csv('zh-hant', 'environment').slice(1))[1]![0]).toBe('類別');
  });

  it('each variant has one workbook with a sheet per table', async () => {
    for (const prefix of ['zh-hans', 'zh-hant']) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(path.join(SAMPLE_SITE, 'downloads', prefix, 'chengchuan-esg-2024-kpi.xlsx')) as unknown as ArrayBuffer);
      expect(wb.worksheets).toHaveLength(data.tables.size);
      const names = wb.worksheets.map((s) => s.name);
      expect(names).toContain(prefix === 'zh-hant' ? '環境績效' : '环境绩效');
    }
  });
});
