/**
 * Reads and checks glossaries (the report's `content/glossary.yaml` and a
 * chapter's frontmatter `glossary`), and resolves them per variant into the
 * layers the converter applies.
 */
import { existsSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { isMap, isSeq, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { replaceString } from '../convert/engine.ts';
import type { GlossaryLayer, GlossaryTerm } from '../convert/glossary.ts';
import { openccTrie } from '../convert/opencc-dictionaries.ts';
import { profiles, isProfileName } from '../convert/profiles.ts';
import { toStandardForms } from '../convert/tables/builtin-table.ts';
import { ReportError, type Diagnostic } from '../diagnostics.ts';
import { glossarySchema, type GlossaryData } from './glossary-schema.ts';
import { glossaryFile } from './paths.ts';
import { KNOWN_VARIANTS, SOURCE_VARIANT } from './report-schema.ts';
import { readSourceFile } from './source-file.ts';
import { listChanges, simplifiedLeft } from './traditional-forms.ts';
import { validateYaml } from './validate.ts';

/** A glossary with the place of every entry. */
export interface Glossary {
  /** Where the glossary lives (a file, or a chapter's frontmatter). */
  origin: string;
  entries: GlossaryEntry[];
}

export interface GlossaryEntry {
  hans: string;
  /** Variant code → written form; `zh-Hant` is the default for every Traditional variant. */
  forms: Record<string, string>;
  protected: boolean;
  /** `file:line` of the entry. */
  source: string;
  line?: number;
  column?: number;
}

const TARGETS = KNOWN_VARIANTS.filter((v) => v !== SOURCE_VARIANT) as string[];

export const EMPTY_GLOSSARY: Glossary = { origin: '', entries: [] };

/**
 * Validates glossary data (already parsed) and returns it with positions, or
 * the problems: unknown variants, empty mappings, and conflicting entries.
 */
export type PositionOf = (path: Array<string | number>, at?: 'value' | 'key') => { line?: number; column?: number };

export function checkGlossary(
  data: GlossaryData,
  origin: string,
  positions: PositionOf = () => ({}),
): { glossary: Glossary; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const entries: GlossaryEntry[] = [];
  const file = origin.replace(/:\d+$/, '');
  data.terms.forEach((term, i) => {
    const at = positions(['terms', i]);
    const forms: Record<string, string> = {};
    let reported = false;
    for (const [key, value] of Object.entries(term)) {
      if (key === 'zh-Hans' || key === 'note') continue;
      const where = positions(['terms', i, key]);
      if (!TARGETS.includes(key)) {
        Object.assign(where, positions(['terms', i, key], 'key'));
        const variantLike = /^zh[-_]/i.test(key);
        diagnostics.push({
          file,
          ...where,
          message: variantLike
            ? `glossary entry "${term['zh-Hans']}" names an unknown variant "${key}"`
            : `glossary entry "${term['zh-Hans']}" has an unknown field "${key}"`,
          hint: `fields of a term: zh-Hans, ${TARGETS.join(', ')}, note`,
          severity: 'error',
        });
        reported = true;
        continue;
      }
      if (typeof value !== 'string' || value.trim() === '') {
        diagnostics.push({
          file,
          ...where,
          message: `glossary entry "${term['zh-Hans']}" maps ${key} to nothing`,
          hint: 'write the form the variant prints, or remove the line',
          severity: 'error',
        });
        reported = true;
        continue;
      }
      forms[key] = value.trim();
      const left = simplifiedLeft(forms[key]!, key);
      if (left) {
        diagnostics.push({
          file,
          ...where,
          message: `glossary entry "${term['zh-Hans']}": the ${key} form "${forms[key]}" still has Simplified characters: ${listChanges(left)}`,
          hint: `the form is printed exactly as written; write "${left.suggestion}", or list the term under \`protected:\` if it stays as written in every variant`,
          severity: 'error',
        });
      }
    }
    if (Object.keys(forms).length === 0 && !reported) {
      diagnostics.push({
        file,
        ...at,
        message: `glossary entry "${term['zh-Hans']}" maps to nothing`,
        hint: 'add the Traditional form, e.g. `zh-Hant: 持份者`, or list the term under `protected:` to keep it as written',
        severity: 'error',
      });
    }
    entries.push({ hans: term['zh-Hans'], forms, protected: false, source: `${file}:${at.line ?? '?'}`, ...at });
  });
  data.protected.forEach((item, i) => {
    const at = positions(['protected', i]);
    const hans = typeof item === 'string' ? item : item.term;
    entries.push({ hans, forms: {}, protected: true, source: `${file}:${at.line ?? '?'}`, ...at });
  });

  // Conflicts: one term, two different answers.
  const seen = new Map<string, GlossaryEntry>();
  for (const entry of entries) {
    const other = seen.get(entry.hans);
    if (!other) {
      seen.set(entry.hans, entry);
      continue;
    }
    const same = other.protected === entry.protected && JSON.stringify(other.forms) === JSON.stringify(entry.forms);
    diagnostics.push({
      file,
      line: entry.line,
      column: entry.column,
      message: same
        ? `glossary entry "${entry.hans}" repeats the entry at line ${other.line}`
        : `glossary entry "${entry.hans}" conflicts with the entry at line ${other.line}`,
      hint: same ? 'remove one of them' : 'keep one entry per term and decide which form is right',
      severity: same ? 'warning' : 'error',
    });
  }
  return { glossary: { origin, entries }, diagnostics };
}

/** Reads `content/glossary.yaml` (or `.yml`, `.json`); a missing file is an empty glossary. */
export function readGlossary(file = glossaryFile()): { glossary: Glossary; diagnostics: Diagnostic[] } {
  if (!existsSync(file)) return { glossary: EMPTY_GLOSSARY, diagnostics: [] };
  const { text, problem } = readSourceFile(file);
  if (problem) return { glossary: EMPTY_GLOSSARY, diagnostics: [problem] };
  const result = validateYaml({ file, text }, glossarySchema);
  if (!result.ok) return { glossary: EMPTY_GLOSSARY, diagnostics: result.diagnostics };
  return checkGlossary(result.data, file, yamlPositions(text));
}

let cached: { file: string; mtime: number; glossary: Glossary } | undefined;

/** The report glossary, re-read when the file changes (for the live preview). */
export function currentGlossary(file = glossaryFile()): Glossary {
  const mtime = existsSync(file) ? statSync(file).mtimeMs : -1;
  if (cached?.file === file && cached.mtime === mtime) return cached.glossary;
  const glossary = loadGlossary(file);
  cached = { file, mtime, glossary };
  return glossary;
}

/** A chapter's frontmatter glossary (already validated by the content schema). */
export function chapterGlossary(data: GlossaryData | undefined, file: string): Glossary {
  if (!data) return EMPTY_GLOSSARY;
  return checkGlossary(data, file).glossary;
}

export function loadGlossary(file = glossaryFile()): Glossary {
  const { glossary, diagnostics } = readGlossary(file);
  if (diagnostics.some((d) => d.severity === 'error')) throw new ReportError(diagnostics);
  return glossary;
}

/**
 * Line and column of a path in YAML text (for data already validated): of
 * the value, or with `at: 'key'` of the key naming it.
 */
export function yamlPositions(text: string, lineOffset = 0) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return (path: Array<string | number>, at: 'value' | 'key' = 'value') => {
    let node: unknown = doc.contents;
    path.forEach((key, i) => {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
        node = at === 'key' && i === path.length - 1 ? pair?.key : pair?.value;
      } else if (isSeq(node)) node = node.items[key as number];
      else node = undefined;
    });
    const range = (node as YamlNode | undefined)?.range;
    if (!range) return {};
    const pos = lineCounter.linePos(range[0]);
    return { line: pos.line + lineOffset, column: pos.col };
  };
}

/** The converter layer of a glossary for one variant. */
export function glossaryLayer(glossary: Glossary, variantCode: string, layer: GlossaryLayer['layer']): GlossaryLayer {
  const terms: GlossaryTerm[] = [];
  for (const entry of glossary.entries) {
    if (entry.protected) {
      terms.push({ hans: entry.hans, hant: entry.hans, source: entry.source });
      continue;
    }
    const exact = entry.forms[variantCode];
    const general = entry.forms['zh-Hant'];
    if (exact !== undefined) terms.push({ hans: entry.hans, hant: exact, source: entry.source });
    else if (general !== undefined) terms.push({ hans: entry.hans, hant: adaptForms(general, variantCode), source: entry.source });
  }
  const id = createHash('sha256').update(`${layer}|${variantCode}|${JSON.stringify(terms)}`).digest('hex').slice(0, 16);
  return { id, layer, terms };
}

/** A `zh-Hant` form written for the default variant, in another variant's character forms. */
function adaptForms(text: string, variantCode: string): string {
  if (variantCode === 'zh-Hant' || !isProfileName(variantCode)) return text;
  const regional = profiles[variantCode].opencc.chain.slice(1).map((group) => openccTrie(group));
  let out = toStandardForms(text);
  for (const trie of regional) out = replaceString(trie, out);
  return out;
}
