/**
 * Properties every conversion keeps, checked on generated text mixing
 * Chinese phrases and characters with Latin text, digits, URLs, e-mail
 * addresses, punctuation and line breaks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../../src/content/glossary.ts';
import { glossaryLayer } from '../../src/convert/glossary.ts';
import { getConverter } from '../../src/convert/converter.ts';
import { openccDictionary } from '../../src/convert/opencc-dictionaries.ts';
import { profileNames } from '../../src/convert/profiles.ts';
import { findUnstableOutputs } from '../../src/convert/stable-outputs.ts';
import { builtinPhrases } from '../../src/convert/tables/builtin-phrases.ts';
import { stableOutputs } from '../../src/convert/tables/stable-outputs.ts';

const HAN = /\p{Script=Han}/u;
/** Quotation marks the punctuation rules map to corner brackets. */
const MAPPED_QUOTES = /[“”‘’"「」『』]/u;

const characters = openccDictionary('STCharacters').map(([k]) => k);
const phrases = openccDictionary('STPhrases')
  .filter((_, i) => i % 7 === 0)
  .map(([k]) => k);
const entries = builtinPhrases.map((e) => e.hans);

const chinese = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...phrases) },
  { weight: 2, arbitrary: fc.constantFrom(...entries) },
  { weight: 4, arbitrary: fc.constantFrom(...characters) },
  { weight: 2, arbitrary: fc.constantFrom(...'的了在是和与为并于后里台只发干面系复制范准冲着余汇历钟种') },
  { weight: 1, arbitrary: fc.constantFrom('利益相关方', '澄川云课堂', '余志明', '发布会') },
);
const other = fc.oneof(
  fc.webUrl(),
  fc.emailAddress(),
  fc.stringMatching(/^[A-Za-z0-9 .,;:!?()\-_/@#%&*+=[\]{}<>|~$^]{1,12}$/),
  fc.constantFrom('，', '。', '、', '；', '：', '？', '！', '（', '）', '《', '》', '——', '…', '·', '％', '１２３'),
  fc.constantFrom('\n', '\r\n', '\t', ' '),
  fc.constantFrom('“', '”', '‘', '’', '"', "'", '「', '」'),
  fc.constantFrom('𠮷', '😀', 'é', 'ß', 'Ω', '₂', '°C'),
);
const mixedText = fc.array(fc.oneof({ weight: 3, arbitrary: chinese }, { weight: 2, arbitrary: other }), { maxLength: 40 }).map((parts) => parts.join(''));

const nonChinese = (s: string) => [...s].filter((ch) => !HAN.test(ch) && !MAPPED_QUOTES.test(ch)).join('');

const glossary = checkGlossary(
  {
    terms: [
      { 'zh-Hans': '利益相关方', 'zh-Hant': '持份者' },
      { 'zh-Hans': '发布', 'zh-Hant': '發佈' },
      { 'zh-Hans': '干', 'zh-Hant': '乾' },
    ],
    protected: ['澄川云课堂', '余志明'],
  },
  'glossary.yaml',
).glossary;

const converters = [
  ...profileNames.map((p) => ({ name: p, converter: getConverter(p) })),
  { name: 'zh-Hant with a glossary', converter: getConverter('zh-Hant', { glossary: [glossaryLayer(glossary, 'zh-Hant', 'glossary')] }) },
  { name: 'zh-Hant-TW, regional vocabulary', converter: getConverter('zh-Hant-TW', { vocabulary: 'regional' }) },
  { name: 'zh-Hant-HK, regional vocabulary', converter: getConverter('zh-Hant-HK', { vocabulary: 'regional' }) },
];

describe.each(converters)('$name', ({ converter }) => {
  it('keeps every non-Chinese character, in order', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(nonChinese(converter.convert(text))).toBe(nonChinese(text));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
    );
  });

  it('changes nothing when converting its own output again', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const once = converter.convert(text);
        expect(converter.convert(once)).toBe(once);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
    );
  });

  it('keeps the number of lines', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(converter.convert(text).split('\n').length).toBe(text.split('\n').length);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) },
    );
  });

  it('converting runs gives the same text as converting the whole', () => {
    fc.assert(
      fc.property(fc.array(mixedText, { minLength: 1, maxLength: 5 }), (runs) => {
        expect(converter.convertRuns(runs).join('')).toBe(converter.convert(runs.join('')));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) },
    );
  });
});

describe('outputs that a second pass would change', () => {
  it.each(profileNames)('%s: the stable-outputs table is complete and makes every table output stable', (profile) => {
    expect(findUnstableOutputs(getConverter(profile, { stable: false }))).toEqual([...stableOutputs[profile]]);
    expect(findUnstableOutputs(getConverter(profile))).toEqual([]);
  });
});
