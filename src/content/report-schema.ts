/**
 * The report configuration, `content/report.yaml`: what the report is and
 * which scripts it is published in.
 */
import { z } from 'astro/zod';
import { profileNames, type ProfileName } from '../convert/profiles.ts';
import { FRAMEWORKS } from './disclosures/schema.ts';
import { unknownTokens } from './outline/numbering.ts';
import { ASCII_NAME } from './slugs.ts';

/** The script chapters are written in. Every other variant is converted from it. */
export const SOURCE_VARIANT = 'zh-Hans';
/** Variant codes Bifolio can publish: the source and every conversion profile. */
export const KNOWN_VARIANTS = [SOURCE_VARIANT, ...profileNames] as const;

const isoDate = z.iso.date({ error: 'expected a date written as YYYY-MM-DD' }).meta({ title: 'date' });
const asciiName = z.string().regex(ASCII_NAME, 'use lowercase ASCII letters, digits and single hyphens');

export const variantSchema = z
  .object({
    code: z
      .enum(KNOWN_VARIANTS, {
        error: (issue) =>
          `unknown variant ${JSON.stringify(issue.input)}; known variants are ${KNOWN_VARIANTS.join(', ')}`,
      })
      .describe(`The script: \`${SOURCE_VARIANT}\` (the source, always published) or a Traditional variant. Also the \`lang\` of its pages.`),
    prefix: asciiName
      .optional()
      .describe('First part of the address of the variant\'s pages (`/zh-hant/…`): lowercase ASCII letters, digits and hyphens. Default: the code in lowercase.'),
    label: z
      .string()
      .min(1)
      .optional()
      .describe("Name of the script in the script switcher, written in that script. Default: 简体中文 for the source, the profile's name otherwise (繁體中文 …)."),
    profile: z
      .enum(profileNames as [ProfileName, ...ProfileName[]], {
        error: (issue) => `unknown profile ${JSON.stringify(issue.input)}; known profiles are ${profileNames.join(', ')}`,
      })
      .optional()
      .describe('How the text is converted: character forms and the choice among several Traditional forms (see "Profiles"). Default: the variant\'s code.'),
    vocabulary: z
      .enum(['kept', 'regional'])
      .default('kept')
      .describe('`kept`: words stay as written; `regional`: Mainland words become the profile\'s regional ones (Taiwan: 軟件 → 軟體, 數據 → 資料).'),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.code === SOURCE_VARIANT && (v.profile !== undefined || v.vocabulary !== 'kept')) {
      ctx.addIssue({ code: 'custom', path: ['profile'], message: `${SOURCE_VARIANT} is the source script and takes no profile` });
    }
  });

/** A print length: `24mm`, `2.4cm`, `1in` or `68pt`. */
const length = z
  .string()
  .regex(/^\d+(\.\d+)?(mm|cm|in|pt)$/, 'write a length with its unit, e.g. 20mm, 2cm, 0.75in or 54pt')
  .meta({ title: 'length (mm, cm, in, pt)' });
const PAGE_SIZES = ['A4', 'A5', 'B5', 'Letter'] as const;

export const printSchema = z
  .object({
    pageSize: z
      .string()
      .refine((s) => (PAGE_SIZES as readonly string[]).includes(s) || /^\d+(\.\d+)?(mm|cm|in|pt) \d+(\.\d+)?(mm|cm|in|pt)$/.test(s), {
        message: `use ${PAGE_SIZES.join(', ')} or a width and height such as "210mm 280mm"`,
      })
      .default('A4')
      .meta({ description: 'Page size of the PDFs: a name, or width and height.', examples: [...PAGE_SIZES, '210mm 280mm'] }),
    margins: z
      .object({
        top: length.default('24mm').describe('Top margin, above the text and below the running head.'),
        bottom: length.default('24mm').describe('Bottom margin, holding the page number.'),
        inside: length.default('24mm').describe('Margin at the binding (the left margin of right-hand pages).'),
        outside: length.default('20mm').describe('Margin at the outer edge.'),
      })
      .strict()
      .prefault({})
      .describe('Margins of the PDF pages.'),
    bleed: length.default('3mm').describe('Bleed around the trimmed page in the printer edition.'),
  })
  .strict();

/** A number template: `第{n:cn}章`, `{c}.{n}`, `表{n}`; empty switches numbering off. */
const template = z
  .string()
  .superRefine((t, ctx) => {
    const unknown = unknownTokens(t);
    if (unknown.length) {
      ctx.addIssue({ code: 'custom', message: `unknown ${unknown.join(', ')} in the template; use {n}, {n:cn} (一二三), {n:alpha} (ABC), {c} (chapter) or {s} (section)` });
    }
  })
  .meta({ title: 'number template' });

export const numberingSchema = z
  .object({
    chapter: template.default('第{n:cn}章').describe('Label of numbered chapters (`kind: chapter`): 第一章 by default.'),
    section: template.default('{c}.{n}').describe('Label of `##` sections in numbered chapters: 1.2 by default.'),
    subsection: template.default('').meta({ description: 'Label of `###` subsections in numbered chapters.', examples: ['{c}.{s}.{n}'] }),
    appendix: template.default('附录{n:cn}').describe('Label of appendices (`kind: appendix`): 附录一 by default.'),
    table: template.default('表{n}').meta({ description: 'Label of tables; with `{c}` numbering restarts in every chapter.', examples: ['表{c}-{n}'] }),
    figure: template.default('图{n}').describe('Label of figures and charts; with `{c}` numbering restarts in every chapter.'),
  })
  .strict();

export const disclosuresSchema = z
  .object({
    frameworks: z
      .array(z.enum(FRAMEWORKS))
      .default([])
      .meta({ description: 'Frameworks the disclosure index covers and the build checks for completeness.', examples: [['hkex', 'gri']] }),
    explanations: z
      .record(z.string().meta({ title: 'code' }), z.string().min(1))
      .default({})
      .describe('Why an HKEX comply-or-explain item is not reported, by code (`A2.5: …`); printed in the index in place of a location.'),
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
    tag: z
      .enum(HEAD_TAGS, {
        error: (issue) => `a head entry is a script, link or meta, not ${JSON.stringify(issue.input)}`,
      })
      .describe('`script` (a script file from another site), `link` (a stylesheet, icon, preconnect …) or `meta`.'),
    attrs: z
      .record(z.string().meta({ title: 'attribute' }), headAttribute)
      .default({})
      .describe("The element's attributes, e.g. `{ src: 'https://plausible.io/js/script.js', defer: true }`; `true` for an attribute without a value."),
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
    title: z.string().min(1).describe('Full title of the report, as printed on the cover.'),
    shortTitle: z.string().min(1).optional().describe('Short title for the page header and browser tabs. Default: the title.'),
    subtitle: z.string().min(1).optional().describe('Subtitle or slogan under the title.'),
    slug: asciiName.meta({
      description: 'ASCII name of the downloaded files (PDFs, spreadsheets): lowercase letters, digits and hyphens.',
      examples: ['chengchuan-esg-2024'],
    }),
    site: z
      .url({ error: 'expected an absolute address such as https://esg.example.com' })
      .refine((url) => /^https?:\/\//i.test(url), { message: 'the site is published at an http:// or https:// address, e.g. https://example.com/esg/2024/' })
      .refine((url) => !/[?#]/.test(url), { message: 'a site address has no ? or #: write the address of its folder, e.g. https://example.com/esg/2024/' })
      .optional()
      .meta({
        description:
          'Address the site is published at. Makes canonical and Open Graph URLs, hreflang links, the sitemap and robots.txt absolute; a path is where every page and file of the site lives (see "Publishing the website"). Without it there are no canonical links, the sitemap lists paths only, and the site is served at `/`.',
        examples: ['https://esg.example.com', 'https://example.com/esg/2024/'],
      }),
    head: z
      .array(headEntrySchema)
      .default([])
      .describe(
        "Extra elements in every page's head, such as a statistics script (see \"Publishing the website\"): each a script, link or meta loading from an https address; the pages' security policy allows exactly that address's origin.",
      ),
    description: z.string().min(1).optional().describe("One or two sentences describing the report, for search engines (the landing page's meta description)."),
    organisation: z
      .object({
        name: z.string().min(1).describe('Registered name of the reporting organisation.'),
        shortName: z.string().min(1).optional().describe('Short name, in the page header and running text. Default: the name.'),
        stockCode: z.string().min(1).meta({ description: 'Stock code, printed with the name.', examples: ['00700'] }).optional(),
        englishName: z.string().min(1).optional().describe('Name in English, marked as English (`lang="en"`) wherever shown.'),
      })
      .strict()
      .describe('The reporting organisation.'),
    period: z
      .object({
        start: isoDate.describe('First day of the reporting period.'),
        end: isoDate.describe('Last day of the reporting period.'),
        label: z.string().min(1).optional().describe('How the period is printed. Default: built from the dates, e.g. 2024年1月1日至2024年12月31日.'),
      })
      .strict()
      .refine((p) => p.start <= p.end, { message: 'the period ends before it starts', path: ['end'] })
      .describe('The reporting period.'),
    published: isoDate
      .optional()
      .describe('Publication date: printed on the back cover, and the date of the PDFs. Without it the PDFs are dated from SOURCE_DATE_EPOCH, or else the last day of the period.'),
    numbering: numberingSchema.prefault({}).describe('How chapters, sections, tables and figures are numbered.'),
    disclosures: disclosuresSchema.prefault({}).describe('The disclosure index: frameworks and explanations.'),
    print: printSchema.prefault({}).describe('Page size and margins of the PDFs (see "The PDFs").'),
    cover: z
      .object({
        image: z
          .string()
          .regex(/\.(svg|png|jpe?g|webp)$/i, 'use an SVG, PNG, JPEG or WebP image, e.g. images/cover.jpg')
          .refine((p) => !/^[a-z][a-z0-9+.-]*:/i.test(p) && !p.startsWith('/'), 'write a path relative to report.yaml, e.g. images/cover.jpg')
          .optional()
          .meta({
            description: "A picture across the PDF cover, below the organisation's name: SVG, PNG, JPEG or WebP, its path relative to report.yaml.",
            examples: ['images/cover.jpg'],
          }),
      })
      .strict()
      .prefault({})
      .describe("The PDF cover; without a picture it has the brand's colour, logo and the title."),
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
      })
      .describe(`The scripts to publish, in switcher order; the source \`${SOURCE_VARIANT}\` must be among them. Default: \`zh-Hans\` and \`zh-Hant\`.`),
  })
  .strict()
  .describe('The report configuration (report.yaml): what the report is and which scripts it is published in.');

export type ReportInput = z.input<typeof reportSchema>;
export type ReportData = z.output<typeof reportSchema>;
