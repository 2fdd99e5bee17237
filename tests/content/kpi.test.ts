import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKpiTable, readKpiTables, runKpiChecks, findKpiRow } from '../../src/kpi/read.ts';
import { kpiTableSchema } from '../../src/kpi/schema.ts';
import { FIXTURES, ROOT } from '../support/paths.ts';

const ERRORS = path.join(FIXTURES, 'kpi', 'errors');

describe('KPI data errors (fixture → expected diagnostics)', () => {
  const cases = readdirSync(ERRORS).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));
  it('has a fixture for syntax, schema, reference and check errors', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });
  for (const name of cases) {
    it(name, () => {
      const file = path.join(ERRORS, name);
      const expected = JSON.parse(readFileSync(file.replace(/\.json$/, '.expected.json'), 'utf8'));
      const { table, diagnostics } = readKpiTable(file);
      expect(diagnostics.map(({ line, column, message }) => ({ line, column, message }))).toEqual(expected);
      for (const d of diagnostics) {
        expect(d.file).toBe(file);
        expect(d.severity).toBe('error');
      }
      // A table with errors in syntax or schema is not handed on at all.
      if (name.startsWith('bad-')) expect(table).toBeUndefined();
    });
  }

  it('reports every schema problem at once, with JSON paths', () => {
    const { diagnostics } = readKpiTable(path.join(ERRORS, 'bad-schema.json'));
    expect(diagnostics.map((d) => d.message.match(/`([^`]+)`/)?.[1])).toEqual([
      'groups[0].rows[1].values.2024',
      'groups[0].rows[2].id',
      'groups[0].rows[2]',
    ]);
  });

  it('gives a fix for a failing check: correct the figures or cite a note', () => {
    const [d] = readKpiTable(path.join(ERRORS, 'failing_check.json')).diagnostics;
    expect(d!.hint).toContain('"explainedBy": { "2024"');
  });
});

describe('KPI checks', () => {
  const demo = readKpiTable(path.join(FIXTURES, 'kpi', 'tables', 'demo.json'));

  it('the demo table is valid', () => {
    expect(demo.diagnostics).toEqual([]);
  });

  it('evaluates a sum for every year in which all figures are disclosed', () => {
    const results = runKpiChecks(demo.table!);
    // 2022: total is null → not checked.
    expect(results.map((r) => r.year).sort()).toEqual(['2023', '2024']);
    expect(results.every((r) => r.ok)).toBe(true);
    const r2024 = results.find((r) => r.year === '2024')!;
    expect(r2024.computed).toBeCloseTo(1234567.89, 6);
    expect(r2024.formula).toBe('direct + indirect');
  });

  const table = (patch: (t: Record<string, any>) => void) => {
    const raw = JSON.parse(readFileSync(path.join(FIXTURES, 'kpi', 'tables', 'demo.json'), 'utf8'));
    patch(raw);
    return kpiTableSchema.parse(raw);
  };

  it('the default tolerance is half a unit of the last printed decimal', () => {
    const within = runKpiChecks(table((t) => (t.groups[0].rows[1].values['2024'] = 234567.94)));
    expect(within.find((r) => r.year === '2024')).toMatchObject({ ok: true, tolerance: 0.05 });
    const beyond = runKpiChecks(table((t) => (t.groups[0].rows[1].values['2024'] = 234568.0)));
    expect(beyond.find((r) => r.year === '2024')).toMatchObject({ ok: false });
  });

  it('a stated tolerance replaces the default', () => {
    const results = runKpiChecks(
      table((t) => {
        t.groups[0].rows[1].values['2024'] = 234570;
        t.checks[0].tolerance = 5;
      }),
    );
    expect(results.find((r) => r.year === '2024')).toMatchObject({ ok: true, tolerance: 5 });
  });

  it('checks a ratio with a scale (a percentage)', () => {
    const t = table((raw) => {
      raw.groups[0].rows.push({ id: 'direct_share', label: '直接能源占比', unit: '%', values: { '2024': 19.0, '2023': 40.0 }, precision: 1 });
      raw.checks.push({ id: 'direct_share', type: 'ratio', result: 'direct_share', numerator: ['direct'], denominator: 'total', scale: 100 });
    });
    const ratio = runKpiChecks(t).filter((r) => r.check.id === 'direct_share');
    expect(ratio.map((r) => [r.year, r.ok])).toEqual([
      ['2023', true],
      ['2024', true],
    ]);
    expect(ratio[0]!.formula).toBe('direct ÷ total × 100');
  });

  it('a difference explained by a note is not an error, but still visible as a result', () => {
    const { diagnostics } = readKpiTable(path.join(ERRORS, 'failing_check.json'));
    expect(diagnostics.some((d) => d.message.includes('2023'))).toBe(false);
    const raw = JSON.parse(readFileSync(path.join(ERRORS, 'failing_check.json'), 'utf8'));
    const explained = runKpiChecks(kpiTableSchema.parse(raw)).find((r) => r.year === '2023')!;
    expect(explained).toMatchObject({ ok: false, explainedBy: 'rounding' });
    expect(explained.difference).toBeCloseTo(0.1, 9);
  });
});

describe('the sample report data', () => {
  const data = readKpiTables(path.join(ROOT, 'content', 'data', 'kpi'));

  it('reads without problems', () => {
    expect(data.diagnostics).toEqual([]);
    expect([...data.tables.keys()].sort()).toEqual(['business_ethics', 'employees', 'environment', 'supply_chain']);
  });

  it('covers environment 2021–2024 and employees 2021–2023', () => {
    expect(data.tables.get('environment')!.years).toEqual(expect.arrayContaining([2024, 2023, 2022, 2021]));
    expect(data.tables.get('employees')!.years).toEqual(expect.arrayContaining([2023, 2022, 2021]));
  });

  it('has the real 0.1 rounding gap in GHG 2023, explained by a note', () => {
    const results = runKpiChecks(data.tables.get('environment')!);
    const gaps = results.filter((r) => !r.ok);
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(gap.explainedBy, `${gap.check.id} ${gap.year}`).toBeTruthy();
    expect(gaps.some((g) => g.year === '2023' && Math.abs(g.difference - 0.1) < 1e-6)).toBe(true);
    expect(results.filter((r) => r.ok).length).toBeGreaterThan(10);
  });

  it('finds rows by table.row reference', () => {
    expect(findKpiRow(data.tables, 'environment.ghg_total')?.row.unit).toBe('吨二氧化碳当量');
    expect(findKpiRow(data.tables, 'environment.nope')).toBeUndefined();
    expect(findKpiRow(data.tables, 'nope.ghg_total')).toBeUndefined();
  });
});
