/** Stylesheets giving the review page the same CJK fonts as the site. */
import { pathToFileURL } from 'node:url';
import { fontFaceCss } from '../../fonts/css.ts';
import { fontPath, NOTO_SANS_SC, NOTO_SANS_TC, weightDescriptor } from '../../fonts/families.ts';
import { webFontStylesheetUrl } from '../web/fonts.ts';

/** As one `data:` URL naming the whole TrueType files by `file:` URL, for a review page written to disk. */
export function fontStylesheetFiles(): string[] {
  const css = fontFaceCss(
    [NOTO_SANS_TC, NOTO_SANS_SC].flatMap((family) =>
      family.files.map((file) => ({ family: family.name, weight: weightDescriptor(family, file), url: pathToFileURL(fontPath(file)).href, format: 'truetype' as const })),
    ),
  );
  return [`data:text/css;charset=utf-8,${encodeURIComponent(css)}`];
}

/** As URLs the live preview's server serves: the site's own stylesheets in `dev`. */
export function fontStylesheetsForPreview(): string[] {
  return [webFontStylesheetUrl('noto-sans-tc'), webFontStylesheetUrl('noto-sans-sc')];
}
