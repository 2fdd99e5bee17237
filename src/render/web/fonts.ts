/**
 * Web fonts: the shipped families (src/fonts), so the website prints every
 * character from the same typefaces, in the same order, as the PDFs — never
 * from the reader's own fonts.
 *
 * - Each script's pages load the stylesheet of their own CJK family (Noto
 *   Sans SC on Simplified pages, Noto Sans TC on Traditional ones) for the
 *   characters both CJK families have, and of Noto Sans Mono for code.
 * - Every page also loads /fonts/fallback.css: the characters one CJK family
 *   has and the other lacks (a Simplified page's 𨋢 is drawn by Noto Sans TC),
 *   and those neither has (extension B, Greek, subscripts such as ₂, emoji…)
 *   from the fallback chain; and the brand's serif faces.
 *
 * A build writes every face as a WOFF2 subset of exactly the characters the
 * site's pages use, once the pages exist (output/web-fonts.ts); `dev` serves
 * the faces over the whole TrueType files. Served from /fonts/ by the
 * endpoints in src/pages/fonts/.
 */
import type { Variant } from '../../content/report.ts';
import { fontCmap } from '../../fonts/coverage.ts';
import { fontFaceCss, unicodeRange, type FontFaceRule } from '../../fonts/css.ts';
import {
  FALLBACK_FAMILIES,
  NOTO_SANS_MONO,
  NOTO_SANS_SC,
  NOTO_SANS_TC,
  serifFamiliesNamedIn,
  weightDescriptor,
  type FontFamily,
  type FontFile,
} from '../../fonts/families.ts';
import { withBase } from './routes.ts';

/** Each script's stylesheet (its name under /fonts/) and its CJK family. */
const FAMILIES = { 'noto-sans-sc': NOTO_SANS_SC, 'noto-sans-tc': NOTO_SANS_TC } as const;

export type WebFont = keyof typeof FAMILIES;

export const WEB_FONTS = Object.keys(FAMILIES) as WebFont[];

/** The family for a variant: Simplified for zh-Hans, Traditional for every Traditional variant. */
export function webFontFor(variant: Pick<Variant, 'code'>): WebFont {
  return variant.code === 'zh-Hans' ? 'noto-sans-sc' : 'noto-sans-tc';
}

export function webFontStylesheetUrl(font: WebFont): string {
  return withBase(`/fonts/${font}.css`);
}

/** The stylesheet of the characters beyond the script's own faces (see the module comment). */
export const FALLBACK_STYLESHEET = 'fallback';

export function fallbackStylesheetUrl(): string {
  return withBase(`/fonts/${FALLBACK_STYLESHEET}.css`);
}

const has = (family: FontFamily, cp: number) => fontCmap(family.files[0]!).unicodes.has(cp);
const everyCharacter = (family: FontFamily) => [...fontCmap(family.files[0]!).unicodes].sort((a, b) => a - b);

/**
 * The faces of a script's stylesheet: its CJK family for the characters both
 * CJK families have (the others are in /fonts/fallback.css, which every page
 * loads) and Noto Sans Mono for those it has; of the given characters (`code`:
 * those for the code face, shared by the scripts' stylesheets), or of every
 * character of the files (what `dev` serves).
 */
export function webFontFaces(font: WebFont, codePoints?: readonly number[], code = codePoints): FallbackFace[] {
  const family = FAMILIES[font];
  const cjk = (codePoints ?? everyCharacter(family)).filter((cp) => has(NOTO_SANS_SC, cp) && has(NOTO_SANS_TC, cp));
  const mono = (code ?? everyCharacter(NOTO_SANS_MONO)).filter((cp) => has(NOTO_SANS_MONO, cp));
  return [
    ...(cjk.length ? family.files.map((file) => ({ family, file, codePoints: cjk })) : []),
    ...(mono.length ? NOTO_SANS_MONO.files.map((file) => ({ family: NOTO_SANS_MONO, file, codePoints: mono })) : []),
  ];
}

/** File name of a script stylesheet's face under /fonts/. */
export const webFontName = (face: Pick<FallbackFace, 'family' | 'file'>, extension: 'woff2' | 'ttf') => `${face.family.key}-${face.file.weight}.${extension}`;

/** A script's stylesheet, /fonts/<font>.css, for its faces, their files under /fonts/ in the given format. */
export function webFontStylesheet(faces: FallbackFace[], format: 'woff2' | 'truetype'): string {
  return faceStylesheet(faces, format, webFontName);
}

/** A face of /fonts/fallback.css: a family's file and the characters it draws there. */
export interface FallbackFace {
  family: FontFamily;
  file: FontFile;
  codePoints: number[];
}

/**
 * Which font draws each character the script stylesheets do not hold (they
 * hold what both CJK families have). A page has its own script's CJK family
 * only, and both families in its list: a CJK family gets a face for the
 * characters it has that the other family lacks (a Simplified page's 𨋢 is
 * drawn by Noto Sans TC); the fallback chain draws what neither CJK font has.
 */
export function fallbackFaces(codePoints: Iterable<number>): FallbackFace[] {
  const shares = new Map<FontFamily, number[]>([[NOTO_SANS_SC, []], [NOTO_SANS_TC, []], ...FALLBACK_FAMILIES.map((f) => [f, []] as [FontFamily, number[]])]);
  for (const cp of codePoints) {
    const inSc = has(NOTO_SANS_SC, cp);
    const inTc = has(NOTO_SANS_TC, cp);
    if (inSc && !inTc) shares.get(NOTO_SANS_SC)!.push(cp);
    if (inTc && !inSc) shares.get(NOTO_SANS_TC)!.push(cp);
    if (inSc || inTc) continue;
    const family = FALLBACK_FAMILIES.find((f) => has(f, cp));
    if (family) shares.get(family)!.push(cp);
  }
  return [...shares].flatMap(([family, cps]) => (cps.length ? family.files.map((file) => ({ family, file, codePoints: [...cps].sort((a, b) => a - b) })) : []));
}

/** File name of a fallback face's font under /fonts/. */
export const fallbackFontName = (face: Pick<FallbackFace, 'family' | 'file'>, extension: 'woff2' | 'ttf') =>
  `fallback-${face.family.key}-${face.file.weight}.${extension}`;

/** /fonts/fallback.css for the faces, their files under /fonts/ in the given format. */
export function fallbackStylesheet(faces: FallbackFace[], format: 'woff2' | 'truetype'): string {
  return faceStylesheet(faces, format, fallbackFontName);
}

function faceStylesheet(faces: FallbackFace[], format: 'woff2' | 'truetype', name: (face: FallbackFace, extension: 'woff2' | 'ttf') => string): string {
  const rules: FontFaceRule[] = faces.map((face) => ({
    family: face.family.name,
    weight: weightDescriptor(face.family, face.file),
    // Relative to the stylesheet, which is served beside the files in /fonts/.
    url: name(face, format === 'woff2' ? 'woff2' : 'ttf'),
    format,
    unicodeRange: unicodeRange(face.codePoints),
  }));
  return `${fontFaceCss(rules)}\n`;
}

/**
 * Faces of the serif typefaces the style sheet `css` names (the brand's): each
 * face holds the given characters it has,
 * or every character of its file (what `dev` serves; a build writes subsets,
 * output/web-fonts.ts).
 */
export function serifFaces(css: string, codePoints?: readonly number[]): FallbackFace[] {
  return serifFamiliesNamedIn(css).flatMap((family) =>
    family.files.map((file) => {
      const cmap = fontCmap(file).unicodes;
      return { family, file, codePoints: codePoints ? codePoints.filter((cp) => cmap.has(cp)) : [...cmap].sort((a, b) => a - b) };
    }),
  );
}

let everything: FallbackFace[] | undefined;

/** The fallback faces for every character the shipped fonts have: what `dev` serves, over the whole files. */
export function allFallbackFaces(): FallbackFace[] {
  if (!everything) {
    const all = new Set<number>();
    for (const family of [NOTO_SANS_SC, NOTO_SANS_TC, ...FALLBACK_FAMILIES]) for (const cp of fontCmap(family.files[0]!).unicodes) all.add(cp);
    everything = fallbackFaces([...all].sort((a, b) => a - b));
  }
  return everything;
}
