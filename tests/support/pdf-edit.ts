/**
 * Edits of a correct PDF's page content, for proving that the text check
 * fails what differs: a text object (one run of text, `BT … ET`) taken out or
 * printed a second time.
 */
import { deflateSync } from 'node:zlib';
import { decodePDFRawStream, PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFPage } from 'pdf-lib';

/** The text objects of a content stream, with where they are. */
export function textObjects(content: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  for (const m of content.matchAll(/(?<![A-Za-z])BT(?![A-Za-z])[\s\S]*?(?<![A-Za-z])ET(?![A-Za-z])/g)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

function contentStreams(page: PDFPage): PDFRawStream[] {
  const contents = page.node.Contents();
  const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
  return refs.map((r) => page.doc.context.lookup(r as PDFRef)).filter((s): s is PDFRawStream => s instanceof PDFRawStream);
}

/** Rewrites the content of one page (1-based) with `edit`, which gets and returns the decoded operators. */
export async function editPageContent(bytes: Uint8Array, pageNumber: number, edit: (content: string) => string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const page = doc.getPage(pageNumber - 1);
  const streams = contentStreams(page);
  // Chromium writes one content stream per page; edit the one holding text.
  const stream = streams.find((s) => /\bBT\b/.test(Buffer.from(decodePDFRawStream(s).decode()).toString('latin1')));
  if (!stream) throw new Error(`page ${pageNumber} has no text`);
  const content = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
  const edited = Buffer.from(edit(content), 'latin1');
  const dict = stream.dict;
  dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
  dict.delete(PDFName.of('DecodeParms'));
  const replacement = PDFRawStream.of(dict, deflateSync(edited));
  const ref = doc.context.getObjectRef(stream)!;
  doc.context.assign(ref, replacement);
  return doc.save({ useObjectStreams: false });
}
