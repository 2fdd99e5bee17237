/**
 * What the laid-out pages hold, read in the browser after Paged.js: the two
 * halves of the PDFs' text check (integrity.ts explains the whole check).
 *
 * - `sourceTexts` / `checkLayout`: every element of the document Paged.js
 *   laid out (its source, where each element has a `data-ref`) must be in the
 *   pages with all of its own text, once, and visibly inside its page's text
 *   or footnote area. This is exact: text is compared element by element.
 * - `collectPageText`: every text node of every page with the boxes of its
 *   lines, and the boxes where the browser draws text the document does not
 *   hold as text (running heads and page numbers, list numbers, page numbers
 *   of references, emphasis marks, images): the printed PDF is compared with
 *   this, character by character, by position (integrity.ts).
 *
 * Each export is passed to `evaluateJson` (runtime-bundle.ts): it must not
 * use anything from its module scope, and takes and returns plain JSON data.
 */

/** A box in CSS pixels from the sheet's top left corner. */
export interface TextBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A text node of a page: its text and the box of each of its lines. */
export interface TextPiece {
  text: string;
  boxes: TextBox[];
}

export interface PageText {
  /** The sheet in CSS pixels (the trimmed page plus bleed when laid out with it). */
  width: number;
  height: number;
  pieces: TextPiece[];
  /**
   * Where text the document does not hold as text may be printed, away from
   * the document's own text; `emphasis`: where emphasis marks are drawn, over
   * or under it.
   */
  generated: TextBox[];
  emphasis: TextBox[];
  /** The page's text and footnote areas: outside them only page furniture is printed. */
  area: TextBox;
}

export interface LayoutProblem {
  kind: 'missing' | 'duplicated' | 'hidden';
  /** The element's text as the document has it, or the hidden text. */
  text: string;
  /** Pages (1-based) where it is, or where it should have been. */
  pages: number[];
}

/**
 * The own text of every element of the document as Paged.js received it
 * (whitespace left out), in document order, by `data-ref`. Run once in each
 * browser page that laid out a document or a part of one: the page then lets
 * go of the source, a second copy of the whole document (or part), before it
 * prints.
 */
export function sourceTexts(): Array<[string, string]> {
  const holder = globalThis as unknown as { __bifolioSource?: ParentNode };
  const source = holder.__bifolioSource;
  if (!source) throw new Error('the document has not been laid out');
  delete holder.__bifolioSource;
  const out: Array<[string, string]> = [];
  for (const el of Array.from(source.querySelectorAll<HTMLElement>('[data-ref]'))) {
    let text = '';
    for (const node of Array.from(el.childNodes)) if (node.nodeType === 3) text += (node as Text).data;
    text = text.replace(/\s+/g, '');
    if (text) out.push([el.dataset.ref!, text]);
  }
  return out;
}

/**
 * Compares the pages with the source texts: each element's own text, read
 * from all its pieces on all pages in order, must equal its text in the
 * source. Inserted furniture (`data-print-repeat`: repeated table headers,
 * continued captions) is left out, and so is a table cell a continued table
 * repeats in full at its top (the category of a group of rows).
 */
export function checkLayout(source: Array<[string, string]>): Array<{ kind: 'missing' | 'duplicated' | 'hidden'; text: string; pages: number[] }> {
  const own = (el: Element) => {
    let text = '';
    for (const node of Array.from(el.childNodes)) if (node.nodeType === 3) text += (node as Text).data;
    return text.replace(/\s+/g, '');
  };
  const found = new Map<string, { text: string; pages: number[] }>();
  const pages = Array.from(document.querySelectorAll<HTMLElement>('.pagedjs_page'));
  pages.forEach((page, i) => {
    for (const area of Array.from(page.querySelectorAll('.pagedjs_area'))) {
      for (const el of Array.from(area.querySelectorAll<HTMLElement>('[data-ref]'))) {
        if (el.closest('[data-print-repeat]')) continue;
        const ref = el.dataset.ref!;
        const text = own(el);
        const entry = found.get(ref);
        if (entry && !el.hasAttribute('data-split-from') && /^T[HD]$/.test(el.tagName) && el.closest('table[data-split-from]') && text === entry.text) continue;
        if (!entry) found.set(ref, { text, pages: text ? [i + 1] : [] });
        else {
          entry.text += text;
          if (text && !entry.pages.includes(i + 1)) entry.pages.push(i + 1);
        }
      }
    }
  });
  const problems: Array<{ kind: 'missing' | 'duplicated' | 'hidden'; text: string; pages: number[] }> = [];
  let lastPage = 1;
  for (const [ref, text] of source) {
    const got = found.get(ref);
    if (got?.pages.length) lastPage = got.pages[got.pages.length - 1]!;
    if (got?.text === text) continue;
    const kind = (got?.text.length ?? 0) > text.length ? 'duplicated' : 'missing';
    problems.push({ kind, text, pages: got?.pages.length ? got.pages : [lastPage] });
  }
  return problems;
}

/** The text of every page with the boxes of its lines, and the boxes of generated text (see the module comment). */
export function collectPageText(): {
  pages: Array<{
    width: number;
    height: number;
    pieces: Array<{ text: string; boxes: Array<{ x: number; y: number; w: number; h: number }> }>;
    generated: Array<{ x: number; y: number; w: number; h: number }>;
    emphasis: Array<{ x: number; y: number; w: number; h: number }>;
    area: { x: number; y: number; w: number; h: number };
  }>;
  hidden: Array<{ kind: 'hidden'; text: string; pages: number[] }>;
} {
  type Box = { x: number; y: number; w: number; h: number };
  const pages = Array.from(document.querySelectorAll<HTMLElement>('.pagedjs_page'));
  const hidden: Array<{ kind: 'hidden'; text: string; pages: number[] }> = [];
  const range = document.createRange();
  // Elements that may have generated content: those a style rule gives a ::before or ::after with
  // content (asking every element for its pseudo-elements' style is most of the time otherwise).
  const pseudoSelectors = new Set<string>();
  const visit = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSStyleRule) {
        const content = rule.style.getPropertyValue('content').trim();
        if (!content || content === 'none' || content === 'normal') continue;
        for (const selector of rule.selectorText.split(',')) {
          if (/::?(before|after)\b/.test(selector)) pseudoSelectors.add(selector.replace(/::?(before|after)\b/g, '').trim() || '*');
        }
      } else if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      visit(sheet.cssRules);
    } catch {
      // A style sheet from another origin cannot be read: the print document has none.
    }
  }
  const withPseudo = new Set<Element>();
  for (const selector of pseudoSelectors) {
    try {
      for (const el of Array.from(document.querySelectorAll(`.pagedjs_area ${selector}`))) withPseudo.add(el);
    } catch {
      // Not a selector the browser takes alone (a pseudo-class only Paged.js knows): ask every element.
      for (const el of Array.from(document.querySelectorAll('.pagedjs_area *'))) withPseudo.add(el);
    }
  }
  const out = pages.map((page, index) => {
    const sheet = (page.querySelector('.pagedjs_sheet') ?? page).getBoundingClientRect();
    const box = (r: DOMRect): Box => ({ x: r.left - sheet.left, y: r.top - sheet.top, w: r.width, h: r.height });
    const areaElement = page.querySelector('.pagedjs_area');
    const area = areaElement ? box(areaElement.getBoundingClientRect()) : { x: 0, y: 0, w: sheet.width, h: sheet.height };
    const inside = (b: Box) =>
      b.x + b.w / 2 >= area.x - 1 && b.x + b.w / 2 <= area.x + area.w + 1 && b.y + b.h / 2 >= area.y - 1 && b.y + b.h / 2 <= area.y + area.h + 1;
    const pieces: Array<{ text: string; boxes: Box[] }> = [];
    const generated: Box[] = [];
    const emphasis: Box[] = [];
    // Everything in the margins is furniture the browser generates (running heads, page numbers).
    for (const margin of Array.from(page.querySelectorAll('.pagedjs_margin'))) generated.push(box(margin.getBoundingClientRect()));
    if (!areaElement) return { width: sheet.width, height: sheet.height, pieces, generated, emphasis, area };
    /** Elements clipped to nothing (visually hidden text for screen readers): neither printed nor required. */
    const clipped = (el: Element) => {
      const style = getComputedStyle(el);
      return (
        (style.clip !== 'auto' && /rect\(0px,? 0px,? 0px,? 0px\)/.test(style.clip)) || (style.overflow === 'hidden' && el.getBoundingClientRect().width <= 1)
      );
    };
    const skipped = new Set<Element>();
    for (const el of Array.from(areaElement.querySelectorAll('*'))) {
      if (skipped.has(el.parentElement!)) {
        skipped.add(el);
        continue;
      }
      if (clipped(el)) {
        skipped.add(el);
        continue;
      }
      const style = getComputedStyle(el);
      const rects = () =>
        Array.from(el.getClientRects())
          .filter((r) => r.width > 0 || r.height > 0)
          .map(box);
      const em = parseFloat(style.fontSize) || 12;
      if (/^(img|svg|canvas|video|object|embed|iframe)$/i.test(el.tagName) && !(el.tagName.toLowerCase() === 'svg' && el.querySelector('text')))
        generated.push(...rects());
      if (withPseudo.has(el)) {
        for (const pseudo of ['::before', '::after']) {
          const content = getComputedStyle(el, pseudo).content;
          if (content && content !== 'none' && content !== 'normal' && content !== '""' && content !== "''") generated.push(...rects());
        }
      }
      if (style.display === 'list-item' && style.listStyleType !== 'none') {
        const r = el.getBoundingClientRect();
        // The marker: outside the item, before its first line, or inside it at the line's start.
        generated.push({ x: r.left - sheet.left - 4 * em, y: r.top - sheet.top, w: 8 * em, h: Math.min(r.height, 2 * em) });
      }
      const mark = (style as unknown as { webkitTextEmphasisStyle?: string }).webkitTextEmphasisStyle;
      if (mark && mark !== 'none') for (const r of rects()) emphasis.push({ x: r.x, y: r.y - em, w: r.w, h: r.h + 2 * em });
    }
    const walker = document.createTreeWalker(areaElement, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!node.data.trim() || !node.parentElement || skipped.has(node.parentElement)) continue;
      const style = getComputedStyle(node.parentElement);
      if (style.visibility !== 'visible' || style.display === 'none') continue;
      range.selectNodeContents(node);
      const boxes = Array.from(range.getClientRects())
        .filter((r) => r.width > 0 && r.height > 0)
        .map(box);
      if (!boxes.length) continue;
      if (!boxes.every(inside)) {
        // One problem per page, with the start of what is hidden there.
        const last = hidden[hidden.length - 1];
        if (last?.pages[0] === index + 1) last.text = `${last.text} ${node.data.trim()}`.slice(0, 200);
        else hidden.push({ kind: 'hidden', text: node.data.trim(), pages: [index + 1] });
      }
      pieces.push({ text: node.data, boxes });
    }
    return { width: sheet.width, height: sheet.height, pieces, generated, emphasis, area };
  });
  return { pages: out, hidden };
}
