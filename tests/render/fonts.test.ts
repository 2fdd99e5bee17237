/**
 * The shipped fonts: every character a report may hold has a family, in the
 * chain's order; a PDF's font subsets never give two characters one glyph;
 * the website's script faces hold what both CJK fonts have, its fallback faces
 * the rest.
 */
import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { documentCodePoints, documentFonts, separateSharedGlyphs } from '../../src/print/pdf/font-subsets.ts';
import { codePointsOf, fallbackShares, uncovered } from '../../src/fonts/coverage.ts';
import { parseUnicodeRange, unicodeRange } from '../../src/fonts/css.ts';
import { fallbackFaces, webFontFaces } from '../../src/render/web/fonts.ts';

const cps = (s: string) => [...s].map((c) => c.codePointAt(0)!);
const chars = (list: number[]) => list.map((cp) => String.fromCodePoint(cp)).join('');

describe('coverage', () => {
  it('has a shipped family for what reports hold: symbols, subscripts, extension B, Hong Kong characters, kana, Hangul, emoji', () => {
    const text =
      '二氧化碳CO₂e、NOₓ、SO₂，18℃，0.12‰，≥1,200 m³，±5%，23µg/m³。𠮷田，部𨋢，啱啱、嘅、冇、咗、喺、㗎。カタカナ、삼성。🌱♻️ ①②③ →↩ ★☆ ✓✗ ©®™ € £ ¥ — … 「」『』《》';
    expect(chars(uncovered(codePointsOf(text)))).toBe('');
  });

  it('names what no shipped family has', () => {
    expect(chars(uncovered(cps('中𪚥文\u{E000}')))).toBe('𪚥\u{E000}');
  });

  it('needs no glyph for spaces, joiners and variation selectors', () => {
    expect(uncovered(cps(' \u00a0\u3000\u200b\u200d\ufe0f\u00ad'))).toEqual([]);
  });

  it('gives each character the CJK families lack to the first fallback family that has it', () => {
    const shares = new Map([...fallbackShares(codePointsOf('中₂𠮷삼🌱'))].map(([f, list]) => [f.name, chars(list)]));
    expect(shares.get('Noto Sans')).toBe('₂');
    expect(shares.get('Noto Sans JP')).toBe('𠮷');
    expect(shares.get('Noto Sans KR')).toBe('삼');
    expect(shares.get('Noto Emoji')).toBe('🌱');
    expect([...shares.values()].join('')).not.toContain('中');
  });
});

describe('unicode-range', () => {
  it('writes runs as ranges and reads them back', () => {
    const list = [0x20, 0x21, 0x22, 0x4e00, 0x4e02, 0x20bb7];
    expect(unicodeRange(list)).toBe('U+20-22, U+4E00, U+4E02, U+20BB7');
    expect(parseUnicodeRange(unicodeRange(list))).toEqual(list);
  });
});

describe('a PDF’s font subsets', () => {
  it('separates characters that share a glyph', () => {
    const glyphOf: Record<number, number> = { 1: 10, 2: 10, 3: 11, 4: 10 };
    expect(separateSharedGlyphs([1, 2, 3, 4], (cp) => glyphOf[cp])).toEqual([[1, 3], [2], [4]]);
  });

  it('hold the document’s characters, printable ASCII, and no two characters of one glyph in one file', async () => {
    // 目 and the radical ⽬, 胶 and 㬵, ～ and 〜 share glyphs in Noto Sans SC.
    const text = '项目⽬录胶㬵水～〜／∕〈〉₂🌱';
    const { css, files } = await documentFonts(text, '/fonts/');
    expect(documentCodePoints(text)).toEqual(expect.arrayContaining([...cps(text), 0x41, 0x30]));
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) {
      const face = new hb.Face(new hb.Blob(file.bytes));
      const font = new hb.Font(face);
      const mapped = [...face.collectUnicodes()];
      const glyphs = mapped.map((cp) => font.nominalGlyph(cp));
      expect(new Set(glyphs).size, file.name).toBe(glyphs.length);
    }
    // The second face of a family holds the characters whose glyph the first has already.
    expect(css).toMatch(/font-family: 'Noto Sans SC'; font-style: normal; font-weight: 400;[^}]*sc-400-2\.ttf[^}]*unicode-range/);
    expect(css).toContain("font-family: 'Noto Emoji'");
    expect(css).toContain("font-family: 'Noto Sans'");
    expect(css).toContain('--font-fallback:');
  });
});

describe('the website’s fallback faces', () => {
  it('hold what the script stylesheets do not, in the family that has it', () => {
    const faces = fallbackFaces(codePointsOf('中文₂🌱𠮷鉭'));
    const by = (name: string) => chars(faces.find((f) => f.family.name === name)?.codePoints ?? []);
    expect(by('Noto Sans')).toBe('₂');
    expect(by('Noto Emoji')).toBe('🌱');
    expect(by('Noto Sans JP')).toBe('𠮷');
    expect(by('Noto Sans SC')).not.toContain('中');
  });

  it('leave each script stylesheet the characters both CJK fonts have, and code to Noto Sans Mono', () => {
    const used = codePointsOf('中文a₂🌱𠮷𨋢');
    for (const font of ['noto-sans-sc', 'noto-sans-tc'] as const) {
      const faces = webFontFaces(font, used);
      const cjk = faces.filter((f) => f.family.name !== 'Noto Sans Mono');
      expect(cjk.map((f) => f.family.name)).toEqual(font === 'noto-sans-sc' ? ['Noto Sans SC', 'Noto Sans SC'] : ['Noto Sans TC', 'Noto Sans TC']);
      expect(cjk.map((f) => f.file.weight)).toEqual([400, 700]);
      for (const face of cjk) {
        expect(chars(face.codePoints)).toContain('中文');
        expect(chars(face.codePoints)).not.toMatch(/🌱|𠮷|𨋢/u);
      }
      expect(chars(faces.find((f) => f.family.name === 'Noto Sans Mono')!.codePoints)).toContain('a');
    }
    // A Simplified page draws 𨋢 from Noto Sans TC's fallback face.
    expect(chars(fallbackFaces(used).find((f) => f.family.name === 'Noto Sans TC')?.codePoints ?? [])).toBe('𨋢');
  });
});
