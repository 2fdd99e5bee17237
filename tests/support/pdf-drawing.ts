/** What a PDF page draws, read with pdf-lib: its content streams and forms, and the colours set in them. */
import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';

/** The decoded content of a page and of every form it draws, recursively; `images`: how many image XObjects it draws. */
export function pageDrawing(doc: PDFDocument, index: number): { content: string; images: number } {
  const page = doc.getPage(index);
  let content = '';
  let images = 0;
  const seen = new Set<PDFObject>();
  const decode = (s: PDFRawStream) => Buffer.from(decodePDFRawStream(s).decode()).toString('latin1');
  const visitResources = (resources: PDFDict | undefined) => {
    const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    if (!xobjects) return;
    for (const [, ref] of xobjects.entries()) {
      const stream = doc.context.lookup(ref as PDFRef);
      if (!(stream instanceof PDFRawStream) || seen.has(stream)) continue;
      seen.add(stream);
      const subtype = stream.dict.get(PDFName.of('Subtype'));
      if (subtype === PDFName.of('Image')) images++;
      else {
        content += `\n${decode(stream)}`;
        visitResources(stream.dict.lookupMaybe(PDFName.of('Resources'), PDFDict));
      }
    }
  };
  const contents = page.node.Contents();
  const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  for (const r of refs) {
    const s = doc.context.lookup(r as PDFRef);
    if (s instanceof PDFRawStream) content += `\n${decode(s)}`;
  }
  visitResources(page.node.Resources());
  return { content, images };
}

/** Whether the content sets an RGB fill or stroke colour of these components (to 1/255). */
export function drawsColour(content: string, rgb: number[]): boolean {
  for (const m of content.matchAll(/([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(rg|RG)\b/g)) {
    const c = [m[1], m[2], m[3]].map(Number);
    if (c.every((v, i) => Math.abs(v - rgb[i]!) < 0.004)) return true;
  }
  return false;
}
