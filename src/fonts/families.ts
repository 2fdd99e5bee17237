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
 * Every family is a TrueType file per weight (Google Fonts' static
 * instances), so PDFs embed real subsets of real outlines: no Type 3 fonts.
 * A family with one weight serves every weight, so nothing is synthesised.
 *
 * Bifolio ships only the files listed here, in its `fonts/` folder, one
 * folder per family with its licence. In Bifolio's own repository,
 * `scripts/fonts.ts` fills that folder from the `@expo-google-fonts`
 * development packages when `npm install` runs (and before `npm pack`), so
 * an installed Bifolio carries two weights per family instead of nine.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type Weight = 400 | 700;

export interface FontFile {
  weight: Weight;
  /** Where the file comes from: its path inside an `@expo-google-fonts` package (read only by `scripts/fonts.ts`). */
  source: string;
  /** Its path inside Bifolio's `fonts/` folder: `<family key>/<weight>.ttf`. */
  shipped: string;
}

export interface FontFamily {
  /** CSS family name. */
  name: string;
  /** Short ASCII name for file names. */
  key: string;
  /** One file per weight; a family with a single file serves every weight. */
  files: FontFile[];
}

/** A family from its `@expo-google-fonts` package (`noto-sans-sc`), file stem (`NotoSansSC`) and weights. */
const family = (name: string, key: string, pkg: string, stem: string, weights: Weight[]): FontFamily => ({
  name,
  key,
  files: weights.map((weight) => {
    const style = weight === 400 ? '400Regular' : '700Bold';
    return { weight, source: `@expo-google-fonts/${pkg}/${style}/${stem}_${style}.ttf`, shipped: `${key}/${weight}.ttf` };
  }),
});

export const NOTO_SANS_SC: FontFamily = family('Noto Sans SC', 'sc', 'noto-sans-sc', 'NotoSansSC', [400, 700]);
export const NOTO_SANS_TC: FontFamily = family('Noto Sans TC', 'tc', 'noto-sans-tc', 'NotoSansTC', [400, 700]);
export const NOTO_SANS_MONO: FontFamily = family('Noto Sans Mono', 'mono', 'noto-sans-mono', 'NotoSansMono', [400, 700]);

/** The serif CJK typefaces, for a brand's serif body or headings (`_brand.yml`); before the sans ones in their family lists. */
const NOTO_SERIF_SC: FontFamily = family('Noto Serif SC', 'serif-sc', 'noto-serif-sc', 'NotoSerifSC', [400, 700]);
const NOTO_SERIF_TC: FontFamily = family('Noto Serif TC', 'serif-tc', 'noto-serif-tc', 'NotoSerifTC', [400, 700]);
export const SERIF_FAMILIES: FontFamily[] = [NOTO_SERIF_SC, NOTO_SERIF_TC];

/** The serif typefaces a style sheet names (`'Noto Serif SC'`): a brand's serif body or headings. */
export function serifFamiliesNamedIn(css: string): FontFamily[] {
  return SERIF_FAMILIES.filter((family) => css.includes(`'${family.name}'`));
}

/** Tried in this order after both CJK typefaces, for every text. */
export const FALLBACK_FAMILIES: FontFamily[] = [
  family('Noto Sans', 'latin', 'noto-sans', 'NotoSans', [400, 700]),
  family('Noto Sans Math', 'math', 'noto-sans-math', 'NotoSansMath', [400]),
  family('Noto Sans JP', 'jp', 'noto-sans-jp', 'NotoSansJP', [400, 700]),
  family('Noto Sans KR', 'kr', 'noto-sans-kr', 'NotoSansKR', [400, 700]),
  family('Noto Emoji', 'emoji', 'noto-emoji', 'NotoEmoji', [400, 700]),
  family('Noto Sans Symbols', 'symbols', 'noto-sans-symbols', 'NotoSansSymbols', [400, 700]),
  family('Noto Sans Symbols 2', 'symbols2', 'noto-sans-symbols-2', 'NotoSansSymbols2', [400]),
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

/** The folder Bifolio's font files are shipped in. */
export const FONTS_DIR = fileURLToPath(new URL('../../fonts/', import.meta.url));

/** Where a font file is on disk; a clear error when the fonts were never put in place. */
export function fontPath(file: FontFile): string {
  const found = FONTS_DIR + file.shipped;
  if (!existsSync(found)) {
    throw new Error(
      `Bifolio's font file ${found} is missing. In Bifolio's own repository run \`npm install\` (or \`node scripts/fonts.ts\`) to put the fonts in place; an installed Bifolio ships them.`,
    );
  }
  return found;
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
