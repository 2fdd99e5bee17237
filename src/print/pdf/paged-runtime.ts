/**
 * Code that runs inside the print document in Chromium, after Paged.js
 * (dist/paged.js, which defines `window.Paged`) has been added to it. Each
 * export is passed to `page.evaluate`, so it must not use anything from its
 * module scope: everything it needs is inside the function.
 */

/** Layout of one page, in CSS pixels from the sheet's top left corner. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PageLayout {
  /** The sheet: the trimmed page plus bleed and marks in the printer edition. */
  width: number;
  height: number;
  /** The area that holds the flow (text, tables, figures). */
  content: Box;
  /** The footnote area at the foot of the page, when it has notes. */
  footnotes: Box | null;
  /** Repeated table headers, continued captions and repeated category cells: furniture, not flow. */
  repeats: Box[];
  blank: boolean;
}

export interface LayoutResult {
  pages: PageLayout[];
  /** Milliseconds Paged.js took. */
  ms: number;
}

/**
 * Registers Bifolio's Paged.js handlers:
 * - tables that continue on a new page repeat their header rows and caption
 *   (with "continued"), inserted while the page is laid out so that their
 *   height is accounted for;
 * - where a page would end, it ends earlier rather than leave a table's
 *   header without rows, a heading without text, or one line of a paragraph
 *   alone at the foot or the head of a page.
 */
export function registerPrintHandlers(options: { skipFinishedPages?: boolean; part?: number } = {}): void {
  const Paged = (window as unknown as { Paged: any }).Paged;
  const strings: Record<string, string> = {};
  const holder = document.querySelector('.print-strings');
  for (const el of Array.from(holder?.querySelectorAll<HTMLElement>('[data-string]') ?? [])) {
    strings[el.dataset.string!] = el.textContent ?? '';
  }
  // Read, then removed: an element before the cover would open a page of its own.
  holder?.remove();

  // Page numbers of references (the elements whose ::after prints attr(data-page) in print.css)
  // are filled in after the layout (fillPageReferences): until then
  // they hold three digits, so filling them in can only shorten a line, never push text on.
  for (const a of Array.from(document.querySelectorAll<HTMLElement>('.print-toc a, .xref-page-number, .opener-sections a'))) a.dataset.page = '000';

  // Paged.js names elements with ids made from the clock and Math.random (footnotes become
  // link targets in the PDF): a fixed clock and a seeded generator make them the same every time.
  // Parts of one document laid out apart (render.ts) get generators of their own, so their names differ.
  let seed = (0x2f6b3a1d + (options?.part ?? 0) * 0x9e3779b9) | 0;
  Math.random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  Date.prototype.getTime = () => 0;
  performance.now = () => 0;
  const MIN_LINES = 2;
  const stripRefs = (el: Element) => {
    for (const node of [el, ...Array.from(el.querySelectorAll('[data-ref]'))]) {
      node.removeAttribute('data-ref');
      node.removeAttribute('id');
    }
  };

  class RepeatTableHeaders extends Paged.Handler {
    renderNode(clone: Node, node: Node) {
      const element = clone.nodeType === 1 ? (clone as Element) : clone.parentElement;
      const table = element?.closest('table');
      if (!table || !table.hasAttribute('data-split-from') || table.querySelector(':scope > thead')) return;
      const source = (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest('table');
      const thead = source?.querySelector(':scope > thead');
      if (!source || !thead) return;
      const head = thead.cloneNode(true) as Element;
      stripRefs(head);
      head.setAttribute('data-print-repeat', 'thead');
      table.insertBefore(head, table.firstChild);
      const caption = source.querySelector(':scope > caption');
      if (caption) {
        const continued = caption.cloneNode(true) as Element;
        stripRefs(continued);
        continued.classList.add('caption-continued');
        continued.setAttribute('data-print-repeat', 'caption');
        continued.append(strings.continued ?? '');
        table.insertBefore(continued, table.firstChild);
      }
    }
  }

  const isHeading = (el: Element | null) => !!el && /^H[1-6]$/.test(el.tagName);
  /** A table row that only labels the rows after it (one cell spanning the columns). */
  const isGroupHeader = (el: Element | null) => !!el && el.tagName === 'TR' && el.children.length === 1 && el.children[0]!.getAttribute('scope') === 'colgroup';

  /** Moves the start of a page back over headings that would otherwise end the previous page. */
  const withHeadings = (target: Element): Element => {
    let current = target;
    for (;;) {
      const prev = current.previousElementSibling;
      if (isHeading(prev)) current = prev!;
      else if (!prev && current.parentElement && current.parentElement.classList.contains('prose')) {
        const opener = current.parentElement.previousElementSibling;
        if (opener && opener.classList.contains('chapter-opener')) current = opener;
        else return current;
      } else return current;
    }
  };

  /** Whether nothing but whitespace precedes `el` on the page being laid out. */
  const startsPage = (el: Element, rendered: Element) => {
    const before = document.createRange();
    before.setStart(rendered, 0);
    before.setEndBefore(el);
    return before.toString().trim() === '' && !before.cloneContents().querySelector('img, svg, table');
  };

  /** Every character of a block with the top of its line box. */
  const characters = (block: Element) => {
    const out: Array<{ node: Text; offset: number; top: number }> = [];
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
  /**
   * Starts a range where a line starts. At the start of a text node, before the outermost element
   * of `block` that starts there: Paged.js adds a hyphen to the text before a break inside a text
   * node whenever a letter follows, even at its very start.
   */
  const setStartAt = (range: Range, node: Text, offset: number, block: Element) => {
    if (offset > 0) return range.setStart(node, offset);
    let first: Node = node;
    while (first.parentNode && first.parentNode !== block && !first.previousSibling) first = first.parentNode;
    range.setStartBefore(first);
  };
  /** Whether anything after `el` is laid out on the page, so that all of `el` is. */
  const laidOutAfter = (el: Element, rendered: Element) => {
    for (let node: Node | null = el; node && node !== rendered; node = node.parentNode) if (node.nextSibling) return true;
    return false;
  };
  const lineCount = (chars: Array<{ top: number }>) => {
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

  /** The row whose cells spanning rows cover `row` (`row` itself when it has one), with how many rows they span. */
  const rowGroup = (row: HTMLTableRowElement) => {
    let distance = 0;
    for (let start: Element | null = row; start; start = start.previousElementSibling, distance++) {
      const spans = Array.from((start as HTMLTableRowElement).cells, (c) => (c.rowSpan === 0 ? Number.POSITIVE_INFINITY : c.rowSpan));
      const span = Math.max(1, ...spans);
      if (span > distance && span > 1) return { start: start as HTMLTableRowElement, span };
    }
    return undefined;
  };

  /**
   * Lays `el` out hidden, outside the pages, under copies of `context` and its ancestors on the
   * page (the same style rules apply to it), as wide as the page's text; ids and Paged.js's
   * references left out. Returns what takes it away again.
   */
  const layOutAside = (el: Element, context: Element): (() => void) => {
    let outer = el;
    let ancestor: Element | null = context;
    for (; ancestor && !ancestor.parentElement?.classList.contains('pagedjs_page_content'); ancestor = ancestor.parentElement) {
      const copy = ancestor.cloneNode(false) as Element;
      copy.append(outer);
      outer = copy;
    }
    const host = document.createElement('div');
    // The page's text area (what Paged.js lays out in it runs on in columns to the right).
    const area = ancestor?.parentElement ?? context;
    host.style.cssText = `position: absolute; left: 0; top: 0; visibility: hidden; width: ${area.getBoundingClientRect().width}px`;
    host.append(outer);
    for (const node of Array.from(host.querySelectorAll('[id], [data-ref]'))) {
      node.removeAttribute('id');
      node.removeAttribute('data-ref');
    }
    document.body.append(host);
    return () => host.remove();
  };

  /**
   * Whether a group of rows, with its table's caption and header rows, is taller than `height`.
   * The page holds only the rows laid out so far: measured on a copy of the group's rows from the
   * source, laid out aside.
   */
  const tallerThan = (start: HTMLTableRowElement, span: number, source: ParentNode, height: number) => {
    const from = source.querySelector(`[data-ref="${start.dataset.ref}"]`);
    const table = from?.closest('table');
    const context = start.closest('table')?.parentElement;
    if (!from || !table || !context) return false;
    const probe = table.cloneNode(false) as Element;
    for (const part of Array.from(table.querySelectorAll(':scope > caption, :scope > thead'))) probe.append(part.cloneNode(true));
    const body = from.parentElement!.cloneNode(false) as Element;
    for (let row: Element | null = from, n = 0; row && n < span; row = row.nextElementSibling, n++) body.append(row.cloneNode(true));
    probe.append(body);
    const done = layOutAside(probe, context);
    const tall = probe.getBoundingClientRect().height > height;
    done();
    return tall;
  };

  /**
   * Rows tied by cells spanning them (a KPI category) stay together: Paged.js breaks before the
   * first of them. A group taller than a page, with its table's caption and header rows, could then
   * never be placed ("Unable to layout item", "Layout repeated"): it breaks before its first row
   * that does not fit, with two of its rows at least on the page; the next page repeats the
   * spanning cells (Paged.js) and the header rows and caption (RepeatTableHeaders).
   */
  const splitTallGroup = (row: HTMLTableRowElement, overflow: Range, bounds: DOMRect, source: ParentNode) => {
    const group = rowGroup(row);
    if (!group || !tallerThan(group.start, group.span, source, bounds.height)) return undefined;
    // Rows avoid breaks inside them (print.css), and the browser counts the cells a row starts
    // that span later rows as inside it: it would move the whole group off the page.
    group.start.style.breakInside = 'auto';
    const original = source.querySelector<HTMLElement>(`[data-ref="${group.start.dataset.ref}"]`);
    if (original) original.style.breakInside = 'auto';
    const rows: Element[] = [];
    for (let r: Element | null = group.start; r && rows.length < group.span; r = r.nextElementSibling) rows.push(r);
    // What does not fit on the page goes to a next column, to the right of the text area.
    const lost = rows.findIndex((r) => {
      const box = r.getBoundingClientRect();
      return box.left >= bounds.right - 1 || box.top >= bounds.bottom - 1;
    });
    if (lost < MIN_LINES) return undefined;
    const range = document.createRange();
    range.setStartBefore(rows[lost]!);
    range.setEnd(overflow.endContainer, overflow.endOffset);
    return range;
  };

  class KeepTogether extends Paged.Handler {
    onOverflow(overflow: Range | undefined, rendered: Element, bounds: DOMRect) {
      if (!overflow) return undefined;
      const container = overflow.startContainer;
      const at = container.nodeType === 1 ? (container.childNodes[overflow.startOffset] ?? container) : container;
      const element = at.nodeType === 1 ? (at as Element) : at.parentElement;
      if (!element || !rendered.contains(element)) return undefined;
      const moveBefore = (target: Element) => {
        const first = withHeadings(target);
        if (startsPage(first, rendered)) return undefined;
        const range = document.createRange();
        range.setStartBefore(first);
        range.setEnd(overflow.endContainer, overflow.endOffset);
        return range;
      };

      // A table whose body has no row on this page goes to the next page whole, with its caption.
      const table = element.closest('table');
      if (table) {
        // Paged.js may break before a row or before its row group (tbody).
        const first = element.tagName === 'TBODY' ? element.firstElementChild : element.closest('tr');
        if (first && first.parentElement?.tagName === 'TBODY' && !first.hasAttribute('data-print-repeat')) {
          const split = splitTallGroup(first as HTMLTableRowElement, overflow, bounds, this.chunker.source);
          if (split) return split;
        }
        const rows = Array.from(table.querySelectorAll(':scope > tbody > tr'));
        const placed = rows.filter((row) => overflow.comparePoint(row, 0) < 0 && !row.contains(at)).length;
        if (placed === 0 && !table.hasAttribute('data-split-from')) {
          return moveBefore(table.closest('figure') ?? table.closest('.table-scroll') ?? table);
        }
        // A row is not split across pages (Paged.js would, leaving a code on one page and its
        // text on the next), and a group's header row goes with the group's first row.
        const row = element.closest('tr');
        if (row && row.parentElement?.tagName === 'TBODY' && !row.hasAttribute('data-print-repeat')) {
          let first: Element = row;
          while (isGroupHeader(first.previousElementSibling)) first = first.previousElementSibling!;
          const earlier = rows.some((r) => r !== first && overflow.comparePoint(r, 0) < 0 && !r.contains(at) && !!(r.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING));
          if (earlier) {
            const range = document.createRange();
            range.setStartBefore(first);
            range.setEnd(overflow.endContainer, overflow.endOffset);
            return range;
          }
        }
        return undefined;
      }

      // Nothing but headings before the break: take them along.
      const block = element.closest('p, li, dd, dt, blockquote, figure, pre, h1, h2, h3, h4, h5, h6, .kpi-chart');
      if (block && (isHeading(block) || block.tagName === 'FIGURE')) return moveBefore(block);

      /**
       * Orphans and widows: at least two lines of the block on either side of the break, which
       * falls before chars[index]. `whole`: whether all of the block's lines after the break are
       * laid out yet (Paged.js lays a block resumed from an earlier page out a piece at a time).
       */
      const keepLines = (block: Element, chars: ReturnType<typeof characters>, index: number, whole: boolean) => {
        if (index <= 0) return index === 0 ? moveBefore(block) : undefined;
        const before = lineCount(chars.slice(0, index));
        const after = lineCount(chars.slice(index));
        if (before < MIN_LINES) return moveBefore(block);
        if (whole && after < MIN_LINES && before > MIN_LINES) {
          const lastLineTop = chars[index - 1]!.top;
          const first = chars.findIndex((c) => Math.abs(c.top - lastLineTop) <= 2);
          const range = document.createRange();
          setStartAt(range, chars[first]!.node, chars[first]!.offset, block);
          range.setEnd(overflow.endContainer, overflow.endOffset);
          return range;
        }
        return undefined;
      };
      if (block && at.nodeType === 3 && (block.tagName === 'P' || block.tagName === 'LI')) {
        const chars = characters(block);
        return keepLines(block, chars, chars.findIndex((c) => c.node === at && c.offset >= overflow.startOffset), true);
      }
      // A code block long enough to break (CodeBlocks) breaks between lines, which are elements when highlighted.
      if (block && block.tagName === 'PRE') {
        const chars = characters(block);
        return keepLines(block, chars, chars.findIndex((c) => overflow.comparePoint(c.node, c.offset) >= 0), laidOutAfter(block, rendered));
      }
      if (block && block !== element && isHeading(element.previousElementSibling)) return moveBefore(element);
      return undefined;
    }
  }

  /**
   * A code block that fits on a page is kept on one (print.css: break-inside: avoid); one taller
   * than a page would run past the page's foot whole, so it may break between lines, at least two
   * on either side (KeepTogether). Where Paged.js resumes a block inside it, it skips the
   * whitespace-only text between two elements, which in a code block is the line break between two
   * highlighted lines: wrapped in elements of their own, the line breaks reach every page.
   */
  class CodeBlocks extends Paged.Handler {
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
  }

  /** Text that reads as one number (figures with their signs, separators, percent, ranges, currency). */
  const NUMBER = /^[\s+\-−±~～–—－/.,:%‰()（）¥￥$€£]*\d[\d\s+\-−±~～–—－/.,:%‰()（）¥￥$€£]*$/u;

  /** A table's cells by column: in each, the cells that span that column alone (cells spanning rows above accounted for). */
  const columnsOf = (table: HTMLTableElement) => {
    const columns: HTMLTableCellElement[][] = [];
    // How many more rows each column is taken by a cell of a row above.
    const taken: number[] = [];
    for (const row of Array.from(table.rows)) {
      let column = 0;
      for (const cell of Array.from(row.cells)) {
        while ((taken[column] ?? 0) > 0) column++;
        const span = Math.max(1, cell.colSpan);
        for (let c = column; c < column + span; c++) taken[c] = cell.rowSpan === 0 ? Number.POSITIVE_INFINITY : Math.max(1, cell.rowSpan);
        if (span === 1) (columns[column] ??= []).push(cell);
        column += span;
      }
      for (let c = 0; c < taken.length; c++) taken[c] = Math.max(0, (taken[c] ?? 0) - 1);
    }
    return columns;
  };

  /**
   * Column widths (CSS pixels) for a table laid out aside whose columns the browser squeezes
   * below what can be read: fewer than six characters a line in the first (label) column or two in
   * another (or fewer than their text needs). Every column then gets at least what can be read
   * (six, else four characters a line in the first column, three, else two in the others; no less
   * than its longest unbreakable text, such as a number, or its header's; no more than its text
   * needs); what is left goes first to the columns whose body text would still wrap (a header may
   * wrap more), then as the browser would share it. None when the browser's widths can be read,
   * or nothing can.
   */
  const readableColumns = (table: HTMLTableElement) => {
    const columns = columnsOf(table);
    if (columns.length < 2 || Array.from({ length: columns.length }, (_, i) => columns[i]).some((c) => !c?.length)) return undefined;
    // Every cell of a column is as wide as the column: measured on its last (a body cell).
    const widths = () => columns.map((cells) => cells[cells.length - 1]!.getBoundingClientRect().width);
    const full = table.getBoundingClientRect().width;
    const auto = widths();
    table.style.width = 'max-content';
    const max = widths();
    const head = table.tHead;
    if (head) head.style.display = 'none';
    const bodyMax = widths();
    if (head) head.style.display = '';
    table.style.width = 'min-content';
    const min = widths();
    table.style.width = '';
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    /** Shares `spare` out over columns as they want it (equally when none does). */
    const share = (base: number[], want: number[], spare: number) => {
      const wanted = sum(want);
      return base.map((b, i) => b + (wanted > 0 ? (spare * want[i]!) / wanted : spare / base.length));
    };
    const floors = (first: number, other: number) =>
      columns.map((cells, i) => {
        const style = getComputedStyle(cells[cells.length - 1]!);
        const room = (i === 0 ? first : other) * parseFloat(style.fontSize) + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
        return Math.max(min[i]!, Math.min(max[i]!, room));
      });
    const enough = floors(6, 2);
    if (auto.every((w, i) => w >= enough[i]! - 0.5)) return undefined;
    for (const floor of [floors(6, 3), floors(4, 2)]) {
      if (sum(floor) > full) continue;
      const body = floor.map((f, i) => Math.max(f, Math.min(max[i]!, bodyMax[i]!)));
      if (sum(body) >= full) return share(floor, body.map((b, i) => b - floor[i]!), full - sum(floor));
      return share(body, max.map((m, i) => Math.max(0, m - body[i]!)), full - sum(body));
    }
    return undefined;
  };

  /**
   * Tables keep a readable first (label) column and no column squeezed to a character a line
   * where the page's width allows: when the browser's own widths would, the table gets fixed
   * column widths of its own (readableColumns), the same on every page it runs over (the columns
   * go with its continuations). Figures in a cell of their own are not broken across lines.
   */
  class TableColumns extends Paged.Handler {
    beforeParsed(content: DocumentFragment) {
      for (const cell of Array.from(content.querySelectorAll<HTMLElement>('td, th'))) {
        if (NUMBER.test(cell.textContent ?? '')) cell.style.whiteSpace = 'nowrap';
      }
    }

    renderNode(clone: Node) {
      const element = clone.nodeType === 1 ? (clone as Element) : clone.parentElement;
      if (!element) return;
      const tables = element.tagName === 'TABLE' ? [element] : Array.from(element.querySelectorAll('table'));
      // A table continued from an earlier page is made again around its first row.
      const around = element.parentElement?.closest('table');
      if (around?.hasAttribute('data-split-from')) tables.push(around);
      for (const table of tables as HTMLTableElement[]) this.fit(table);
    }

    /** Each table's columns (by Paged.js's name for it), or null where the browser's own widths serve. */
    columns = new Map<string, Element | null>();

    /** Gives a table laid out for the first time its columns (in the source); brings them to a page's part of it. */
    fit(table: HTMLTableElement) {
      const ref = table.dataset.ref;
      if (!ref || table.querySelector(':scope > colgroup')) return;
      let columns = this.columns.get(ref);
      if (columns === undefined) {
        columns = null;
        const source = this.chunker.source.querySelector(`[data-ref="${ref}"]`) as HTMLTableElement | null;
        // A table whose columns its design sets (a colgroup of its own) keeps them.
        const designed = !!source?.querySelector(':scope > colgroup, :scope > col');
        if (source && !designed && table.parentElement && table.getClientRects().length) columns = this.measure(source, table.parentElement);
        this.columns.set(ref, columns);
      }
      // A table laid out whole (inside a list item, say) or continued on this page gets its columns here;
      // one laid out a piece at a time from its start gets them from the source, in order.
      if (!columns) return;
      table.style.tableLayout = 'fixed';
      if (table.rows.length === 0 && !table.hasAttribute('data-split-from')) return;
      const copy = columns.cloneNode(true) as Element;
      stripRefs(copy);
      table.insertBefore(copy, table.querySelector(':scope > thead, :scope > tbody, :scope > tfoot, :scope > tr'));
    }

    /** Lays a copy of the table out aside, in `context`; when it needs columns of its own, gives them to it. */
    measure(source: HTMLTableElement, context: Element): Element | null {
      const probe = source.cloneNode(true) as HTMLTableElement;
      const done = layOutAside(probe, context);
      const widths = readableColumns(probe);
      done();
      if (!widths) return null;
      const total = widths.reduce((a, b) => a + b, 0);
      // Named as Paged.js names what it lays out, so that it can place the columns in the table.
      const columns = document.createElement('colgroup');
      columns.dataset.ref = `${source.dataset.ref}-columns`;
      widths.forEach((width, i) => {
        const column = document.createElement('col');
        column.dataset.ref = `${source.dataset.ref}-column-${i}`;
        column.style.width = `${((100 * width) / total).toFixed(3)}%`;
        columns.append(column);
      });
      source.insertBefore(columns, source.querySelector(':scope > caption')?.nextSibling ?? source.firstChild);
      source.style.tableLayout = 'fixed';
      return columns;
    }
  }

  /**
   * Paged.js places footnotes after it has chosen where a page ends; the notes shrink the
   * page's text area, and what no longer fits is pushed into the hidden overflow column and
   * lost (seen: a figure at the foot of a page with notes); Paged.js also leaves hidden copies
   * there of what it lays out again on the next page (seen: a table's caption). After each
   * page, what lies outside the text area at the end of the page is taken off it, with the
   * notes it calls, and the next page starts with it unless it starts there already.
   */
  class RecoverLateOverflow extends Paged.Handler {
    afterPageLayout(pageElement: Element, _page: unknown, breakToken: { node?: Node; offset?: number } | undefined, chunker: { source: Element }) {
      if (!breakToken?.node) return;
      const area = pageElement.querySelector('.pagedjs_page_content');
      if (!area) return;
      const box = area.getBoundingClientRect();
      let lost: HTMLElement | undefined;
      const walker = document.createTreeWalker(area, NodeFilter.SHOW_ELEMENT);
      for (let el = walker.nextNode() as HTMLElement | null; el; el = walker.nextNode() as HTMLElement | null) {
        if (!el.dataset.ref) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        // Overflow goes to a second column, to the right of the text area.
        const outside = r.left >= box.right - 1;
        if (!lost && outside) lost = el;
        // Something after it still on the page: not content pushed off the end, leave it.
        else if (lost && !outside && !lost.contains(el)) return;
      }
      if (!lost) return;
      const source = chunker.source.querySelector(`[data-ref="${lost.dataset.ref}"]`);
      if (!source) return;
      // Take the hidden rest off the page: its ids and notes must not stay where nobody sees them.
      const range = document.createRange();
      range.setStartBefore(lost);
      range.setEnd(area, area.childNodes.length);
      for (const call of Array.from(range.cloneContents().querySelectorAll<HTMLElement>('[data-footnote-call]'))) {
        pageElement.querySelector(`.pagedjs_footnote_area [data-ref="${call.dataset.footnoteCall}"]`)?.remove();
      }
      range.deleteContents();
      // The next page starts at or before it anyway; otherwise it starts with it.
      if (!(source.compareDocumentPosition(breakToken.node) & Node.DOCUMENT_POSITION_FOLLOWING)) return;
      breakToken.node = source;
      breakToken.offset = 0;
    }
  }

  /**
   * Finished pages are taken out of the browser's layout (display: none) while later pages are
   * laid out: every overflow check forces a layout, which otherwise grows with the pages
   * before it (content-visibility: auto helped less). layOutPages shows them again.
   */
  class SkipFinishedPages extends Paged.Handler {
    finalizePage(pageElement: HTMLElement) {
      pageElement.style.display = 'none';
    }
  }

  // The print preview shows pages as they are laid out, so it keeps them in view.
  Paged.registerHandlers(RepeatTableHeaders, TableColumns, CodeBlocks, KeepTogether, RecoverLateOverflow, ...(options?.skipFinishedPages === false ? [] : [SkipFinishedPages]));
}

/** Waits for the fonts, then lays the document out into pages; returns the number of pages. */
export async function layOutPages(): Promise<number> {
  const Paged = (window as unknown as { Paged: any }).Paged;
  // Fonts load when first used: lay the document out once as one long page so the browser
  // fetches every face the text needs, and wait for them, so Paged.js measures real glyphs.
  void document.body.offsetHeight;
  await document.fonts.ready;
  const previewer = new Paged.Previewer();
  const flow = await previewer.preview();
  // What Paged.js laid out, for the text check (page-text.ts).
  (globalThis as unknown as { __bifolioSource?: unknown }).__bifolioSource = flow.source;
  // Pages set aside during the layout come back.
  for (const page of Array.from(document.querySelectorAll<HTMLElement>('.pagedjs_page'))) page.style.removeProperty('display');
  // Paged.js justifies the last line of the element it split at a page's foot, whose line goes on
  // on the next page. An element split between its blocks (a list item whose nested list goes on)
  // has no such line of its own, and the justification its blocks inherit would spread every last
  // line inside it: short list items set across the whole width. Alignment never moves a line break.
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-align-last-split-element]'))) {
    const last = Array.from(el.childNodes)
      .reverse()
      .find((n) => n.nodeType === 1 || (n.nodeType === 3 && (n.textContent ?? '').trim() !== ''));
    if (last?.nodeType === 1 && !getComputedStyle(last as Element).display.startsWith('inline')) el.removeAttribute('data-align-last-split-element');
  }
  return flow.total as number;
}

/** Each page reference (contents, openers, cross-references) gets the number of the page its target starts on. */
export function fillPageReferences(): void {
  const pageOf = new Map<string, string>();
  for (const page of Array.from(document.querySelectorAll<HTMLElement>('.pagedjs_page'))) {
    for (const el of Array.from(page.querySelectorAll('[id]'))) if (!pageOf.has(el.id)) pageOf.set(el.id, page.dataset.pageNumber ?? '');
  }
  for (const a of Array.from(document.querySelectorAll<HTMLElement>('.pagedjs_pages [data-page]'))) {
    const href = a.getAttribute('href') ?? '';
    a.dataset.page = href.startsWith('#') ? (pageOf.get(decodeURIComponent(href.slice(1))) ?? '') : '';
  }
}

/** The laid-out pages, to be joined to the first part's document. */
export function pagesHtml(): string {
  // Paged.js writes running strings as CSS strings without their closing quote, which holds
  // inside this page but not when the style attribute is parsed again: the string would run on
  // over the declarations after it. Closed here, they mean the same.
  for (const page of Array.from(document.querySelectorAll<HTMLElement>('.pagedjs_page'))) {
    for (const name of Array.from(page.style).filter((n) => n.startsWith('--pagedjs-string-'))) {
      const value = page.style.getPropertyValue(name).trim();
      if (value.startsWith('"') && (value === '"' || !value.endsWith('"') || value.endsWith('\\"'))) page.style.setProperty(name, `${value}"`);
    }
  }
  return document.querySelector('.pagedjs_pages')?.innerHTML ?? '';
}

/**
 * Joins the pages of the later parts to the first part's pages, as one layout would have
 * made them: every part starts with a chapter, which starts on a right-hand page, so a blank
 * left-hand page goes before a part that would start on the left; pages are numbered through;
 * running strings set before a part (the report title on the cover) carry into it.
 */
export function joinParts(parts: string[]): number {
  const area = document.querySelector('.pagedjs_pages')!;
  const pagesOf = (root: ParentNode) => Array.from(root.children).filter((el): el is HTMLElement => el.classList.contains('pagedjs_page'));
  const STRING = '--pagedjs-string-last-';
  for (const html of parts) {
    const before = pagesOf(area);
    // The value each running string has at the end of the pages so far (blank pages set none).
    const carried = new Map<string, string>();
    for (const page of before) {
      for (const name of Array.from(page.style)) if (name.startsWith(STRING)) carried.set(name.slice(STRING.length), page.style.getPropertyValue(name));
    }
    if (before.length % 2 === 1) {
      const model = before.filter((p) => p.classList.contains('pagedjs_left_page')).pop() ?? before[before.length - 1]!;
      const blank = model.cloneNode(true) as HTMLElement;
      for (const el of Array.from(blank.querySelectorAll('.pagedjs_page_content > div, .pagedjs_footnote_inner_content'))) el.replaceChildren();
      for (const name of Array.from(blank.classList)) if (name.endsWith('_first_page')) blank.classList.remove(name);
      blank.classList.remove('pagedjs_right_page');
      blank.classList.add('pagedjs_left_page', 'pagedjs_blank_page');
      area.append(blank);
    }
    const template = document.createElement('template');
    template.innerHTML = html;
    const added = pagesOf(template.content);
    added[0]?.classList.remove('pagedjs_first_page');
    // A running string the part does not set before a page carries over from the part before.
    for (const [suffix, value] of carried) {
      for (const page of added) {
        if (!['', '"', '""'].includes(page.style.getPropertyValue(STRING + suffix).trim())) break;
        for (const kind of ['first', 'last', 'start', 'first-except']) page.style.setProperty(`--pagedjs-string-${kind}-${suffix}`, value);
      }
    }
    area.append(template.content);
  }
  const pages = pagesOf(area);
  pages.forEach((page, i) => {
    page.dataset.pageNumber = String(i + 1);
    page.id = `page-${i + 1}`;
  });
  return pages.length;
}

/** Where the flow, the footnotes and the repeated furniture are on every page. */
export function collectLayout(): PageLayout[] {
  const seenCells = new Set<string>();
  return Array.from(document.querySelectorAll<HTMLElement>('.pagedjs_page')).map((page) => {
    const sheet = (page.querySelector('.pagedjs_sheet') ?? page).getBoundingClientRect();
    const box = (r: DOMRect) => ({ x: r.left - sheet.left, y: r.top - sheet.top, w: r.width, h: r.height });
    const content = page.querySelector('.pagedjs_page_content')!.getBoundingClientRect();
    const notes = page.querySelector('.pagedjs_footnote_area');
    const notesRect = notes?.getBoundingClientRect();
    const repeats = Array.from(page.querySelectorAll('[data-print-repeat]')).map((el) => box(el.getBoundingClientRect()));
    // Paged.js repeats a category cell that spans rows when it splits its group: the copy has the same data-ref.
    for (const cell of Array.from(page.querySelectorAll<HTMLElement>('th[data-ref], td[data-ref]'))) {
      const ref = cell.dataset.ref!;
      if (seenCells.has(ref) && !cell.hasAttribute('data-split-from')) repeats.push(box(cell.getBoundingClientRect()));
      seenCells.add(ref);
    }
    return {
      width: sheet.width,
      height: sheet.height,
      content: box(content),
      footnotes: notesRect && notesRect.height > 0 && notes!.querySelector('[data-note]') ? box(notesRect) : null,
      repeats,
      blank: page.classList.contains('pagedjs_blank_page'),
    };
  });
}
