/**
 * Fonts of the print document: every shipped family (src/fonts) as
 * `@font-face` rules over whole TrueType files, served under
 * FONT_URL_PREFIX — what the print preview uses. The PDF build replaces
 * these rules (`style[data-fonts]`) by subsets of the same files holding
 * the document's characters (print/pdf/font-subsets.ts).
 */
import { fontFaceCss } from '../fonts/css.ts';
import { ALL_FAMILIES, fontPath, weightDescriptor, type FontFamily, type FontFile } from '../fonts/families.ts';

export const FONT_URL_PREFIX = '/_bifolio/fonts/';

/** File name of a whole font file under FONT_URL_PREFIX. */
export const printFontName = (family: FontFamily, file: FontFile) => `${family.key}-${file.weight}.ttf`;

/** Where a served font file is on disk, by its name under FONT_URL_PREFIX. */
export function printFontFile(name: string): string | undefined {
  for (const family of ALL_FAMILIES) {
    for (const file of family.files) if (printFontName(family, file) === name) return fontPath(file);
  }
  return undefined;
}

/** `@font-face` rules of the print document over the whole files. */
export function printFontFaces(): string {
  return fontFaceCss(
    ALL_FAMILIES.flatMap((family) =>
      family.files.map((file) => ({
        family: family.name,
        weight: weightDescriptor(family, file),
        url: `${FONT_URL_PREFIX}${printFontName(family, file)}`,
        format: 'truetype' as const,
      })),
    ),
  );
}
