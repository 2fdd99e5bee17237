/**
 * Fonts of the PDFs: the website's families (Noto Sans SC and TC) as one
 * TrueType file per weight from npm, so Chromium embeds real subsets of real
 * outlines — no Type 3 fonts, no synthesised bold — and Paged.js measures
 * against one file per weight instead of a hundred unicode-range slices.
 * Code is set in Noto Sans Mono. The files are served under FONT_URL_PREFIX.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const FONT_URL_PREFIX = '/_bifolio/fonts/';

export interface PrintFont {
  family: string;
  weight: 400 | 700;
  /** File name under FONT_URL_PREFIX. */
  name: string;
  /** Package path of the file. */
  module: string;
}

export const PRINT_FONTS: PrintFont[] = [
  { family: 'Noto Sans SC', weight: 400, name: 'NotoSansSC-400.ttf', module: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf' },
  { family: 'Noto Sans SC', weight: 700, name: 'NotoSansSC-700.ttf', module: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf' },
  { family: 'Noto Sans TC', weight: 400, name: 'NotoSansTC-400.ttf', module: '@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf' },
  { family: 'Noto Sans TC', weight: 700, name: 'NotoSansTC-700.ttf', module: '@expo-google-fonts/noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf' },
  { family: 'Noto Sans Mono', weight: 400, name: 'NotoSansMono-400.woff2', module: '@fontsource/noto-sans-mono/files/noto-sans-mono-latin-400-normal.woff2' },
  { family: 'Noto Sans Mono', weight: 700, name: 'NotoSansMono-700.woff2', module: '@fontsource/noto-sans-mono/files/noto-sans-mono-latin-700-normal.woff2' },
];

/** Where a served font file is on disk, by its name under FONT_URL_PREFIX. */
export function printFontFile(name: string): string | undefined {
  const font = PRINT_FONTS.find((f) => f.name === name);
  return font ? require.resolve(font.module) : undefined;
}

/** `@font-face` rules for the print document. */
export function printFontFaces(): string {
  return PRINT_FONTS.map(
    (f) =>
      `@font-face { font-family: '${f.family}'; font-style: normal; font-weight: ${f.weight}; font-display: block; src: url('${FONT_URL_PREFIX}${f.name}') format('${f.name.endsWith('.woff2') ? 'woff2' : 'truetype'}'); }`,
  ).join('\n');
}
