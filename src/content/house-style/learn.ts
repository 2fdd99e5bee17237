/**
 * House style learned from last year's edition: the Simplified and the
 * Traditional edition as published, compared through the report's converter
 * (its profile and current glossary), give the glossary entries that would
 * make the converter print what the publisher printed.
 */
import path from 'node:path';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from '../../convert/charsets.ts';
import type { Converter } from '../../convert/converter.ts';
import { simplifiedLeft } from '../traditional-forms.ts';
import { compareEditions } from './compare.ts';
import { proposeTerms, type Proposal } from './propose.ts';
import type { LearnedEntry } from './write-glossary.ts';

export type { Example, PrintedForm, Proposal } from './propose.ts';

export interface LearnResult {
  /** Entries to consider, most frequent first; a proposal with `others` is a conflict. */
  proposals: Proposal[];
  /** Forms the publisher printed that still hold Simplified characters for the variant: never proposed. */
  refused: Array<Proposal & { reason: string }>;
  /** Ideographs of the Simplified edition, and how many were aligned with the published text. */
  coverage: { ideographs: number; aligned: number };
}

export function learnHouseStyle(input: { simplified: string; traditional: string; converter: Converter; variant: string }): LearnResult {
  const cmp = compareEditions(input.simplified, input.traditional, input.converter);
  const proposals: Proposal[] = [];
  const refused: LearnResult['refused'] = [];
  for (const proposal of proposeTerms(cmp)) {
    const left = simplifiedLeft(proposal.hant, input.variant);
    if (left) refused.push({ ...proposal, reason: `${left.characters.map((c) => c.char).join('')} is Simplified in ${input.variant}` });
    else proposals.push(proposal);
  }
  return { proposals, refused, coverage: cmp.coverage };
}

/** The default of `--min-count`: a form printed once is no house style yet. */
export const MIN_COUNT = 2;

/**
 * What the learned entries say they come from: `the 2023 edition` when a
 * year is in a file's name or the edition's first lines, otherwise the file.
 */
export function editionName(files: readonly string[], traditionalText: string): string {
  const year = (text: string) => /(?<!\d)(19|20)\d\d(?!\d)/.exec(text)?.[0];
  const found = files.map((f) => year(path.basename(f))).find(Boolean) ?? year(traditionalText.slice(0, 400));
  return found ? `the ${found} edition` : path.basename(files[files.length - 1]!);
}

/** Whether --write adds a proposal: no conflict, and printed at least `minCount` times. */
export function writable(proposal: Proposal, minCount = MIN_COUNT): boolean {
  return proposal.others.length === 0 && proposal.count >= minCount;
}

/** The glossary entries --write adds, each noting where it was learned. */
export function learnedEntries(proposals: readonly Proposal[], minCount: number, edition: string): LearnedEntry[] {
  return proposals
    .filter((p) => writable(p, minCount))
    .map((p) => ({ hans: p.hans, hant: p.hant, note: `learned from ${edition}: ${p.count} of ${p.total} occurrences` }));
}

/** Which script a text is mostly written in: counts of characters only one script writes. */
export function scriptOfEdition(text: string, converter: Converter): 'simplified' | 'traditional' | 'unknown' {
  let simplified = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const cls = converter.classes[text.charCodeAt(i)];
    if (cls === SIMPLIFIED_ONLY) simplified++;
    else if (cls === TRADITIONAL_ONLY) traditional++;
  }
  if (simplified + traditional < 10) return 'unknown';
  return simplified > traditional * 3 ? 'simplified' : traditional > simplified * 3 ? 'traditional' : 'unknown';
}
