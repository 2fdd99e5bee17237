/**
 * Web fonts: each script's pages load the stylesheet of their own family only
 * (Noto Sans SC on Simplified pages, Noto Sans TC on Traditional ones; each
 * covers the other script's characters too). The stylesheets are fontsource's
 * unicode-range slices, WOFF2 only, so a page downloads just the slices holding
 * the characters it shows. The files are served from /fonts/ by the endpoints
 * in src/pages/fonts/.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Variant } from '../../content/report.ts';
import { withBase } from './routes.ts';

/** The npm package (fontsource) of each web font family. */
const FAMILIES = { hans: 'noto-sans-sc', hant: 'noto-sans-tc' } as const;
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

const requireHere = createRequire(import.meta.url);
const requireFromProject = createRequire(path.join(process.cwd(), 'package.json'));

function packageDir(font: WebFont): string {
  const id = `@fontsource/${font}/package.json`;
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
}

const cache = new Map<WebFont, Face[]>();

/** fontsource's `@font-face` rules of a family, each reduced to its WOFF2 source. */
function faces(font: WebFont): Face[] {
  const cached = cache.get(font);
  if (cached) return cached;
  const dir = packageDir(font);
  const result: Face[] = [];
  for (const weight of WEIGHTS) {
    const css = readFileSync(path.join(dir, `${weight}.css`), 'utf8');
    for (const [, body] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body!)?.[1];
      if (!file) throw new Error(`@fontsource/${font}/${weight}.css: a @font-face rule without a WOFF2 file`);
      const rule = body!.replace(/src:[^;]*;/, `src: url(${withBase(`/fonts/${file}`)}) format('woff2');`);
      result.push({ rule: `@font-face {${rule}}`, file });
    }
  }
  cache.set(font, result);
  return result;
}

/** The stylesheet served as /fonts/<font>.css. */
export function webFontStylesheet(font: WebFont): string {
  return `${faces(font)
    .map((f) => f.rule.replace(/\s*\n\s*/g, ' '))
    .join('\n')}\n`;
}

/** Every WOFF2 file the stylesheets name, with its path on disk. */
export function webFontFiles(): { name: string; file: string }[] {
  return WEB_FONTS.flatMap((font) => faces(font).map((f) => ({ name: f.file, file: path.join(packageDir(font), 'files', f.file) })));
}
