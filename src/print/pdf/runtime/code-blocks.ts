/**
 * A code block that fits on a page is kept on one (print.css: break-inside: avoid); one taller
 * than a page would run past the page's foot whole, so it may break between lines, at least two
 * on either side (KeepTogether). Where Paged.js resumes a block inside it, it skips the
 * whitespace-only text between two elements, which in a code block is the line break between two
 * highlighted lines: wrapped in elements of their own, the line breaks reach every page.
 */
import type { HandlerClass } from './paged.ts';

export function codeBlocks(Handler: HandlerClass) {
  return class CodeBlocks extends Handler {
    beforeParsed(content: DocumentFragment) {
      for (const pre of Array.from(content.querySelectorAll('pre'))) {
        const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
        const blanks: Text[] = [];
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (!/[^\t\n\r ]/.test(node.data) && (node.previousSibling || node.nextSibling)) blanks.push(node);
        }
        for (const text of blanks) {
          const holder = document.createElement('span');
          text.replaceWith(holder);
          holder.append(text);
        }
      }
    }

    renderNode(clone: Node, node: Node, layout: { bounds: DOMRect }) {
      if (clone.nodeType !== 1) return;
      // A code block, or one inside what Paged.js lays out whole (a list item, a quote).
      const element = clone as HTMLElement;
      const blocks = element.tagName === 'PRE' ? [element] : Array.from(element.querySelectorAll<HTMLElement>('pre'));
      for (const block of blocks) {
        const source = block === element ? (node as HTMLElement) : (node as Element).querySelector<HTMLElement>(`[data-ref="${block.dataset.ref}"]`);
        if (!source || source.style.breakInside === 'auto') continue;
        // Its boxes in the page's columns (what does not fit goes to the next column): its whole height.
        const height = Array.from(block.getClientRects()).reduce((sum, r) => sum + r.height, 0);
        if (height <= layout.bounds.height) continue;
        // On the source too: the rest of the block, on the next page, is cloned from it.
        source.style.breakInside = 'auto';
        block.style.breakInside = 'auto';
      }
    }
  };
}
