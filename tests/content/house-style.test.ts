/**
 * House style learned from last year's edition: a synthetic pair with 30
 * hidden choices under PDF noise, hand-written pairs with their expected
 * proposals, and the pieces (cleaning, alignment) on their own.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getConverter } from '../../src/convert/converter.ts';
import { readGlossary } from '../../src/content/glossary.ts';
import { glossaryLayer } from '../../src/convert/glossary.ts';
import { align } from '../../src/content/house-style/align.ts';
import { learnHouseStyle, type Proposal } from '../../src/content/house-style/learn.ts';
import { cleanEdition, comparable } from '../../src/content/house-style/normalise.ts';
import { markdownText, readEdition } from '../../src/content/house-style/read-edition.ts';
import { convertWithChoices, houseStylePair, type HouseStyleChoice } from '../support/house-style-pair.ts';
import { encodeLegacy } from '../support/legacy-encoding.ts';
import { FIXTURES, ROOT } from '../support/paths.ts';

describe('reading an edition', () => {
  it('reads text saved as GBK or Big5, as exports of older editions often are', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bifolio-edition-'));
    try {
      const pair = path.join(FIXTURES, 'house-style', 'report-2023');
      // Big5 has neither 〇 nor 綫, GBK no 〇.
      const traditional = readFileSync(path.join(pair, 'traditional.txt'), 'utf8').replace(/〇/g, '零').replace(/綫/g, '線');
      const simplified = readFileSync(path.join(pair, 'simplified.txt'), 'utf8').replace(/〇/g, '零');
      writeFileSync(path.join(dir, 'tc.txt'), encodeLegacy(traditional, 'big5'));
      writeFileSync(path.join(dir, 'sc.txt'), encodeLegacy(simplified, 'gbk'));
      expect(await readEdition(path.join(dir, 'tc.txt'))).toEqual({ file: path.join(dir, 'tc.txt'), kind: 'text', text: traditional });
      expect((await readEdition(path.join(dir, 'sc.txt'))).text).toBe(simplified);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cleaning an edition', () => {
  it('drops running heads and folios, and the line breaks and spaces a PDF puts inside Chinese text', () => {
    const text = ['澄明能源 2023年报告', '本集团于三月发', '布了 首份路线', '图。', '— 12 —', '澄明能源 2023年报告', 'ISO 14001', '认证。', '13', '澄明能源 2023年报告', '结束。'].join('\n');
    const cleaned = cleanEdition(text);
    expect(cleaned.text).toBe('本集团于三月发布了首份路线图。ISO 14001认证。结束。');
    // Every character keeps the place it was read from.
    expect([...cleaned.text].every((ch, i) => text[cleaned.at[i]!] === ch || (ch === ' ' && /\s/.test(text[cleaned.at[i]!]!)))).toBe(true);
  });

  it('compares full- and half-width punctuation, quotes and radicals as one', () => {
    expect(comparable('「数据」，（一）：⽬标').text).toBe(comparable('"数据", (一): 目标').text);
  });
});

describe('alignment', () => {
  it('aligns passages in another order, and records a difference only with agreeing text around it', () => {
    const first = '本集團於二〇二三年三月發布了首份氣候行動路線圖，明確了到二〇三〇年的減排目標。';
    const second = '為幫助員工了解路線圖的要求，我們在內部平台上開設了專題課程，並邀請外部專家講解。';
    const only = '本報告另備英文版，如有歧義，以中文版為準。';
    const a = first + second;
    const b = second.replace('平台', '平臺') + only + first.replace('發布', '發佈');
    const al = align(a, b);
    const diffs = al.differences.map((d) => `${a.slice(d.a0, d.a1)}/${b.slice(d.b0, d.b1)}`);
    expect(diffs.sort()).toEqual(['台/臺', '布/佈']);
    expect(al.agreeing).toBe(a.length - 2);
  });

  it('does not compare passages that are not the same', () => {
    const al = align('本集團持續完善環境管理體系，推動綠色運營。', '董事局負責監督本集團的風險管理及內部監控。');
    expect(al.differences).toEqual([]);
    expect(al.agreeing).toBe(0);
  });
});

/** A proposal is right when the hidden choices print what it proposes (the whole word, or the part it covers). */
function isRight(p: Proposal, choices: readonly HouseStyleChoice[], convert: (text: string) => string, withChoices: (text: string) => string): boolean {
  if (p.others.length > 0) return false;
  if (withChoices(p.hans) === p.hant) return true;
  return choices.some((c) => c.hans.includes(p.hans) && convert(c.hans).replace(convert(p.hans), p.hant) === c.hant);
}

describe('a synthetic pair of last year’s editions', () => {
  const converter = getConverter('zh-Hant');
  const convert = (text: string) => converter.convert(text);

  it('recovers at least 28 of 30 hidden house-style choices with at most 2 wrong proposals', () => {
    const pair = houseStylePair(converter);
    const plain = pair.simplified.replace(/\s+/g, '');
    expect(pair.characters).toBeGreaterThanOrEqual(50_000);
    for (const choice of pair.choices) expect(plain.split(choice.hans).length - 1, choice.hans).toBeGreaterThanOrEqual(3);
    // The noise is there: folios and running heads, half-width punctuation, a flattened table.
    expect(pair.traditional).toMatch(/\n— 12 —\n/);
    expect(pair.traditional).toMatch(/[\u4e00-\u9fff], [\u4e00-\u9fff]/);
    expect(pair.traditional).toMatch(/指標 單位 2024 2023 2022 2021/);

    const started = performance.now();
    const result = learnHouseStyle({ simplified: pair.simplified, traditional: pair.traditional, converter, variant: 'zh-Hant' });
    const seconds = (performance.now() - started) / 1000;
    const withChoices = (text: string) => convertWithChoices(converter, text, pair.choices);
    const right = result.proposals.filter((p) => isRight(p, pair.choices, convert, withChoices));
    const wrong = result.proposals.filter((p) => !right.includes(p));
    const recovered = pair.choices.filter((c) => right.some((p) => p.hans.includes(c.hans) || c.hans.includes(p.hans)));
    console.log(
      `missed: ${pair.choices.filter((c) => !recovered.includes(c)).map((c) => c.hans).join(' ') || 'none'} / ` +
      `learn on ${pair.characters.toLocaleString('en-US')} characters: ${recovered.length} of ${pair.choices.length} choices recovered, ` +
        `${wrong.length} wrong proposals, ${Math.round((result.coverage.aligned / result.coverage.ideographs) * 100)}% aligned, ${seconds.toFixed(2)} s`,
    );
    expect(wrong.map((p) => `${p.hans} → ${p.hant}`)).toEqual([]);
    expect(wrong.length).toBeLessThanOrEqual(2);
    expect(recovered.length).toBeGreaterThanOrEqual(28);
    expect(result.refused).toEqual([]);
  });

  it('proposes nothing when the publisher printed what the converter writes', () => {
    const pair = houseStylePair(converter, { choices: [], seed: 7 });
    const result = learnHouseStyle({ simplified: pair.simplified, traditional: pair.traditional, converter, variant: 'zh-Hant' });
    expect(result.proposals).toEqual([]);
    expect(result.coverage.aligned / result.coverage.ideographs).toBeGreaterThan(0.9);
  });

  it('proposes nothing from two editions that are not the same text', () => {
    // The pair begins with the sample's first chapters; the other edition is three later chapters.
    const pair = houseStylePair(converter, { minCharacters: 10_000 });
    const chapters = ['11-digital-responsibility.mdx', '12-disclosure-index.mdx', '13-assurance.mdx'];
    const other = convert(chapters.map((f) => markdownText(readFileSync(path.join(ROOT, 'content', 'chapters', f), 'utf8'))).join('\n'));
    const result = learnHouseStyle({ simplified: pair.simplified, traditional: other, converter, variant: 'zh-Hant' });
    expect(result.proposals).toEqual([]);
    expect(result.coverage.aligned / result.coverage.ideographs).toBeLessThan(0.1);
  });
});

describe('hand-written pairs (tests/fixtures/house-style: the two editions → expected.json)', () => {
  const root = path.join(FIXTURES, 'house-style');
  for (const name of readdirSync(root)) {
    it(name, async () => {
      const dir = path.join(root, name);
      const files = readdirSync(dir);
      const simplified = await readEdition(path.join(dir, files.find((f) => f.startsWith('simplified.'))!));
      const traditional = await readEdition(path.join(dir, files.find((f) => f.startsWith('traditional.'))!));
      const glossaryFile = path.join(dir, 'glossary.yaml');
      const layers = existsSync(glossaryFile) ? [glossaryLayer(readGlossary(glossaryFile).glossary, 'zh-Hant', 'glossary')] : [];
      const result = learnHouseStyle({ simplified: simplified.text, traditional: traditional.text, converter: getConverter('zh-Hant', { glossary: layers }), variant: 'zh-Hant' });
      const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
      expect({
        proposals: result.proposals.map((p) => ({
          hans: p.hans,
          hant: p.hant,
          count: p.count,
          total: p.total,
          converted: p.converted,
          others: p.others.map(({ form, count, converter }) => ({ form, count, converter })),
          example: p.examples[0],
        })),
        refused: result.refused.map((p) => ({ hans: p.hans, hant: p.hant, count: p.count, reason: p.reason })),
      }).toEqual(expected);
    });
  }
});
