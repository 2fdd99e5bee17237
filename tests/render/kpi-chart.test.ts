import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { renderKpiChart, type ChartSpec } from '../../src/render/kpi/chart.ts';
import { parseChartRows, parseChartYears } from '../../src/kpi/chart-props.ts';
import { select, textOf } from '../support/html.ts';

const spec: ChartSpec = {
  id: 'chart-ghg',
  title: '温室气体排放',
  unit: '吨二氧化碳当量',
  years: [2021, 2022, 2023, 2024],
  type: 'stacked',
  series: [
    { label: '范围一', values: { '2021': 18797.8, '2022': 172137.9, '2023': 275373.5, '2024': 121466 }, precision: 1 },
    { label: '范围二', values: { '2021': 900000, '2022': 950000.4, '2023': null, '2024': 1000000 }, precision: 1 },
  ],
  total: { label: '总量', values: { '2021': 918797.8, '2022': 1122138.3, '2023': 275373.5, '2024': 1121466 }, precision: 1 },
};

function parse(html: string) {
  const tree = fromHtml(html, { fragment: true });
  const svg = select(tree, (el) => el.tagName === 'svg')[0]!;
  return { tree, svg, all: (tag: string, root: Element | typeof tree = tree) => select(root, (el) => el.tagName === tag) };
}

describe('KPI charts (static SVG)', () => {
  it('is an image labelled by its <title> and <desc>, which give every figure', () => {
    const { svg, all } = parse(renderKpiChart(spec));
    expect(svg.properties.role).toBe('img');
    expect([svg.properties.ariaLabelledBy].flat().join(' ')).toBe('chart-ghg-title chart-ghg-desc');
    expect(textOf(all('title', svg)[0]!)).toBe('温室气体排放');
    const desc = textOf(all('desc', svg)[0]!);
    expect(desc).toContain('单位：吨二氧化碳当量');
    expect(desc).toContain('范围一：2021年18,797.8，2022年172,137.9，2023年275,373.5，2024年121,466.0');
    expect(desc).toContain('2023年未披露');
    expect(desc).toContain('总量：2021年918,797.8');
  });

  it('repeats the numbers in a data table for screen readers', () => {
    const { tree } = parse(renderKpiChart(spec));
    const hidden = select(tree, (el) => el.tagName === 'div' && String(el.properties.className) === 'sr-only')[0]!;
    const table = select(hidden, (el) => el.tagName === 'table')[0]!;
    const rows = select(table, (el) => el.tagName === 'tr').map((tr) => select(tr, (c) => c.tagName === 'th' || c.tagName === 'td').map(textOf));
    expect(rows[0]).toEqual(['年份', '范围一', '范围二', '总量']);
    expect(rows[3]).toEqual(['2023', '275,373.5', '－', '275,373.5']);
    expect(textOf(select(tree, (el) => el.tagName === 'figcaption')[0]!)).toBe('温室气体排放');
  });

  it('prints the figures, the years and a legend on the chart itself', () => {
    const { svg, all } = parse(renderKpiChart(spec));
    const texts = all('text', svg).map(textOf);
    for (const y of ['2021', '2022', '2023', '2024']) expect(texts).toContain(y);
    expect(texts).toContain('172,137.9');
    expect(texts).toContain('1,121,466.0'); // the published total on top of the 2024 stack
    expect(texts).toEqual(expect.arrayContaining(['范围一', '范围二', '吨二氧化碳当量']));
  });

  it('tells series apart without colour: each has its own texture, drawn as shapes, not as a <pattern> (printed as a bitmap)', () => {
    const { svg, all } = parse(renderKpiChart(spec));
    expect(all('pattern', svg)).toHaveLength(0);
    const bars = all('g', svg).filter((g) => String(g.properties.className) === 'bar');
    expect(new Set(bars.map((b) => b.properties.dataSeries))).toEqual(new Set(['0', '1']));
    // The second series is hatched: lines clipped to its bar, a clip path of its own per bar.
    const hatched = bars.filter((b) => b.properties.dataSeries === '1');
    const clips = hatched.map((b) => all('clipPath', b)[0]!.properties.id);
    expect(new Set(clips).size).toBe(hatched.length);
    expect(all('path', hatched[0]!)[0]!.properties.d).toMatch(/^M[-\d.]+,[-\d.]+L/);
    // The two series differ in drawing, not only in tone; the legend shows each texture.
    const drawing = (series: string) =>
      select(
        bars.find((b) => b.properties.dataSeries === series)!,
        () => true,
      )
        .map((c) => c.tagName)
        .join(',');
    expect(drawing('0')).not.toBe(drawing('1'));
    expect(all('g', svg).filter((g) => String(g.properties.className) === 'swatch')).toHaveLength(2);
  });

  it('draws every texture inside its bar, aligned to one grid across bars', () => {
    const four = {
      ...spec,
      type: 'bar' as const,
      total: undefined,
      series: [0, 1, 2, 3].map((i) => ({ label: `S${i}`, values: { '2021': 10 + i, '2022': 20, '2023': 30, '2024': 40 }, precision: 0 })),
    };
    const { svg, all } = parse(renderKpiChart(four));
    const bars = all('g', svg).filter((g) => String(g.properties.className) === 'bar');
    expect(bars).toHaveLength(16);
    for (const bar of bars) {
      const series = Number(bar.properties.dataSeries);
      const outline = all('rect', bar).at(-1)!;
      expect(outline.properties.fill).toBe('none');
      if (series === 0) continue;
      const clipPath = all('clipPath', bar)[0]!;
      const clip = all('rect', clipPath)[0]!;
      for (const key of ['x', 'y', 'width', 'height']) expect(clip.properties[key]).toBe(outline.properties[key]);
      const group = all('g', bar).find((g) => g.properties.clipPath)!;
      expect(group.properties.clipPath).toBe(`url(#${clipPath.properties.id})`);
    }
    // Dots sit at the centres of 8-unit tiles, whichever bar they are in.
    const dots = bars.filter((b) => b.properties.dataSeries === '2').flatMap((b) => all('path', b));
    for (const dot of dots) for (const m of String(dot.properties.d).matchAll(/M([-\d.]+),([-\d.]+)a/g)) expect((Number(m[2]) - 4) % 8).toBe(0);
  });

  it('draws no bar for a figure that is not disclosed', () => {
    const { svg, all } = parse(renderKpiChart({ ...spec, type: 'bar', total: undefined }));
    expect(all('g', svg).filter((g) => String(g.properties.className) === 'bar')).toHaveLength(7);
  });

  it('bar charts of negative figures extend below a zero line, labelled with the minus sign', () => {
    const { svg, all } = parse(
      renderKpiChart({
        ...spec,
        type: 'bar',
        total: undefined,
        series: [{ label: '变化', values: { '2021': 5, '2022': -3, '2023': 2, '2024': -1 }, precision: 0 }],
      }),
    );
    const texts = all('text', svg).map(textOf);
    expect(texts).toContain('0');
    expect(texts).toContain('-3'); // the label of the 2022 bar
    const bars = all('g', svg)
      .filter((g) => String(g.properties.className) === 'bar')
      .map((g) => all('rect', g).at(-1)!);
    expect(bars).toHaveLength(4);
    // Negative bars hang from the zero grid line; positive ones stand on it.
    const zeroTick = select(svg, (el) => el.tagName === 'g' && String(el.properties.className) === 'tick').find((g) => textOf(g) === '0')!;
    const zeroY = Number(select(zeroTick, (el) => el.tagName === 'line')[0]!.properties.y1);
    const [b2021, b2022] = bars;
    expect(Number(b2021!.properties.y) + Number(b2021!.properties.height)).toBeCloseTo(zeroY, 0);
    expect(Number(b2022!.properties.y)).toBeCloseTo(zeroY, 0);
  });

  it('line charts span the figures (not from zero) and break at gaps', () => {
    const { svg, all } = parse(
      renderKpiChart({
        ...spec,
        type: 'line',
        total: undefined,
        unit: '',
        series: [{ label: 'PUE', values: { '2021': 1.42, '2022': 1.38, '2023': null, '2024': 1.31 }, precision: 2 }],
      }),
    );
    const path = all('path', svg).find((p) => p.properties.fill === 'none')!;
    // d3's line with `defined` starts a new sub-path after the gap.
    expect(String(path.properties.d).match(/M/g)).toHaveLength(2);
    const axis = select(svg, (el) => el.tagName === 'g' && String(el.properties.className) === 'y-axis')[0]!;
    const ticks = select(axis, (el) => el.tagName === 'text').map((t) => Number(textOf(t)));
    expect(Math.min(...ticks)).toBeGreaterThan(0.5);
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(1.42);
  });

  it('escapes labels from data files', () => {
    const html = renderKpiChart({ ...spec, title: '<b>x</b>', series: [{ ...spec.series[0]!, label: '<script>' }] });
    expect(html).not.toMatch(/<script>|<b>/);
  });
});

describe('KpiChart props', () => {
  it('reads comma-separated rows', () => {
    expect(parseChartRows(' environment.a, environment.b ,')).toEqual(['environment.a', 'environment.b']);
  });
  it('reads years as a range or a list; default: every year, oldest first', () => {
    expect(parseChartYears(undefined, [2024, 2023, 2022, 2021])).toEqual([2021, 2022, 2023, 2024]);
    expect(parseChartYears('2022-2024', [2024, 2023, 2022, 2021])).toEqual([2022, 2023, 2024]);
    expect(parseChartYears('2024, 2021', [2024, 2023, 2022, 2021])).toEqual([2021, 2024]);
  });
});
