/**
 * The typefaces Bifolio ships and the order they are tried in, the one
 * place this order is written: the PDFs and the website print every
 * character from these files and nothing else (never from the fonts of the
 * machine that builds or shows the report).
 *
 * A text's family list is its script's CJK typeface, the other CJK typeface,
 * then the fallback chain: Latin and symbols (subscripts in CO₂e, ℃, ‰,
 * µ), mathematics, Japanese and Korean (CJK Extension B characters such as
 * 𠮷, kana, Hangul), monochrome emoji, and two symbol sets. Code is set in
 * Noto Sans Mono, then the same lists.
 *
 * Every family is a TrueType file per weight from npm (Google Fonts' static
 * instances), so PDFs embed real subsets of real outlines: no Type 3 fonts.
 * A family with one weight serves every weight, so nothing is synthesised.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type Weight = 400 | 700;

export interface FontFile {
  weight: Weight;
  /** Path of the TrueType file inside its npm package. */
  module: string;
}

export interface FontFamily {
  /** CSS family name. */
  name: string;
  /** Short ASCII name for file names. */
  key: string;
  /** One file per weight; a family with a single file serves every weight. */
  files: FontFile[];
}

const expo = (pkg: string, family: string, weights: Weight[]): FontFile[] =>
  weights.map((weight) => ({
    weight,
    module: `@expo-google-fonts/${pkg}/${weight === 400 ? '400Regular' : '700Bold'}/${family}_${weight === 400 ? '400Regular' : '700Bold'}.ttf`,
  }));

export const NOTO_SANS_SC: FontFamily = { name: 'Noto Sans SC', key: 'sc', files: expo('noto-sans-sc', 'NotoSansSC', [400, 700]) };
export const NOTO_SANS_TC: FontFamily = { name: 'Noto Sans TC', key: 'tc', files: expo('noto-sans-tc', 'NotoSansTC', [400, 700]) };
export const NOTO_SANS_MONO: FontFamily = { name: 'Noto Sans Mono', key: 'mono', files: expo('noto-sans-mono', 'NotoSansMono', [400, 700]) };

/** The serif CJK typefaces, for a brand's serif body or headings (`_brand.yml`); before the sans ones in their family lists. */
export const NOTO_SERIF_SC: FontFamily = { name: 'Noto Serif SC', key: 'serif-sc', files: expo('noto-serif-sc', 'NotoSerifSC', [400, 700]) };
export const NOTO_SERIF_TC: FontFamily = { name: 'Noto Serif TC', key: 'serif-tc', files: expo('noto-serif-tc', 'NotoSerifTC', [400, 700]) };
export const SERIF_FAMILIES: FontFamily[] = [NOTO_SERIF_SC, NOTO_SERIF_TC];

/** Tried in this order after both CJK typefaces, for every text. */
export const FALLBACK_FAMILIES: FontFamily[] = [
  { name: 'Noto Sans', key: 'latin', files: expo('noto-sans', 'NotoSans', [400, 700]) },
  { name: 'Noto Sans Math', key: 'math', files: expo('noto-sans-math', 'NotoSansMath', [400]) },
  { name: 'Noto Sans JP', key: 'jp', files: expo('noto-sans-jp', 'NotoSansJP', [400, 700]) },
  { name: 'Noto Sans KR', key: 'kr', files: expo('noto-sans-kr', 'NotoSansKR', [400, 700]) },
  { name: 'Noto Emoji', key: 'emoji', files: expo('noto-emoji', 'NotoEmoji', [400, 700]) },
  { name: 'Noto Sans Symbols', key: 'symbols', files: expo('noto-sans-symbols', 'NotoSansSymbols', [400, 700]) },
  { name: 'Noto Sans Symbols 2', key: 'symbols2', files: expo('noto-sans-symbols-2', 'NotoSansSymbols2', [400]) },
];

/** Both CJK typefaces: every family list holds them, in the script's order, before the fallback chain. */
export const CJK_FAMILIES: FontFamily[] = [NOTO_SANS_SC, NOTO_SANS_TC];

/** Every family, in the order coverage is decided for the fallback chain. */
export const ALL_FAMILIES: FontFamily[] = [NOTO_SANS_MONO, ...CJK_FAMILIES, ...SERIF_FAMILIES, ...FALLBACK_FAMILIES];

/** The CSS list of the fallback chain, for `var(--font-fallback)`. */
export function fallbackFamilyList(): string {
  return FALLBACK_FAMILIES.map((f) => `'${f.name}'`).join(', ');
}

/** The file of a family for a weight: its own, or its one file serving every weight. */
export function fileFor(family: FontFamily, weight: Weight): FontFile {
  return family.files.find((f) => f.weight === weight) ?? family.files[0]!;
}

/** Where a font file is on disk. */
export function fontPath(file: FontFile): string {
  return require.resolve(file.module);
}

/** The `font-weight` descriptor of a file: its weight, or every weight for a family's only file. */
export function weightDescriptor(family: FontFamily, file: FontFile): string {
  return family.files.length === 1 ? '100 900' : String(file.weight);
}

/** Characters no font has to draw: spaces, controls, joiners, variation selectors and other default-ignorables. */
export function needsNoGlyph(cp: number): boolean {
  return NO_GLYPH.test(String.fromCodePoint(cp));
}

const NO_GLYPH = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}]$/u;
