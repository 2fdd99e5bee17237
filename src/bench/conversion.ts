/**
 * Conversion throughput: raw opencc-js against Bifolio's converter and its
 * whole HTML pipeline, on the same text. Medians of several timed runs after
 * a warm-up run.
 */
import * as OpenCC from 'opencc-js';
import { fromHtml } from 'hast-util-from-html';
import { getConverter } from '../convert/converter.ts';
import { convertHtml, convertTree } from '../convert/html.ts';
import { converterResolver } from '../convert/page.ts';
import { checkGlossary } from '../content/glossary.ts';
import { median } from './stats.ts';

export interface ThroughputRow {
  name: string;
  charsPerSecond: number;
  ratio: number;
}


/** Median seconds of `runs` timed calls after one warm-up; `prepare` runs untimed before each call. */
function time<T>(fn: (input: T) => void, runs: number, prepare: () => T = () => undefined as T): number {
  fn(prepare());
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = prepare();
    const t = performance.now();
    fn(input);
    samples.push(performance.now() - t);
  }
  return median(samples) / 1000;
}

/** Splits text into paragraphs and wraps them as a Traditional-language HTML page. */
export function asHtmlPage(text: string): string {
  const paragraphs = text.split(/\n+/).filter((p) => p.trim());
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="zh-Hant"><head><title>bench</title></head><body><main>${paragraphs
    .map((p, i) => (i % 12 === 0 ? `<h2 id="s${i}">${escape(p.slice(0, 20))}</h2>` : `<p>${escape(p)}</p>`))
    .join('')}</main></body></html>`;
}

export function conversionThroughput(text: string, runs = 5): ThroughputRow[] {
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

  const rows: Array<[string, number]> = [
    ['opencc-js cn→tw (raw)', time(() => raw(text), runs)],
    ['Bifolio engine, OpenCC tables only', time(() => engineOnly.convert(text), runs)],
    ['Bifolio converter: zh-Hant + built-in table + glossary + quotes', time(() => converter.convert(text), runs)],
    ['pipeline: tree walk + converter (parsed page)', time((t) => convertTree(t, { converterFor }), runs, () => structuredClone(tree))],
    ['pipeline: parse + walk + convert + serialise', time(() => convertHtml(html, { converterFor }), runs)],
  ];
  const base = chars / rows[0]![1];
  return rows.map(([name, seconds]) => ({ name, charsPerSecond: chars / seconds, ratio: chars / seconds / base }));
}
