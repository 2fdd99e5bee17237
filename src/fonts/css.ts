/** `@font-face` rules of the shipped families, for the print document and the website. */
import { fallbackFamilyList } from './families.ts';

export interface FontFaceRule {
  family: string;
  /** `400`, `700`, or `100 900` for a family's only file. */
  weight: string;
  url: string;
  format: 'truetype' | 'woff2';
  /** CSS unicode-range value; none: every character of the file. */
  unicodeRange?: string;
}

/** `@font-face` rules, and the fallback chain as `--font-fallback` for the style sheets' family lists. */
export function fontFaceCss(rules: FontFaceRule[]): string {
  return [
    ...rules.map(
      (r) =>
        `@font-face { font-family: '${r.family}'; font-style: normal; font-weight: ${r.weight}; font-display: ${r.format === 'truetype' ? 'block' : 'swap'}; src: url('${r.url}') format('${r.format}');${r.unicodeRange ? ` unicode-range: ${r.unicodeRange};` : ''} }`,
    ),
    `:root { --font-fallback: ${fallbackFamilyList()}; }`,
  ].join('\n');
}

/** A CSS unicode-range for sorted code points, runs written as ranges. */
export function unicodeRange(sorted: readonly number[]): string {
  const parts: string[] = [];
  const hex = (n: number) => n.toString(16).toUpperCase();
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/** The code points of a CSS unicode-range value (`U+4E00-9FFF, U+3000`). */
export function parseUnicodeRange(value: string): number[] {
  const out: number[] = [];
  for (const part of value.split(',')) {
    const m = /^\s*U\+([0-9A-F]+)(?:-([0-9A-F]+))?\s*$/i.exec(part);
    if (!m) continue;
    const first = parseInt(m[1]!, 16);
    const last = m[2] ? parseInt(m[2], 16) : first;
    for (let cp = first; cp <= last; cp++) out.push(cp);
  }
  return out;
}
