/**
 * The brand as style: the CSS custom properties of the website and the print
 * document, and the tones of the KPI charts. Only what the brand sets is
 * written, so a report without `_brand.yml` keeps the built-in values of
 * styles/*.css exactly.
 */
import type { Brand, BrandFamily } from '../content/brand.ts';
import { contrastRatio, mix } from '../content/brand.ts';
import { DEFAULT_COLOURS } from '../content/brand-schema.ts';

/** The built-in chart tones, dark to light (patterns tell series apart without colour). */
export const DEFAULT_CHART_TONES = ['#0b5a40', '#3f8f6f', '#8cc2a8', '#1d2521'];

/** The chart tones of a brand: primary, then secondary and tertiary (or lighter primaries), then the text colour. */
export function chartTones(brand: Brand): string[] {
  const c = brand.colours;
  if (!c.primary && !c.secondary && !c.tertiary && !c.foreground) return DEFAULT_CHART_TONES;
  const primary = c.primary ?? DEFAULT_COLOURS.primary;
  return [
    primary,
    c.secondary ?? mix(primary, '#ffffff', 0.3),
    c.tertiary ?? mix(primary, '#ffffff', 0.55),
    c.dark ?? c.foreground ?? DEFAULT_COLOURS.foreground,
  ];
}

type Vars = Record<string, string>;

/** The colour custom properties a brand sets, for a light page (web) or paper (print). */
function lightVars(brand: Brand, medium: 'web' | 'print'): Vars {
  const c = brand.colours;
  const bg = c.background ?? DEFAULT_COLOURS.background;
  const vars: Vars = {};
  if (c.foreground) {
    vars['--c-text'] = c.foreground;
    vars['--c-muted'] = mix(c.foreground, bg, 0.3);
  }
  if (c.background && medium === 'web') vars['--c-bg'] = c.background;
  if (c.primary) {
    const paper = medium === 'web' ? bg : '#ffffff';
    vars['--c-accent'] = c.primary;
    vars['--c-accent-strong'] = mix(c.primary, '#000000', 0.3);
    vars['--c-link'] = c.secondary && medium === 'web' && contrastRatio(c.secondary, bg) >= 4.5 ? c.secondary : mix(c.primary, '#000000', 0.15);
    vars['--c-surface'] = mix(c.primary, paper, 0.94);
    vars['--c-border'] = mix(c.primary, paper, 0.78);
    vars['--c-on-accent'] = contrastRatio('#ffffff', c.primary) >= contrastRatio('#111111', c.primary) ? '#ffffff' : '#111111';
  }
  return vars;
}

/** Colours for the dark theme of the website: the brand's primary lightened to read on a dark page. */
function darkVars(brand: Brand): Vars {
  const c = brand.colours;
  if (!c.primary) return {};
  return {
    '--c-accent': mix(c.primary, '#ffffff', 0.45),
    '--c-accent-strong': mix(c.primary, '#ffffff', 0.65),
    '--c-link': mix(c.primary, '#ffffff', 0.6),
    '--c-on-accent': mix(c.primary, '#000000', 0.85),
  };
}

/** Family lists of both scripts for a brand family; sans is the built-in list. */
function familyVars(family: BrandFamily, prefix: '--font' | '--font-heading', medium: 'web' | 'print'): Vars {
  const fallback = medium === 'web' ? 'var(--font-fallback, sans-serif)' : 'var(--font-fallback)';
  const lists =
    family === 'serif'
      ? {
          hans: `'Noto Serif SC', 'Noto Serif TC', 'Noto Sans SC', 'Noto Sans TC', ${fallback}`,
          hant: `'Noto Serif TC', 'Noto Serif SC', 'Noto Sans TC', 'Noto Sans SC', ${fallback}`,
        }
      : { hans: `'Noto Sans SC', 'Noto Sans TC', ${fallback}`, hant: `'Noto Sans TC', 'Noto Sans SC', ${fallback}` };
  return { [`${prefix}-hans`]: lists.hans, [`${prefix}-hant`]: lists.hant };
}

const block = (selector: string, vars: Vars) =>
  Object.keys(vars).length
    ? `${selector} {\n${Object.entries(vars)
        .map(([k, v]) => `  ${k}: ${v};`)
        .join('\n')}\n}\n`
    : '';

/** Whether the brand changes anything in the style sheets. */
export function brandHasStyle(brand: Brand): boolean {
  return Object.keys(brand.colours).length > 0 || brand.body !== 'sans' || brand.headings !== brand.body;
}

/** The brand's style sheet for the website or the print document; empty when the brand sets nothing. */
export function brandCss(brand: Brand, medium: 'web' | 'print'): string {
  let css = '';
  const vars = { ...lightVars(brand, medium), ...(brand.body !== 'sans' ? familyVars(brand.body, '--font', medium) : {}) };
  css += block(':root', vars);
  if (medium === 'web') {
    const dark = darkVars(brand);
    if (Object.keys(dark).length) css += `@media (prefers-color-scheme: dark) {\n${block(':root', dark).replace(/^/gm, '  ').trimEnd()}\n}\n`;
  }
  if (brand.headings !== brand.body) {
    const h = familyVars(brand.headings, '--font-heading', medium);
    css += block(':root', { '--font-heading': 'var(--font-heading-hans)', ...h });
    css += `[lang='zh-Hant'],\n[lang^='zh-Hant-'] {\n  --font-heading: var(--font-heading-hant);\n}\n`;
    css += `h1,\nh2,\nh3,\nh4,\nh5,\nh6,\n.cover-title,\n.site-title {\n  font-family: var(--font-heading);\n}\n`;
  }
  return css;
}
