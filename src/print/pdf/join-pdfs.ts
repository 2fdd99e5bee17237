/**
 * Joins the prints of a document's parts (render.ts: each part printed in a
 * browser page of its own, at once) into one PDF, as one print of the whole
 * would have made it: the pages in order; one structure tree (each part's
 * elements under the first part's Document element, the parent tree's keys
 * carried on, the element ids kept apart); one outline; and the named
 * destinations of all parts, so that a link to a heading in another part
 * (printed against a stand-in target, runtime/join-parts.ts) opens that heading.
 *
 * Chromium writes a tagged PDF's parent tree and id tree flat (`/Nums`,
 * `/Names` in leaves); both forms of either tree are read.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFObjectCopier,
  PDFPage,
  PDFPageLeaf,
  PDFRef,
  PDFString,
  ParseSpeeds,
  type PDFContext,
  type PDFObject,
} from 'pdf-lib';

const name = PDFName.of;

/** Loads a print the way finish.ts does: without pdf-lib's pauses, its metadata untouched. */
export function loadPrint(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

/** The prints of a document's parts as one PDF. One print is returned as it is. */
export async function joinPdfs(prints: readonly Uint8Array[]): Promise<Uint8Array> {
  if (prints.length === 1) return prints[0]!;
  const doc = await loadPrint(prints[0]!);
  setIdsApart(doc, 0);
  for (const [i, bytes] of prints.slice(1).entries()) {
    const src = await loadPrint(bytes);
    setIdsApart(src, i + 1);
    appendPrint(doc, src);
  }
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Infinity });
}

/** The number of a PDF number object, else undefined. */
function numberOf(o: PDFObject | undefined): number | undefined {
  return o instanceof PDFNumber ? o.asNumber() : undefined;
}

/** An array's items, or the one item that stands for an array of one. */
function itemsOf(o: PDFObject | undefined): PDFObject[] {
  if (o === undefined) return [];
  return o instanceof PDFArray ? o.asArray() : [o];
}

/** The key and value pairs of a number tree or a name tree (`/Nums` or `/Names`, in leaves under `/Kids`). */
function treeEntries(context: PDFContext, tree: PDFDict | undefined, leafKey: 'Nums' | 'Names'): Array<[PDFObject, PDFObject]> {
  if (!tree) return [];
  const out: Array<[PDFObject, PDFObject]> = [];
  const flat = tree.lookupMaybe(name(leafKey), PDFArray)?.asArray() ?? [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!]);
  for (const kid of tree.lookupMaybe(name('Kids'), PDFArray)?.asArray() ?? []) out.push(...treeEntries(context, context.lookupMaybe(kid, PDFDict), leafKey));
  return out;
}

/**
 * The element the top of the structure hangs under: Chromium's Document element (the tree's
 * one kid), else the tree's root itself.
 */
function structureTop(doc: PDFDocument): { root: PDFDict; top: PDFDict; topRef: PDFRef } | undefined {
  const rootRef = doc.catalog.get(name('StructTreeRoot'));
  const root = doc.catalog.lookupMaybe(name('StructTreeRoot'), PDFDict);
  if (!root || !(rootRef instanceof PDFRef)) return undefined;
  const k = root.get(name('K'));
  const only = k instanceof PDFRef ? doc.context.lookupMaybe(k, PDFDict) : undefined;
  if (k instanceof PDFRef && only?.get(name('S')) === name('Document')) return { root, top: only, topRef: k };
  return { root, top: root, topRef: rootRef };
}

/**
 * Sets the number or name tree that `holder` keeps under `key` to one leaf of `entries` (key,
 * value, key, value…). The leaves the tree had are dropped.
 */
function putTree(doc: PDFDocument, holder: PDFDict, key: string, leafKey: 'Nums' | 'Names', entries: PDFObject[]): void {
  const ref = holder.get(name(key));
  const tree = ref instanceof PDFRef ? doc.context.lookupMaybe(ref, PDFDict) : undefined;
  if (!tree) {
    holder.set(name(key), doc.context.register(doc.context.obj({ [leafKey]: entries })));
    return;
  }
  for (const kid of tree.lookupMaybe(name('Kids'), PDFArray)?.asArray() ?? []) if (kid instanceof PDFRef) doc.context.delete(kid);
  tree.delete(name('Kids'));
  tree.delete(name('Limits'));
  tree.set(name(leafKey), doc.context.obj(entries));
}

/**
 * Chromium names a part's structure elements after the DOM nodes of its own browser page
 * (`node` and the node's number), which other parts' pages number alike. Each part's ids get
 * the part's number first, all of one length, so that the joined ids are apart and sort by
 * number as they sort as text (finish.ts renumbers them in that order; the id tree stays sorted).
 */
function setIdsApart(doc: PDFDocument, part: number): void {
  const renamed = (o: PDFObject): PDFObject | undefined => {
    if (!(o instanceof PDFString || o instanceof PDFHexString)) return undefined;
    const m = /^node(\d+)$/.exec(o.decodeText());
    return m ? PDFString.of(`node${String(part).padStart(4, '0')}${m[1]!.padStart(12, '0')}`) : undefined;
  };
  const inArray = (array: PDFArray) =>
    array.asArray().forEach((v, i) => {
      const r = renamed(v);
      if (r) array.set(i, r);
    });
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFArray) inArray(object);
    if (!(object instanceof PDFDict)) continue;
    for (const [key, value] of object.entries()) {
      const r = renamed(value);
      if (r) object.set(key, r);
      else if (value instanceof PDFArray) inArray(value);
    }
  }
}

/** Appends the print `src` to `doc` (both with their ids set apart). */
function appendPrint(doc: PDFDocument, src: PDFDocument): void {
  const copier = PDFObjectCopier.for(src.context, doc.context);
  const to = structureTop(doc);
  const from = structureTop(src);
  const keyBase = to ? (numberOf(to.root.get(name('ParentTreeNextKey'))) ?? 0) : 0;

  // Pages, with their content's and their links' keys into the parent tree carried on past the first parts'.
  for (const page of src.getPages()) {
    for (const [node, key] of [[page.node, 'StructParents'] as const, ...annotationsOf(src, page.node).map((a) => [a, 'StructParent'] as const)]) {
      const n = numberOf(node.get(name(key)));
      if (n === undefined) continue;
      if (to && from) node.set(name(key), PDFNumber.of(n + keyBase));
      else node.delete(name(key));
    }
    const ref = copier.copy(page.ref) as PDFRef;
    doc.addPage(PDFPage.of(doc.context.lookup(ref) as PDFPageLeaf, ref, doc));
  }

  if (to && from) {
    // The part's top elements, detached from its own tree so that copying them copies nothing above them.
    const kids = itemsOf(from.top.get(name('K')));
    for (const kid of kids) src.context.lookupMaybe(kid, PDFDict)?.delete(name('P'));
    const copied = kids.map((kid) => copier.copy(kid));
    for (const kid of copied) doc.context.lookupMaybe(kid, PDFDict)?.set(name('P'), to.topRef);
    to.top.set(name('K'), doc.context.obj([...itemsOf(to.top.get(name('K'))), ...copied]));

    const nums = treeEntries(src.context, from.root.lookupMaybe(name('ParentTree'), PDFDict), 'Nums');
    const joinedNums = treeEntries(doc.context, to.root.lookupMaybe(name('ParentTree'), PDFDict), 'Nums').flat();
    for (const [k, v] of nums) joinedNums.push(PDFNumber.of((numberOf(k) ?? 0) + keyBase), copier.copy(v));
    putTree(doc, to.root, 'ParentTree', 'Nums', joinedNums);
    const srcNext = numberOf(from.root.get(name('ParentTreeNextKey'))) ?? nums.reduce((max, [k]) => Math.max(max, (numberOf(k) ?? -1) + 1), 0);
    to.root.set(name('ParentTreeNextKey'), PDFNumber.of(keyBase + srcNext));

    const ids = treeEntries(src.context, from.root.lookupMaybe(name('IDTree'), PDFDict), 'Names').map(([k, v]): [PDFObject, PDFObject] => [k, copier.copy(v)]);
    if (ids.length) {
      const text = (o: PDFObject) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : '');
      const all = [...treeEntries(doc.context, to.root.lookupMaybe(name('IDTree'), PDFDict), 'Names'), ...ids];
      all.sort((a, b) => (text(a[0]) < text(b[0]) ? -1 : text(a[0]) > text(b[0]) ? 1 : 0));
      putTree(doc, to.root, 'IDTree', 'Names', all.flat());
    }
  }

  appendOutline(doc, src, copier);

  const dests = src.catalog.lookupMaybe(name('Dests'), PDFDict);
  if (dests) {
    let into = doc.catalog.lookupMaybe(name('Dests'), PDFDict);
    if (!into) {
      into = doc.context.obj({});
      doc.catalog.set(name('Dests'), doc.context.register(into));
    }
    // A part's own target wins over a stand-in for it (runtime/join-parts.ts), which Chromium gives no destination anyway.
    for (const [key, value] of dests.entries()) into.set(key, copier.copy(value));
  }
}

/** A page's annotations. */
function annotationsOf(doc: PDFDocument, page: PDFDict): PDFDict[] {
  return (page.lookupMaybe(name('Annots'), PDFArray)?.asArray() ?? []).flatMap((a) => doc.context.lookupMaybe(a, PDFDict) ?? []);
}

/** The part's bookmarks after the first parts': its top-level items join theirs. */
function appendOutline(doc: PDFDocument, src: PDFDocument, copier: PDFObjectCopier): void {
  const outline = src.catalog.lookupMaybe(name('Outlines'), PDFDict);
  const first = outline?.get(name('First'));
  if (!outline || !(first instanceof PDFRef)) return;
  const top: PDFDict[] = [];
  for (let at = src.context.lookupMaybe(first, PDFDict); at; at = at.lookupMaybe(name('Next'), PDFDict)) top.push(at);
  for (const item of top) item.delete(name('Parent'));
  const copiedFirst = copier.copy(first) as PDFRef;
  const copiedLast = copier.copy(outline.get(name('Last'))!) as PDFRef;
  let into = doc.catalog.lookupMaybe(name('Outlines'), PDFDict);
  if (!into) {
    into = doc.context.obj({ Type: 'Outlines', Count: 0 });
    doc.catalog.set(name('Outlines'), doc.context.register(into));
  }
  const intoRef = doc.catalog.get(name('Outlines'))!;
  for (let at = doc.context.lookupMaybe(copiedFirst, PDFDict); at; at = at.lookupMaybe(name('Next'), PDFDict)) at.set(name('Parent'), intoRef);
  const last = into.get(name('Last'));
  if (last instanceof PDFRef) {
    doc.context.lookup(last, PDFDict).set(name('Next'), copiedFirst);
    doc.context.lookup(copiedFirst, PDFDict).set(name('Prev'), last);
  } else {
    into.set(name('First'), copiedFirst);
  }
  into.set(name('Last'), copiedLast);
  into.set(name('Count'), PDFNumber.of((numberOf(into.get(name('Count'))) ?? 0) + (numberOf(outline.get(name('Count'))) ?? top.length)));
}
