/**
 * The conversion engine: OpenCC's algorithm (normalise → segment by longest
 * phrase match → run each segment through a chain of dictionary groups),
 * re-implemented over opencc-js's dictionary data so that every step also
 * reports how output aligns with input. Alignment is what lets the HTML
 * converter convert a sentence whole and still hand each inline element its
 * own part of the result.
 */
import { composePieces, pushPiece, type Piece } from './pieces.ts';
import { Trie } from './trie.ts';

export interface EngineTables {
  /** Applied first, character by character (e.g. CJK compatibility ideographs). */
  normalize?: Trie;
  /** Splits text into segments by longest phrase match; the chain never crosses a segment boundary. */
  segmentation?: Trie;
  /** Dictionary groups applied in order to each segment. */
  chain: Trie[];
}

export interface Engine {
  pieces(text: string): Piece[];
}

export function createEngine(tables: EngineTables): Engine {
  return {
    pieces(text) {
      if (!needsConversion(text)) return text ? [{ src: text, out: text }] : [];
      let pieces = tables.normalize ? replaceByTrie(tables.normalize, text) : [{ src: text, out: text }];
      const normalized = pieces.map((p) => p.out).join('');
      const segments = tables.segmentation ? segment(tables.segmentation, normalized) : [normalized];
      const converted: Piece[] = [];
      for (const seg of segments) {
        let segPieces: Piece[] = [{ src: seg, out: seg }];
        for (const trie of tables.chain) {
          const mid = segPieces.map((p) => p.out).join('');
          segPieces = composePieces(segPieces, replaceByTrie(trie, mid));
        }
        for (const p of segPieces) pushPiece(converted, p.src, p.out);
      }
      return tables.normalize ? composePieces(pieces, converted) : converted;
    },
  };
}

/** Cheap test: text without any CJK-range code unit never changes. */
function needsConversion(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x2e80) return true;
  }
  return false;
}

/** Replaces every longest match of `trie` in `text`, left to right. */
export function replaceByTrie(trie: Trie, text: string): Piece[] {
  const pieces: Piece[] = [];
  let plainStart = 0;
  for (let i = 0; i < text.length; ) {
    const m = trie.match(text, i);
    if (m) {
      if (plainStart < i) pushPiece(pieces, text.slice(plainStart, i), text.slice(plainStart, i));
      pushPiece(pieces, text.slice(i, m.end), m.value);
      i = plainStart = m.end;
    } else {
      i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
    }
  }
  if (plainStart < text.length) pushPiece(pieces, text.slice(plainStart), text.slice(plainStart));
  return pieces;
}

/** OpenCC's segmentation: matched phrases become segments, unmatched runs are merged. */
export function segment(trie: Trie, text: string): string[] {
  const segments: string[] = [];
  let plainStart = -1;
  for (let i = 0; i < text.length; ) {
    const m = trie.match(text, i);
    if (m) {
      if (plainStart !== -1) segments.push(text.slice(plainStart, i));
      plainStart = -1;
      segments.push(text.slice(i, m.end));
      i = m.end;
    } else {
      if (plainStart === -1) plainStart = i;
      i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
    }
  }
  if (plainStart !== -1) segments.push(text.slice(plainStart));
  return segments;
}
