/**
 * Which shipped typeface draws which character, read from the fonts' own
 * character maps (HarfBuzz): the characters a report uses that no shipped
 * font has, and the share of the fallback chain each family draws.
 */
import { readFileSync } from 'node:fs';
import * as hb from 'harfbuzzjs';
import { CJK_FAMILIES, FALLBACK_FAMILIES, fontPath, needsNoGlyph, type FontFamily, type FontFile } from './families.ts';

export interface FontCmap {
  /** Every character the file maps to a glyph. */
  unicodes: ReadonlySet<number>;
  /** The glyph a character maps to, if any. */
  glyph(cp: number): number | undefined;
}

const cmaps = new Map<string, FontCmap>();

/**
 * The character map of a font file, read once per process. Only the map is
 * kept: the file and HarfBuzz's copy of it (a CJK face is 10–20 MB) are let go.
 */
export function fontCmap(file: FontFile): FontCmap {
  const cached = cmaps.get(file.shipped);
  if (cached) return cached;
  const face = new hb.Face(new hb.Blob(readFileSync(fontPath(file))));
  const font = new hb.Font(face);
  // A copy: HarfBuzz returns a view of its own memory. Ascending, as HarfBuzz sets are read.
  const codePoints = face.collectUnicodes().slice();
  const glyphs = Uint32Array.from(codePoints, (cp) => font.nominalGlyph(cp) ?? 0);
  const glyph = (cp: number): number | undefined => {
    let lo = 0;
    let hi = codePoints.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (codePoints[mid]! < cp) lo = mid + 1;
      else if (codePoints[mid]! > cp) hi = mid - 1;
      else return glyphs[mid];
    }
    return undefined;
  };
  const cmap: FontCmap = { unicodes: new Set(codePoints), glyph };
  cmaps.set(file.shipped, cmap);
  return cmap;
}

/** Whether a family has a glyph for the character (its regular weight's map; every weight maps the same characters). */
export function covers(family: FontFamily, cp: number): boolean {
  return fontCmap(family.files[0]!).unicodes.has(cp);
}

/**
 * The characters of `codePoints` that need a glyph and that no family of
 * the lists every text ends with (both CJK typefaces, then the fallback
 * chain) has, in order.
 */
export function uncovered(codePoints: Iterable<number>): number[] {
  const out: number[] = [];
  for (const cp of codePoints) {
    if (needsNoGlyph(cp) || CJK_FAMILIES.some((f) => covers(f, cp)) || FALLBACK_FAMILIES.some((f) => covers(f, cp))) continue;
    out.push(cp);
  }
  return out;
}

/**
 * The characters each family of the fallback chain draws: those neither CJK
 * typeface has, each given to the first fallback family that has it.
 */
export function fallbackShares(codePoints: Iterable<number>): Map<FontFamily, number[]> {
  const shares = new Map<FontFamily, number[]>(FALLBACK_FAMILIES.map((f) => [f, []]));
  for (const cp of codePoints) {
    if (CJK_FAMILIES.some((f) => covers(f, cp))) continue;
    const family = FALLBACK_FAMILIES.find((f) => covers(f, cp));
    if (family) shares.get(family)!.push(cp);
  }
  return shares;
}

/** The distinct code points of a text, sorted. */
export function codePointsOf(text: string): number[] {
  const set = new Set<number>();
  for (const ch of text) set.add(ch.codePointAt(0)!);
  return [...set].sort((a, b) => a - b);
}

/** How a character is named in messages: 𠮷 (U+20BB7). */
export function describeCharacter(cp: number): string {
  return `${String.fromCodePoint(cp)} (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`;
}

/** Each character of a text that no shipped family has, at its first place (1-based line and column). */
export function uncoveredPlaces(text: string): Array<{ cp: number; line: number; column: number }> {
  const verdict = new Map<number, boolean>();
  const out: Array<{ cp: number; line: number; column: number }> = [];
  let line = 1;
  let column = 1;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp === 10) {
      line++;
      column = 1;
      continue;
    }
    if (!verdict.has(cp)) {
      const missing = uncovered([cp]).length > 0;
      verdict.set(cp, missing);
      if (missing) out.push({ cp, line, column });
    }
    column++;
  }
  return out;
}
