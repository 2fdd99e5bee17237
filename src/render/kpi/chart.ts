/**
 * Static SVG charts of KPI rows across years, drawn at build time (no
 * script): grouped or stacked bars, or lines. Series differ by texture
 * and marker shape as well as by tone, so they stay apart in grayscale
 * print. Every figure is printed on the chart, described in `<desc>`, and
 * given again in a data table for screen readers.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { escapeHtml } from '../../html.ts';
import { formatNumber } from '../../kpi/format.ts';

export interface ChartSeries {
  label: string;
  /** Figures by year; `null` = not disclosed (no bar, a gap in the line). */
  values: Record<string, number | null | undefined>;
  precision: number;
}

export interface ChartSpec {
  /** Unique on the page; used for ids and pattern names. */
  id: string;
  title: string;
  /** Number label printed before the caption (图2). Default: none. */
  number?: string;
  /** Unit of every series (the y axis title). */
  unit: string;
  years: number[];
  series: ChartSeries[];
  type: 'bar' | 'stacked' | 'line';
  /**
   * The published total of stacked series, printed on top of each stack. It
   * comes from the data (never a sum computed here, which could differ from
   * the published figure by rounding). Default: none.
   */
  total?: ChartSeries;
  /** Label of the year column in the data table. */
  yearHeading?: string;
  /** Series tones, dark to light (the brand's, render/brand-theme.ts). Default: the built-in greens. */
  tones?: readonly string[];
}

const WIDTH = 640;
const HEIGHT = 340;
const MARGIN = { top: 24, right: 16, bottom: 64, left: 76 };
/** Tones from dark to light; patterns tell series apart without colour. */
const DEFAULT_TONES = ['#0b5a40', '#3f8f6f', '#8cc2a8', '#1d2521'];
const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;
const DASHES = ['', '6 4', '2 3', '10 3 2 3'];

/** The side of a texture's repeating tile, in the chart's units (tiles line up across bars, as one pattern would). */
const TILE = 8;

/**
 * The texture that tells series `i` apart without colour, drawn as vector
 * shapes over the box (x, y, w, h), on the same 8-unit grid everywhere: solid,
 * diagonal hatching, dots on a tint, a cross grid. Not an SVG `<pattern>`:
 * Chromium prints a pattern fill as a bitmap of the whole shape (about
 * 100 KB per bar, slow to print), while these stay lines and circles.
 */
function texture(i: number, tone: string, x: number, y: number, w: number, h: number): string {
  const kind = i % 4;
  const box = `x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}"`;
  if (kind === 0) return `<rect ${box} fill="${tone}"/>`;
  const from = (v: number) => Math.floor(v / TILE) * TILE;
  const d: string[] = [];
  if (kind === 1) {
    // Lines x + y = c, every TILE units of c, from the bottom edge to the top (the clip trims their ends).
    for (let c = from(x + y); c <= x + w + y + h + TILE; c += TILE) d.push(`M${f(c - y - h)},${f(y + h)}L${f(c - y)},${f(y)}`);
  } else if (kind === 2) {
    const r = 1.6;
    for (let cy = from(y) + TILE / 2; cy - r < y + h; cy += TILE)
      for (let cx = from(x) + TILE / 2; cx - r < x + w; cx += TILE) d.push(`M${f(cx - r)},${f(cy)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`);
  } else {
    for (let cy = from(y) + TILE / 2; cy < y + h + 1; cy += TILE) d.push(`M${f(x - 1)},${f(cy)}H${f(x + w + 1)}`);
    for (let cx = from(x) + TILE / 2; cx < x + w + 1; cx += TILE) d.push(`M${f(cx)},${f(y - 1)}V${f(y + h + 1)}`);
  }
  const ground = kind === 2 ? `<rect ${box} fill="${tone}" opacity="0.35"/>` : `<rect ${box} fill="#fff"/>`;
  const ink = kind === 2 ? `fill="${tone}"` : `fill="none" stroke="${tone}" stroke-width="${kind === 1 ? 2.2 : 1.6}"`;
  return `${ground}<path d="${d.join('')}" ${ink}/>`;
}

/**
 * A bar (or legend swatch) of series `i`: its texture clipped to the box, then
 * the box's outline. `clip` names the clip path, unique in the page.
 */
function texturedBox(className: string, clip: string, i: number, tone: string, x: number, y: number, w: number, h: number, strokeWidth?: number): string {
  const box = `x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}"`;
  const inner =
    i % 4 === 0
      ? texture(i, tone, x, y, w, h)
      : `<clipPath id="${clip}"><rect ${box}/></clipPath><g clip-path="url(#${clip})">${texture(i, tone, x, y, w, h)}</g>`;
  return `<g class="${className}" data-series="${i}">${inner}<rect ${box} fill="none" stroke="${tone}"${strokeWidth ? ` stroke-width="${strokeWidth}"` : ''}/></g>`;
}

function marker(kind: (typeof MARKERS)[number], x: number, y: number, tone: string): string {
  const r = 4.5;
  const stroke = `stroke="${tone}" stroke-width="1.5"`;
  switch (kind) {
    case 'circle':
      return `<circle cx="${x}" cy="${y}" r="${r}" fill="${tone}"/>`;
    case 'square':
      return `<rect x="${x - r}" y="${y - r}" width="${2 * r}" height="${2 * r}" fill="#fff" ${stroke}/>`;
    case 'triangle':
      return `<path d="M${x},${y - r - 1}L${x + r + 1},${y + r}L${x - r - 1},${y + r}Z" fill="${tone}"/>`;
    case 'diamond':
      return `<path d="M${x},${y - r - 1}L${x + r + 1},${y}L${x},${y + r + 1}L${x - r - 1},${y}Z" fill="#fff" ${stroke}/>`;
  }
}

const f = (n: number) => Math.round(n * 10) / 10;

export function renderKpiChart(spec: ChartSpec): string {
  const { id, years, series } = spec;
  const TONES = spec.tones?.length ? spec.tones : DEFAULT_TONES;
  const inner = { w: WIDTH - MARGIN.left - MARGIN.right, h: HEIGHT - MARGIN.top - MARGIN.bottom };
  const v = (s: ChartSeries, y: number) => s.values[String(y)] ?? null;
  const totals = years.map((y) => series.reduce((sum, s) => sum + (v(s, y) ?? 0), 0));
  const figures = series.flatMap((s) => years.map((y) => v(s, y))).filter((n): n is number => n !== null);
  const max = spec.type === 'stacked' ? Math.max(...totals, 0) : Math.max(...figures, 0);
  // Bars start at zero; a line shows change, so its axis spans the figures with some air.
  const lo = Math.min(...figures);
  const spread = max - lo || Math.abs(max) || 1;
  const domain: [number, number] = spec.type === 'line' && lo > 0 && lo - spread > 0 ? [lo - spread * 0.6, max + spread * 0.6] : [Math.min(0, lo), max || 1];
  const yScale = scaleLinear().domain(domain).nice(5).range([inner.h, 0]);
  const xBand = scaleBand<number>().domain(years).range([0, inner.w]).paddingInner(0.28).paddingOuter(0.14);
  const ticks = yScale.ticks(5);
  const tickPrecision = Math.max(0, ...ticks.map((t) => (String(t).split('.')[1] ?? '').length));
  const label = (s: ChartSeries, value: number) => formatNumber(value, s.precision);

  const grid = ticks
    .map((t) => {
      const y = f(yScale(t));
      return `<g class="tick"><line x1="0" x2="${inner.w}" y1="${y}" y2="${y}" stroke="#c9d2cd" stroke-width="${t === yScale.domain()[0] ? 1.2 : 0.6}"/><text x="-8" y="${y}" dy="0.32em" text-anchor="end">${formatNumber(t, tickPrecision)}</text></g>`;
    })
    .join('');
  const xAxis = years.map((y) => `<text x="${f(xBand(y)! + xBand.bandwidth() / 2)}" y="${inner.h + 18}" text-anchor="middle">${y}</text>`).join('');

  let marks = '';
  let clips = 0;
  if (spec.type === 'line') {
    const x = (y: number) => xBand(y)! + xBand.bandwidth() / 2;
    marks = series
      .map((s, i) => {
        const tone = TONES[i % TONES.length]!;
        const points = years.map((y) => ({ y, value: v(s, y) }));
        const path = line<{ y: number; value: number | null }>()
          .defined((p) => p.value !== null)
          .x((p) => f(x(p.y)))
          .y((p) => f(yScale(p.value ?? 0)))(points);
        const dots = points
          .filter((p) => p.value !== null)
          .map(
            (p) =>
              `${marker(MARKERS[i % MARKERS.length]!, f(x(p.y)), f(yScale(p.value!)), tone)}<text x="${f(x(p.y))}" y="${f(yScale(p.value!) - 10)}" text-anchor="middle" class="value">${label(s, p.value!)}</text>`,
          )
          .join('');
        return `<g class="series"><path d="${path}" fill="none" stroke="${tone}" stroke-width="2.2"${DASHES[i % DASHES.length] ? ` stroke-dasharray="${DASHES[i % DASHES.length]}"` : ''}/>${dots}</g>`;
      })
      .join('');
  } else if (spec.type === 'stacked') {
    marks = years
      .map((y, k) => {
        let base = 0;
        const x = xBand(y)!;
        const centre = x + xBand.bandwidth() / 2;
        const segments = series
          .map((s, i) => {
            const value = v(s, y);
            if (value === null) return '';
            const top = yScale(base + value);
            const bottom = yScale(base);
            base += value;
            const h = bottom - top;
            const text = label(s, value);
            // A label on a white plate, where the segment is tall enough to hold it.
            const plate =
              h >= 18
                ? `<rect x="${f(centre - text.length * 3.6 - 4)}" y="${f(top + h / 2 - 9)}" width="${f(text.length * 7.2 + 8)}" height="18" rx="3" fill="#fff" opacity="0.92"/><text x="${f(centre)}" y="${f(top + h / 2)}" dy="0.32em" text-anchor="middle" class="value">${text}</text>`
                : '';
            return `${texturedBox('bar', `${id}-c${clips++}`, i, TONES[i % TONES.length]!, x, top, xBand.bandwidth(), h, 1)}${plate}`;
          })
          .join('');
        const published = spec.total ? v(spec.total, y) : null;
        const total =
          spec.total && published !== null
            ? `<text x="${f(centre)}" y="${f(yScale(totals[k]!) - 6)}" text-anchor="middle" class="value total">${label(spec.total, published)}</text>`
            : '';
        return segments + total;
      })
      .join('');
  } else {
    const inner2 = scaleBand<number>()
      .domain(series.map((_, i) => i))
      .range([0, xBand.bandwidth()])
      .paddingInner(0.08);
    marks = years
      .map((y) =>
        series
          .map((s, i) => {
            const value = v(s, y);
            if (value === null) return '';
            const x = xBand(y)! + inner2(i)!;
            const zero = yScale(0);
            const end = yScale(value);
            const top = Math.min(zero, end);
            const labelY = value >= 0 ? end - 5 : end + 14;
            return `${texturedBox('bar', `${id}-c${clips++}`, i, TONES[i % TONES.length]!, x, top, inner2.bandwidth(), Math.abs(zero - end), 1)}<text x="${f(x + inner2.bandwidth() / 2)}" y="${f(labelY)}" text-anchor="middle" class="value">${label(s, value)}</text>`;
          })
          .join(''),
      )
      .join('');
  }

  const legend = series
    .map((s, i) => {
      const x = i * (inner.w / Math.max(series.length, 1));
      const swatch =
        spec.type === 'line'
          ? `<line x1="${f(x)}" x2="${f(x + 22)}" y1="0" y2="0" stroke="${TONES[i % TONES.length]}" stroke-width="2.2"${DASHES[i % DASHES.length] ? ` stroke-dasharray="${DASHES[i % DASHES.length]}"` : ''}/>${marker(MARKERS[i % MARKERS.length]!, f(x + 11), 0, TONES[i % TONES.length]!)}`
          : texturedBox('swatch', `${id}-c${clips++}`, i, TONES[i % TONES.length]!, x, -7, 14, 14);
      return `<g>${swatch}<text x="${f(x + (spec.type === 'line' ? 28 : 20))}" y="0" dy="0.32em">${escapeHtml(s.label)}</text></g>`;
    })
    .join('');

  const described = spec.total ? [...series, spec.total] : series;
  const description = described
    .map((s) => `${s.label}：${years.map((y) => `${y}年${v(s, y) === null ? '未披露' : label(s, v(s, y)!)}`).join('，')}`)
    .join('；');
  const heading = spec.yearHeading ?? '年份';
  const dataTable =
    // A table ignores the 1px box of .sr-only (it grows to its content), so a div carries the class.
    `<div class="sr-only"><table><caption>${escapeHtml(spec.title)}（${escapeHtml(spec.unit)}）</caption>` +
    `<thead><tr><th scope="col">${escapeHtml(heading)}</th>${described.map((s) => `<th scope="col">${escapeHtml(s.label)}</th>`).join('')}</tr></thead>` +
    `<tbody>${years
      .map((y) => `<tr><th scope="row">${y}</th>${described.map((s) => `<td>${v(s, y) === null ? '－' : label(s, v(s, y)!)}</td>`).join('')}</tr>`)
      .join('')}</tbody></table></div>`;

  return (
    `<figure class="kpi-chart" id="${id}">` +
    // Narrow screens scroll the chart sideways rather than shrink its text; the region is focusable so keyboards can scroll it.
    `<div class="kpi-chart-scroll" role="region" tabindex="0" aria-labelledby="${id}-caption"><svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-title">${escapeHtml(spec.title)}</title><desc id="${id}-desc">${escapeHtml(`单位：${spec.unit}。${description}。`)}</desc>` +
    `<g transform="translate(${MARGIN.left},${MARGIN.top})">` +
    `<text x="${-MARGIN.left + 4}" y="-10" class="axis-title">${escapeHtml(spec.unit)}</text>` +
    `<g class="y-axis">${grid}</g><g class="x-axis">${xAxis}</g><g class="marks">${marks}</g>` +
    `<g class="legend" transform="translate(0,${inner.h + 46})">${legend}</g>` +
    `</g></svg></div>` +
    `<figcaption id="${id}-caption">${spec.number ? `<span class="item-number">${escapeHtml(spec.number)}</span> ` : ''}${escapeHtml(spec.title)}</figcaption>${dataTable}</figure>`
  );
}
