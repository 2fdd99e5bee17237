/** Frontmatter of a chapter, `content/chapters/*.mdx`. */
import { z } from 'astro/zod';
import { glossarySchema } from './glossary-schema.ts';
import { disclosureListSchema } from './disclosures/schema.ts';
import { ASCII_NAME } from './slugs.ts';

export const chapterSchema = z
  .object({
    title: z.string().min(1).describe('Chapter title, as printed at the top of the chapter and in the contents.'),
    shortTitle: z.string().min(1).optional().describe('Shorter title for the sidebar and the previous/next links. Default: the title.'),
    order: z
      .number({ error: 'expected a number, e.g. `order: 3`' })
      .describe('Position of the chapter in the report: chapters are sorted by it, ties by file name.'),
    slug: z
      .string()
      .regex(ASCII_NAME, 'use lowercase ASCII letters, digits and single hyphens')
      .optional()
      .describe('The chapter\'s page address: lowercase ASCII letters, digits and hyphens. Default: the file name without a leading number (`03-environment.mdx` → `environment`).'),
    kind: z
      .enum(['front', 'chapter', 'appendix'])
      .default('chapter')
      .describe('`front`: front matter such as the letter, not numbered; `chapter`: numbered 第一章 …; `appendix`: numbered 附录一 ….'),
    disclosures: disclosureListSchema
      .optional()
      .describe('Disclosure codes the whole chapter covers, by framework, e.g. `hkex: [A1, A1.1]`, `gri: ["305-1"]` (GRI codes in quotes); a section declares its own with `<Disclosures>`.'),
    description: z.string().min(1).optional().describe('One-sentence summary for search engines, link previews and the contents page.'),
    glossary: glossarySchema
      .optional()
      .describe('Glossary entries for this chapter\'s text only, written as in glossary.yaml (`terms`, `protected`); they beat the report glossary here.'),
  })
  .strict()
  .describe('The frontmatter of a chapter (chapters/*.mdx).');

export type ChapterFrontmatter = z.output<typeof chapterSchema>;
