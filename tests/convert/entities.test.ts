/**
 * The named-entity table: fixtures (tests/fixtures/convert/entities.yaml) of
 * owners' forms and whole-word matching in every Traditional profile, the
 * glossary beating an entity, an entity beating a personal name, and the
 * table itself: every entry sourced, of a kind, written in Traditional
 * characters, and never cut by a shorter entry inside it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkGlossary } from '../../src/content/glossary.ts';
import { glossaryLayer } from '../../src/convert/glossary.ts';
import { SIMPLIFIED_ONLY } from '../../src/convert/charsets.ts';
import { getConverter } from '../../src/convert/converter.ts';
import { profileNames, type ProfileName } from '../../src/convert/profiles.ts';
import { entities, entityTrie } from '../../src/convert/tables/entities.ts';
import { FIXTURES } from '../support/paths.ts';

type Case = { in: string; out: string; note?: string } & Partial<Record<ProfileName, string>>;
const cases = (parse(readFileSync(path.join(FIXTURES, 'convert', 'entities.yaml'), 'utf8')) as { entities: Case[] }).entities;

describe('named entities (fixtures)', () => {
  const entityPieces = (profile: ProfileName, text: string) =>
    getConverter(profile)
      .pieces(text)
      .filter((p) => p.layer === 'entity')
      .map((p) => p.out);
  for (const profile of profileNames) {
    const converter = getConverter(profile);
    it.each(cases)(`${profile}: $in`, (c) => {
      const expected = c[profile] ?? c.out;
      if (profile === 'zh-Hant' || c[profile] !== undefined) expect(converter.convert(c.in)).toBe(expected);
      // Elsewhere the profile's own forms apply around the entities, which are the same as in zh-Hant.
      else expect(entityPieces(profile, c.in)).toEqual(entityPieces('zh-Hant', c.in));
    });
  }

  it('entities are decided by the entity layer and are final in every profile', () => {
    for (const profile of profileNames) {
      const pieces = getConverter(profile).pieces('沿东涌线至机场快线');
      expect(pieces.filter((p) => p.layer === 'entity').map((p) => p.out)).toEqual(['東涌綫', '機場快綫']);
    }
  });

  it('converting the output again changes nothing', () => {
    const zhHant = getConverter('zh-Hant');
    for (const c of cases) expect(zhHant.convert(c.out)).toBe(c.out);
    for (const e of entities) expect(zhHant.convert(e.hant), e.hant).toBe(e.hant);
  });

  it('OpenCC alone (builtin: false) has no entities', () => {
    expect(getConverter('zh-Hant', { builtin: false }).convert('东涌线')).toBe('東涌線');
  });
});

describe('the glossary beats entities; entities beat personal names', () => {
  const glossary = checkGlossary({ terms: [{ 'zh-Hans': '东涌线', 'zh-Hant': '東涌線' }], protected: ['汇丰'] }, 'glossary.yaml').glossary;
  const withGlossary = getConverter('zh-Hant', { glossary: [glossaryLayer(glossary, 'zh-Hant', 'glossary')] });

  it('a glossary term wins over the entity it covers', () => {
    expect(withGlossary.convert('港铁东涌线')).toBe('港鐵東涌線');
    expect(withGlossary.convert('汇丰银行')).toBe('汇丰銀行');
  });

  it('a name is not taken from inside an entity', () => {
    // 罗兵咸 after 核数师 would read as a name (咸 kept); the firm's name decides.
    const pieces = getConverter('zh-Hant').pieces('核数师罗兵咸永道会计师事务所');
    expect(pieces.some((p) => p.layer === 'name')).toBe(false);
    expect(pieces.find((p) => p.layer === 'entity')?.out).toBe('羅兵咸永道會計師事務所');
  });
});

describe('the table', () => {
  it('has 150–300 entries, each with a kind, a source and a Traditional form', () => {
    expect(entities.length).toBeGreaterThanOrEqual(150);
    expect(entities.length).toBeLessThanOrEqual(300);
    const kinds = new Set([
      'company',
      'bank',
      'utility',
      'transport',
      'regulator',
      'government',
      'public-body',
      'ordinance',
      'railway',
      'estate',
      'district',
      'place',
    ]);
    for (const e of entities) {
      expect(kinds.has(e.kind), e.hans).toBe(true);
      expect(e.source, e.hans).toMatch(e.kind === 'ordinance' ? /^Cap\. \d+[A-Z]?, elegislation\.gov\.hk$/ : /^https:\/\/[\w.-]+\//);
      expect(e.checked, e.hans).toBe(e.seen !== undefined);
      if (e.seen) expect(e.seen, e.hans).toMatch(/^https?:\/\//);
      expect(e.hant, e.hans).not.toMatch(/[《》\s]/);
    }
  });

  it('has no Simplified-only character in any written form; a profile leaves out the few its own table counts as Simplified', () => {
    const leftOut: Record<ProfileName, string[]> = {
      'zh-Hant': [],
      'zh-Hant-TW': [],
      'zh-Hant-HK': ['稅務局', '商品說明條例', '稅務條例', '宋皇臺'],
    };
    for (const profile of profileNames) {
      const { classes } = getConverter(profile);
      const left = entities.filter((e) => [...e.hant].some((ch) => classes[ch.charCodeAt(0)] === SIMPLIFIED_ONLY)).map((e) => e.hant);
      expect(left, profile).toEqual(leftOut[profile]);
      const trie = entityTrie(classes);
      for (const e of entities) {
        const printed = trie.match(e.hans, 0)?.value.value;
        if (left.includes(e.hant)) expect(printed, `${e.hant} (${profile})`).not.toBe(e.hant);
        else expect(printed, `${e.hant} (${profile})`).toBe(e.hant);
      }
    }
  });

  it('names each entity once', () => {
    const seen = new Set<string>();
    for (const e of entities) {
      expect(seen.has(e.hans), e.hans).toBe(false);
      seen.add(e.hans);
    }
  });

  it('a shorter entry inside a longer one never cuts it: the longer name is written whole', () => {
    const zhHant = getConverter('zh-Hant');
    let pairs = 0;
    for (const long of entities) {
      for (const short of entities) {
        if (short === long || !long.hans.includes(short.hans)) continue;
        pairs++;
        expect(zhHant.convert(long.hans), `${short.hans} inside ${long.hans}`).toBe(long.hant);
      }
    }
    expect(pairs).toBeGreaterThan(10);
  });

  it('every entry matches itself as a whole word', () => {
    const trie = entityTrie(getConverter('zh-Hant').classes);
    for (const e of entities) expect(trie.match(e.hans, 0)?.value.value, e.hans).toBe(e.hant);
  });
});
