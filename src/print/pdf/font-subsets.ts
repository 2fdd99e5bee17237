/**
 * The fonts of one PDF: subsets of the shipped files (src/fonts) holding
 * exactly the characters of its print document.
 *
 * Why subsets, and why more than one per file: Chromium writes each embedded
 * font's ToUnicode map (what copying, searching and screen readers read) from
 * the font's character map, naming for every glyph the lowest character that
 * maps to it. The CJK fonts map radicals and compatibility forms to the glyph
 * of the ideograph (⽬ U+2F6C and 目 U+76EE share a glyph; so do 〜 and ～,
 * ∕ and ／, 㬵 and 胶 in Noto Sans SC), so whole fonts make the text layer
 * read 目 as ⽬. A subset maps only characters the document has; where the
 * document has two characters of one glyph, the second goes to a face of its
 * own (same family and weight, its own unicode-range), so every glyph of every
 * embedded font names the character the document has. Smaller files also load
 * faster.
 *
 * The subsets are made by fonts/subsets.ts (a worker thread, and a cache
 * when given one): the subsetter's memory goes with its thread, and a
 * rebuild whose document has the same characters reads them back.
 */
import { fallbackShares, fontCmap } from '../../fonts/coverage.ts';
import { makeSubsets, type SubsetRequest } from '../../fonts/subsets.ts';
import { CJK_FAMILIES, NOTO_SANS_MONO, serifFamiliesNamedIn, weightDescriptor, type FontFamily } from '../../fonts/families.ts';
import { fontFaceCss, unicodeRange, type FontFaceRule } from '../../fonts/css.ts';

/**
 * Characters the layout may draw that the document's text need not hold:
 * printable ASCII (page numbers, list numbers), emphasis marks
 * (text-emphasis), Chinese list counters.
 */
const LAYOUT_CHARACTERS = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i),
  ...[...'•◦●○﹅﹆、．〇一二三四五六七八九十'].map((c) => c.codePointAt(0)!),
];

export interface FontSubset {
  /** File name, unique in the document. */
  name: string;
  bytes: Uint8Array;
}

export interface DocumentFonts {
  /** `@font-face` rules for the document's `style[data-fonts]`, with URLs under `urlPrefix`. */
  css: string;
  files: FontSubset[];
}

/**
 * Splits characters into groups in which no two share a glyph: the first
 * group holds the first character of every glyph, the next the second…
 */
export function separateSharedGlyphs(codePoints: readonly number[], glyph: (cp: number) => number | undefined): number[][] {
  const groups: Array<{ cps: number[]; glyphs: Set<number> }> = [];
  for (const cp of codePoints) {
    const g = glyph(cp);
    if (g === undefined) continue;
    let group = groups.find((x) => !x.glyphs.has(g));
    if (!group) groups.push((group = { cps: [], glyphs: new Set() }));
    group.cps.push(cp);
    group.glyphs.add(g);
  }
  return groups.map((g) => g.cps);
}

/** The characters of a print document's text that fonts may have to draw, sorted. */
export function documentCodePoints(text: string): number[] {
  const set = new Set<number>(LAYOUT_CHARACTERS);
  // Spaces too: their glyphs give their widths. Only control characters are never drawn.
  for (const ch of text) if (!/\p{Cc}/u.test(ch)) set.add(ch.codePointAt(0)!);
  return [...set].sort((a, b) => a - b);
}

/**
 * Subsets of every family the document needs: the code and CJK typefaces
 * with every character of the document they have, each fallback family with
 * its share (fonts/coverage.ts). `styles`: the document's style sheets; the
 * serif typefaces are embedded only when they name them (a brand's serif body).
 * `cacheDir`: where subsets are kept between builds (fonts/subsets.ts).
 */
export async function documentFonts(text: string, urlPrefix: string, styles = '', options: { cacheDir?: string } = {}): Promise<DocumentFonts> {
  const cps = documentCodePoints(text);
  const wanted = new Map<FontFamily, number[]>();
  const serif = serifFamiliesNamedIn(styles);
  for (const family of [NOTO_SANS_MONO, ...serif, ...CJK_FAMILIES]) wanted.set(family, cps);
  for (const [family, share] of fallbackShares(cps)) if (share.length) wanted.set(family, share);

  const rules: FontFaceRule[] = [];
  const names: string[] = [];
  const requests: SubsetRequest[] = [];
  for (const [family, candidates] of wanted) {
    for (const file of family.files) {
      const cmap = fontCmap(file);
      const groups = separateSharedGlyphs(
        candidates.filter((cp) => cmap.unicodes.has(cp)),
        cmap.glyph,
      );
      for (const [i, group] of groups.entries()) {
        const name = `${family.key}-${file.weight}${i ? `-${i + 1}` : ''}.ttf`;
        names.push(name);
        requests.push({ file, codePoints: group, format: 'truetype' });
        rules.push({
          family: family.name,
          weight: weightDescriptor(family, file),
          url: `${urlPrefix}${name}`,
          format: 'truetype',
          unicodeRange: unicodeRange(group),
        });
      }
    }
  }
  const made = await makeSubsets(requests, options);
  return { css: fontFaceCss(rules), files: names.map((name, i) => ({ name, bytes: made[i]! })) };
}
