/**
 * The brand, `_brand.yml` beside `report.yaml`, in the brand.yml format
 * Quarto and Shiny read: `meta`, `color`, `logo`, `typography`. This schema
 * is the one place the brand's fields and defaults are written; a report
 * without the file has the defaults (today's look).
 */
import { z } from 'astro/zod';

/** Today's colours: what a report without `_brand.yml` looks like. */
export const DEFAULT_COLOURS = {
  foreground: '#1d2521',
  background: '#ffffff',
  primary: '#0b6b4b',
} as const;

/** A colour as written: `#c2185b`, `#c15`, or the name of a palette colour or another semantic colour. */
const colourValue = z.string().min(1).meta({ title: 'colour' });

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

/** A field other tools read and Bifolio accepts without using it. */
const NOT_USED = 'Accepted, not used.';

/** What Bifolio does with each semantic colour. */
const COLOUR_ROLES: Record<SemanticColour, string> = {
  foreground: `The text, and the muted text derived from it. Default: \`${DEFAULT_COLOURS.foreground}\`.`,
  background: `The website's page; PDFs are printed on white paper. Default: \`${DEFAULT_COLOURS.background}\`.`,
  primary: `The accent: PDF covers and back cover, chapter openers, headings and their numbers, table rules and header rows, running heads' page numbers, links, the website's header and buttons, the first chart series; lighter and darker tones for surfaces, borders and the dark theme are derived from it. Default: green \`${DEFAULT_COLOURS.primary}\`.`,
  secondary: 'The second chart series; also the colour of links on the website when it reads on the background at 4.5:1. Default: a lighter tone of primary.',
  tertiary: 'The third chart series. Default: a lighter tone of primary.',
  success: NOT_USED,
  info: NOT_USED,
  warning: NOT_USED,
  danger: NOT_USED,
  light: NOT_USED,
  dark: 'The fourth chart series. Default: the foreground.',
};

const colourSchema = z
  .object({
    palette: z
      .record(z.string().min(1), colourValue)
      .default({})
      .meta({
        description: 'Named colours the other fields may use by name; an entry may name another. Every colour is a hex value (`"#c2185b"`, `"#c15"`, in quotes) or such a name.',
        examples: [{ magenta: '#c2185b' }],
      }),
    ...(Object.fromEntries(SEMANTIC_COLOURS.map((name) => [name, colourValue.optional().describe(COLOUR_ROLES[name])])) as Record<SemanticColour, z.ZodOptional<typeof colourValue>>),
  })
  .strict();

/** A logo file as written: a path relative to the content directory, or the name of an entry of `images`. */
const logoRef = z
  .union([
    z.string().min(1),
    z
      .object({
        light: z.string().min(1).optional().describe('The logo on light backgrounds.'),
        dark: z.string().min(1).optional().describe('The logo on dark backgrounds and on the cover colour.'),
      })
      .strict(),
  ])
  .meta({ title: 'path or image name, or `light` and `dark`' });

const logoSchema = z
  .union([
    z.string().min(1),
    z
      .object({
        images: z
          .record(
            z.string().min(1),
            z.union([
              z.string().min(1),
              z
                .object({
                  path: z.string().min(1).describe('Path relative to _brand.yml.'),
                  alt: z.string().optional().describe("The logo's text alternative on the PDF cover (in the site's header the logo stands beside the title and has none)."),
                })
                .strict(),
            ]),
          )
          .default({})
          .describe('Named images the sizes may use: a path relative to _brand.yml, or `{ path, alt }`.'),
        small: logoRef.optional().describe('The icon-sized logo: the favicon.'),
        medium: logoRef
          .optional()
          .describe("The logo in the site's header, and the `og:image` of link previews (which show PNG or JPEG, not SVG: give it as PNG for them)."),
        large: logoRef.optional().describe('A large logo; the PDF cover prefers it, else `medium`, else `small`.'),
      })
      .strict(),
  ])
  .describe(
    "One path for every size, or named `images` and the sizes `small`, `medium`, `large`. SVG (best), PNG, JPEG or WebP. On the PDF cover a `dark` form is printed on the cover colour, otherwise the logo sits on a white plate.",
  );

const fontRole = z
  .union([
    z.string().min(1),
    z
      .object({
        family: z.string().min(1).optional().describe('`sans`, `serif`, or the name of a family Bifolio ships.'),
        weight: z.union([z.number(), z.string()]).optional().describe(NOT_USED),
        size: z.string().optional().describe(NOT_USED),
        'line-height': z.union([z.number(), z.string()]).optional().describe(NOT_USED),
        color: z.string().optional().describe(NOT_USED),
        style: z.string().optional().describe(NOT_USED),
      })
      .strict(),
  ])
  .meta({ title: 'family, or `family` and other settings' });

const FAMILY = '`sans` (Noto Sans SC/TC) or `serif` (Noto Serif SC/TC), also written as the family\'s name (`Noto Serif SC`); `weight`, `size` and `line-height` are accepted, not used: every family is printed in its two shipped weights, 400 and 700.';

const typographySchema = z
  .object({
    fonts: z.array(z.unknown()).default([]).describe('Font sources (Google Fonts, files): accepted, not used; Bifolio prints only the families it ships.'),
    base: fontRole.optional().describe(`The body's family: ${FAMILY} Default: \`sans\`.`),
    headings: fontRole.optional().describe("The family of headings, the cover title and the site title, written as `base`. Default: the body's."),
    monospace: fontRole.optional().describe('Code: always Noto Sans Mono, the only monospace family shipped.'),
    'monospace-inline': fontRole.optional().describe('Accepted, not used: code is always Noto Sans Mono.'),
    'monospace-block': fontRole.optional().describe('Accepted, not used: code is always Noto Sans Mono.'),
    link: z.unknown().optional().describe(NOT_USED),
  })
  .strict();

export const brandSchema = z
  .object({
    meta: z
      .object({
        name: z
          .union([z.string(), z.object({ short: z.string().optional().describe('The short name.'), full: z.string().optional().describe('The full name.') }).strict()])
          .optional()
          .describe("The organisation's name, a string or `{ short, full }`: accepted for other tools reading the file (the report's name comes from report.yaml)."),
        link: z
          .union([z.string(), z.record(z.string(), z.string())])
          .optional()
          .describe('Its web address, or named addresses: accepted for other tools reading the file.'),
      })
      .strict()
      .prefault({})
      .describe('Who the brand belongs to: accepted for other tools reading the file.'),
    color: colourSchema.prefault({}).describe('The colours of the website, the PDFs and the charts.'),
    logo: logoSchema.optional(),
    typography: typographySchema.prefault({}).describe('The typefaces of body text and headings.'),
    defaults: z.unknown().optional().describe('Settings of other tools (Bootstrap, Shiny): accepted, not used.'),
  })
  .strict()
  .describe('The brand (_brand.yml, in the brand.yml format Quarto and Shiny read): colours, logo and typeface of the website, the PDFs and the charts.');

export type BrandData = z.output<typeof brandSchema>;
