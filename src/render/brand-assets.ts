/**
 * What the brand adds to the outputs: the report's own style sheets
 * (`styles/*.css` beside report.yaml, loaded after the built-in ones), the
 * brand's style sheet, and the logo files, published under /brand/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readBrand, type Brand, type BrandLogo } from '../content/brand.ts';
import { contentDir } from '../sources/paths.ts';
import { brandCss, brandHasStyle } from './brand-theme.ts';

/** The report's brand (the default brand when it has none, or when its file has errors: `check` reports those). */
export function getBrand(): Brand {
  return readBrand().brand;
}

/** The report's `styles/*.css`, in file-name order, each headed by its name. */
export function reportStylesCss(dir = contentDir()): string {
  const stylesDir = path.join(dir, 'styles');
  if (!existsSync(stylesDir)) return '';
  return readdirSync(stylesDir)
    .filter((f) => f.endsWith('.css') && !f.startsWith('.'))
    .sort()
    .map((f) => `/* styles/${f} */\n${readFileSync(path.join(stylesDir, f), 'utf8').trimEnd()}\n`)
    .join('');
}

/** The header logo's place on the website: written only when the brand has a logo, so a report without one keeps its styles as they were. */
const SITE_LOGO_CSS = `.site-logo {
  align-self: center;
}
.site-logo img {
  display: block;
  height: 2rem;
  width: auto;
  max-width: 8rem;
}
`;

/** The style sheet of the brand and the report's styles for the website or the print document; empty: none. */
export function reportCss(brand: Brand, medium: 'web' | 'print'): string {
  const logo = medium === 'web' && pickLogo(brand, ['medium', 'large', 'small']) ? SITE_LOGO_CSS : '';
  return [logo, brandHasStyle(brand) ? brandCss(brand, medium) : '', reportStylesCss()].filter(Boolean).join('');
}

export const BRAND_STYLESHEET = 'style.css';

export type LogoSize = 'small' | 'medium' | 'large';

/** The name under /brand/ of a logo file: `logo-medium.svg`, `logo-medium-dark.svg`. */
export function logoFileName(size: LogoSize, logo: BrandLogo, dark = false): string {
  const file = dark ? logo.dark! : logo.light;
  return `logo-${size}${dark ? '-dark' : ''}${path.extname(file).toLowerCase()}`;
}

/** Every file published under /brand/: its name and where it is on disk (undefined: the style sheet). */
export function brandFiles(brand: Brand): Array<{ name: string; file?: string }> {
  const out: Array<{ name: string; file?: string }> = [];
  if (reportCss(brand, 'web')) out.push({ name: BRAND_STYLESHEET });
  for (const size of ['small', 'medium', 'large'] as const) {
    const logo = brand.logo[size];
    if (!logo) continue;
    out.push({ name: logoFileName(size, logo), file: logo.light });
    if (logo.dark) out.push({ name: logoFileName(size, logo, true), file: logo.dark });
  }
  return out;
}

export const MIME: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.css': 'text/css; charset=utf-8',
};

/** A logo as a data: URL, for the print document (which has no site to load files from). */
export function logoDataUrl(file: string): string {
  return `data:${MIME[path.extname(file).toLowerCase()]};base64,${readFileSync(file).toString('base64')}`;
}

/** The logo for a place: the sizes it prefers, first found. */
export function pickLogo(brand: Brand, sizes: LogoSize[]): { size: LogoSize; logo: BrandLogo } | undefined {
  for (const size of sizes) {
    const logo = brand.logo[size];
    if (logo) return { size, logo };
  }
  return undefined;
}
