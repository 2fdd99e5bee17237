/**
 * Wraps every table in a focusable, labelled scroll container so wide tables
 * scroll sideways on a phone instead of widening the page. The container is a
 * landmark region, so it needs a name of its own: its column headers
 * (「表格：类别、风险或机遇…」). `<Table>` replaces that name with its caption.
 */
import type { Element, Root } from 'hast';
import { toString } from 'mdast-util-to-string';
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
        properties: { className: ['table-scroll'], dataTableScroll: '', role: 'region', tabIndex: 0, ariaLabel: tableName(node, label) },
        children: [node],
      };
    });
  };
}

/** 「表格：」 followed by the texts of the first row's header cells. */
function tableName(table: Element, label: string): string {
  let headers: string[] = [];
  visit(table, 'element', (node: Element) => {
    if (node.tagName !== 'tr') return;
    headers = node.children
      .filter((cell): cell is Element => cell.type === 'element' && cell.tagName === 'th')
      .map((cell) => toString(cell).trim())
      .filter(Boolean);
    return false;
  });
  return headers.length ? `${label}：${headers.join('、')}` : label;
}
