/**
 * The Simplified edition converted as the report's converter converts it,
 * with the way back: for every character of the result, the characters of
 * the Simplified text it came from, and the dictionary phrase or entry that
 * decided it (a word the converter knows), and whether the report's glossary
 * did.
 */
import type { Converter } from '../../convert/converter.ts';

export interface ConvertedText {
  /** The converted text. */
  text: string;
  /** For each unit of `text`, the range of the Simplified text it comes from. */
  from: Int32Array;
  to: Int32Array;
  /** For each unit of the Simplified text, the phrase or entry it belongs to ([start, end)), or -1 outside any. */
  phraseStart: Int32Array;
  phraseEnd: Int32Array;
  /** For each unit of the Simplified text: 1 where the glossary (or an inline override) decided it. */
  decided: Uint8Array;
}

const EDITORS: ReadonlySet<string | undefined> = new Set(['glossary', 'chapter-glossary', 'inline']);

export function convertWithMap(converter: Converter, simplified: string): ConvertedText {
  const pieces = converter.pieces(simplified);
  const length = pieces.reduce((n, p) => n + p.out.length, 0);
  const from = new Int32Array(length);
  const to = new Int32Array(length);
  const phraseStart = new Int32Array(simplified.length).fill(-1);
  const phraseEnd = new Int32Array(simplified.length).fill(-1);
  const decided = new Uint8Array(simplified.length);
  let s = 0;
  let o = 0;
  for (const piece of pieces) {
    const { src, out } = piece;
    const oneToOne = src.length === out.length;
    for (let k = 0; k < out.length; k++) {
      from[o + k] = oneToOne ? s + k : s;
      to[o + k] = oneToOne ? s + k + 1 : s + src.length;
    }
    // A piece with a source is one dictionary phrase or entry (unchanged runs of plain characters have none).
    if (piece.source && piece.layer !== undefined && src.length >= 2) {
      for (let k = 0; k < src.length; k++) {
        phraseStart[s + k] = s;
        phraseEnd[s + k] = s + src.length;
      }
    }
    if (EDITORS.has(piece.layer)) decided.fill(1, s, s + src.length);
    s += src.length;
    o += out.length;
  }
  return { text: pieces.map((p) => p.out).join(''), from, to, phraseStart, phraseEnd, decided };
}
