/**
 * Wraps every table in a focusable, labelled scroll container so wide tables
 * scroll sideways on a phone instead of widening the page.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeTableScroll(options: { label?: string } = {}) {
  const label = options.label ?? '表格';
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      if (parent.type === 'element' && parent.properties.dataTableScroll !== undefined) return;
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], dataTableScroll: '', role: 'region', tabIndex: 0, ariaLabel: label },
        children: [node],
      };
    });
  };
}
