/**
 * Phrases respect the words of the sentence (src/convert/word-breaks.ts):
 * fixture-driven, each case with plain OpenCC's result where the mechanism
 * changes it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getConverter } from '../../src/convert/converter.ts';
import { WordBreaks } from '../../src/convert/word-breaks.ts';
import { FIXTURES } from '../support/paths.ts';

interface Case {
  in: string;
  out: string;
  opencc?: string;
}

const cases = parse(readFileSync(path.join(FIXTURES, 'convert', 'word-aware.yaml'), 'utf8')) as Case[];
const converter = getConverter('zh-Hant');
const plain = getConverter('zh-Hant', { builtin: false });

describe('phrases do not straddle words', () => {
  it.each(cases)('$in → $out', (c) => {
    expect(converter.convert(c.in)).toBe(c.out);
    // Plain OpenCC: wrong where the case says so, and the same where it does not.
    expect(plain.convert(c.in)).toBe(c.opencc ?? c.out);
  });

  it('finds the words of each sentence on its own', () => {
    const text = '前头发生了事故。他的头发很长';
    const breaks = new WordBreaks(text);
    expect(breaks.crosses(1, 3)).toBe(true); // 头发 across 前头|发生
    expect(breaks.crosses(10, 12)).toBe(false); // 头发 as a word
    expect(breaks.wordLength(0)).toBe(2);
  });
});

describe('places decided on weak evidence', () => {
  it('marks a one-to-many character inside a word no dictionary knows', () => {
    const pieces = converter.pieces('我们推出了澄川云服务');
    const doubted = pieces.filter((p) => p.doubt);
    expect(doubted.map((p) => [p.src, p.out, p.source])).toEqual([['澄川云', '澄川雲', 'unknown word: 澄川云']]);
  });

  it('does not doubt a character used as a word of its own', () => {
    expect(converter.pieces('公司并发布了报告').some((p) => p.doubt)).toBe(false);
  });

  it('a glossary entry settles the place', () => {
    const glossed = getConverter('zh-Hant', {
      glossary: [{ id: 'test-doubt', layer: 'glossary', terms: [{ hans: '澄川云', hant: '澄川雲' }] }],
    });
    expect(glossed.pieces('我们推出了澄川云服务').some((p) => p.doubt)).toBe(false);
  });
});
