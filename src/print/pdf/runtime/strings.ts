/**
 * The words the print document hands to the layout (`.print-strings`, written
 * by print/PrintDocument.astro from render/print-strings.ts), such as the
 * "continued" after a repeated table caption.
 */

export type PrintStrings = Record<string, string>;

/** Reads the words, then takes their holder out of the document: an element before the cover would open a page of its own. */
export function takePrintStrings(): PrintStrings {
  const strings: PrintStrings = {};
  const holder = document.querySelector('.print-strings');
  for (const el of Array.from(holder?.querySelectorAll<HTMLElement>('[data-string]') ?? [])) {
    strings[el.dataset.string!] = el.textContent ?? '';
  }
  holder?.remove();
  return strings;
}
