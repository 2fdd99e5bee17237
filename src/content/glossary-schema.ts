/**
 * The report glossary, `content/glossary.yaml`, and the `glossary` field of
 * a chapter's frontmatter: how terms are written in each Traditional variant,
 * and terms that stay exactly as written.
 */
import { z } from 'astro/zod';

const text = z.string().trim();

export const glossaryTermSchema = z
  .object({
    /** The term as written in the Simplified chapters. Required. */
    'zh-Hans': text.min(1, 'the Simplified term is empty'),
    /** How every Traditional variant writes it (adapted to each variant's character forms). Default: none. */
    'zh-Hant': text.optional(),
    /** How the zh-Hant-TW variant writes it, exactly; beats `zh-Hant` there. Default: none. */
    'zh-Hant-TW': text.optional(),
    /** How the zh-Hant-HK variant writes it, exactly; beats `zh-Hant` there. Default: none. */
    'zh-Hant-HK': text.optional(),
    /** Why the term is written this way, for other editors. Default: none. */
    note: z.string().optional(),
  })
  .catchall(z.unknown());

export const protectedTermSchema = z.union(
  [
    text.min(1, 'the protected term is empty'),
    z
      .object({
        /** The term, kept exactly as written in every variant. Required. */
        term: text.min(1, 'the protected term is empty'),
        /** Why it is protected (a name, a brand, a standard). Default: none. */
        note: z.string().optional(),
      })
      .strict(),
  ],
  { error: 'a protected term is written as text (`- 余志明`), or as `term:` with an optional `note:`' },
);

export const glossarySchema = z
  .object({
    /** Term mappings. Default: none. */
    terms: z.array(glossaryTermSchema).default([]),
    /** Terms that stay exactly as written in every variant: names of people, firms, products, standards. Default: none. */
    protected: z.array(protectedTermSchema).default([]),
  })
  .strict();

export type GlossaryInput = z.input<typeof glossarySchema>;
export type GlossaryData = z.output<typeof glossarySchema>;
