/**
 * Reads and checks glossaries (the report's `content/glossary.yaml` and a
 * chapter's frontmatter `glossary`), and resolves them per variant into the
 * layers the converter applies.
 */
import { existsSync, statSync } from 'node:fs';
import type { GlossaryInput } from '../convert/glossary.ts';
import { ReportError, type Diagnostic } from '../diagnostics.ts';
import { glossarySchema, type GlossaryData } from './glossary-schema.ts';
import { glossaryFile } from '../sources/paths.ts';
import { KNOWN_VARIANTS, SOURCE_VARIANT } from './report-schema.ts';
import { readSourceFile } from '../sources/source-file.ts';
import { listChanges, simplifiedLeft } from './traditional-forms.ts';
import { validateYaml } from '../sources/validate.ts';
import { yamlPositions, type PositionOf } from '../sources/yaml-positions.ts';

/** A glossary with the place of every entry. */
export interface Glossary {
  /** Where the glossary lives (a file, or a chapter's frontmatter). */
  origin: string;
  entries: GlossaryEntry[];
}

/** An entry with its place; the converter reads it as a `GlossaryInput` (`convert/glossary.ts`). */
export interface GlossaryEntry extends GlossaryInput {
  line?: number;
  column?: number;
}

const TARGETS = KNOWN_VARIANTS.filter((v) => v !== SOURCE_VARIANT) as string[];

export const EMPTY_GLOSSARY: Glossary = { origin: '', entries: [] };

/**
 * Validates glossary data (already parsed) and returns it with positions, or
 * the problems: unknown variants, empty mappings, and conflicting entries.
 */

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
