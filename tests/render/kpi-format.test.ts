import { describe, expect, it } from 'vitest';
import { kpiTableSchema, type KpiTable } from '../../src/kpi/schema.ts';
import { chineseYear, formatKpiValue, formatNumber, orderedYears, rowLabel, yearLabel } from '../../src/kpi/format.ts';

describe('formatNumber', () => {
  it.each([
    [0, 0, '0'],
    [999, 0, '999'],
    [1000, 0, '1,000'],
    [1234567.891, 2, '1,234,567.89'],
    [6056610.1, 1, '6,056,610.1'],
    [1000000, 1, '1,000,000.0'],
    [12.345, 1, '12.3'],
    [0.5, 0, '1'],
    [2.5, 0, '3'],
    [17, 1, '17.0'],
    [0.0349, 3, '0.035'],
    [1.005, 2, '1.01'],
    [1.255, 2, '1.26'],
    [28.75, 1, '28.8'],
    [1e-7, 2, '0.00'],
    [-1234.5, 1, '-1,234.5'],
    [-1234567, 0, '-1,234,567'],
    [-0.04, 1, '0.0'],
    [-0.06, 1, '-0.1'],
    [123456789012, 0, '123,456,789,012'],
  ])('%d at %d decimals → %s', (value, precision, expected) => {
    expect(formatNumber(value, precision)).toBe(expected);
  });
});

describe('years', () => {
  it('prints Chinese-numeral years with 零, as HKEX KPI tables do', () => {
    expect(chineseYear(2024)).toBe('二零二四年');
    expect(chineseYear(2010)).toBe('二零一零年');
    expect(chineseYear(1999)).toBe('一九九九年');
  });
  it('prints Arabic years when the table asks for them', () => {
    expect(yearLabel({ yearLabels: 'arabic' }, 2024)).toBe('2024年');
    expect(yearLabel({ yearLabels: 'chinese' }, 2024)).toBe('二零二四年');
  });
  it('orders newest first by default, oldest first on request', () => {
    expect(orderedYears({ years: [2022, 2024, 2023], yearOrder: 'desc' })).toEqual([2024, 2023, 2022]);
    expect(orderedYears({ years: [2022, 2024, 2023], yearOrder: 'asc' })).toEqual([2022, 2023, 2024]);
  });
});

const table: KpiTable = kpiTableSchema.parse({
  id: 't',
  title: '表',
  years: [2024, 2023, 2022],
  groups: [
    {
      id: 'g',
      label: '组',
      rows: [
        { id: 'tonnes', label: '排放量', unit: '吨', values: { '2024': 6056610.14, '2023': null }, precision: 1 },
        {
          id: 'share',
          label: '女性占比',
          unit: '%',
          unitPlacement: 'value',
          values: { '2024': 28.7, '2023': 28.75 },
          precision: 1,
          precisionByYear: { '2023': 2 },
        },
        { id: 'people', label: '志愿者', unit: '人', values: { '2024': 1200, '2023': 900, '2022': -5 }, qualifiers: { '2024': 'more-than', '2023': 'about' } },
        { id: 'bare', label: '比率', values: { '2024': 0.35 }, precision: 2 },
      ],
    },
  ],
});
const row = (id: string) => table.groups[0]!.rows.find((r) => r.id === id)!;

describe('formatKpiValue', () => {
  it('uses the row precision, with thousands separators', () => {
    expect(formatKpiValue(table, row('tonnes'), 2024)).toBe('6,056,610.1');
  });
  it('prints the missing mark for null (not disclosed) and for a year without data', () => {
    expect(formatKpiValue(table, row('tonnes'), 2023)).toBe('－');
    expect(formatKpiValue(table, row('tonnes'), 2022)).toBe('－');
    expect(formatKpiValue({ ...table, missing: 'N/A' }, row('tonnes'), 2023)).toBe('N/A');
  });
  it('a per-year precision overrides the row precision', () => {
    expect(formatKpiValue(table, row('share'), 2024)).toBe('28.7%');
    expect(formatKpiValue(table, row('share'), 2023)).toBe('28.75%');
  });
  it('percent rows that put the unit after the value print it in the table', () => {
    expect(formatKpiValue(table, row('share'), 2024)).toMatch(/%$/);
    expect(rowLabel(table, row('share'))).toBe('女性占比');
  });
  it('other rows carry the unit in the label, in full-width parentheses', () => {
    expect(rowLabel(table, row('tonnes'))).toBe('排放量（吨）');
    expect(formatKpiValue(table, row('tonnes'), 2024)).toBe('6,056,610.1');
    expect(rowLabel(table, row('bare'))).toBe('比率');
  });
  it('prints qualifiers before the figure', () => {
    expect(formatKpiValue(table, row('people'), 2024)).toBe('超过1,200');
    expect(formatKpiValue(table, row('people'), 2023)).toBe('约900');
  });
  it('keeps the minus sign of negative figures', () => {
    expect(formatKpiValue(table, row('people'), 2022)).toBe('-5');
  });
  it('adds the unit for prose (<Kpi>), once', () => {
    expect(formatKpiValue(table, row('tonnes'), 2024, { withUnit: true })).toBe('6,056,610.1吨');
    expect(formatKpiValue(table, row('share'), 2024, { withUnit: true })).toBe('28.7%');
    expect(formatKpiValue(table, row('people'), '2024', { withUnit: true })).toBe('超过1,200人');
    expect(formatKpiValue(table, row('bare'), 2024, { withUnit: true })).toBe('0.35');
    expect(formatKpiValue(table, row('tonnes'), 2023, { withUnit: true })).toBe('－');
  });
});
