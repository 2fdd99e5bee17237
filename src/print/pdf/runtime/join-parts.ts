/**
 * A long document laid out in parts (render.ts, parts.ts): each part in a
 * browser page of its own, whose pages are then joined to the first part's
 * pages as one layout would have made them.
 */

/** Paged.js's running strings (`string-set`), as custom properties of each page: `--pagedjs-string-<kind>-<name>`. */
const STRING = '--pagedjs-string-';

/**
 * Paged.js writes running strings as CSS strings without their closing quote, which holds
 * inside this page but not when the style attribute is parsed again: the string would run on
 * over the declarations after it. Closed here, they mean the same. Returns undefined for a value
 * that needs nothing.
 */
export function closedCssString(value: string): string | undefined {
  const v = value.trim();
  return v.startsWith('"') && (v === '"' || !v.endsWith('"') || v.endsWith('\\"')) ? `${v}"` : undefined;
}

/** Whether a page's value of a running string sets nothing (unset, or the empty string, closed or not). */
export function setsNoString(value: string): boolean {
  return ['', '"', '""'].includes(value.trim());
}

/** The laid-out pages, to be joined to the first part's document. */
export function pagesHtml(): string {
  for (const page of Array.from(document.querySelectorAll<HTMLElement>('.pagedjs_page'))) {
    for (const name of Array.from(page.style).filter((n) => n.startsWith(STRING))) {
      const closed = closedCssString(page.style.getPropertyValue(name));
      if (closed !== undefined) page.style.setProperty(name, closed);
    }
  }
  return document.querySelector('.pagedjs_pages')?.innerHTML ?? '';
}

/**
 * Joins the pages of the later parts to the first part's pages, as one layout would have
 * made them: every part starts with a chapter, which starts on a right-hand page, so a blank
 * left-hand page goes before a part that would start on the left; pages are numbered through;
 * running strings set before a part (the report title on the cover) carry into it.
 * Returns the number of pages.
 */
export function joinParts(parts: string[]): number {
  const area = document.querySelector('.pagedjs_pages')!;
  const pagesOf = (root: ParentNode) => Array.from(root.children).filter((el): el is HTMLElement => el.classList.contains('pagedjs_page'));
  const LAST = `${STRING}last-`;
  for (const html of parts) {
    const before = pagesOf(area);
    // The value each running string has at the end of the pages so far (blank pages set none).
    const carried = new Map<string, string>();
    for (const page of before) {
      for (const name of Array.from(page.style)) if (name.startsWith(LAST)) carried.set(name.slice(LAST.length), page.style.getPropertyValue(name));
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
        if (!setsNoString(page.style.getPropertyValue(LAST + suffix))) break;
        for (const kind of ['first', 'last', 'start', 'first-except']) page.style.setProperty(`${STRING}${kind}-${suffix}`, value);
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
