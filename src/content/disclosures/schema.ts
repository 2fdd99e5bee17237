/** Schemas of the disclosure code lists and of disclosure declarations. */
import { z } from 'astro/zod';

/** Frameworks Bifolio ships a code list for (`src/content/disclosures/codes/<id>.json`). */
export const FRAMEWORKS = ['hkex', 'gri', 'tcfd', 'ungc', 'sdg'] as const;
export type FrameworkId = (typeof FRAMEWORKS)[number];

const code = z.union([z.string().min(1), z.number()]).transform(String);

/** `{ hkex: [A1, A1.1], gri: ["305-1"] }`: codes by framework. */
export const disclosureListSchema = z
  .object(Object.fromEntries(FRAMEWORKS.map((f) => [f, z.array(code).optional().describe(`Codes of the ${f} framework.`)])) as Record<FrameworkId, z.ZodOptional<z.ZodArray<typeof code>>>)
  .strict()
  .meta({ title: 'codes by framework' });

export type DisclosureList = Partial<Record<FrameworkId, string[]>>;

/** One code of a framework's list. */
export const codeEntrySchema = z
  .object({
    /** The code as editors write it, ASCII. Required. */
    code: z.string().regex(/^[A-Za-z0-9.\-]+$/),
    /** Short title in Simplified Chinese. Required. */
    title: z.string().min(1),
    /** Heading the index groups the code under (an aspect, a GRI standard). Default: none. */
    group: z.string().min(1).optional(),
    /** HKEX only: `mandatory`, `comply-or-explain` or `voluntary`. Default: `voluntary`. */
    requirement: z.enum(['mandatory', 'comply-or-explain', 'voluntary']).default('voluntary'),
  })
  .strict();

export const codeListSchema = z
  .object({
    /** Framework id, the file's name. Required. */
    framework: z.enum(FRAMEWORKS),
    /** Full name of the framework. Required. */
    name: z.string().min(1),
    /** Short name for headings. Required. */
    shortName: z.string().min(1),
    /** Edition the list follows. Required. */
    source: z.string().min(1),
    /** The codes, in the framework's order. Required. */
    codes: z.array(codeEntrySchema).min(1),
  })
  .strict();

export type CodeList = z.output<typeof codeListSchema>;
export type CodeEntry = z.output<typeof codeEntrySchema>;
