/**
 * The brand, `_brand.yml` beside `report.yaml`, in the brand.yml format
 * Quarto and Shiny read: `meta`, `color`, `logo`, `typography`. This schema
 * is the one place the brand's fields and defaults are written; a report
 * without the file has the defaults (today's look).
 */
import { z } from 'astro/zod';

/** A colour as written: `#c2185b`, `#c15`, or the name of a palette colour or another semantic colour. */
const colourValue = z.string().min(1);

/** The semantic colours brand.yml names, in the order they are resolved. */
export const SEMANTIC_COLOURS = [
  'foreground',
  'background',
  'primary',
  'secondary',
  'tertiary',
  'success',
  'info',
  'warning',
  'danger',
  'light',
  'dark',
] as const;
export type SemanticColour = (typeof SEMANTIC_COLOURS)[number];

const colourSchema = z
  .object({
    /** Named colours the other fields may refer to by name, e.g. `magenta: "#c2185b"`. Default: none. */
    palette: z.record(z.string().min(1), colourValue).default({}),
    ...(Object.fromEntries(SEMANTIC_COLOURS.map((name) => [name, colourValue.optional()])) as Record<SemanticColour, z.ZodOptional<typeof colourValue>>),
  })
  .strict();

/** A logo file as written: a path relative to the content directory, or the name of an entry of `images`. */
const logoRef = z.union([z.string().min(1), z.object({ light: z.string().min(1).optional(), dark: z.string().min(1).optional() }).strict()]);

const logoSchema = z.union([
  z.string().min(1),
  z
    .object({
      /** Named images `small`/`medium`/`large` may refer to: a path, or `{ path, alt }`. Default: none. */
      images: z.record(z.string().min(1), z.union([z.string().min(1), z.object({ path: z.string().min(1), alt: z.string().optional() }).strict()])).default({}),
      /** The icon-sized logo: the favicon. */
      small: logoRef.optional(),
      /** The logo in the site's header and on the PDF cover; the Open Graph image. */
      medium: logoRef.optional(),
      /** A large logo; the PDF cover prefers it. */
      large: logoRef.optional(),
    })
    .strict(),
]);

const fontRole = z.union([
  z.string().min(1),
  z
    .object({
      family: z.string().min(1).optional(),
      weight: z.union([z.number(), z.string()]).optional(),
      size: z.string().optional(),
      'line-height': z.union([z.number(), z.string()]).optional(),
      color: z.string().optional(),
      style: z.string().optional(),
    })
    .strict(),
]);

const typographySchema = z
  .object({
    /** Font sources (Google Fonts, files): accepted, but only the families Bifolio ships are used. */
    fonts: z.array(z.unknown()).default([]),
    /** The body text: `family: sans` (Noto Sans SC/TC, the default) or `serif` (Noto Serif SC/TC). */
    base: fontRole.optional(),
    /** Headings: as `base`; default the body's family. */
    headings: fontRole.optional(),
    /** Code: Noto Sans Mono, the only monospace family shipped. */
    monospace: fontRole.optional(),
    'monospace-inline': fontRole.optional(),
    'monospace-block': fontRole.optional(),
    link: z.unknown().optional(),
  })
  .strict();

export const brandSchema = z
  .object({
    meta: z
      .object({
        /** The organisation's name: a string or `{ short, full }`. */
        name: z.union([z.string(), z.object({ short: z.string().optional(), full: z.string().optional() }).strict()]).optional(),
        /** Its web address(es): a URL or a map of named URLs. */
        link: z.union([z.string(), z.record(z.string(), z.string())]).optional(),
      })
      .strict()
      .prefault({}),
    color: colourSchema.prefault({}),
    logo: logoSchema.optional(),
    typography: typographySchema.prefault({}),
    /** Settings of other tools (Bootstrap, Shiny): ignored. */
    defaults: z.unknown().optional(),
  })
  .strict();

export type BrandData = z.output<typeof brandSchema>;

/** Today's colours: what a report without `_brand.yml` looks like. */
export const DEFAULT_COLOURS = {
  foreground: '#1d2521',
  background: '#ffffff',
  primary: '#0b6b4b',
} as const;
