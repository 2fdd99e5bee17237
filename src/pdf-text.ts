/**
 * A PDF's text as a reader gets it: pdf.js, the PDF engine of Firefox and of
 * many web viewers, reading each page's text runs with their positions, the
 * characters exactly as the fonts' ToUnicode maps name them (no Unicode
 * normalisation, which would hide a radical ⽬ printed for 目). Used by the
 * build's text check of its own PDFs and by `learn` reading a published one.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A run of text on a page, in points from the page's top left corner (y down). */
export interface PdfTextRun {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  /** The font size. */
  size: number;
}

export interface PdfTextPage {
  /** The page (its crop box) in points. */
  width: number;
  height: number;
  runs: PdfTextRun[];
}

/** The text of every page of a PDF. */
export async function readPdfText(bytes: Uint8Array): Promise<PdfTextPage[]> {
  // pdf.js takes ownership of the buffer it is given (and refuses a Buffer): a copy keeps the caller's intact.
  const task = getDocument({ data: new Uint8Array(bytes), disableFontFace: true, verbosity: 0, useSystemFonts: false });
  const doc = await task.promise;
  try {
    const pages: PdfTextPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent({ disableNormalization: true });
      const runs: PdfTextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue;
        const [a, b, , , e, f] = item.transform as number[];
        runs.push({ text: item.str, x: e! - x0, y: y1 - f!, width: item.width, size: Math.hypot(a!, b!) || item.height });
      }
      pages.push({ width: x1 - x0, height: y1 - y0, runs });
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
