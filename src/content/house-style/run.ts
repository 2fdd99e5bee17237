/**
 * `bifolio learn --simplified <file> --traditional <file> [--variant <code>]
 * [--write] [--min-count <n>]`: the house style of last year's edition as
 * glossary entries. Both editions are read (PDF, Markdown/MDX or text), the
 * Simplified one converted with the report's converter for the variant, and
 * where the publisher printed otherwise, the entries are listed — grouped,
 * most frequent first, conflicts marked — and with --write added to the
 * report's glossary.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadGlossary, EMPTY_GLOSSARY, type Glossary, type GlossaryEntry } from '../glossary.ts';
import { editionName, learnedEntries, learnHouseStyle, MIN_COUNT, scriptOfEdition, writable, type LearnResult, type Proposal } from './learn.ts';
import { readEdition, type Edition } from './read-edition.ts';
import { addLearnedTerms, existingForm, type GlossaryWrite } from './write-glossary.ts';
import { glossaryFile, reportFile } from '../../sources/paths.ts';
import { loadReport } from '../report.ts';
import { ReportError, type Diagnostic } from '../../diagnostics.ts';
import { converterForVariant } from '../convert-text.ts';

export interface LearnOptions {
  simplified: string;
  traditional: string;
  variant?: string;
  write: boolean;
  minCount?: number;
}

export interface LearnOutcome {
  result: LearnResult;
  variant: string;
  editions: [Edition, Edition];
  written?: GlossaryWrite;
  /** The text printed. */
  text: string;
}

/** The variant learned for: the one named, or the report's first converted variant, or zh-Hant outside a report. */
function targetVariant(named: string | undefined): string {
  if (named) return named;
  const file = reportFile();
  if (!existsSync(file)) return 'zh-Hant';
  return loadReport(file).variants.find((v) => v.profile)?.code ?? 'zh-Hant';
}

export async function learn(options: LearnOptions): Promise<LearnOutcome> {
  const variant = targetVariant(options.variant);
  const converter = converterForVariant(variant);
  const editions = (await Promise.all([readEdition(options.simplified), readEdition(options.traditional)])) as [Edition, Edition];
  const wrong = (['simplified', 'traditional'] as const).flatMap((script, i): Diagnostic[] => {
    const found = scriptOfEdition(editions[i]!.text, converter);
    if (found === 'unknown' || found === script) return [];
    const other = script === 'simplified' ? 'traditional' : 'simplified';
    return [{ file: editions[i]!.file, message: `is written in ${found === 'simplified' ? 'Simplified' : 'Traditional'} characters, but is given as --${script}`, hint: `give it as --${other}`, severity: 'error' }];
  });
  if (wrong.length) throw new ReportError(wrong);
  const result = learnHouseStyle({ simplified: editions[0].text, traditional: editions[1].text, converter, variant });
  const glossary: Glossary = existsSync(reportFile()) ? loadGlossary() : EMPTY_GLOSSARY;
  const minCount = options.minCount ?? MIN_COUNT;
  const edition = editionName([options.simplified, options.traditional], editions[1].text);
  const written = options.write ? addLearnedTerms(glossaryFile(), learnedEntries(result.proposals, minCount, edition), variant) : undefined;
  const text = formatLearned({ result, variant, editions, glossary, minCount, edition, written, write: options.write });
  return { result, variant, editions, written, text };
}

const shown = (file: string) => path.relative(process.cwd(), file) || file;
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function describe(edition: Edition): string {
  return `${shown(edition.file)}${edition.pages !== undefined ? ` (PDF, ${plural(edition.pages, 'page')})` : ''}`;
}

/** `发布 → 發佈` padded to a column (CJK characters are two columns wide). */
function padded(text: string, width: number): string {
  const columns = [...text].reduce((n, ch) => n + (ch.charCodeAt(0) >= 0x1100 ? 2 : 1), 0);
  return text + ' '.repeat(Math.max(1, width - columns));
}

function proposalLines(p: Proposal, mark: string, note?: string): string[] {
  const others = p.others.map((o) => `${o.form} ${o.count}×${o.converter ? ' (as the converter writes)' : ''}`).join(', ');
  const lines = [
    `  ${mark} ${padded(`${p.hans} → ${p.hant}`, 24)}${padded(`${p.count} of ${p.total}`, 12)}the converter writes ${p.converted}${others ? `; also printed ${others}` : ''}${note ? `  ${note}` : ''}`,
  ];
  for (const e of p.examples.slice(0, 2)) lines.push(`        ${e.simplified}`, `        ${e.traditional}`);
  for (const o of p.others) lines.push(`      also ${o.form}:`, `        ${o.example.simplified}`, `        ${o.example.traditional}`);
  return lines;
}

/**
 * Character changes found in two words or more (布 → 佈 in 发布 and 公布):
 * the publisher's choice is the character's, and each word is proposed.
 */
function sharedChoices(proposals: readonly Proposal[]): Array<[string, Proposal[]]> {
  const byChange = new Map<string, Proposal[]>();
  for (const p of proposals) {
    if (p.converted.length !== p.hant.length) continue;
    const changes = new Set([...p.converted].flatMap((ch, i) => (ch !== p.hant[i] ? [`${ch} → ${p.hant[i]}`] : [])));
    for (const change of changes) byChange.set(change, [...(byChange.get(change) ?? []), p]);
  }
  return [...byChange].filter(([, words]) => words.length >= 2);
}

function formatLearned(input: {
  result: LearnResult;
  variant: string;
  editions: [Edition, Edition];
  glossary: Glossary;
  minCount: number;
  edition: string;
  written?: GlossaryWrite;
  write: boolean;
}): string {
  const { result, variant, editions, glossary, minCount, written } = input;
  const { ideographs, aligned } = result.coverage;
  const share = ideographs ? Math.round((aligned / ideographs) * 100) : 0;
  const out: string[] = [
    `Learning ${variant} house style from ${input.edition}: ${describe(editions[0])} and ${describe(editions[1])}`,
    `${share}% of the Simplified text aligned with the Traditional (${aligned.toLocaleString('en-US')} of ${plural(ideographs, 'character')}).`,
  ];
  if (share < 50) out.push('warning: less than half of the text aligned: are these two editions of the same report, in the right order (--simplified, then --traditional)?');

  const inGlossary = new Map<string, GlossaryEntry>(glossary.entries.map((e) => [e.hans, e]));
  const fresh = result.proposals.filter((p) => !inGlossary.has(p.hans));
  const consistent = fresh.filter((p) => p.others.length === 0);
  const conflicts = fresh.filter((p) => p.others.length > 0);
  const known = result.proposals.filter((p) => inGlossary.has(p.hans));
  if (result.proposals.length === 0 && result.refused.length === 0) {
    out.push('', `Nothing to propose: where the editions align, the publisher printed what the converter writes.`);
  }
  if (consistent.length) {
    out.push('', `Proposed glossary entries (${consistent.length}), most frequent first; ✓ = written by --write (printed ${minCount} times or more):`);
    for (const p of consistent) out.push(...proposalLines(p, writable(p, minCount) ? '✓' : ' '));
  }
  const shared = sharedChoices(consistent);
  if (shared.length) {
    out.push('', 'The same character printed otherwise in several words (an entry for each word, as above):');
    for (const [change, words] of shared) out.push(`  ${change}: ${words.map((p) => `${p.hans} ${p.count}`).join(', ')}`);
  }
  if (conflicts.length) {
    out.push('', `Conflicts (${conflicts.length}): the publisher printed the word in more than one way; never written, decide and add the entry yourself:`);
    for (const p of conflicts) out.push(...proposalLines(p, '!'));
  }
  if (known.length) {
    out.push('', `Already in the glossary, printed otherwise last year (${known.length}); --write leaves the entries as they are:`);
    for (const p of known) {
      const entry = inGlossary.get(p.hans)!;
      out.push(...proposalLines(p, '=', `(glossary line ${entry.line ?? '?'}: ${existingForm(entry, variant)})`));
    }
  }
  if (result.refused.length) {
    out.push('', `Not proposed: the printed form has characters that are Simplified in ${variant} (${result.refused.length}):`);
    for (const p of result.refused) out.push(`  - ${padded(`${p.hans} → ${p.hant}`, 24)}${padded(`${p.count} of ${p.total}`, 12)}${p.reason}`);
  }
  if (input.write && written) {
    out.push('');
    if (written.added.length) out.push(`${written.created ? 'Wrote' : 'Added'} ${plural(written.added.length, 'entry', 'entries')} to ${shown(written.file)}: ${written.added.map((e) => e.hans).join(' ')}`);
    else out.push(`Nothing added to ${shown(written.file)}.`);
    for (const c of written.collisions) {
      out.push(`  ${shown(written.file)}:${c.existing.line ?? '?'}  "${c.entry.hans}" is already in the glossary (${existingForm(c.existing, variant)}); not changed to ${c.entry.hant}`);
    }
  } else if (consistent.some((p) => writable(p, minCount))) {
    out.push('', `Run again with --write to add the ${plural(consistent.filter((p) => writable(p, minCount)).length, 'entry', 'entries')} marked ✓ to the report's glossary.`);
  }
  return `${out.join('\n')}\n`;
}
