/**
 * The Markdown syntax of a chapter, the same for every parser the project
 * runs (the site's MDX, the outline, `check`), so they read a chapter alike:
 * GitHub-flavoured Markdown, with a single tilde not taken as strikethrough
 * (Chinese text writes ranges as 2021~2024), and emphasis as Chinese editors
 * write it (remark-cjk-friendly: `**99.99%**的`, `**“零排放”**园区` are strong
 * text, which CommonMark's rules leave as asterisks next to CJK text and
 * full-width punctuation).
 */
import remarkCjkFriendly from 'remark-cjk-friendly/parseOnly';
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';

export const MARKDOWN_SYNTAX = [[remarkGfm, { singleTilde: false }], remarkCjkFriendly] as const satisfies PluggableList;
