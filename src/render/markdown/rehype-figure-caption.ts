/**
 * Turns an image that stands alone in its paragraph and has a title,
 * `![alt](src "caption")`, into `<figure><img><figcaption>caption</figcaption></figure>`.
 * The title moves into the caption so it is read once, not twice.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

function isBlank(node: ElementContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

export default function rehypeFigureCaption() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'p' || !parent || index === undefined) return;
      const content = node.children.filter((c) => !isBlank(c));
      const img = content[0];
      if (content.length !== 1 || img?.type !== 'element' || img.tagName !== 'img') return;
      const caption = img.properties.title;
      if (typeof caption !== 'string' || caption.trim() === '') return;
      delete img.properties.title;
      const figure: Element = {
        type: 'element',
        tagName: 'figure',
        properties: {},
        children: [img, { type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: caption }] }],
      };
      parent.children[index] = figure;
    });
  };
}
