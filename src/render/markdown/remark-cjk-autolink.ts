/**
 * GitHub's literal autolinks end only at whitespace, so in Chinese prose,
 * where no space follows a URL, `详见https://example.com。` would link the
 * full stop and any text after it. This plugin ends a literal autolink at
 * the first CJK character or full-width punctuation mark and gives the rest
 * back to the sentence. It also marks every link whose text is its address
 * with the class `url`: an address has no words to break between, so the
 * style sheets let it break anywhere instead of leaving a justified line of
 * Chinese spread wide before it.
 */
import type { Link, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014]/u;

export default function remarkCjkAutolink() {
  return (tree: Root) => {
    visit(tree, 'link', (node: Link, index, parent) => {
      if (!parent || index === undefined || node.children.length !== 1) return;
      const child = node.children[0];
      if (child?.type !== 'text') return;
      // Only literal autolinks: their text is the URL (maybe without the scheme).
      const isLiteral = node.url === child.value || node.url === `http://${child.value}` || node.url === `mailto:${child.value}`;
      if (!isLiteral) return;
      const data = (node.data ??= {});
      const properties = (data.hProperties ??= {}) as { className?: string[] };
      properties.className = [...(properties.className ?? []), 'url'];
      const cut = child.value.search(CJK);
      if (cut <= 0) return;
      const rest = child.value.slice(cut);
      const kept = child.value.slice(0, cut);
      child.value = kept;
      node.url = node.url.slice(0, node.url.length - rest.length);
      const after: Text = { type: 'text', value: rest };
      parent.children.splice(index + 1, 0, after);
    });
  };
}
