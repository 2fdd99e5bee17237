/**
 * Marks a chapter's tree with what the report outline needs at render time
 * (content/outline): headings become `<Heading>` with their id, numbered
 * tables and figures get their position, and every outline-aware component
 * learns which chapter it is in. Numbers and titles themselves are looked up
 * when the page renders, so they follow edits to other chapters at once.
 */
import path from 'node:path';
import type { Heading, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { componentDeclaration, isChapterAware } from '../../content/components.ts';
import { collectChapter, imagesToFigures, setAttribute } from '../../content/outline/collect.ts';

export default function remarkOutline() {
  return (tree: Root, file: VFile) => {
    const source = file.history[0] ?? file.path;
    if (!source?.endsWith('.mdx')) return;
    const key = path.basename(source);
    imagesToFigures(tree);
    const items = collectChapter(tree);
    let headingIndex = 0;
    let numberedIndex = 0;
    visit(tree, (node, index, parent) => {
      if (node.type === 'heading' && (node as Heading).depth >= 2 && parent && index !== undefined) {
        const heading = node as Heading;
        const element: MdxJsxFlowElement = {
          type: 'mdxJsxFlowElement',
          name: 'Heading',
          attributes: [
            { type: 'mdxJsxAttribute', name: 'depth', value: String(heading.depth) },
            { type: 'mdxJsxAttribute', name: 'id', value: items.headings[headingIndex++]!.id },
            { type: 'mdxJsxAttribute', name: 'bifolioChapter', value: key },
          ],
          children: heading.children as MdxJsxFlowElement['children'],
          position: heading.position,
        };
        (parent.children as RootContent[])[index] = element;
        return;
      }
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && isChapterAware(node.name)) {
        setAttribute(node, 'bifolioChapter', key);
        if (componentDeclaration(node.name)?.numbered) setAttribute(node, 'bifolioOrdinal', String(numberedIndex++));
      }
    });
  };
}
