/** Reading PDFs back for tests: outline, words and lines with positions, page boxes. */
import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import { pdfWords } from './poppler.ts';

export interface OutlineEntry {
  title: string;
  depth: number;
  /** 1-based page the bookmark opens. */
  page: number;
}

export async function pdfOutline(file: string): Promise<OutlineEntry[]> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const out: OutlineEntry[] = [];
  const text = (o: unknown) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : '');
  const walk = (first: PDFDict | undefined, depth: number) => {
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      let dest = item.lookup(PDFName.of('Dest'));
      const action = item.lookupMaybe(PDFName.of('A'), PDFDict);
      if (!dest && action) dest = action.lookup(PDFName.of('D'));
      const target = dest instanceof PDFArray ? dest.get(0) : undefined;
      out.push({ title: text(item.lookup(PDFName.of('Title'))), depth, page: target instanceof PDFRef ? (pageIndex.get(target.toString()) ?? 0) : 0 });
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict), depth + 1);
    }
  };
  walk(outlines?.lookupMaybe(PDFName.of('First'), PDFDict), 0);
  return out;
}

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  width: number;
  height: number;
  /** Lines as pdftotext groups them, each a list of words. */
  lines: Word[][];
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');

export function pdfPages(file: string): PdfPage[] {
  return pdfWords(file)
    .split(/<page /)
    .slice(1)
    .map((page) => ({
      width: Number(/width="([\d.]+)"/.exec(page)![1]),
      height: Number(/height="([\d.]+)"/.exec(page)![1]),
      lines: [...page.matchAll(/<line [^>]*>([\s\S]*?)<\/line>/g)].map((line) =>
        [...line[1]!.matchAll(/<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          xMax: Number(m[3]),
          yMax: Number(m[4]),
          text: unescape(m[5]!),
        })),
      ),
    }));
}

/** The text of the words of a page within a band of y (points from the top), joined without spaces. */
export function textIn(page: PdfPage, top: number, bottom: number): string {
  return page.lines
    .flat()
    .filter((w) => w.yMin >= top && w.yMax <= bottom)
    .map((w) => w.text)
    .join('');
}

export const pageText = (page: PdfPage) => textIn(page, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);

export interface ReaderPage {
  /** Each link on the page: where it goes (the 1-based page of an internal target, else its address), in order. */
  links: string[];
  /** The page's structure as a PDF reader reads it (pdf.js `getStructTree`): the roles, depth first, with `[mc]` for content. */
  structure: string;
}

/** The pages' links and structure as pdf.js reads them. */
export async function readerPages(bytes: Uint8Array): Promise<ReaderPage[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: new Uint8Array(bytes), disableFontFace: true, verbosity: 0, useSystemFonts: false });
  const doc = await task.promise;
  type Node = { role?: string; type?: string; children?: Node[] };
  const roles = (node: Node | null): string =>
    !node ? '' : node.type ? `[${node.type === 'content' ? 'mc' : node.type}]` : `${node.role ?? ''}(${(node.children ?? []).map(roles).join('')})`;
  const out: ReaderPage[] = [];
  try {
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const links: string[] = [];
      for (const a of (await page.getAnnotations()) as Array<{ subtype: string; dest?: unknown; url?: string }>) {
        if (a.subtype !== 'Link') continue;
        if (a.url) links.push(a.url);
        else {
          const dest = typeof a.dest === 'string' ? await doc.getDestination(a.dest) : (a.dest as unknown[] | undefined);
          const ref = dest?.[0] as { num: number; gen: number } | undefined;
          links.push(ref ? `page ${(await doc.getPageIndex(ref)) + 1}` : 'nowhere');
        }
      }
      out.push({ links, structure: roles((await page.getStructTree()) as Node | null) });
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
  return out;
}
