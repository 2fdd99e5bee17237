import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readKpiTable, readKpiTables } from '../../src/kpi/read.ts';
import type { KpiTable } from '../../src/kpi/schema.ts';
import { getConverter } from '../../src/convert/converter.ts';
import { toCsv } from '../../src/output/csv.ts';
import { exportTable } from '../../src/output/kpi-export.ts';
import { kpiWorkbook } from '../../src/output/kpi-workbook.ts';
import { sheetNames } from '../../src/output/xlsx.ts';
import { orderedYears, toFixedDecimal } from '../../src/kpi/format.ts';
import { parseCsv } from '../support/csv.ts';
import { FIXTURES, ROOT } from '../support/paths.ts';

const demo = readKpiTable(path.join(FIXTURES, 'kpi', 'tables', 'demo.json')).table!;
const sample = readKpiTables(path.join(ROOT, 'content', 'data', 'kpi'));
const tables = [demo, ...sample.tables.values()];

/** Every figure of a table: [row id, year, value, decimals]. */
function figures(table: KpiTable) {
  return table.groups.flatMap((g) =>
    g.rows
      .filter((r) => r.kind !== 'header')
      .flatMap((r) =>
        orderedYears(table).map((y) => ({ row: r, year: y, value: r.values[String(y)] ?? null, decimals: r.precisionByYear[String(y)] ?? r.precision })),
      ),
  );
}

describe('CSV download', () => {
  it('starts with a byte-order mark and uses CRLF line ends', () => {
    const csv = toCsv(exportTable(demo));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n');
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
  });

  for (const table of tables) {
    it(`round-trips every figure of ${table.id}`, () => {
      const rows = parseCsv(toCsv(exportTable(table)).slice(1));
      expect(rows[0]).toEqual([table.title]);
      const years = orderedYears(table);
      const header = rows[1]!;
      expect(header.slice(3, 3 + years.length)).toHaveLength(years.length);
      const body = rows.slice(2);
      let k = 0;
      for (const g of table.groups) {
        for (const r of g.rows) {
          const line = body[k++]!;
          expect(line[1]!.trim()).toBe(r.label);
          expect(line[2]).toBe(r.unit ?? '');
          if (r.kind === 'header') {
            expect(line.slice(3, 3 + years.length).every((c) => c === '')).toBe(true);
            continue;
          }
          years.forEach((y, i) => {
            const cell = line[3 + i]!;
            const value = r.values[String(y)] ?? null;
            if (value === null) expect(cell, `${r.id} ${y}`).toBe('');
            else {
              expect(cell, `${r.id} ${y}`).toBe(toFixedDecimal(value, r.precisionByYear[String(y)] ?? r.precision));
              expect(Math.abs(Number(cell) - value)).toBeLessThanOrEqual(0.5 * 10 ** -(r.precisionByYear[String(y)] ?? r.precision) + 1e-9);
              // Plain numbers, no thousands separators, so spreadsheets read them as numbers.
              expect(cell).toMatch(/^-?\d+(\.\d+)?$/);
            }
          });
        }
      }
      // The notes follow the table, numbered.
      const notes = rows.slice(2 + k).filter((l) => l.join('') !== '');
      expect(notes.map((l) => l[0])).toEqual(table.notes.map((n, i) => `${i + 1}. ${n.text}`));
    });
  }

  it('quotes fields with commas and quotes', () => {
    const t = { ...demo, title: '能源, "用量"' };
    const csv = toCsv(exportTable(t));
    expect(csv.split('\r\n')[0]).toBe('\uFEFF"能源, ""用量"""');
    expect(parseCsv(csv.slice(1))[0]).toEqual(['能源, "用量"']);
  });

  it('keeps qualifiers and value notes beside the figures', () => {
    const rows = parseCsv(toCsv(exportTable(demo)).slice(1));
    expect(rows.find((r) => r[1] === '志愿者')!.at(-1)).toBe('2024: 超过; 2023: 约');
    expect(rows.find((r) => (r[1] ?? '').trim() === '女性')!.at(-1)).toBe('2024: 注3');
    expect(rows.find((r) => r[1] === '能源消耗总量')!.at(-1)).toBe('1, 2');
  });
});

describe('XLSX download', () => {
  const load = async (bytes: Uint8Array) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    return wb;
  };

  it('has one sheet per table, named by its title', async () => {
    const wb = await load(kpiWorkbook(tables.map((t) => exportTable(t))));
    expect(wb.worksheets.map((s) => s.name)).toEqual(sheetNames(tables.map((t) => t.title)));
  });

  it('stores figures as numbers with the printed decimals as their format', async () => {
    const wb = await load(kpiWorkbook(tables.map((t) => exportTable(t))));
    let checked = 0;
    tables.forEach((table, s) => {
      const sheet = wb.worksheets[s]!;
      const years = orderedYears(table);
      let r = 3;
      for (const g of table.groups) {
        for (const row of g.rows) {
          const excelRow = sheet.getRow(r++);
          expect(String(excelRow.getCell(2).value).trim()).toBe(row.label);
          expect(excelRow.getCell(3).value ?? '').toBe(row.unit ?? '');
          if (row.kind === 'header') continue;
          years.forEach((y, i) => {
            const cell = excelRow.getCell(4 + i);
            const value = row.values[String(y)] ?? null;
            const decimals = row.precisionByYear[String(y)] ?? row.precision;
            if (value === null) {
              expect(cell.value, `${table.id}.${row.id} ${y}`).toBeNull();
            } else {
              expect(typeof cell.value, `${table.id}.${row.id} ${y}`).toBe('number');
              expect(cell.value).toBe(value);
              expect(cell.numFmt).toBe(decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`);
              checked++;
            }
          });
        }
      }
      const notes: string[] = [];
      sheet.eachRow((row, n) => {
        if (n >= r) notes.push(String(row.getCell(1).value ?? ''));
      });
      expect(notes.filter(Boolean)).toEqual(table.notes.map((n, i) => `${i + 1}. ${n.text}`));
    });
    expect(checked).toBe(tables.flatMap(figures).filter((f) => f.value !== null).length);
  });

  it('writes the same bytes for the same data', () => {
    const a = kpiWorkbook(tables.map((t) => exportTable(t)));
    const b = kpiWorkbook(tables.map((t) => exportTable(t)));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('converts text but not figures for the Traditional edition', async () => {
    const converter = getConverter('zh-Hant');
    const env = sample.tables.get('environment')!;
    const wb = await load(kpiWorkbook([exportTable(env, (s) => converter.convert(s))]));
    const sheet = wb.worksheets[0]!;
    expect(sheet.name).toBe('環境績效');
    expect(String(sheet.getRow(3).getCell(2).value)).toBe(converter.convert(env.groups[0]!.rows[0]!.label));
    expect(String(sheet.getRow(3).getCell(3).value)).toBe('噸二氧化碳當量');
    expect(sheet.getRow(3).getCell(4).value).toBe(env.groups[0]!.rows[0]!.values['2024']);
  });
});

describe('sheet names', () => {
  it('follow Excel rules: ≤ 31 characters, no []:*?/\\, unique', () => {
    const names = sheetNames(['a/b', 'x'.repeat(40), 'x'.repeat(40), 'Same', 'same', '']);
    expect(names).toEqual(['a b', 'x'.repeat(31), `${'x'.repeat(28)} (2)`, 'Same', 'same (2)', 'Sheet']);
  });
});
