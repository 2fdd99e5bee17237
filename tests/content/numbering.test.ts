/** Number labels: Chinese numerals, letters and the templates of report.yaml. */
import { describe, expect, it } from 'vitest';
import { alphaNumeral, chapterLabels, chineseNumeral, formatNumber, unknownTokens } from '../../src/content/outline/numbering.ts';

describe('numerals', () => {
  it.each([
    [1, '一'], [9, '九'], [10, '十'], [11, '十一'], [19, '十九'], [20, '二十'], [21, '二十一'], [99, '九十九'],
    [100, '一百'], [101, '一百零一'], [110, '一百一十'], [115, '一百一十五'], [120, '一百二十'],
  ])('%i → %s', (n, cn) => expect(chineseNumeral(n)).toBe(cn));

  it.each([[1, 'A'], [26, 'Z'], [27, 'AA'], [52, 'AZ']])('%i → %s', (n, s) => expect(alphaNumeral(n)).toBe(s));
});

describe('templates', () => {
  it('fills the tokens', () => {
    expect(formatNumber('第{n:cn}章', { n: 12 })).toBe('第十二章');
    expect(formatNumber('{c}.{n}', { n: 3, c: '2' })).toBe('2.3');
    expect(formatNumber('{c}.{s}.{n}', { n: 1, c: '4', s: 2 })).toBe('4.2.1');
    expect(formatNumber('附录{n:alpha}', { n: 2 })).toBe('附录B');
  });

  it('drops a chapter part where there is no chapter number', () => {
    expect(formatNumber('表{c}.{n}', { n: 2 })).toBe('表2');
    expect(formatNumber('图{c}-{n}', { n: 5 })).toBe('图5');
  });

  it('names unknown tokens', () => {
    expect(unknownTokens('第{n}章{x}{chapter}')).toEqual(['{x}', '{chapter}']);
    expect(unknownTokens('{n:cn}{c}.{s}')).toEqual([]);
  });

  it('numbers chapters and appendices separately; front matter has no number', () => {
    expect(chapterLabels(['front', 'chapter', 'chapter', 'appendix', 'front', 'appendix'], { chapter: '第{n:cn}章', appendix: '附录{n:cn}' })).toEqual([
      {}, { short: '1', number: '第一章' }, { short: '2', number: '第二章' }, { short: 'A', number: '附录一' }, {}, { short: 'B', number: '附录二' },
    ]);
    expect(chapterLabels(['chapter'], { chapter: '', appendix: '' })).toEqual([{ short: '1' }]);
  });
});
