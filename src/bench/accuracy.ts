/**
 * Conversion accuracy on a sentence set (tests/fixtures/conversion/): each
 * sentence's Simplified source and the Traditional text an editor signs off,
 * where `(A|B)` accepts either form and the set's `equivalent` characters
 * (着/著, 裏/裡 …) are accepted for each other anywhere.
 *
 * A sentence is right when the output equals one of its accepted forms; the
 * characters right are the expected length minus the edit distance to the
 * nearest accepted form.
 */
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { parse } from 'yaml';
import { getConverter } from '../convert/converter.ts';
import { applyQuoteStyle } from '../convert/punctuation.ts';
import { markdownTable } from './stats.ts';

export interface AccuracySentence {
  id: string;
  topic?: string;
  hans: string;
  /** The accepted Traditional text, with `(A|B)` alternatives. */
  hant: string;
  note?: string;
}

export interface AccuracySet {
  /** Groups of characters accepted for each other anywhere. */
  equivalent: string[];
  sentences: AccuracySentence[];
}

export interface AccuracyResult {
  sentences: number;
  sentencesRight: number;
  characters: number;
  charactersRight: number;
  /** Sentences not right, with the output. */
  failures: Array<{ sentence: AccuracySentence; output: string; nearest: string }>;
}

export function readAccuracySet(file: string): AccuracySet {
  const data = parse(readFileSync(file, 'utf8')) as {
    equivalent?: string[];
    sentences: Array<{ id: string; topic?: string; 'zh-Hans': string; 'zh-Hant': string; note?: string }>;
  };
  return {
    equivalent: data.equivalent ?? [],
    sentences: data.sentences.map((s) => ({ id: s.id, topic: s.topic, hans: s['zh-Hans'], hant: s['zh-Hant'], note: s.note })),
  };
}

const ALTERNATIVES = /\(([^()|]*(?:\|[^()|]*)+)\)/g;

/** Every accepted form of a sentence (at most `limit`). */
export function acceptedForms(hant: string, limit = 256): string[] {
  let forms = [''];
  let last = 0;
  for (const m of hant.matchAll(ALTERNATIVES)) {
    const before = hant.slice(last, m.index);
    const options = m[1]!.split('|');
    const next: string[] = [];
    for (const f of forms) for (const o of options) if (next.length < limit) next.push(f + before + o);
    forms = next;
    last = m.index + m[0].length;
  }
  return forms.map((f) => f + hant.slice(last));
}

function canonicalizer(equivalent: readonly string[]): (s: string) => string {
  const map = new Map<string, string>();
  for (const group of equivalent) {
    const chars = [...group];
    for (const c of chars) map.set(c, chars[0]!);
  }
  return (s) => (map.size === 0 ? s : [...s].map((c) => map.get(c) ?? c).join(''));
}

/** Levenshtein distance over code points. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length]!;
}

export function scoreAccuracy(set: AccuracySet, convert: (text: string) => string): AccuracyResult {
  const canon = canonicalizer(set.equivalent);
  const result: AccuracyResult = { sentences: 0, sentencesRight: 0, characters: 0, charactersRight: 0, failures: [] };
  for (const sentence of set.sentences) {
    const output = convert(sentence.hans);
    const forms = acceptedForms(sentence.hant);
    const out = canon(output);
    let best = Infinity;
    let nearest = forms[0]!;
    for (const form of forms) {
      const d = editDistance(out, canon(form));
      if (d < best) {
        best = d;
        nearest = form;
      }
      if (d === 0) break;
    }
    const length = [...nearest].length;
    result.sentences++;
    result.characters += length;
    result.charactersRight += Math.max(0, length - best);
    if (best === 0) result.sentencesRight++;
    else result.failures.push({ sentence, output, nearest });
  }
  return result;
}

/** Plain OpenCC as a user would run it, with corner-bracket quotes swapped in afterwards. */
export function plainOpencc(to: 'hk' | 'tw' | 'twp'): (text: string) => string {
  const convert = OpenCC.Converter({ from: 'cn', to });
  return (text) => applyQuoteStyle('corner', convert(text));
}

export function percent(right: number, total: number): string {
  return `${((100 * right) / total).toFixed(2)} %`;
}

/** The ways of converting compared on every set. */
export function accuracyWays(): Array<[string, (text: string) => string]> {
  const bifolio = getConverter('zh-Hant');
  const icu = getConverter('zh-Hant', { segmenter: 'icu' });
  const noWords = getConverter('zh-Hant', { segmenter: 'none' });
  return [
    ['Bifolio zh-Hant', (s) => bifolio.convert(s)],
    ['Bifolio zh-Hant, words by ICU instead of jieba', (s) => icu.convert(s)],
    ['Bifolio zh-Hant, phrases without words (greedy)', (s) => noWords.convert(s)],
    ['OpenCC cn→hk + corner quotes', plainOpencc('hk')],
    ['OpenCC cn→tw + corner quotes', plainOpencc('tw')],
  ];
}

/** One table row per set and way. */
export function accuracyTable(sets: ReadonlyArray<readonly [string, AccuracySet]>): string {
  const ways = accuracyWays();
  const rows: string[][] = [];
  for (const [name, set] of sets) {
    for (const [label, convert] of ways) {
      const r = scoreAccuracy(set, convert);
      rows.push([
        name,
        label,
        `${percent(r.charactersRight, r.characters)} (${r.characters - r.charactersRight} wrong of ${r.characters})`,
        `${percent(r.sentencesRight, r.sentences)} (${r.sentencesRight} of ${r.sentences})`,
      ]);
    }
  }
  return markdownTable(['set', 'converter', 'characters right', 'sentences right'], rows);
}
