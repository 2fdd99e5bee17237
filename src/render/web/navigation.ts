/** What a chapter page links to: sidebar, in-page contents, previous/next. */
import type { MarkdownHeading } from 'astro';
import type { Chapter } from '../../content/chapters.ts';
import type { OutlineHeading } from '../../content/outline/outline.ts';

/** Outline headings as contents entries, their number before the text (1.2 能源管理). */
export function outlineTocHeadings(headings: readonly OutlineHeading[]): MarkdownHeading[] {
  return headings.map((h) => ({ depth: h.depth, slug: h.id, text: h.number ? `${h.number} ${h.text}` : h.text }));
}

/** Headings that belong in a table of contents (not the footnotes label). */
export function tocHeadings(headings: MarkdownHeading[], maxDepth = 3): MarkdownHeading[] {
  return headings.filter((h) => h.depth >= 2 && h.depth <= maxDepth && h.slug !== 'footnote-label');
}

export interface TocNode {
  heading: MarkdownHeading;
  children: TocNode[];
}

/** Nests a flat heading list by depth (h3 under the preceding h2, …). */
export function nestHeadings(headings: MarkdownHeading[]): TocNode[] {
  const roots: TocNode[] = [];
  const stack: TocNode[] = [];
  for (const heading of headings) {
    const node: TocNode = { heading, children: [] };
    while (stack.length && stack[stack.length - 1]!.heading.depth >= heading.depth) stack.pop();
    (stack.length ? stack[stack.length - 1]!.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

export function neighbours(chapters: Chapter[], current: Chapter): { prev?: Chapter; next?: Chapter } {
  const i = chapters.indexOf(current);
  return { prev: chapters[i - 1], next: chapters[i + 1] };
}
