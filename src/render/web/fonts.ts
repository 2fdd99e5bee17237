/**
 * Web fonts: the shipped families (src/fonts), so the website prints every
 * character from the same typefaces, in the same order, as the PDFs — never
 * from the reader's own fonts.
 *
 * - Each script's pages load the stylesheet of their own CJK family (Noto
 *   Sans SC on Simplified pages, Noto Sans TC on Traditional ones; each covers
 *   the other script's common characters too) and of Noto Sans Mono for code:
 *   fontsource's unicode-range slices, WOFF2 only, so a page downloads just the
 *   slices holding the characters it shows. Served from /fonts/ by the
 *   endpoints in src/pages/fonts/.
 * - Every page also loads /fonts/fallback.css: the characters the slices do
 *   not hold (the slices cover the common part of each CJK font; rarer
 *   ideographs, extension B, Greek, subscripts such as ₂, emoji…) from the
 *   whole fonts and the fallback chain. A build writes it with subsets of
 *   exactly the characters the site uses (output/web-fonts.ts); `dev` serves
 *   it over the whole files.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Variant } from '../../content/report.ts';
import { fontCmap } from '../../fonts/coverage.ts';
import { fontFaceCss, parseUnicodeRange, unicodeRange, type FontFaceRule } from '../../fonts/css.ts';
import { FALLBACK_FAMILIES, NOTO_SANS_SC, NOTO_SANS_TC, SERIF_FAMILIES, weightDescriptor, type FontFamily, type FontFile } from '../../fonts/families.ts';
import { withBase } from './routes.ts';

/** The npm package (fontsource) of each web font family. */
const FAMILIES = { hans: 'noto-sans-sc', hant: 'noto-sans-tc' } as const;
/** Code, on every page that has some. */
const MONO = 'noto-sans-mono';
/** Weights the stylesheets use: body text and bold. */
const WEIGHTS = [400, 700];

export type WebFont = (typeof FAMILIES)[keyof typeof FAMILIES];

export const WEB_FONTS: WebFont[] = Object.values(FAMILIES);

/** The family for a variant: Simplified for zh-Hans, Traditional for every Traditional variant. */
export function webFontFor(variant: Pick<Variant, 'code'>): WebFont {
  return variant.code === 'zh-Hans' ? FAMILIES.hans : FAMILIES.hant;
}

export function webFontStylesheetUrl(font: WebFont): string {
  return withBase(`/fonts/${font}.css`);
}

/** The stylesheet of the characters beyond the slices (see the module comment). */
export const FALLBACK_STYLESHEET = 'fallback';

export function fallbackStylesheetUrl(): string {
  return withBase(`/fonts/${FALLBACK_STYLESHEET}.css`);
}

const requireHere = createRequire(import.meta.url);
const requireFromProject = createRequire(path.join(process.cwd(), 'package.json'));

function packageDir(pkg: string): string {
  const id = `@fontsource/${pkg}/package.json`;
  let file: string;
  try {
    file = requireHere.resolve(id);
  } catch {
    file = requireFromProject.resolve(id);
  }
  return path.dirname(file);
}

interface Face {
  rule: string;
  file: string;
  /** The characters of the slice. */
  range: string;
}

const cache = new Map<string, Face[]>();

/** fontsource's `@font-face` rules of a package, each reduced to its WOFF2 source. */
function faces(pkg: string): Face[] {
  const cached = cache.get(pkg);
  if (cached) return cached;
  const dir = packageDir(pkg);
  const result: Face[] = [];
  for (const weight of WEIGHTS) {
    const css = readFileSync(path.join(dir, `${weight}.css`), 'utf8');
    for (const [, body] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body!)?.[1];
      if (!file) throw new Error(`@fontsource/${pkg}/${weight}.css: a @font-face rule without a WOFF2 file`);
      // Relative to the stylesheet, which is served beside the files in /fonts/.
      const rule = body!.replace(/src:[^;]*;/, `src: url(${file}) format('woff2');`);
      result.push({ rule: `@font-face {${rule}}`, file, range: /unicode-range:([^;]*);/.exec(body!)?.[1] ?? '' });
    }
  }
  cache.set(pkg, result);
  return result;
}

/** The stylesheet served as /fonts/<font>.css: the script's CJK family and the code family. */
export function webFontStylesheet(font: WebFont): string {
  return `${[...faces(font), ...faces(MONO)]
    .map((f) => f.rule.replace(/\s*\n\s*/g, ' '))
    .join('\n')}\n`;
}

/** Every WOFF2 file the stylesheets name, with its path on disk. */
export function webFontFiles(): { name: string; file: string }[] {
  return [...WEB_FONTS, MONO].flatMap((pkg) => faces(pkg).map((f) => ({ name: f.file, file: path.join(packageDir(pkg), 'files', f.file) })));
}

const sliced = new Map<string, Set<number>>();

/** The characters a family's slices hold. */
function sliceCoverage(pkg: WebFont): Set<number> {
  let set = sliced.get(pkg);
  if (!set) sliced.set(pkg, (set = new Set(faces(pkg).flatMap((f) => parseUnicodeRange(f.range)))));
  return set;
}

/** A face of /fonts/fallback.css: a family's file and the characters it draws there. */
export interface FallbackFace {
  family: FontFamily;
  file: FontFile;
  codePoints: number[];
}

/**
 * Which font draws each character the slices do not hold. A page has the
 * slices of its own script's CJK family only, and both families in its list:
 * a CJK family gets a face for the characters it has beyond its slices, and
 * for those it has that the other family lacks (a Simplified page's 𨋢 is drawn
 * by Noto Sans TC, whose slices that page does not load); the fallback chain
 * draws what neither CJK font has.
 */
export function fallbackFaces(codePoints: Iterable<number>): FallbackFace[] {
  const shares = new Map<FontFamily, number[]>([[NOTO_SANS_SC, []], [NOTO_SANS_TC, []], ...FALLBACK_FAMILIES.map((f) => [f, []] as [FontFamily, number[]])]);
  const has = (family: FontFamily, cp: number) => fontCmap(family.files[0]!).unicodes.has(cp);
  for (const cp of codePoints) {
    const inSc = has(NOTO_SANS_SC, cp);
    const inTc = has(NOTO_SANS_TC, cp);
    if (inSc && (!sliceCoverage(FAMILIES.hans).has(cp) || !inTc)) shares.get(NOTO_SANS_SC)!.push(cp);
    if (inTc && (!sliceCoverage(FAMILIES.hant).has(cp) || !inSc)) shares.get(NOTO_SANS_TC)!.push(cp);
    if (inSc || inTc) continue;
    const family = FALLBACK_FAMILIES.find((f) => has(f, cp));
    if (family) shares.get(family)!.push(cp);
  }
  return [...shares].flatMap(([family, cps]) => (cps.length ? family.files.map((file) => ({ family, file, codePoints: [...cps].sort((a, b) => a - b) })) : []));
}

/** File name of a fallback face's font under /fonts/. */
export const fallbackFontName = (face: Pick<FallbackFace, 'family' | 'file'>, extension: 'woff2' | 'ttf') => `fallback-${face.family.key}-${face.file.weight}.${extension}`;

/** /fonts/fallback.css for the faces, their files under /fonts/ in the given format. */
export function fallbackStylesheet(faces: FallbackFace[], format: 'woff2' | 'truetype'): string {
  const rules: FontFaceRule[] = faces.map((face) => ({
    family: face.family.name,
    weight: weightDescriptor(face.family, face.file),
    // Relative to the stylesheet, which is served beside the files in /fonts/.
    url: fallbackFontName(face, format === 'woff2' ? 'woff2' : 'ttf'),
    format,
    unicodeRange: unicodeRange(face.codePoints),
  }));
  return `${fontFaceCss(rules)}\n`;
}

/**
 * Faces of the serif typefaces the style sheet `css` names (the brand's): they
 * have no slices of their own, so each face holds the given characters it has,
 * or every character of its file (what `dev` serves; a build writes subsets,
 * output/web-fonts.ts).
 */
export function serifFaces(css: string, codePoints?: readonly number[]): FallbackFace[] {
  return SERIF_FAMILIES.filter((family) => css.includes(`'${family.name}'`)).flatMap((family) =>
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
