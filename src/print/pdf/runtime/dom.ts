/** Small DOM helpers the handlers share. */

/** Takes Paged.js's references and the ids off `el` and what it holds: a copy must not be taken for the original. */
export const stripRefs = (el: Element) => {
  for (const node of [el, ...Array.from(el.querySelectorAll('[data-ref]'))]) {
    node.removeAttribute('data-ref');
    node.removeAttribute('id');
  }
};

export const isHeading = (el: Element | null) => !!el && /^H[1-6]$/.test(el.tagName);

/** A table row that only labels the rows after it (one cell spanning the columns). */
export const isGroupHeader = (el: Element | null) =>
  !!el && el.tagName === 'TR' && el.children.length === 1 && el.children[0]!.getAttribute('scope') === 'colgroup';

/**
 * Lays `el` out hidden, outside the pages, under copies of `context` and its ancestors on the
 * page (the same style rules apply to it), as wide as the page's text; ids and Paged.js's
 * references left out. Returns what takes it away again.
 */
export const layOutAside = (el: Element, context: Element): (() => void) => {
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
