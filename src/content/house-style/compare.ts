/**
 * The two editions side by side: both cleaned (normalise.ts), the Simplified
 * one converted by the report's converter, both made comparable and aligned
 * (align.ts), with the way from a word of the Simplified text to what the
 * converter and the publisher printed for it.
 */
import type { Converter } from '../../convert/converter.ts';
import { align, alignedSpan, type Alignment } from './align.ts';
import { convertWithMap, type ConvertedText } from './converted.ts';
import { cleanEdition, comparable, isHan, allHan, type Mapped } from './normalise.ts';
import { wordSpans, type WordSpans } from './words.ts';

/** One place of a Simplified word in the aligned text. */
export interface Placed {
  /** Offset of the word in the cleaned Simplified text. */
  s: number;
  /** Its span in the comparable converted text and in the comparable published text. */
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  /** What the converter writes there, and what the publisher printed. */
  converted: string;
  published: string;
}

export interface Comparison {
  /** The cleaned Simplified text (`at`: offsets in the edition as read). */
  simplified: Mapped;
  /** The cleaned Traditional text. */
  traditional: Mapped;
  converted: ConvertedText;
  words: WordSpans;
  /** Comparable converted text (`at`: offsets in `converted.text`) and comparable published text (`at`: offsets in `traditional.text`). */
  a: Mapped;
  b: Mapped;
  alignment: Alignment;
  /** The span of the comparable converted text that Simplified [s0, s1) becomes, when no converter piece is cut. */
  toA(s0: number, s1: number): [number, number] | undefined;
  /** The Simplified span comparable converted [a0, a1) comes from. */
  toS(a0: number, a1: number): [number, number];
  /** Where the word at Simplified [s, s + length) is in both editions, when the alignment says plainly. */
  place(s: number, length: number): Placed | undefined;
  /** Ideographs of the Simplified edition, and how many of them are aligned with the published text. */
  coverage: { ideographs: number; aligned: number };
}

export function compareEditions(simplifiedText: string, traditionalText: string, converter: Converter): Comparison {
  const simplified = cleanEdition(simplifiedText);
  const traditional = cleanEdition(traditionalText);
  const converted = convertWithMap(converter, simplified.text);
  const a = comparable(converted.text);
  const b = comparable(traditional.text);
  const alignment = align(a.text, b.text);
  const words = wordSpans(simplified.text);

  // From Simplified offsets to the comparable converted text: first and last unit made from each.
  const firstA = new Int32Array(simplified.text.length).fill(-1);
  const lastA = new Int32Array(simplified.text.length).fill(-1);
  for (let x = 0; x < a.text.length; x++) {
    const c = a.at[x]!;
    for (let s = converted.from[c]!; s < converted.to[c]!; s++) {
      if (firstA[s] === -1) firstA[s] = x;
      lastA[s] = x;
    }
  }
  const toA = (s0: number, s1: number): [number, number] | undefined => {
    const x0 = firstA[s0] ?? -1;
    const x1 = lastA[s1 - 1] ?? -1;
    if (x0 < 0 || x1 < x0) return undefined;
    if (converted.from[a.at[x0]!] !== s0 || converted.to[a.at[x1]!] !== s1) return undefined;
    return [x0, x1 + 1];
  };
  const toS = (a0: number, a1: number): [number, number] => [converted.from[a.at[a0]!]!, converted.to[a.at[a1 - 1]!]!];
  const place = (s: number, length: number): Placed | undefined => {
    const span = toA(s, s + length);
    if (!span) return undefined;
    const at = alignedSpan(alignment, span[0], span[1]);
    // A word printed with punctuation or figures in it is a place the alignment cannot vouch for.
    if (!at || !allHan(b.text.slice(at[0], at[1]))) return undefined;
    return {
      s,
      a0: span[0],
      a1: span[1],
      b0: at[0],
      b1: at[1],
      converted: a.text.slice(span[0], span[1]),
      published: b.text.slice(at[0], at[1]),
    };
  };

  let ideographs = 0;
  let aligned = 0;
  for (let x = 0; x < a.text.length; x++) {
    if (!isHan(a.text.charCodeAt(x))) continue;
    ideographs++;
    if (alignment.stretchOfA[x]! >= 0) aligned++;
  }
  return { simplified, traditional, converted, words, a, b, alignment, toA, toS, place, coverage: { ideographs, aligned } };
}
