/**
 * A link cannot hold a link. GFM turns an address written as the text of a
 * JSX link — `<a href="mailto:esg@example.com">esg@example.com</a>` — into a
 * second, literal autolink inside the first, which the browser splits into an
 * empty link and a copy. This plugin gives a link found inside a JSX `<a>`
 * back its text.
 */
import type { Root, RootContent } from 'mdast';

type Node = Root | RootContent;

export default function remarkNoNestedLinks() {
  return (tree: Root) => walk(tree, false);
}

function walk(node: Node, insideLink: boolean): void {
  if (!('children' in node)) return;
  const children = node.children as RootContent[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (insideLink && child.type === 'link') {
      children.splice(i, 1, ...(child.children as RootContent[]));
      i--;
      continue;
    }
    const isJsxLink = (child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && child.name === 'a';
    walk(child, insideLink || isJsxLink || child.type === 'link');
  }
}
