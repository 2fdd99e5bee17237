/**
 * The website's /fonts/fallback.css, written once the pages exist: for the
 * characters the site uses that the web font slices do not hold, subsets
 * (WOFF2) of the shipped fonts with exactly those characters
 * (render/web/fonts.ts), so a reader's browser never falls back to its own
 * fonts. A character no shipped font has fails the build, naming the page.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import { ReportError } from '../diagnostics.ts';
import { htmlText } from '../html.ts';
import { codePointsOf, describeCharacter, fontCmap, uncovered } from '../fonts/coverage.ts';
import { FALLBACK_STYLESHEET, fallbackFaces, fallbackFontName, fallbackStylesheet, serifFaces } from '../render/web/fonts.ts';
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
  /** Characters drawn from the fallback faces. */
  characters: number;
  files: string[];
}

/** Writes the fallback faces and /fonts/fallback.css into a built site. `publishDir`: how the site's path is shown in messages. */
export async function writeWebFallbackFonts(siteDir: string, publishDir = siteDir): Promise<WebFontsResult> {
  const used = new Set<number>();
  const missing: Array<{ file: string; cp: number }> = [];
  for (const file of pages(siteDir)) {
    const cps = codePointsOf(htmlText(readFileSync(file, 'utf8')));
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
  const files: string[] = [];
  for (const face of faces) {
    const name = fallbackFontName(face, 'woff2');
    const text = face.codePoints.map((cp) => String.fromCodePoint(cp)).join('');
    writeFileSync(path.join(siteDir, 'fonts', name), await subsetFont(fontCmap(face.file).bytes, text, { targetFormat: 'woff2' }));
    files.push(name);
  }
  writeFileSync(path.join(siteDir, 'fonts', `${FALLBACK_STYLESHEET}.css`), fallbackStylesheet(faces, 'woff2'));
  return { characters: new Set(fallback.flatMap((f) => f.codePoints)).size, files };
}

