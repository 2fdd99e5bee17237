/**
 * The conversion engine: OpenCC's algorithm (normalise → segment by longest
 * phrase match → run each segment through a chain of dictionary groups),
 * re-implemented over opencc-js's dictionary data, with Bifolio's own layers
 * on top, and reporting for every piece of output which layer decided it.
 *
 * Order of decision, highest first:
 * 0. spans a per-text recogniser fixed (personal names, which it drops
 *    where a glossary term overlaps them);
 * 1. word entries — glossary terms (chapter, then report) and built-in
 *    entries marked as words — win wherever they occur, even across the
 *    boundary of a phrase OpenCC would have matched (粉丝|发布, not 丝发);
 * 2. built-in phrase entries compete with OpenCC's phrases at each position:
 *    the longest match wins, the built-in entry on a tie;
 * 3. OpenCC's phrases and characters.
 * Entries that are not final (the built-in table, written in OpenCC's
 * standard forms) still pass through the profile's regional variant stage.
 */
import { composePieces, pushPiece, type Layer, type Piece } from './pieces.ts';
import type { Trie, TrieMatch } from './trie.ts';
import { WordBreaks, type SegmenterName } from './word-breaks.ts';

export interface OverlayEntry {
  /** Replacement text. */
  value: string;
  layer: Layer;
  /** The value is final; otherwise the regional stage of the chain still applies. */
  final: boolean;
  /** Where the entry is defined, for the review report. */
  source?: string;
  /**
   * The entry matches only as a whole word: not where it would start or end
   * inside a longer word of the text (汇丰 not in 汇丰富), as `isWordBoundary` tells.
   */
  whole?: boolean;
}

/**
 * A stretch of one text that a per-text recogniser (personal names) decided
 * before any word entry is tried: its output is `value`, or, without one,
 * its characters one by one through the chain, so that no phrase reaches
 * across its ends.
 */
export interface FixedSpan {
  start: number;
  end: number;
  value?: string;
  /** `value` is final; otherwise the regional stage of the chain still applies. */
  final?: boolean;
  layer: Layer;
  source?: string;
  /** Why the decision is uncertain, for the review. */
  doubt?: string;
}

export interface EngineTables {
  /** Applied first, character by character (e.g. CJK compatibility ideographs). */
  normalize?: Trie<string>;
  /** OpenCC phrases that define segments; the chain never crosses a segment boundary. */
  segmentation?: Trie<string>;
  /** Dictionary groups applied in order to each segment. */
  chain: Trie<string>[];
  /** Word entries, one trie per layer, highest priority first. */
  words: Trie<OverlayEntry>[];
  /** Built-in phrase entries that compete with OpenCC's phrases. */
  phrases?: Trie<OverlayEntry>;
  /**
   * The segmentation dictionaries lead the chain's first group (as in every
   * OpenCC configuration), so a phrase segment's first-group result is the
   * segmentation value itself and need not be looked up again.
   */
  segmentationLeadsChain?: boolean;
  /**
   * Phrases (OpenCC's and the built-in ones) are taken only where they do not
   * straddle two words of the sentence (see word-breaks.ts).
   */
  wordAware?: boolean;
  /** Which segmenter gives the words (default jieba). */
  segmenter?: SegmenterName;
  /** Spans of a text decided before the word entries, sorted and not overlapping. */
  spans?: (text: string) => FixedSpan[];
  /** Whether `offset` falls between two words of `text` (for entries matching whole words only). */
  isWordBoundary?: (text: string, offset: number) => boolean;
}

export interface Engine {
  /** The conversion piece by piece, with the deciding layer of each. */
  pieces(text: string): Piece[];
  /** The conversion as a string; `lengthChanged` tells whether any piece changed length. */
  convert(text: string): { out: string; lengthChanged: boolean };
}

/** Receives the conversion piece by piece. */
interface Sink {
  emit(src: string, out: string, layer?: Layer, source?: string, doubt?: string): void;
}

class PieceSink implements Sink {
  readonly pieces: Piece[] = [];
  emit(src: string, out: string, layer?: Layer, source?: string, doubt?: string): void {
    pushPiece(this.pieces, src, out, layer, source, doubt);
  }
}

class StringSink implements Sink {
  out = '';
  lengthChanged = false;
  emit(src: string, out: string): void {
    this.out += out;
    if (src.length !== out.length) this.lengthChanged = true;
  }
}

/** CJK compatibility ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F) are the only characters normalisation changes. */
function needsNormalizing(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xf900 && c <= 0xfaff) || c === 0xd87e) return true;
  }
  return false;
}

export function createEngine(tables: EngineTables): Engine {
  const regional = tables.chain.slice(1);
  const words = tables.words.filter((t) => t.size > 0);

  /**
   * A segment through the chain: `first` is its result after the first group
   * when already known (a phrase segment), `phrase` names OpenCC's phrase.
   */
  const chainPieces = (segment: string, into: Sink, first?: string, phrase?: string) => {
    let out = first ?? replaceString(tables.chain[0]!, segment);
    for (const trie of regional) out = replaceString(trie, out);
    if (out.length === segment.length || into instanceof StringSink) {
      into.emit(segment, out, 'opencc', phrase);
      return;
    }
    // Length changed (phrase substitution): work out the alignment in detail.
    let detailed: Piece[] = [{ src: segment, out: segment, layer: 'opencc' }];
    for (const trie of tables.chain) {
      const mid = detailed.map((p) => p.out).join('');
      detailed = composePieces(detailed, replaceByTrie(trie, mid));
    }
    for (const p of detailed) into.emit(p.src, p.out, 'opencc', phrase);
  };

  const entryPiece = (src: string, entry: OverlayEntry, into: Sink) => {
    let out = entry.value;
    if (!entry.final) for (const trie of regional) out = replaceString(trie, out);
    into.emit(src, out, entry.layer, entry.source);
  };

  /**
   * Whether taking OpenCC's phrase at `start` can give another result than
   * refusing it: its value differs from its characters' own, or another
   * phrase (OpenCC's or a built-in one) starts inside it. Only then is the sentence segmented.
   */
  const differsFromCharacters = new Map<string, boolean>();
  const mayDecide = (text: string, start: number, phrase: TrieMatch<string>): boolean => {
    if (differs(text, start, phrase)) return true;
    for (let k = start + 1; k < phrase.end; k++) {
      // Refusing the phrase matters only if one starting inside it would write something else.
      const inner = tables.segmentation!.mayStartAt(text, k) ? tables.segmentation!.match(text, k) : null;
      if (inner && differs(text, k, inner)) return true;
      if (tables.phrases?.mayStartAt(text, k) && tables.phrases.match(text, k)) return true;
    }
    return false;
  };
  /** Whether OpenCC's phrase at `start` writes something else than its characters would alone. */
  const differs = (text: string, start: number, phrase: TrieMatch<string>): boolean => {
    const key = text.slice(start, phrase.end);
    let result = differsFromCharacters.get(key);
    if (result === undefined) {
      let chars = '';
      for (const ch of key) chars += tables.chain[0]!.match(ch, 0)?.value ?? ch;
      result = chars !== (tables.segmentationLeadsChain ? phrase.value : replaceString(tables.chain[0]!, key));
      differsFromCharacters.set(key, result);
    }
    return result;
  };

  /** Layer 2 and 3: OpenCC segmentation competing with built-in phrase entries. */
  const phrasesAndOpencc = (text: string, into: Sink) => {
    let breaks: WordBreaks | undefined;
    let plainStart = -1;
    const flushPlain = (end: number) => {
      if (plainStart !== -1) chainPieces(text.slice(plainStart, end), into);
      plainStart = -1;
    };
    for (let i = 0; i < text.length;) {
      const code = text.charCodeAt(i);
      if (code < 0x2e80) {
        // Nothing below the CJK ranges is ever converted.
        if (plainStart === -1) plainStart = i;
        i++;
        continue;
      }
      let opencc = tables.segmentation?.match(text, i) ?? null;
      let builtin = tables.phrases?.mayStartAt(text, i) ? tables.phrases.match(text, i) : null;
      let refused = false;
      if (tables.wordAware && tables.segmenter !== 'none' && opencc && (!builtin || builtin.end < opencc.end)) {
        // An OpenCC phrase that straddles two words of the sentence is not
        // taken; a shorter one that fits may be. (Built-in entries are
        // written for the boundary they describe and are taken as they are.)
        if (mayDecide(text, i, opencc) && (breaks ??= new WordBreaks(text, tables.segmenter)).crosses(i, opencc.end)) {
          opencc = longestFitting(tables.segmentation!, text, i, breaks);
          refused = !opencc && !builtin;
        }
      }
      if (builtin && (!opencc || builtin.end >= opencc.end)) {
        flushPlain(i);
        entryPiece(text.slice(i, builtin.end), builtin.value, into);
        i = builtin.end;
      } else if (opencc) {
        flushPlain(i);
        const segment = text.slice(i, opencc.end);
        chainPieces(segment, into, tables.segmentationLeadsChain ? opencc.value : undefined, `OpenCC: ${segment}`);
        i = opencc.end;
      } else if (refused) {
        // The character on its own: a run of plain text would meet the refused phrase again in the chain.
        flushPlain(i);
        const end = i + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
        chainPieces(text.slice(i, end), into);
        i = end;
      } else {
        if (plainStart === -1) plainStart = i;
        i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      }
    }
    flushPlain(text.length);
  };

  /** A fixed span: its value, or its characters one by one through the chain. */
  const spanPieces = (src: string, span: FixedSpan, into: Sink) => {
    if (span.value !== undefined) {
      let out = span.value;
      if (!span.final) for (const trie of regional) out = replaceString(trie, out);
      into.emit(src, out, span.layer, span.source, span.doubt);
      return;
    }
    for (const ch of src) {
      let out = replaceString(tables.chain[0]!, ch);
      for (const trie of regional) out = replaceString(trie, out);
      into.emit(ch, out, span.layer, span.source, span.doubt);
    }
  };

  /**
   * Layer 1: word entries, highest-priority trie first; gaps go to the next
   * trie. Level -1 first applies the spans a recogniser fixed in the text.
   */
  const byWords = (text: string, k: number, into: Sink) => {
    if (text === '') return;
    if (k < 0) {
      let at = 0;
      for (const span of tables.spans?.(text) ?? []) {
        byWords(text.slice(at, span.start), 0, into);
        spanPieces(text.slice(span.start, span.end), span, into);
        at = span.end;
      }
      byWords(at === 0 ? text : text.slice(at), 0, into);
      return;
    }
    if (k === words.length) {
      phrasesAndOpencc(text, into);
      return;
    }
    const trie = words[k]!;
    let gapStart = 0;
    for (let i = 0; i < text.length;) {
      const code = text.charCodeAt(i);
      let m = code >= 0x2e80 && trie.mayStartAt(text, i) ? trie.match(text, i) : null;
      if (m?.value.whole && tables.isWordBoundary && !(tables.isWordBoundary(text, i) && tables.isWordBoundary(text, m.end))) m = null;
      if (m) {
        byWords(text.slice(gapStart, i), k + 1, into);
        entryPiece(text.slice(i, m.end), m.value, into);
        i = gapStart = m.end;
      } else {
        i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      }
    }
    byWords(text.slice(gapStart), k + 1, into);
  };

  return {
    pieces(text) {
      if (!hasCjk(text)) return text ? [{ src: text, out: text }] : [];
      const normalized = tables.normalize && needsNormalizing(text) ? replaceByTrie(tables.normalize, text) : undefined;
      const sink = new PieceSink();
      byWords(normalized ? normalized.map((p) => p.out).join('') : text, -1, sink);
      return normalized ? composePieces(normalized, sink.pieces) : sink.pieces;
    },
    convert(text) {
      if (!hasCjk(text)) return { out: text, lengthChanged: false };
      const sink = new StringSink();
      if (tables.normalize && needsNormalizing(text)) {
        const normalized = replaceString(tables.normalize, text);
        byWords(normalized, -1, sink);
        sink.lengthChanged ||= normalized.length !== text.length;
      } else {
        byWords(text, -1, sink);
      }
      return sink;
    },
  };
}

/** The longest key of `trie` at `start` that does not straddle a word, or null. */
function longestFitting<T>(trie: Trie<T>, text: string, start: number, breaks: WordBreaks): TrieMatch<T> | null {
  const matches = trie.prefixMatches(text, start);
  for (let k = matches.length - 1; k >= 0; k--) if (!breaks.crosses(start, matches[k]!.end)) return matches[k]!;
  return null;
}

/** Cheap test: text without any code unit at or above the CJK ranges never changes. */
export function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x2e80) return true;
  return false;
}

/** Replaces every longest match of `trie` in `text`, left to right, as a string. */
export function replaceString(trie: Trie<string>, text: string): string {
  let out = '';
  let plainStart = 0;
  for (let i = 0; i < text.length;) {
    const m = trie.match(text, i);
    if (m) {
      out += text.slice(plainStart, i) + m.value;
      i = plainStart = m.end;
    } else {
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
  }
  return plainStart === 0 ? text : out + text.slice(plainStart);
}

/** Replaces every longest match of `trie` in `text`, left to right, with alignment. */
export function replaceByTrie(trie: Trie<string>, text: string): Piece[] {
  const pieces: Piece[] = [];
  let plainStart = 0;
  for (let i = 0; i < text.length;) {
    const m = trie.match(text, i);
    if (m) {
      if (plainStart < i) pushPiece(pieces, text.slice(plainStart, i), text.slice(plainStart, i));
      pushPiece(pieces, text.slice(i, m.end), m.value);
      i = plainStart = m.end;
    } else {
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
  }
  if (plainStart < text.length) pushPiece(pieces, text.slice(plainStart), text.slice(plainStart));
  return pieces;
}
