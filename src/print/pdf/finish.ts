/**
 * What Chromium does not write into a PDF: document metadata from the
 * report (title, author, subject, language), fixed dates so the same input
 * gives the same bytes, the viewer opening on the bookmarks, and for the
 * printer edition the TrimBox and BleedBox of every page. Both editions are
 * finished from one tagged print: the printer edition, for the press, has
 * its tags (structure tree) and links taken out.
 */
import {
  beginMarkedContent,
  endMarkedContent,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  setLineWidth,
  setStrokingRgbColor,
  stroke,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRef,
  PDFStream,
  PDFString,
  ParseSpeeds,
  type PDFObject,
  type PDFPage,
} from 'pdf-lib';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  /** BCP 47 language of the document, e.g. zh-Hant. */
  lang: string;
  keywords?: string[];
  /** The document's date (creation and modification). */
  date: Date;
}

export interface FinishOptions {
  metadata: PdfMetadata;
  /**
   * Printer edition: the bleed in points that the layout added around the
   * trimmed page. The sheet grows by a slug for crop marks, drawn outside
   * the bleed; BleedBox and TrimBox are set on every page.
   */
  bleedPt?: number;
  /**
   * Reading edition laid out with the printer edition's bleed (one layout for
   * both): the bleed in points, cut off so the page is the trimmed page.
   */
  trimPt?: number;
}

const MM = 72 / 25.4;
/** Crop marks start this far outside the bleed and are this long, in points. */
const MARK_GAP = 1 * MM;
const MARK_LENGTH = 5 * MM;
/** How far the printer edition's sheet extends beyond the bleed, in points (room for the marks). */
export const SLUG_PT = MARK_GAP + MARK_LENGTH + 1 * MM;

const PRODUCER = 'Bifolio (Paged.js, Chromium)';

export async function finishPdf(bytes: Uint8Array, options: FinishOptions): Promise<Uint8Array> {
  // pdf-lib yields to the event loop every 50–100 objects by default; a report's
  // PDF has tens of thousands, and the pauses made up most of the time.
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const { metadata } = options;
  doc.setTitle(metadata.title, { showInWindowTitleBar: true });
  doc.setAuthor(metadata.author);
  doc.setSubject(metadata.subject);
  if (metadata.keywords?.length) doc.setKeywords(metadata.keywords);
  doc.setCreator('Bifolio');
  doc.setProducer(PRODUCER);
  doc.setCreationDate(metadata.date);
  doc.setModificationDate(metadata.date);
  doc.setLanguage(metadata.lang);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  if (options.trimPt) {
    const cut = options.trimPt;
    for (const page of doc.getPages()) {
      const sheet = page.getMediaBox();
      page.setMediaBox(sheet.x + cut, sheet.y + cut, sheet.width - 2 * cut, sheet.height - 2 * cut);
      page.setCropBox(sheet.x + cut, sheet.y + cut, sheet.width - 2 * cut, sheet.height - 2 * cut);
    }
  }
  if (options.bleedPt) {
    for (const page of doc.getPages()) {
      addCropMarks(page, options.bleedPt);
      // Links mean nothing on paper, and PDF/X does not allow them.
      page.node.delete(PDFName.of('Annots'));
      page.node.delete(PDFName.of('StructParents'));
      page.node.delete(PDFName.of('Tabs'));
    }
    // Tags are for reading software; the press gets the pages.
    doc.catalog.delete(PDFName.of('StructTreeRoot'));
    doc.catalog.delete(PDFName.of('MarkInfo'));
    // Bookmarks name the structure element they open on: the pages are enough.
    const walk = (item: PDFDict | undefined): void => {
      for (let at = item; at; at = at.lookupMaybe(PDFName.of('Next'), PDFDict)) {
        at.delete(PDFName.of('SE'));
        walk(at.lookupMaybe(PDFName.of('First'), PDFDict));
      }
    };
    walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
    removeUnreachable(doc);
  }
  renumberStructureIds(doc);
  shortenDestinationNames(doc);
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Infinity });
}

/** Grows the sheet around the bleed and draws crop marks at the trim lines, outside the bleed. */
function addCropMarks(page: PDFPage, bleed: number): void {
  const sheet = page.getMediaBox();
  const slug = SLUG_PT;
  page.setMediaBox(sheet.x - slug, sheet.y - slug, sheet.width + 2 * slug, sheet.height + 2 * slug);
  page.setCropBox(sheet.x - slug, sheet.y - slug, sheet.width + 2 * slug, sheet.height + 2 * slug);
  page.setBleedBox(sheet.x, sheet.y, sheet.width, sheet.height);
  const trim = { left: sheet.x + bleed, bottom: sheet.y + bleed, right: sheet.x + sheet.width - bleed, top: sheet.y + sheet.height - bleed };
  page.setTrimBox(trim.left, trim.bottom, trim.right - trim.left, trim.top - trim.bottom);
  const near = bleed + MARK_GAP;
  const far = near + MARK_LENGTH;
  const ops = [beginMarkedContent('Artifact'), pushGraphicsState(), setLineWidth(0.25), setStrokingRgbColor(0, 0, 0)];
  for (const [x, dx] of [
    [trim.left, -1],
    [trim.right, 1],
  ] as const) {
    for (const [y, dy] of [
      [trim.bottom, -1],
      [trim.top, 1],
    ] as const) {
      ops.push(moveTo(x + dx * near, y), lineTo(x + dx * far, y), stroke());
      ops.push(moveTo(x, y + dy * near), lineTo(x, y + dy * far), stroke());
    }
  }
  ops.push(popGraphicsState(), endMarkedContent());
  page.pushOperators(...ops);
}

/**
 * Chromium names the elements of a tagged PDF's structure tree after its
 * internal DOM node numbers (`node00000704`), which depend on what the
 * browser did before. Renumbering them in their own order (so the sorted ID
 * tree stays sorted) makes two builds of the same document byte-identical.
 */
function renumberStructureIds(doc: PDFDocument): void {
  const isNodeId = (o: PDFObject): o is PDFString | PDFHexString => (o instanceof PDFString || o instanceof PDFHexString) && /^node\d+$/.test(o.decodeText());
  const visit = (o: PDFObject, found: (s: PDFString | PDFHexString, replace: (v: PDFObject) => void) => void) => {
    if (o instanceof PDFDict) {
      for (const [key, value] of o.entries()) {
        if (isNodeId(value)) found(value, (v) => o.set(key, v));
        else visit(value, found);
      }
    } else if (o instanceof PDFArray) {
      o.asArray().forEach((value, i) => {
        if (isNodeId(value)) found(value, (v) => o.set(i, v));
        else visit(value, found);
      });
    }
  };
  const objects = doc.context.enumerateIndirectObjects().map(([, o]) => o);
  const numbers = new Set<number>();
  for (const o of objects) visit(o, (s) => numbers.add(Number(s.decodeText().slice(4))));
  const order = new Map([...numbers].sort((a, b) => a - b).map((n, i) => [n, `e${String(i + 1).padStart(8, '0')}`]));
  for (const o of objects) visit(o, (s, replace) => replace(PDFString.of(order.get(Number(s.decodeText().slice(4)))!)));
}

/**
 * Chromium names each link target after its element's id, percent-encoded:
 * a heading id of twenty Chinese characters becomes a PDF name of over 200
 * bytes, beyond the 127 that PDF readers must accept (and that poppler warns
 * about). Every named destination gets a short name, in the order Chromium
 * wrote them, and every link and bookmark that names one follows.
 */
function shortenDestinationNames(doc: PDFDocument): void {
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (!dests) return;
  const renamed = new Map<string, PDFName>();
  const entries = dests.entries();
  entries.forEach(([name], i) => renamed.set(name.asString(), PDFName.of(`d${i + 1}`)));
  for (const [name, value] of entries) {
    dests.delete(name);
    dests.set(renamed.get(name.asString())!, value);
  }
  const rename = (dict: PDFDict, key: string) => {
    const value = dict.get(PDFName.of(key));
    if (value instanceof PDFName && renamed.has(value.asString())) dict.set(PDFName.of(key), renamed.get(value.asString())!);
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    rename(object, 'Dest');
    if (object.get(PDFName.of('S')) === PDFName.of('GoTo')) rename(object, 'D');
    // A link's action (a structure element's /A is its attributes: an array, or a dictionary without /D).
    const action = object.lookup(PDFName.of('A'));
    if (action instanceof PDFDict) rename(action, 'D');
  }
}

/** Deletes the objects nothing refers to any more (the structure tree and links of the printer edition). */
function removeUnreachable(doc: PDFDocument): void {
  const { context } = doc;
  const reached = new Set<string>();
  const visit = (o: PDFObject | undefined): void => {
    if (o instanceof PDFRef) {
      if (reached.has(o.tag)) return;
      reached.add(o.tag);
      visit(context.lookup(o));
    } else if (o instanceof PDFDict) {
      for (const [, value] of o.entries()) visit(value);
    } else if (o instanceof PDFArray) {
      for (const value of o.asArray()) visit(value);
    } else if (o instanceof PDFStream) {
      visit(o.dict);
    }
  };
  visit(context.trailerInfo.Root);
  visit(context.trailerInfo.Info);
  for (const [ref] of context.enumerateIndirectObjects()) if (!reached.has(ref.tag)) context.delete(ref);
}

/** The date of the PDFs: SOURCE_DATE_EPOCH, else the publication date, else the end of the period (noon UTC). */
export function documentDate(report: { published?: string; period: { end: string } }, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(`${report.published ?? report.period.end}T12:00:00Z`);
}
