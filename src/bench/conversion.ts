/**
 * Conversion throughput: raw opencc-js against Bifolio's converter and its
 * whole HTML pipeline, on the same text. The ways are timed in turns, one
 * call each per round after three warm-up calls, so a slow spell of the
 * machine falls on all of them alike; each row gives the median and the
 * middle half of its rounds, and its ratio to raw opencc-js as the median
 * of the ratios within a round.
 */
import * as OpenCC from 'opencc-js';
import { fromHtml } from 'hast-util-from-html';
import { getConverter } from '../convert/converter.ts';
import { convertHtml, convertTree } from '../convert/html.ts';
import { converterResolver } from '../convert/page.ts';
import { checkGlossary } from '../content/glossary.ts';
import { median, quantile } from './stats.ts';

export interface ThroughputRow {
  name: string;
  /** Median over the rounds. */
  charsPerSecond: number;
  /** The middle half of the rounds: first and third quartile. */
  low: number;
  high: number;
  ratio: number;
}

interface Way {
  name: string;
  run: (input: unknown) => void;
  /** Runs untimed before each timed call (e.g. a fresh copy of the tree the call changes). */
  prepare?: () => unknown;
}

/** Splits text into paragraphs and wraps them as a Traditional-language HTML page. */
export function asHtmlPage(text: string): string {
  const paragraphs = text.split(/\n+/).filter((p) => p.trim());
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="zh-Hant"><head><title>bench</title></head><body><main>${paragraphs
    .map((p, i) => (i % 12 === 0 ? `<h2 id="s${i}">${escape(p.slice(0, 20))}</h2>` : `<p>${escape(p)}</p>`))
    .join('')}</main></body></html>`;
}

export function conversionThroughput(text: string, rounds = 15): ThroughputRow[] {
  const chars = text.length;
  const raw = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const glossary = checkGlossary(
    {
      terms: [
        { 'zh-Hans': '利益相关方', 'zh-Hant': '持份者' },
        { 'zh-Hans': '钟伟', 'zh-Hant': '鍾偉' },
      ],
      protected: ['余志明', '澄川云课堂'],
    },
    'bench',
  ).glossary;
  const ctx = {
    variants: [{ code: 'zh-Hant', profile: 'zh-Hant' as const, vocabulary: 'kept' as const }],
    glossary,
  };
  const converterFor = converterResolver(ctx);
  const converter = converterFor('zh-Hant')!;
  const engineOnly = getConverter('zh-Hant', { builtin: false });
  const html = asHtmlPage(text);
  const tree = fromHtml(html);

  const ways: Way[] = [
    { name: 'opencc-js cn→tw (raw)', run: () => raw(text) },
    { name: 'Bifolio engine, OpenCC tables only', run: () => engineOnly.convert(text) },
    { name: 'Bifolio converter: zh-Hant + built-in table + glossary + quotes', run: () => converter.convert(text) },
    {
      name: 'pipeline: tree walk + converter (parsed page)',
      run: (t) => convertTree(t as typeof tree, { converterFor }),
      prepare: () => structuredClone(tree),
    },
    { name: 'pipeline: parse + walk + convert + serialise', run: () => convertHtml(html, { converterFor }) },
  ];
  for (const way of ways) for (let i = 0; i < 3; i++) way.run(way.prepare?.());
  const seconds: number[][] = ways.map(() => []);
  for (let round = 0; round < rounds; round++) {
    ways.forEach((way, i) => {
      const input = way.prepare?.();
      const started = performance.now();
      way.run(input);
      seconds[i]!.push((performance.now() - started) / 1000);
    });
  }
  return ways.map((way, i) => {
    const rates = seconds[i]!.map((s) => chars / s);
    return {
      name: way.name,
      charsPerSecond: median(rates),
      low: quantile(rates, 0.25),
      high: quantile(rates, 0.75),
      ratio: median(rates.map((rate, round) => rate / (chars / seconds[0]![round]!))),
    };
  });
}
