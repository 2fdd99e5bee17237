/**
 * Accuracy of the default profile on the sentence sets of
 * tests/fixtures/conversion/ (the evaluation set is held out: nothing is
 * tuned on it; see BENCHMARKS.md). Floors, not targets: a change that makes
 * the converter worse on text it was not tuned on fails here.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptedForms, editDistance, plainOpencc, readAccuracySet, scoreAccuracy } from '../../src/bench/accuracy.ts';
import { getConverter } from '../../src/convert/converter.ts';
import { FIXTURES } from '../support/paths.ts';

const converter = getConverter('zh-Hant');
const sets = ['evaluation', 'development'].map((name) => [name, readAccuracySet(path.join(FIXTURES, 'conversion', `${name}.yaml`))] as const);

describe('the scoring', () => {
  it('expands alternatives and measures characters by edit distance', () => {
    expect(acceptedForms('發(布|佈)於(鑒|鑑)')).toEqual(['發布於鑒', '發布於鑑', '發佈於鑒', '發佈於鑑']);
    expect(editDistance('前頭髮生', '前頭發生')).toBe(1);
    const set = { equivalent: ['着著'], sentences: [{ id: 'x', hans: '随着', hant: '隨(著|着)' }] };
    expect(scoreAccuracy(set, () => '隨著').sentencesRight).toBe(1);
    expect(scoreAccuracy(set, () => '隨者')).toMatchObject({ sentencesRight: 0, charactersRight: 1, characters: 2 });
  });
});

describe.each(sets)('the %s set', (_name, set) => {
  const ours = scoreAccuracy(set, (s) => converter.convert(s));
  const best = Math.max(...(['hk', 'tw'] as const).map((to) => scoreAccuracy(set, plainOpencc(to)).charactersRight));

  it('is converted better than plain OpenCC with corner quotes (cn→hk, cn→tw)', () => {
    expect(ours.charactersRight).toBeGreaterThan(best);
  });

  it('keeps its floor: characters and sentences right', () => {
    expect(ours.charactersRight / ours.characters).toBeGreaterThanOrEqual(0.996);
    expect(ours.sentencesRight / ours.sentences).toBeGreaterThanOrEqual(0.9);
  });
});
