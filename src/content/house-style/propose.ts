/**
 * Glossary entries proposed from where the publisher printed something else
 * than the converter writes. The characters that differ are explained by as
 * few words as possible, shortest first among those that explain as much:
 * the candidates for a differing character are the dictionary word around it
 * (ICU's segmentation, or the converter's own phrase), that word with its
 * neighbour, and for a character standing alone (a name, which the dictionary
 * cuts into characters) the character with a neighbour, widened while every
 * occurrence shares its context. A candidate counts only if the publisher
 * printed every aligned occurrence of it the same way; the one that explains
 * most differing characters is taken first. A single character is never
 * proposed: as a glossary entry it would change every word it occurs in.
 *
 * For each word every aligned occurrence counts, not only the differing
 * ones: a word the publisher printed in two ways is a conflict, with how often
 * each; one the publisher printed mostly as the converter does is no proposal.
 */
import type { Comparison, Placed } from './compare.ts';
import { differingCharacters, type Differing } from './differences.ts';
import { allHan, isHan } from './normalise.ts';

export interface Example {
  simplified: string;
  traditional: string;
}

export interface PrintedForm {
  form: string;
  count: number;
  /** The converter writes this form. */
  converter: boolean;
  example: Example;
}

export interface Proposal {
  /** The Simplified word. */
  hans: string;
  /** The form the publisher printed. */
  hant: string;
  /** What the converter writes for the word (its most frequent output). */
  converted: string;
  /** Aligned occurrences printed `hant`. */
  count: number;
  /** Aligned occurrences of the word. */
  total: number;
  /** The other forms printed, most frequent first; any means a conflict. */
  others: PrintedForm[];
  examples: Example[];
}

interface WordStats {
  word: string;
  placed: Placed[];
  /** Every aligned occurrence printed the same way, and not always as the converter writes it. */
  consistent: boolean;
}

/** How a candidate was found: a dictionary word, the converter's phrase, a word with its neighbour, a character with its neighbour. */
type Kind = 'word' | 'phrase' | 'ngram' | 'window';
const KIND_ORDER: Record<Kind, number> = { word: 0, phrase: 1, ngram: 2, window: 3 };

const MAX_WORD = 8;
/** A name widened character by character stops at this length. */
const MAX_NAME = 4;
const CONTEXT = 12;
const EXAMPLES = 3;

export function proposeTerms(cmp: Comparison): Proposal[] {
  const text = cmp.simplified.text;
  const { start, end } = cmp.words;
  const statsCache = new Map<string, WordStats>();
  const stats = (word: string): WordStats => {
    let st = statsCache.get(word);
    if (st) return st;
    const placed: Placed[] = [];
    for (let s = text.indexOf(word); s !== -1; s = text.indexOf(word, s + 1)) {
      const p = cmp.place(s, word.length);
      if (p) placed.push(p);
    }
    const form = placed[0]?.published;
    const consistent = placed.length > 0 && placed.every((p) => p.published === form) && placed.some((p) => p.published !== p.converted);
    st = { word, placed, consistent };
    statsCache.set(word, st);
    return st;
  };
  const alone = (i: number) => i >= 0 && i < text.length && end[i]! - start[i]! === 1 && isHan(text.charCodeAt(i));

  /** Candidate words for differing characters, each with the best way it was found. */
  const kinds = new Map<string, Kind>();
  const candidates = (d: Differing): string[] => {
    const { c0, c1 } = d;
    const list: string[] = [];
    const push = (s0: number, s1: number, kind: Kind) => {
      if (s0 < 0 || s1 > text.length || s1 - s0 < 2 || s1 - s0 > MAX_WORD) return;
      const word = text.slice(s0, s1);
      if (!allHan(word)) return;
      if (!list.includes(word)) list.push(word);
      const known = kinds.get(word);
      if (known === undefined || KIND_ORDER[kind] < KIND_ORDER[known]) kinds.set(word, kind);
    };
    const { phraseStart, phraseEnd, decided } = cmp.converted;
    // What the glossary decided, only its own entry can change: that entry is the candidate.
    if (decided[c0] && phraseStart[c0]! >= 0) {
      push(phraseStart[c0]!, phraseEnd[c0]!, 'phrase');
      return list;
    }
    const w0 = start[c0]!;
    const w1 = end[c1 - 1]!;
    push(w0, w1, 'word');
    // Each word of several.
    for (let i = w0; i < w1; i = end[i]!) push(start[i]!, end[i]!, 'word');
    if (phraseStart[c0]! >= 0 && phraseStart[c0] === phraseStart[c1 - 1]) push(phraseStart[c0]!, phraseEnd[c0]!, 'phrase');
    if (w0 > 0) push(start[w0 - 1]!, w1, 'ngram');
    if (w1 < text.length) push(w0, end[w1]!, 'ngram');
    if (w1 - w0 === 1) {
      if (alone(c0 - 1)) push(c0 - 1, c1, 'window');
      if (alone(c1)) push(c0, c1 + 1, 'window');
    }
    return list;
  };

  const differing = differingCharacters(cmp);
  const unexplained = new Uint8Array(text.length);
  for (const d of differing) unexplained.fill(1, d.c0, d.c1);
  // A word with its neighbour is evidence only when it recurs: once, it is an accident of the text (的信息).
  const usable = (word: string) => stats(word).consistent && (KIND_ORDER[kinds.get(word)!] < KIND_ORDER.ngram || stats(word).placed.length >= 2);
  const pool = new Set<string>();
  for (const d of differing) for (const word of candidates(d)) if (usable(word)) pool.add(word);

  // Greedy cover: the word that explains most differing characters still unexplained; on a tie the shorter.
  const chosen: string[] = [];
  const gain = (word: string) => {
    let n = 0;
    for (const p of stats(word).placed) for (let s = p.s; s < p.s + word.length; s++) n += unexplained[s]!;
    return n;
  };
  for (;;) {
    let best: string | undefined;
    let bestGain = 0;
    for (const word of pool) {
      const g = gain(word);
      if (g > bestGain || (g === bestGain && g > 0 && best !== undefined && better(word, best))) {
        best = word;
        bestGain = g;
      }
    }
    if (!best) break;
    pool.delete(best);
    const word = KIND_ORDER[kinds.get(best)!] >= KIND_ORDER.ngram ? widen(best) : best;
    chosen.push(word);
    for (const w of new Set([best, word])) for (const p of stats(w).placed) unexplained.fill(0, p.s, p.s + w.length);
  }
  /** On equal gain: the shorter word, then a dictionary word before a window, then the one found more often. */
  function better(x: string, y: string): boolean {
    const order = x.length - y.length || KIND_ORDER[kinds.get(x)!] - KIND_ORDER[kinds.get(y)!] || stats(y).placed.length - stats(x).placed.length;
    return order < 0;
  }

  /**
   * A candidate that is no dictionary word, widened while every occurrence
   * shares the next or the previous ideograph standing alone as a word (a
   * name, which the dictionary cuts into characters): 于立 → 于立衡.
   */
  function widen(word: string): string {
    let current = word;
    for (let grown = true; grown && current.length < MAX_NAME; ) {
      grown = false;
      const placed = stats(current).placed;
      if (placed.length < 2) break;
      for (const dir of [1, -1] as const) {
        if (current.length >= MAX_NAME) break;
        const at = (p: Placed) => (dir === 1 ? p.s + current.length : p.s - 1);
        const next = text[at(placed[0]!)];
        if (!placed.every((p) => alone(at(p)) && text[at(p)] === next)) continue;
        const wider = dir === 1 ? current + next : next + current;
        if (!stats(wider).consistent) continue;
        current = wider;
        grown = true;
      }
    }
    return current;
  }

  /**
   * Text [s0, s1) is printed as the converter and the words in `known` print
   * it, taken with the known words that overlap it: 董事会可持续 is 董事会 and
   * 可持续, not a word of its own.
   */
  const explainedAt = (s0: number, s1: number, known: ReadonlyMap<string, string>): boolean => {
    let u0 = s0;
    let u1 = s1;
    for (let grown = true; grown; ) {
      grown = false;
      for (const [word] of known) {
        for (let at = Math.max(0, u0 - word.length + 1); at < u1; at++) {
          if ((at < u0 || at + word.length > u1) && text.startsWith(word, at)) {
            u0 = Math.min(u0, at);
            u1 = Math.max(u1, at + word.length);
            grown = true;
          }
        }
      }
    }
    const printed = cmp.place(u0, u1 - u0)?.published;
    if (printed === undefined) return false;
    // Which lengths of the printed text the first i characters can give.
    const reach = Array.from({ length: u1 - u0 + 1 }, () => new Set<number>());
    reach[0]!.add(0);
    for (let i = 0; i < u1 - u0; i++) {
      for (const j of reach[i]!) {
        const span = cmp.toA(u0 + i, u0 + i + 1);
        const own = span && cmp.a.text.slice(span[0], span[1]);
        if (own && printed.startsWith(own, j)) reach[i + 1]!.add(j + own.length);
        for (const [word, form] of known) {
          if (i + word.length <= u1 - u0 && text.startsWith(word, u0 + i) && printed.startsWith(form, j)) reach[i + word.length]!.add(j + form.length);
        }
      }
    }
    return reach[u1 - u0]!.has(printed.length);
  };
  // Longest first, a chosen word that the others explain wherever it occurs is dropped.
  const kept = new Map(chosen.map((word) => [word, stats(word).placed[0]!.published]));
  for (const word of [...chosen].sort((x, y) => y.length - x.length)) {
    const others = new Map(kept);
    others.delete(word);
    if (stats(word).placed.every((p) => explainedAt(p.s, p.s + word.length, others))) kept.delete(word);
  }

  // What no consistent word explains: the publisher printed the word in more than one way.
  const conflicts = new Set<string>();
  for (const d of differing) {
    if (!unexplained.subarray(d.c0, d.c1).some((x) => x === 1)) continue;
    const word = candidates(d).find((w) => stats(w).placed.some((p) => p.s <= d.c0 && p.s + w.length >= d.c1 && p.published !== p.converted));
    if (word && !explainedAt(d.c0, d.c1, kept)) conflicts.add(word);
  }

  const proposals: Proposal[] = [];
  for (const word of new Set([...kept.keys(), ...conflicts])) {
    const proposal = summarise(cmp, stats(word));
    if (proposal) proposals.push(proposal);
  }
  return proposals.sort((x, y) => y.count - x.count || x.hans.localeCompare(y.hans, 'zh'));
}

/** Counts of a word's printed forms; no proposal when the converter's form is printed more often than the publisher's own. */
function summarise(cmp: Comparison, st: WordStats): Proposal | undefined {
  const count = (list: readonly Placed[], key: (p: Placed) => string) => {
    const counts = new Map<string, number>();
    for (const p of list) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
    return [...counts].sort((x, y) => y[1] - x[1]);
  };
  const changed = st.placed.filter((p) => p.published !== p.converted);
  if (changed.length === 0) return undefined;
  const hant = count(changed, (p) => p.published)[0]![0];
  const converted = count(changed.filter((p) => p.published === hant), (p) => p.converted)[0]![0];
  const forms = count(st.placed, (p) => p.published);
  const asConverter = new Set(st.placed.filter((p) => p.published === p.converted).map((p) => p.published));
  const n = forms.find(([form]) => form === hant)![1];
  const others = forms
    .filter(([form]) => form !== hant)
    .map(([form, k]) => ({ form, count: k, converter: asConverter.has(form), example: example(cmp, st.placed.find((p) => p.published === form)!, st.word.length) }));
  if (others.filter((o) => o.converter).reduce((k, o) => k + o.count, 0) > n) return undefined;
  const examples = changed
    .filter((p) => p.published === hant)
    .slice(0, EXAMPLES)
    .map((p) => example(cmp, p, st.word.length));
  return { hans: st.word, hant, converted, count: n, total: st.placed.length, others, examples };
}

/** The word in its sentence in both editions, marked with brackets. */
function example(cmp: Comparison, p: Placed, length: number): Example {
  const s = cmp.simplified.text;
  const t = cmp.traditional.text;
  const t0 = cmp.b.at[p.b0]!;
  const t1 = cmp.b.at[p.b1 - 1]! + 1;
  // Up to CONTEXT characters either side, within the sentence.
  const around = (text: string, from: number, to: number) => {
    const before = text.slice(Math.max(0, from - CONTEXT), from).replace(/^.*[。！？；!?;]/s, '').trimStart();
    const after = text.slice(to, to + CONTEXT).replace(/([。！？；!?;]).*$/s, '$1').trimEnd();
    return `${before}[${text.slice(from, to)}]${after}`;
  };
  return { simplified: around(s, p.s, p.s + length), traditional: around(t, t0, t1) };
}
