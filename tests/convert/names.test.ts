/**
 * Personal names: fixtures (tests/fixtures/convert/names.yaml) of names after
 * titles, after roles, in lists, in signatures and met again, and of ordinary
 * words that are not names; the glossary beating a name; the sample report's
 * chapters, in which no ordinary word may be taken for a name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkGlossary } from '../../src/content/glossary.ts';
import { glossaryLayer } from '../../src/convert/glossary.ts';
import { getConverter } from '../../src/convert/converter.ts';
import { convertHtml } from '../../src/convert/html.ts';
import { findNames, NameMemory } from '../../src/convert/names.ts';
import { FIXTURES, ROOT } from '../support/paths.ts';

interface Case {
  in: string;
  out: string;
  names?: string[];
  doubt?: string;
  possible?: string;
  note?: string;
}

const cases = (parse(readFileSync(path.join(FIXTURES, 'convert', 'names.yaml'), 'utf8')) as { names: Case[] }).names;
const zhHant = getConverter('zh-Hant');

describe('personal names (fixtures)', () => {
  it.each(cases)('$in → $out', (c) => {
    expect(zhHant.convert(c.in)).toBe(c.out);
    expect(findNames(c.in).names.map((n) => n.name)).toEqual(c.names ?? []);
  });

  it.each(cases.filter((c) => c.doubt))('$in: the name is marked uncertain for the review', (c) => {
    const pieces = zhHant.pieces(c.in);
    const piece = pieces.find((p) => p.src === c.doubt && p.layer === 'name');
    expect(piece?.doubt).toBeTruthy();
  });

  it.each(cases.filter((c) => c.possible))('$in: a word that may be a name is marked uncertain, and converted as the word', (c) => {
    const pieces = zhHant.pieces(c.in);
    const doubtful = pieces
      .filter((p) => p.doubt)
      .map((p) => p.src)
      .join('');
    expect(doubtful).toBe(c.possible);
    expect(pieces.some((p) => p.layer === 'name')).toBe(false);
  });

  it('names are decided by the name layer, and converting the output again changes nothing', () => {
    const pieces = zhHant.pieces('独立非执行董事范晓钟女士');
    expect(pieces.find((p) => p.src === '范')).toMatchObject({ out: '范', layer: 'name' });
    for (const c of cases) expect(zhHant.convert(c.out)).toBe(c.out);
  });

  it('a name is decided alone: the words around it are converted as before', () => {
    const pieces = zhHant.pieces('主席钟伟发布了报告');
    expect(pieces.filter((p) => p.layer === 'name').map((p) => p.src)).toEqual(['钟', '伟']);
    expect(pieces.find((p) => p.src === '发布')).toMatchObject({ out: '發布', layer: 'builtin' });
  });

  it('every Traditional profile keeps the surname and applies its own character forms', () => {
    expect(getConverter('zh-Hant-HK').convert('温家明先生与钟伟先生')).toBe('温家明先生與鍾偉先生');
    expect(getConverter('zh-Hant-TW').convert('温家明先生与钟伟先生')).toBe('溫家明先生與鍾偉先生');
    expect(getConverter('zh-Hant-TW').convert('范晓钟女士')).toBe('范曉鍾女士');
  });

  it('OpenCC alone (builtin: false) recognises no names', () => {
    expect(getConverter('zh-Hant', { builtin: false }).convert('范晓钟女士')).toBe('範曉鍾女士');
  });
});

describe('the glossary and inline overrides beat names', () => {
  const glossary = checkGlossary({ terms: [{ 'zh-Hans': '范晓钟', 'zh-Hant': '範曉鐘' }], protected: ['余志明'] }, 'glossary.yaml').glossary;
  const withGlossary = getConverter('zh-Hant', { glossary: [glossaryLayer(glossary, 'zh-Hant', 'glossary')] });

  it('a glossary term covering the name wins', () => {
    expect(withGlossary.convert('独立非执行董事范晓钟女士')).toBe('獨立非執行董事範曉鐘女士');
    expect(withGlossary.pieces('独立非执行董事范晓钟女士').find((p) => p.src === '范晓钟')?.layer).toBe('glossary');
  });

  it('a protected term stays as written', () => {
    expect(withGlossary.convert('余志明先生')).toBe('余志明先生');
  });

  it('an inline override beats a name', () => {
    const ctx = (lang: string) => (lang === 'zh-Hant' ? zhHant : undefined);
    expect(convertHtml('<p lang="zh-Hant">主席<span data-zh-hant="於立衡">于立衡</span>致辞</p>', { converterFor: ctx, fragment: true })).toBe(
      '<p lang="zh-Hant">主席<span data-zh-override="">於立衡</span>致辭</p>',
    );
  });
});

describe('names across a document', () => {
  it('a name recognised once is a name elsewhere in the document', () => {
    const names = new NameMemory().learn(['独立非执行董事余志明先生出席。', '其他段落。']);
    expect([...names]).toEqual(['余志明']);
    expect(zhHant.convert('余志明负责审阅。', names)).toBe('余志明負責審閱。');
    expect(zhHant.convert('余志明负责审阅。')).toBe('餘志明負責審閱。');
  });

  it('a signature given as two paragraphs, a role and a name', () => {
    const html = '<div lang="zh-Hant"><p>董事会主席</p><p>于立衡</p><p>于立衡亦担任提名委员会主席。</p></div>';
    const ctx = (lang: string) => (lang === 'zh-Hant' ? zhHant : undefined);
    expect(convertHtml(html, { converterFor: ctx, fragment: true })).toBe(
      '<div lang="zh-Hant"><p>董事會主席</p><p>于立衡</p><p>于立衡亦擔任提名委員會主席。</p></div>',
    );
  });
});

describe('the sample report', () => {
  const dir = path.join(ROOT, 'content', 'chapters');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n'));

  it('no ordinary word is taken for a name; the names found are the people of the report', () => {
    const found = texts.flatMap((t) => findNames(t).names.map((n) => n.name));
    expect(found.sort()).toEqual(['余志明', '林嘉明', '范晓钟', '范晓钟', '钟伟']);
    expect(texts.flatMap((t) => findNames(t).possible)).toEqual([]);
  });
});
