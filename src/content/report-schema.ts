/**
 * The report configuration, `content/report.yaml`: what the report is and
 * which scripts it is published in.
 */
import { z } from 'astro/zod';
import { profileNames, type ProfileName } from '../convert/profiles.ts';
import { FRAMEWORKS } from './disclosures/schema.ts';
import { unknownTokens } from './outline/numbering.ts';

/** The script chapters are written in. Every other variant is converted from it. */
export const SOURCE_VARIANT = 'zh-Hans';
/** Variant codes Bifolio can publish: the source and every conversion profile. */
export const KNOWN_VARIANTS = [SOURCE_VARIANT, ...profileNames] as const;

const isoDate = z.iso.date({ error: 'expected a date written as YYYY-MM-DD' });

export const variantSchema = z
  .object({
    /**
     * BCP 47 code of the script, also the `lang` of its pages: `zh-Hans` (the
     * source) or a conversion profile such as `zh-Hant`. Required.
     */
    code: z.enum(KNOWN_VARIANTS, {
      error: (issue) =>
        `unknown variant ${JSON.stringify(issue.input)}; known variants are ${KNOWN_VARIANTS.join(', ')}`,
    }),
    /**
     * First path segment of the variant's pages (`/zh-hant/…`): lowercase
     * ASCII letters, digits and hyphens. Default: the code in lowercase.
     */
    prefix: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase ASCII letters, digits and single hyphens')
      .optional(),
    /**
     * Name of the script shown in the script switcher, written in that
     * script. Default: 简体中文 for the source, the profile's label otherwise.
     */
    label: z.string().min(1).optional(),
    /**
     * Conversion profile for this variant: `zh-Hant` (Hong Kong-listed
     * companies' usage), `zh-Hant-TW` or `zh-Hant-HK`. Default: the variant's code.
     */
    profile: z
      .enum(profileNames as [ProfileName, ...ProfileName[]], {
        error: (issue) => `unknown profile ${JSON.stringify(issue.input)}; known profiles are ${profileNames.join(', ')}`,
      })
      .optional(),
    /**
     * `regional` replaces Mainland vocabulary by the profile's regional words
     * (Taiwan: 軟件 → 軟體, 數據 → 資料). Default: `kept`, words stay as written.
     */
    vocabulary: z.enum(['kept', 'regional']).default('kept'),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.code === SOURCE_VARIANT && (v.profile !== undefined || v.vocabulary !== 'kept')) {
      ctx.addIssue({ code: 'custom', path: ['profile'], message: `${SOURCE_VARIANT} is the source script and takes no profile` });
    }
  });

/** A print length: `24mm`, `2.4cm`, `1in` or `68pt`. */
const length = z.string().regex(/^\d+(\.\d+)?(mm|cm|in|pt)$/, 'write a length with its unit, e.g. 20mm, 2cm, 0.75in or 54pt');
const PAGE_SIZES = ['A4', 'A5', 'B5', 'Letter'] as const;

export const printSchema = z
  .object({
    /**
     * Page size: a name (`A4`, `A5`, `B5`, `Letter`) or width and height,
     * e.g. `210mm 280mm`. Default: `A4`.
     */
    pageSize: z
      .string()
      .refine((s) => (PAGE_SIZES as readonly string[]).includes(s) || /^\d+(\.\d+)?(mm|cm|in|pt) \d+(\.\d+)?(mm|cm|in|pt)$/.test(s), {
        message: `use ${PAGE_SIZES.join(', ')} or a width and height such as "210mm 280mm"`,
      })
      .default('A4'),
    margins: z
      .object({
        /** Top margin, above the text and below the running header. Default: 24mm. */
        top: length.default('24mm'),
        /** Bottom margin, holding the page number. Default: 24mm. */
        bottom: length.default('24mm'),
        /** Margin at the binding (left on right-hand pages). Default: 24mm. */
        inside: length.default('24mm'),
        /** Margin at the outer edge. Default: 20mm. */
        outside: length.default('20mm'),
      })
      .strict()
      .prefault({}),
    /** Bleed around the trimmed page in the printer edition. Default: 3mm. */
    bleed: length.default('3mm'),
  })
  .strict();

/** A number template: `第{n:cn}章`, `{c}.{n}`, `表{n}`; empty switches numbering off. */
const template = z.string().superRefine((t, ctx) => {
  const unknown = unknownTokens(t);
  if (unknown.length) {
    ctx.addIssue({ code: 'custom', message: `unknown ${unknown.join(', ')} in the template; use {n}, {n:cn} (一二三), {n:alpha} (ABC), {c} (chapter) or {s} (section)` });
  }
});

export const numberingSchema = z
  .object({
    /** Label of numbered chapters (`kind: chapter`). Default: `第{n:cn}章` (第一章). */
    chapter: template.default('第{n:cn}章'),
    /** Label of sections (##) in numbered chapters. Default: `{c}.{n}` (1.1). */
    section: template.default('{c}.{n}'),
    /** Label of subsections (###) in numbered chapters. Default: none. */
    subsection: template.default(''),
    /** Label of appendices (`kind: appendix`). Default: `附录{n:cn}` (附录一). */
    appendix: template.default('附录{n:cn}'),
    /** Label of tables; with `{c}` numbering restarts in every chapter. Default: `表{n}`. */
    table: template.default('表{n}'),
    /** Label of figures and charts; with `{c}` numbering restarts in every chapter. Default: `图{n}`. */
    figure: template.default('图{n}'),
  })
  .strict();

export const disclosuresSchema = z
  .object({
    /** Frameworks the disclosure index covers and the build checks. Default: none. */
    frameworks: z.array(z.enum(FRAMEWORKS)).default([]),
    /**
     * Why a comply-or-explain item is not reported, by code (`A2.5: …`);
     * printed in the index in place of a location. Default: none.
     */
    explanations: z.record(z.string(), z.string().min(1)).default({}),
  })
  .strict();

/** The tags a `head` entry may be. */
export const HEAD_TAGS = ['script', 'link', 'meta'] as const;

/** An attribute's value: text, or `true` for an attribute without a value (`defer`); `false` leaves it out. */
const headAttribute = z.union([z.string(), z.number().transform(String), z.boolean()]);

/** The attribute of a `head` entry that names another site's file, by tag. */
export const HEAD_URL_ATTRIBUTE = { script: 'src', link: 'href', meta: undefined } as const;

export const headEntrySchema = z
  .object({
    /** `script` (a script file from another site), `link` (a stylesheet, icon, preconnect …) or `meta`. Required. */
    tag: z.enum(HEAD_TAGS, {
      error: (issue) => `a head entry is a script, link or meta, not ${JSON.stringify(issue.input)}`,
    }),
    /** The element's attributes, e.g. `{ src: 'https://plausible.io/js/script.js', defer: true }`. Default: none. */
    attrs: z.record(z.string(), headAttribute).default({}),
  })
  .strict()
  .superRefine((entry, ctx) => {
    for (const name of Object.keys(entry.attrs)) {
      if (!/^[a-z][a-z0-9_:.-]*$/i.test(name)) {
        ctx.addIssue({ code: 'custom', path: ['attrs', name], message: `"${name}" is not an attribute name` });
      } else if (/^on/i.test(name)) {
        ctx.addIssue({ code: 'custom', path: ['attrs', name], message: `the ${name} attribute would run a script on every page; a head entry may only load a file from another site` });
      }
    }
    if (entry.tag === 'meta' && Object.keys(entry.attrs).some((n) => n.toLowerCase() === 'http-equiv')) {
      ctx.addIssue({ code: 'custom', path: ['attrs', 'http-equiv'], message: 'a meta http-equiv could change the pages\' security policy or send readers elsewhere; write name and content instead' });
    }
    const urlAttribute = HEAD_URL_ATTRIBUTE[entry.tag];
    if (!urlAttribute) return;
    const value = entry.attrs[urlAttribute];
    if (typeof value !== 'string') {
      ctx.addIssue({ code: 'custom', path: ['attrs'], message: `a head ${entry.tag} needs its ${urlAttribute}: the https address of the file` });
      return;
    }
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (url?.protocol !== 'https:') {
      ctx.addIssue({ code: 'custom', path: ['attrs', urlAttribute], message: `a head ${entry.tag}'s ${urlAttribute} must be an https address, not ${JSON.stringify(value)}` });
    }
    if (entry.tag === 'link' && typeof entry.attrs.rel !== 'string') {
      ctx.addIssue({ code: 'custom', path: ['attrs'], message: 'a head link needs its rel, e.g. rel: stylesheet' });
    }
  });

export type HeadEntry = z.output<typeof headEntrySchema>;

export const reportSchema = z
  .object({
    /** Full title of the report, as printed on the cover. Required. */
    title: z.string().min(1),
    /** Short title for the page header and browser tabs. Default: the title. */
    shortTitle: z.string().min(1).optional(),
    /** Subtitle or slogan under the title. Default: none. */
    subtitle: z.string().min(1).optional(),
    /** ASCII name used in file names of downloads (PDFs, spreadsheets). Required. */
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase ASCII letters, digits and single hyphens'),
    /**
     * Address where the site is published, e.g. `https://esg.example.com` or
     * `https://example.com/esg/2024/`: makes canonical URLs, Open Graph URLs,
     * hreflang links, the sitemap and robots.txt absolute; a path is the base
     * path of every page and file of the site. Default: none (no canonical
     * links; the sitemap lists paths only; the site is served at /).
     */
    site: z
      .url({ error: 'expected an absolute address such as https://esg.example.com' })
      .refine((url) => /^https?:\/\//i.test(url), { message: 'the site is published at an http:// or https:// address, e.g. https://example.com/esg/2024/' })
      .refine((url) => !/[?#]/.test(url), { message: 'a site address has no ? or #: write the address of its folder, e.g. https://example.com/esg/2024/' })
      .optional(),
    /**
     * Extra elements in every page's head, e.g. a statistics script:
     * `[{ tag: script, attrs: { src: 'https://plausible.io/js/script.js', defer: true } }]`.
     * Each is a script, link or meta loading from an https address; the
     * pages' Content-Security-Policy allows exactly that address's origin for
     * what it loads. Default: none.
     */
    head: z.array(headEntrySchema).default([]),
    /** One or two sentences describing the report, used as the landing page's meta description. Default: none. */
    description: z.string().min(1).optional(),
    organisation: z
      .object({
        /** Registered name of the reporting organisation. Required. */
        name: z.string().min(1),
        /** Short name used in running text. Default: the name. */
        shortName: z.string().min(1).optional(),
        /** Stock code, e.g. `00700`, printed with the name. Default: none. */
        stockCode: z.string().min(1).optional(),
        /** Organisation name in English, marked `lang="en"` wherever shown. Default: none. */
        englishName: z.string().min(1).optional(),
      })
      .strict(),
    period: z
      .object({
        /** First day of the reporting period, YYYY-MM-DD. Required. */
        start: isoDate,
        /** Last day of the reporting period, YYYY-MM-DD. Required. */
        end: isoDate,
        /** How the period is printed. Default: built from the dates, e.g. 2024年1月1日至2024年12月31日. */
        label: z.string().min(1).optional(),
      })
      .strict()
      .refine((p) => p.start <= p.end, { message: 'the period ends before it starts', path: ['end'] }),
    /**
     * Publication date, YYYY-MM-DD: printed on the back cover and used as the
     * date of the PDFs. Default: none (the PDFs are then dated from
     * SOURCE_DATE_EPOCH, or else the last day of the period).
     */
    published: isoDate.optional(),
    /** How chapters, sections, tables and figures are numbered. Default: the templates below. */
    numbering: numberingSchema.prefault({}),
    /** Disclosure index: frameworks and explanations. Default: no index. */
    disclosures: disclosuresSchema.prefault({}),
    /** Page size and margins of the PDFs. Default: A4 with the margins below. */
    print: printSchema.prefault({}),
    /** The PDF cover. Default: the brand's colour, logo and the title only. */
    cover: z
      .object({
        /**
         * A picture across the cover, below the organisation's name: a path
         * relative to report.yaml, e.g. `images/cover.jpg` (SVG, PNG, JPEG or
         * WebP). Default: none.
         */
        image: z
          .string()
          .regex(/\.(svg|png|jpe?g|webp)$/i, 'use an SVG, PNG, JPEG or WebP image, e.g. images/cover.jpg')
          .refine((p) => !/^[a-z][a-z0-9+.-]*:/i.test(p) && !p.startsWith('/'), 'write a path relative to report.yaml, e.g. images/cover.jpg')
          .optional(),
      })
      .strict()
      .prefault({}),
    /**
     * The scripts to publish, in switcher order. The source `zh-Hans` must be
     * among them. Default: `zh-Hans` and `zh-Hant`.
     */
    variants: z
      .array(variantSchema)
      .min(1)
      .default([
        { code: 'zh-Hans', vocabulary: 'kept' },
        { code: 'zh-Hant', vocabulary: 'kept' },
      ])
      .superRefine((variants, ctx) => {
        const seen = new Map<string, number>();
        variants.forEach((v, i) => {
          const prefix = v.prefix ?? v.code.toLowerCase();
          for (const [key, value] of [['code', v.code], ['prefix', prefix]] as const) {
            const tag = `${key}:${value}`;
            if (seen.has(tag)) {
              ctx.addIssue({ code: 'custom', path: [i, key], message: `${key} ${JSON.stringify(value)} is used by two variants` });
            }
            seen.set(tag, i);
          }
        });
        if (!variants.some((v) => v.code === SOURCE_VARIANT)) {
          ctx.addIssue({ code: 'custom', path: [], message: `the source variant ${SOURCE_VARIANT} must be published` });
        }
      }),
  })
  .strict();

export type ReportInput = z.input<typeof reportSchema>;
export type ReportData = z.output<typeof reportSchema>;
