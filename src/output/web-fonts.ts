/**
 * The website's font stylesheets, written once the pages exist: each script's
 * /fonts/<family>.css and /fonts/fallback.css, their faces subsets (WOFF2) of
 * the shipped fonts with exactly the characters the site uses
 * (render/web/fonts.ts), so a reader's browser never falls back to its own
 * fonts. A character no shipped font has fails the build, naming the page.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ReportError } from '../diagnostics.ts';
import { htmlText } from '../html.ts';
import { codePointsOf, describeCharacter, uncovered } from '../fonts/coverage.ts';
import { makeSubsets } from '../fonts/subsets.ts';
import {
  FALLBACK_STYLESHEET,
  fallbackFaces,
  fallbackFontName,
  fallbackStylesheet,
  serifFaces,
  WEB_FONTS,
  webFontFaces,
  webFontName,
  webFontStylesheet,
  type FallbackFace,
} from '../render/web/fonts.ts';
import { BRAND_STYLESHEET } from '../render/brand-assets.ts';

/** The site's HTML pages (the print documents are the PDFs' source, not pages). */
function* pages(dir: string, root = dir): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!(dir === root && (entry.name === 'print' || entry.name === 'pdf' || entry.name === 'pagefind'))) yield* pages(file, root);
    } else if (entry.name.endsWith('.html')) yield file;
  }
}

export interface WebFontsResult {
  /** Characters drawn from the fallback faces (beyond the scripts' own). */
  characters: number;
  files: string[];
}

export interface WebFontsOptions {
  /** How the site's path is shown in messages. Default: `siteDir`. */
  publishDir?: string;
  /** Where subsets are kept between builds (fonts/subsets.ts). Default: none, every subset is made. */
  cacheDir?: string;
}

/** Writes the web fonts and their stylesheets into a built site. */
export async function writeWebFonts(siteDir: string, options: WebFontsOptions = {}): Promise<WebFontsResult> {
  const publishDir = options.publishDir ?? siteDir;
  const used = new Set<number>();
  // The characters of the pages that load each script's stylesheet.
  const usedBy = new Map<string, Set<number>>(WEB_FONTS.map((font) => [font, new Set()]));
  const missing: Array<{ file: string; cp: number }> = [];
  for (const file of pages(siteDir)) {
    const html = readFileSync(file, 'utf8');
    const cps = codePointsOf(htmlText(html));
    for (const [font, set] of usedBy) if (html.includes(`/fonts/${font}.css"`)) for (const cp of cps) set.add(cp);
    for (const cp of uncovered(cps)) if (!missing.some((m) => m.cp === cp)) missing.push({ file, cp });
    for (const cp of cps) used.add(cp);
  }
  if (missing.length) {
    throw new ReportError(
      missing.slice(0, 20).map(({ file, cp }) => ({
        file: path.join(publishDir, path.relative(siteDir, file)),
        message: `no font Bifolio ships has the character ${describeCharacter(cp)}: it would show as an empty box or in the reader's own font`,
        hint: 'use another character, or show it as an image with the character as its alt text',
        severity: 'error' as const,
      })),
    );
  }
  const sorted = [...used].sort((a, b) => a - b);
  // The serif typefaces when the brand's style sheet names them: every character of the site each has.
  const brandSheet = path.join(siteDir, 'brand', BRAND_STYLESHEET);
  const fallback = fallbackFaces(sorted);
  const faces = [...fallback, ...(existsSync(brandSheet) ? serifFaces(readFileSync(brandSheet, 'utf8'), sorted) : [])];
  const sheets = new Map<string, FallbackFace[]>(
    WEB_FONTS.map((font) => [
      font,
      webFontFaces(
        font,
        [...usedBy.get(font)!].sort((a, b) => a - b),
        sorted,
      ),
    ]),
  );
  // Every file once (both scripts' sheets name the same code faces).
  const subsets = new Map<string, FallbackFace>([
    ...[...sheets.values()].flat().map((face) => [webFontName(face, 'woff2'), face] as const),
    ...faces.map((face) => [fallbackFontName(face, 'woff2'), face] as const),
  ]);
  const files = [...subsets.keys()];
  const bytes = await makeSubsets(
    [...subsets.values()].map((face) => ({ file: face.file, codePoints: face.codePoints, format: 'woff2' as const })),
    { cacheDir: options.cacheDir },
  );
  files.forEach((name, i) => writeFileSync(path.join(siteDir, 'fonts', name), bytes[i]!));
  for (const [font, own] of sheets) writeFileSync(path.join(siteDir, 'fonts', `${font}.css`), webFontStylesheet(own, 'woff2'));
  writeFileSync(path.join(siteDir, 'fonts', `${FALLBACK_STYLESHEET}.css`), fallbackStylesheet(faces, 'woff2'));
  return { characters: new Set(fallback.flatMap((f) => f.codePoints)).size, files };
}
