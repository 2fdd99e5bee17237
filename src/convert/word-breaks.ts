/**
 * Words of a sentence, for deciding whether a dictionary phrase may be taken
 * where it matches: a phrase that begins inside one word and ends past it,
 * or ends inside a word that begins after the phrase does, straddles two
 * words (前头|发生 holds the phrase 头发; 被|发明 holds 被发) and is not taken.
 *
 * The segmentation is jieba's (`@node-rs/jieba`, its dictionary of 350,000
 * words with frequencies, best path through the sentence's word graph).
 * ICU's dictionary segmentation (`Intl.Segmenter`, built into Node) was
 * measured against it and splits more report phrases wrongly (报告|并发|送给,
 * 协会|并发|起了); `segmenter: 'icu'` keeps it for that comparison. A
 * sentence is segmented once and only when a phrase matches in it, so text
 * without a phrase costs no segmentation.
 */
import { createRequire } from 'node:module';

export type SegmenterName = 'jieba' | 'icu' | 'jieba-new-words' | 'none';

type Cut = (sentence: string) => string[];

let jiebaCut: Cut | undefined;
let jiebaNewWords: Cut | undefined;
let icuCut: Cut | undefined;

/** Loaded on first use: the dictionary takes about 0.2 s to read. */
function cutter(name: SegmenterName): Cut {
  if (name === 'none') return (sentence) => [...sentence];
  if (name === 'icu') {
    if (!icuCut) {
      const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' });
      icuCut = (sentence) => Array.from(segmenter.segment(sentence), (s) => s.segment);
    }
    return icuCut;
  }
  if (!jiebaCut) {
    const require = createRequire(import.meta.url);
    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array };
    const jieba = Jieba.withDict(dict);
    jiebaCut = (sentence) => jieba.cut(sentence, false);
    // With its hidden Markov model, jieba also joins runs of characters its dictionary does not know into words.
    jiebaNewWords = (sentence) => jieba.cut(sentence, true);
  }
  return name === 'jieba-new-words' ? jiebaNewWords! : jiebaCut;
}

/** Ends a sentence for segmentation purposes (phrases never cross these). */
function isSentenceBreak(code: number): boolean {
  return (
    code === 0x3002 || // 。
    code === 0xff01 || // ！
    code === 0xff1f || // ？
    code === 0xff1b || // ；
    code === 0xff0c || // ，
    code === 0x3001 || // 、
    code === 0x0a ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x3b
  );
}

export class WordBreaks {
  /** For each offset of a segmented sentence, the start of its word plus one (0: not segmented) and its end. */
  private readonly wordStart: Int32Array;
  private readonly wordEnd: Int32Array;
  /** Sentences already segmented, by their start offset. */
  private readonly done = new Set<number>();

  private readonly text: string;
  private readonly cut: Cut;

  constructor(text: string, segmenter: SegmenterName = 'jieba') {
    this.text = text;
    this.cut = cutter(segmenter);
    this.wordStart = new Int32Array(text.length);
    this.wordEnd = new Int32Array(text.length);
  }

  private ensure(at: number): void {
    if (this.wordStart[at] !== 0) return;
    const { text } = this;
    if (at >= text.length || isSentenceBreak(text.charCodeAt(at))) return;
    let start = at;
    while (start > 0 && !isSentenceBreak(text.charCodeAt(start - 1))) start--;
    if (this.done.has(start)) return;
    this.done.add(start);
    let end = at;
    while (end < text.length && !isSentenceBreak(text.charCodeAt(end))) end++;
    let s = start;
    for (const word of this.cut(text.slice(start, end))) {
      const e = s + word.length;
      for (let k = s; k < e && k < end; k++) {
        this.wordStart[k] = s + 1;
        this.wordEnd[k] = e;
      }
      s = e;
    }
  }

  /** The word holding offset `at`, as [start, end); a sentence mark is a word of its own. */
  wordAt(at: number): [number, number] {
    this.ensure(at);
    const start = this.wordStart[at]!;
    return start === 0 ? [at, at + 1] : [start - 1, this.wordEnd[at]!];
  }

  /** Length of the word holding offset `at` (0 where nothing was segmented). */
  wordLength(at: number): number {
    this.ensure(at);
    return this.wordStart[at] === 0 ? 0 : this.wordEnd[at]! - (this.wordStart[at]! - 1);
  }

  /** Does the text from `start` to `end` straddle a word boundary of the sentence? */
  crosses(start: number, end: number): boolean {
    this.ensure(start);
    const startWord = this.wordStart[start]! - 1;
    if (startWord !== -1 && startWord < start && this.wordEnd[start]! < end) return true;
    const last = end - 1;
    this.ensure(last);
    const lastWordStart = this.wordStart[last]! - 1;
    return lastWordStart !== -1 && lastWordStart > start && this.wordEnd[last]! > end;
  }
}
