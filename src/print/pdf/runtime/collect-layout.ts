/**
 * Where the flow, the footnotes and the repeated furniture are on every page:
 * read after the layout, for the PDF tests and the text check's furniture.
 */

/** A box in CSS pixels from the sheet's top left corner. */
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
