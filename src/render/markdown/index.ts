/**
 * The Markdown/MDX pipeline: GitHub-flavoured Markdown plus Bifolio's own
 * plugins, for Astro's unified processor.
 */
import { MARKDOWN_SYNTAX } from '../../content/markdown-syntax.ts';
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkCjkAutolink from './remark-cjk-autolink.ts';
import remarkNoNestedLinks from './remark-no-nested-links.ts';
import remarkOutline from './remark-outline.ts';
import rehypeTableScroll from './rehype-table-scroll.ts';

export const markdownOptions = {
  // The chapter syntax is added here (content/markdown-syntax.ts) rather than by `gfm: true`, so
  // that every parser of the project reads chapters alike.
  gfm: false,
  // Chinese text is typed with full-width punctuation; English smart quotes
  // would also make the rendered tree differ from the one the outline reads.
  smartypants: false,
  remarkPlugins: [...MARKDOWN_SYNTAX, remarkOutline, remarkCjkAutolink, remarkNoNestedLinks],
  rehypePlugins: [rehypeTableScroll],
  remarkRehype: {
    footnoteLabel: '注释',
    footnoteLabelTagName: 'h2',
    footnoteLabelProperties: { className: ['footnotes-title'] },
    footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
      `返回正文第${referenceIndex + 1}处引用${rereferenceIndex > 1 ? `（${rereferenceIndex}）` : ''}`,
  },
} satisfies UnifiedProcessorOptions;
