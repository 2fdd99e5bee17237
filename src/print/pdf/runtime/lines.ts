/**
 * Lines of a block as the browser laid them out, read from the boxes of its
 * characters: for orphans and widows (keep-together.ts).
 */

/** The fewest lines of a block (or rows of a KPI category) on either side of a page break. */
export const MIN_LINES = 2;

export interface Character {
  node: Text;
  offset: number;
  /** The top of its line box, rounded to a pixel. */
  top: number;
}

/** Every character of a block with the top of its line box (whitespace and footnotes left out). */
export const characters = (block: Element) => {
  const out: Character[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement?.closest('.footnote')) continue;
    for (let i = 0; i < node.data.length; i++) {
      if (/\s/.test(node.data[i]!)) continue;
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getBoundingClientRect();
      if (rect.height > 0) out.push({ node, offset: i, top: Math.round(rect.top) });
    }
  }
  return out;
};

/** How many lines characters in reading order run over: a new line starts more than 2px below the last. */
export const lineCount = (chars: ReadonlyArray<{ top: number }>) => {
  let lines = 0;
  let last = Number.NEGATIVE_INFINITY;
  for (const c of chars) {
    if (c.top > last + 2) {
      lines++;
      last = c.top;
    }
  }
  return lines;
};

/**
 * Starts a range where a line starts. At the start of a text node, before the outermost element
 * of `block` that starts there: Paged.js adds a hyphen to the text before a break inside a text
 * node whenever a letter follows, even at its very start.
 */
export const setStartAt = (range: Range, node: Text, offset: number, block: Element) => {
  if (offset > 0) return range.setStart(node, offset);
  let first: Node = node;
  while (first.parentNode && first.parentNode !== block && !first.previousSibling) first = first.parentNode;
  range.setStartBefore(first);
};

/** Whether anything after `el` is laid out on the page, so that all of `el` is. */
export const laidOutAfter = (el: Element, rendered: Element) => {
  for (let node: Node | null = el; node && node !== rendered; node = node.parentNode) if (node.nextSibling) return true;
  return false;
};

/**
 * Orphans and widows: where a break that leaves `before` lines of a block on this page and
 * `after` on the next should go. `whole`: whether all of the block's lines after the break are
 * laid out yet (Paged.js lays a block resumed from an earlier page out a piece at a time).
 * - `block`: fewer than two lines would stay: the whole block goes to the next page;
 * - `line`: fewer than two lines would go on and this page can spare one: its last line goes with them;
 * - `here`: the break stays where it is.
 */
export const keepLinesChoice = (before: number, after: number, whole: boolean): 'block' | 'line' | 'here' => {
  if (before < MIN_LINES) return 'block';
  if (whole && after < MIN_LINES && before > MIN_LINES) return 'line';
  return 'here';
};
