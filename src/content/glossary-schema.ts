/**
 * The report glossary, `content/glossary.yaml`, and the `glossary` field of
 * a chapter's frontmatter: how terms are written in each Traditional variant,
 * and terms that stay exactly as written.
 */
import { z } from 'astro/zod';

const text = z.string().trim();

export const glossaryTermSchema = z
  .object({
    'zh-Hans': text.min(1, 'the Simplified term is empty').describe('The term as written in the Simplified chapters.'),
    'zh-Hant': text.optional().describe("How every Traditional variant writes it, adapted to each variant's character forms."),
    'zh-Hant-TW': text.optional().describe('How the zh-Hant-TW variant writes it, exactly; beats `zh-Hant` there.'),
    'zh-Hant-HK': text.optional().describe('How the zh-Hant-HK variant writes it, exactly; beats `zh-Hant` there.'),
    note: z.string().optional().describe('Why the term is written this way, for other editors.'),
  })
  .catchall(z.unknown());

export const protectedTermSchema = z.union(
  [
    text.min(1, 'the protected term is empty'),
    z
      .object({
        term: text.min(1, 'the protected term is empty').describe('The term, kept exactly as written in every variant.'),
        note: z.string().optional().describe('Why it is protected (a name, a brand, a standard).'),
      })
      .strict(),
  ],
  { error: 'a protected term is written as text (`- 余志明`), or as `term:` with an optional `note:`' },
);

export const glossarySchema = z
  .object({
    terms: z.array(glossaryTermSchema).default([]).describe('How terms are written in the Traditional variants; an entry wins wherever its term occurs.'),
    protected: z
      .array(protectedTermSchema)
      .default([])
      .describe('Terms that stay exactly as written in every variant: names of people, firms, products, standards; written as the term alone or as `term` and `note`.'),
  })
  .strict()
  .describe('The glossary (glossary.yaml): how terms are written in the Traditional editions, and terms that stay as written.');

export type GlossaryInput = z.input<typeof glossarySchema>;
export type GlossaryData = z.output<typeof glossarySchema>;
