/**
 * Learned entries added to the report glossary, `content/glossary.yaml`:
 * appended to `terms:`, found through the YAML document, so the file's
 * comments, order and layout stay as the editors wrote them (a
 * `glossary.json` is written as JSON). An entry for a term the
 * glossary already has (under `terms:` or `protected:`) is never written:
 * it is returned as a collision, and the existing entry stays as it is.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { Document, isMap, isSeq, LineCounter, parseDocument, YAMLSeq } from 'yaml';
import { ReportError } from '../../diagnostics.ts';
import { readGlossary, type GlossaryEntry } from '../glossary.ts';
import { readSourceFile } from '../../sources/source-file.ts';

export interface LearnedEntry {
  hans: string;
  /** The form for `variant`. */
  hant: string;
  note: string;
}

export interface Collision {
  entry: LearnedEntry;
  /** The glossary's own entry for the term. */
  existing: GlossaryEntry;
}

export interface GlossaryWrite {
  file: string;
  /** The file did not exist and was written. */
  created: boolean;
  added: LearnedEntry[];
  collisions: Collision[];
}

/** How an existing entry writes its term for a variant: `zh-Hant: 發布`, or `protected`. */
export function existingForm(entry: GlossaryEntry, variant: string): string {
  if (entry.protected) return 'protected';
  const form = entry.forms[variant] ?? entry.forms['zh-Hant'];
  return form !== undefined ? `${entry.forms[variant] !== undefined ? variant : 'zh-Hant'}: ${form}` : Object.entries(entry.forms).map(([k, v]) => `${k}: ${v}`).join(', ');
}

const HEADER = `# How terms are written in the Traditional editions (see the editors' guide, "Glossary").
`;

/**
 * Adds `entries` under `terms:` of the glossary `file` (created if missing),
 * each with the variant's form and its note. The glossary must be valid
 * before: a file with problems is reported, not edited.
 */
export function addLearnedTerms(file: string, entries: readonly LearnedEntry[], variant: string): GlossaryWrite {
  const created = !existsSync(file);
  let text = HEADER;
  let existing: GlossaryEntry[] = [];
  if (!created) {
    const { glossary, diagnostics } = readGlossary(file);
    if (diagnostics.some((d) => d.severity === 'error')) throw new ReportError(diagnostics);
    existing = glossary.entries;
    text = readSourceFile(file).text;
  }
  const byTerm = new Map(existing.map((e) => [e.hans, e]));
  const added: LearnedEntry[] = [];
  const collisions: Collision[] = [];
  for (const entry of entries) {
    const other = byTerm.get(entry.hans);
    if (other) collisions.push({ entry, existing: other });
    else if (!added.some((e) => e.hans === entry.hans)) added.push(entry);
  }
  if (added.length === 0) return { file, created: false, added, collisions };

  const items = added.map((entry) => ({ 'zh-Hans': entry.hans, [variant]: entry.hant, note: entry.note }));
  if (file.toLowerCase().endsWith('.json')) {
    const data = created ? {} : (JSON.parse(text) as { terms?: unknown[] });
    data.terms = [...(data.terms ?? []), ...items];
    writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  } else {
    writeFileSync(file, withTerms(text, items));
  }
  return { file, created, added, collisions };
}

/**
 * The YAML text with `items` appended to its `terms:` list. Where the list
 * is a block list already, the new items are written after its last one and
 * every other byte of the file stays as it was; otherwise (no list yet, or
 * `terms: []`) the document is written again through the YAML library, which
 * keeps its comments and order.
 */
function withTerms(text: string, items: ReadonlyArray<Record<string, string>>): string {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const found = isMap(doc.contents) ? doc.contents.get('terms', true) : undefined;
  if (isSeq(found) && !found.flow && found.items.length > 0 && found.range) {
    const first = found.items[0] as { range?: [number, number, number] } | undefined;
    // Items are written at the column of the existing ones' dashes.
    const dash = first?.range ? Math.max(0, lineCounter.linePos(first.range[0]).col - 3) : 2;
    const block = new Document(items)
      .toString({ lineWidth: 0 })
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => `${' '.repeat(dash)}${line}\n`)
      .join('');
    // After the line on which the list's last value ends.
    const end = text.indexOf('\n', found.range[1] - 1);
    const at = end === -1 ? text.length : end + 1;
    const before = text.slice(0, at);
    return `${before}${before.endsWith('\n') || before === '' ? '' : '\n'}${block}${text.slice(at)}`;
  }
  const terms = termsOf(doc);
  for (const item of items) terms.add(doc.createNode(item));
  return doc.toString({ lineWidth: 0 });
}

/** The `terms:` list of a glossary document, made if it has none (or an empty `terms: []`, then written as a block). */
function termsOf(doc: Document) {
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as typeof doc.contents;
  const map = doc.contents;
  if (!isMap(map)) throw new Error('a glossary is a mapping');
  const found = map.get('terms', true);
  if (isSeq(found)) {
    found.flow = false;
    return found;
  }
  const terms = new YAMLSeq();
  // `terms:` left empty keeps its place; a new one goes before `protected:`, as the guide writes it.
  if (map.has('terms')) map.set('terms', terms);
  else map.items.unshift(doc.createPair('terms', terms));
  return terms;
}
