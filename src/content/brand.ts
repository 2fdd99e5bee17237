/**
 * Reads the brand (`_brand.yml`, brand-schema.ts) and resolves it: palette
 * references to hex colours, logo names to files, font families to the
 * families Bifolio ships. Problems are diagnostics at the line and column of
 * the value: wrong values are errors, a colour pair below WCAG AA contrast
 * or a family Bifolio does not ship is a warning.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostics.ts';
import { brandSchema, DEFAULT_COLOURS, SEMANTIC_COLOURS, type BrandData, type SemanticColour } from './brand-schema.ts';
import { contentDir } from '../sources/paths.ts';
import { readSourceFile } from '../sources/source-file.ts';
import { validateYaml } from '../sources/validate.ts';

export type BrandFamily = 'sans' | 'serif';

export interface BrandLogo {
  /** Absolute path of the file for a light background. */
  light: string;
  /** For a dark background, when given. */
  dark?: string;
  alt?: string;
}

export interface Brand {
  /** The brand file; undefined when the report has none (every field is then the default). */
  file?: string;
  /** The semantic colours the brand sets, resolved to `#rrggbb`. */
  colours: Partial<Record<SemanticColour, string>>;
  /** The family of the body text and of headings. */
  body: BrandFamily;
  headings: BrandFamily;
  logo: { small?: BrandLogo; medium?: BrandLogo; large?: BrandLogo };
}

export const DEFAULT_BRAND: Brand = { colours: {}, body: 'sans', headings: 'sans', logo: {} };

export const BRAND_FILE_NAMES = ['_brand.yml', '_brand.yaml'];

/** `_brand.yml` (or `_brand.yaml`) in the content directory, if there is one. */
export function brandFile(dir = contentDir()): string | undefined {
  for (const name of BRAND_FILE_NAMES) {
    const file = path.join(dir, name);
    if (existsSync(file)) return file;
  }
  return undefined;
}

export interface BrandResult {
  brand: Brand;
  diagnostics: Diagnostic[];
}

/** The report's brand and every problem of its file; the default brand when there is no file or it has errors. */
export function readBrand(file = brandFile()): BrandResult {
  if (!file) return { brand: DEFAULT_BRAND, diagnostics: [] };
  const source = readSourceFile(file);
  if (source.problem) return { brand: DEFAULT_BRAND, diagnostics: [source.problem] };
  return parseBrand(file, source.text);
}

/** Parses brand text: `file` names it in messages and anchors logo paths. */
export function parseBrand(file: string, text: string): BrandResult {
  const result = validateYaml({ file, text }, brandSchema);
  if (!result.ok) return { brand: DEFAULT_BRAND, diagnostics: result.diagnostics };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const at = (p: Array<string | number>): { line?: number; column?: number } => {
    const node = doc.getIn(p, true);
    if (!isNode(node) || !node.range) return {};
    const pos = lineCounter.linePos(node.range[0]);
    return { line: pos.line, column: pos.col };
  };
  const diagnostics: Diagnostic[] = [];
  const error = (p: Array<string | number>, message: string, hint?: string) => diagnostics.push({ file, ...at(p), message, hint, severity: 'error' });
  const warn = (p: Array<string | number>, message: string, hint?: string) => diagnostics.push({ file, ...at(p), message, hint, severity: 'warning' });

  const data = result.data;
  const colours = resolveColours(data, error);
  const logo = resolveLogo(data, path.dirname(file), error);
  const body = resolveFamily(data.typography.base, ['typography', 'base'], warn) ?? 'sans';
  const headings = resolveFamily(data.typography.headings, ['typography', 'headings'], warn) ?? body;
  for (const role of ['monospace', 'monospace-inline', 'monospace-block'] as const) {
    const value = data.typography[role];
    const family = typeof value === 'string' ? value : value?.family;
    if (family && !/^(monospace|noto sans mono)$/i.test(family.trim())) {
      const p = ['typography', role, ...(typeof value === 'string' ? [] : ['family'])];
      warn(p, `the font family "${family}" is not shipped: code is set in Noto Sans Mono`, 'write `family: Noto Sans Mono` or leave it out');
    }
  }

  // WCAG AA: 4.5:1 for text.
  const fg = colours.foreground ?? DEFAULT_COLOURS.foreground;
  const bg = colours.background ?? DEFAULT_COLOURS.background;
  const pairs: Array<[SemanticColour, string, string, string]> = [
    ['foreground', fg, bg, 'the text (foreground) on the background'],
    ['primary', colours.primary ?? DEFAULT_COLOURS.primary, bg, 'primary (headings, links, the cover) on the background'],
  ];
  for (const [key, a, b, what] of pairs) {
    if (colours[key] === undefined && colours.background === undefined) continue;
    const ratio = contrastRatio(a, b);
    if (ratio < 4.5) {
      const p = colours[key] !== undefined ? ['color', key] : ['color', 'background'];
      warn(p, `${what} has a contrast of ${ratio.toFixed(2)}:1, below the 4.5:1 WCAG AA asks of text`, `choose a darker or lighter ${key === 'primary' ? 'primary' : 'colour'}; ${a} on ${b}`);
    }
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { brand: DEFAULT_BRAND, diagnostics };
  return { brand: { file, colours, body, headings, logo }, diagnostics };
}

function resolveColours(data: BrandData, error: (p: Array<string | number>, message: string, hint?: string) => void): Partial<Record<SemanticColour, string>> {
  const palette = data.color.palette;
  const names = [...Object.keys(palette), ...SEMANTIC_COLOURS];
  const lookup = (value: string, p: Array<string | number>, seen: Set<string>): string | undefined => {
    const hex = normaliseHex(value);
    if (hex) return hex;
    const key = value.trim();
    if (seen.has(key)) {
      error(p, `the colour "${value}" refers to itself`, 'give one of them a hex value such as "#c2185b"');
      return undefined;
    }
    seen.add(key);
    if (key in palette) return lookup(palette[key]!, ['color', 'palette', key], seen);
    const semantic = data.color[key as SemanticColour];
    if ((SEMANTIC_COLOURS as readonly string[]).includes(key) && typeof semantic === 'string') return lookup(semantic, ['color', key], seen);
    error(p, `"${value}" is neither a hex colour nor a colour of the palette`, `write a hex colour such as "#c2185b" (in quotes) or one of: ${names.join(', ')}`);
    return undefined;
  };
  for (const [name, value] of Object.entries(palette)) lookup(value, ['color', 'palette', name], new Set([name]));
  const out: Partial<Record<SemanticColour, string>> = {};
  for (const name of SEMANTIC_COLOURS) {
    const value = data.color[name];
    if (value === undefined) continue;
    const hex = lookup(value, ['color', name], new Set([name]));
    if (hex) out[name] = hex;
  }
  return out;
}

/** `#rrggbb` in lowercase for `#rgb` or `#rrggbb`; undefined for anything else. */
function normaliseHex(value: string): string | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!m) return undefined;
  const h = m[1]!.toLowerCase();
  return h.length === 3 ? `#${[...h].map((c) => c + c).join('')}` : `#${h}`;
}

function resolveLogo(data: BrandData, dir: string, error: (p: Array<string | number>, message: string, hint?: string) => void): Brand['logo'] {
  const logo = data.logo;
  if (logo === undefined) return {};
  const images = typeof logo === 'string' ? {} : logo.images;
  const file = (ref: string, p: Array<string | number>): { path: string; alt?: string } | undefined => {
    const image = images[ref];
    const rel = image === undefined ? ref : typeof image === 'string' ? image : image.path;
    const alt = image !== undefined && typeof image !== 'string' ? image.alt : undefined;
    if (/^[a-z][a-z0-9+.-]*:/i.test(rel) || path.isAbsolute(rel)) {
      error(p, `the logo "${rel}" is not a file of the report`, 'copy it beside _brand.yml (e.g. into images/) and write its path relative to _brand.yml');
      return undefined;
    }
    const abs = path.resolve(dir, rel);
    if (!/\.(svg|png|jpe?g|webp)$/i.test(rel)) {
      error(p, `the logo "${rel}" is not an SVG, PNG, JPEG or WebP image`, 'save the logo as SVG (best) or PNG');
      return undefined;
    }
    if (!existsSync(abs)) {
      error(p, `logo not found: ${rel}`, `no file at ${path.relative(process.cwd(), abs) || abs}; logo paths are relative to _brand.yml${Object.keys(images).length ? ` or names of logo.images (${Object.keys(images).join(', ')})` : ''}`);
      return undefined;
    }
    return { path: abs, alt };
  };
  const resolve = (value: string | { light?: string; dark?: string } | undefined, p: Array<string | number>): BrandLogo | undefined => {
    if (value === undefined) return undefined;
    if (typeof value === 'string') {
      const f = file(value, p);
      return f && { light: f.path, alt: f.alt };
    }
    const light = value.light ? file(value.light, [...p, 'light']) : undefined;
    const dark = value.dark ? file(value.dark, [...p, 'dark']) : undefined;
    const base = light ?? dark;
    return base && { light: base.path, dark: dark?.path, alt: base.alt };
  };
  if (typeof logo === 'string') {
    const one = resolve(logo, ['logo']);
    return one ? { small: one, medium: one, large: one } : {};
  }
  return { small: resolve(logo.small, ['logo', 'small']), medium: resolve(logo.medium, ['logo', 'medium']), large: resolve(logo.large, ['logo', 'large']) };
}

const SANS = /^(sans|sans-serif|noto sans|noto sans (sc|tc|hk|cjk sc|cjk tc))$/i;
const SERIF = /^(serif|noto serif|noto serif (sc|tc|hk|cjk sc|cjk tc))$/i;

function resolveFamily(
  value: string | { family?: string } | undefined,
  p: Array<string | number>,
  warn: (p: Array<string | number>, message: string, hint?: string) => void,
): BrandFamily | undefined {
  const family = typeof value === 'string' ? value : value?.family;
  if (!family) return undefined;
  const name = family.trim().replace(/^['"]|['"]$/g, '');
  if (SANS.test(name)) return 'sans';
  if (SERIF.test(name)) return 'serif';
  warn([...p, ...(typeof value === 'string' ? [] : ['family'])], `the font family "${family}" is not shipped with Bifolio: the text stays in Noto Sans SC/TC`, 'the supported families are sans (Noto Sans SC, Noto Sans TC) and serif (Noto Serif SC, Noto Serif TC)');
  return undefined;
}

// ---------- colour arithmetic ----------

export function rgb(hex: string): [number, number, number] {
  const h = normaliseHex(hex)!.slice(1);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
}

/** `a` moved towards `b` by `amount` (0: a, 1: b). */
export function mix(a: string, b: string, amount: number): string {
  const [x, y] = [rgb(a), rgb(b)];
  return toHex([0, 1, 2].map((i) => x[i]! + (y[i]! - x[i]!) * amount) as [number, number, number]);
}

/** WCAG relative luminance. */
function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
