import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { readKpiTable } from '../../src/kpi/read.ts';
import { renderKpiTable } from '../../src/render/kpi/table.ts';
import { FIXTURES } from '../support/paths.ts';
import { select, textOf } from '../support/html.ts';

const DIR = path.join(FIXTURES, 'kpi', 'tables');
const demo = readKpiTable(path.join(DIR, 'demo.json')).table!;

/** One element per line, so a snapshot diff shows which row changed. */
function lines(html: string): string {
  return html.replace(/<(figure|div|table|caption|thead|tbody|tr|ol|li|p)([ >])/g, '\n<$1$2').trimStart() + '\n';
}

describe('KPI table markup', () => {
  it('matches the reviewed snapshot (demo.json → demo.expected.html)', () => {
    const html = lines(renderKpiTable(demo, { downloads: [{ label: 'CSV', href: '/downloads/zh-hans/demo.csv' }] }));
    const expectedFile = path.join(DIR, 'demo.expected.html');
    if (process.env.BIFOLIO_UPDATE_FIXTURES) writeFileSync(expectedFile, html);
    expect(html).toBe(readFileSync(expectedFile, 'utf8'));
  });

  const tree = fromHtml(renderKpiTable(demo), { fragment: true });
  const all = (tag: string) => select(tree, (el) => el.tagName === tag);

  it('has a caption and a period header spanning the year columns', () => {
    expect(textOf(all('caption')[0]!)).toBe('示例绩效');
    const period = all('th').find((th) => th.properties.scope === 'colgroup')!;
    expect(period.properties.colSpan).toBe(3);
    expect(textOf(period)).toBe('截至十二月三十一日止年度');
    const years = all('th')
      .filter((th) => String(th.properties.className).includes('kpi-year'))
      .map(textOf);
    expect(years).toEqual(['二零二四年', '二零二三年', '二零二二年']);
  });

  it('spans each category cell across its printed rows (memo rows are not printed)', () => {
    const categories = all('th').filter((th) => th.properties.scope === 'rowgroup');
    expect(categories.map((th) => [textOf(th), th.properties.rowSpan])).toEqual([
      ['能源1', 5],
      ['员工', 3],
    ]);
    expect(textOf(tree)).not.toContain('志愿服务时数');
  });

  it('every row label is a row header; every value row has one cell per year', () => {
    for (const tr of all('tr').slice(2)) {
      expect(select(tr, (el) => el.tagName === 'th' && el.properties.scope === 'row')).toHaveLength(1);
      const cells = select(tr, (el) => el.tagName === 'td');
      const span = cells.reduce((n, td) => n + Number(td.properties.colSpan ?? 1), 0);
      expect(span).toBe(3);
    }
  });

  it('prints missing figures as －, negative figures with a minus, decimals per row', () => {
    const total = all('tr').find((tr) => textOf(tr).includes('能源消耗总量'))!;
    expect(select(total, (el) => el.tagName === 'td').map(textOf)).toEqual(['1,234,567.9', '1,000,000.0', '－']);
    const change = all('tr').find((tr) => textOf(tr).includes('较上年变化'))!;
    expect(select(change, (el) => el.tagName === 'td').map(textOf)).toEqual(['-1,234.5', '0.0', '－']);
    const share = all('tr').find((tr) => textOf(tr).includes('可再生能源占比'))!;
    expect(select(share, (el) => el.tagName === 'td').map(textOf)).toEqual(['22.0', '12.35', '7.2']);
  });

  it('footnote markers link to the numbered notes under the table', () => {
    const links = select(tree, (el) => el.tagName === 'a' && String(el.properties.href).includes('-note-'));
    const notes = all('li').map((li) => [li.properties.id, textOf(li)]);
    expect(notes).toEqual([
      ['kpi-demo-note-1', '范围为全部自有运营。'],
      ['kpi-demo-note-2', '按国家标准折算。'],
      ['kpi-demo-note-3', '按新口径重述。'],
    ]);
    const targets = new Set(notes.map(([id]) => `#${id}`));
    expect(links.length).toBe(3);
    for (const a of links) expect(targets.has(String(a.properties.href))).toBe(true);
  });

  it('a unit column replaces units in labels when asked', () => {
    const t = fromHtml(renderKpiTable(demo, { unitPlacement: 'column' }), { fragment: true });
    const heads = select(t, (el) => el.tagName === 'th' && String(el.properties.className).includes('kpi-unit-head'));
    expect(heads.map(textOf)).toEqual(['单位']);
    const total = select(t, (el) => el.tagName === 'tr').find((tr) => textOf(tr).includes('能源消耗总量'))!;
    expect(textOf(total)).not.toContain('（兆瓦时）');
    expect(select(total, (el) => el.tagName === 'td').map(textOf)[0]).toBe('兆瓦时');
  });

  it('escapes text from data files', () => {
    const evil = { ...demo, title: '<script>alert(1)</script>' };
    const html = renderKpiTable(evil);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });
});
