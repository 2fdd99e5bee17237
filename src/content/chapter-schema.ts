/** Frontmatter of a chapter, `content/chapters/*.mdx`. */
import { z } from 'astro/zod';
import { glossarySchema } from './glossary-schema.ts';
import { disclosureListSchema } from './disclosures/schema.ts';

export const chapterSchema = z
  .object({
    /** Chapter title, as printed at the top of the chapter and in the contents. Required. */
    title: z.string().min(1),
    /** Shorter title for the sidebar and previous/next links. Default: the title. */
    shortTitle: z.string().min(1).optional(),
    /**
     * Position of the chapter in the report; chapters are sorted by it
     * (ties broken by file name). Required.
     */
    order: z.number({ error: 'expected a number, e.g. `order: 3`' }),
    /**
     * ASCII path segment of the chapter's page. Default: the file name
     * without extension and without a leading number (`03-environment.mdx` → `environment`).
     */
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase ASCII letters, digits and single hyphens')
      .optional(),
    /**
     * What the chapter is: `front` (front matter such as the letter, not
     * numbered), `chapter` (a numbered chapter, 第一章 …) or `appendix`
     * (numbered as appendices, 附录一 …). Default: `chapter`.
     */
    kind: z.enum(['front', 'chapter', 'appendix']).default('chapter'),
    /**
     * Disclosure codes the whole chapter covers, by framework, e.g.
     * `hkex: [A1, A1.1]`, `gri: ["305-1"]`; sections declare theirs with
     * `<Disclosures>`. Default: none.
     */
    disclosures: disclosureListSchema.optional(),
    /** One-sentence summary for search engines and link previews. Default: none. */
    description: z.string().min(1).optional(),
    /**
     * Glossary entries for this chapter's text only, in the form of
     * content/glossary.yaml (`terms`, `protected`); they beat the report
     * glossary here. Default: none.
     */
    glossary: glossarySchema.optional(),
  })
  .strict();

export type ChapterFrontmatter = z.output<typeof chapterSchema>;
