/**
 * The register (src/convert/tables/REGISTER.md): where Hong Kong and Taiwan
 * usage differ, or Hong Kong print varies, each profile prints what the
 * document says — word by word in its tables, and in the sentences of
 * tests/fixtures/register/register.yaml.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getConverter } from '../../src/convert/converter.ts';
import { profileNames, type ProfileName } from '../../src/convert/profiles.ts';
import { FIXTURES, ROOT } from '../support/paths.ts';

const HEADER = ['Simplified', 'zh-Hant', 'zh-Hant-TW', 'zh-Hant-HK'];

interface Decision {
  /** The heading without its number and with the part after " — " left off. */
  name: string;
  line: number;
  rows: Array<{ hans: string; expected: Record<ProfileName, string>; line: number }>;
  why: boolean;
  sources: boolean;
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());

/** The decisions of REGISTER.md: each `## N. title` section and the rows of its table. */
function readDecisions(text: string): Decision[] {
  const decisions: Decision[] = [];
  let current: Decision | undefined;
  let inTable = false;
  text.split('\n').forEach((line, i) => {
    const heading = /^## \d+\. (.+)$/.exec(line);
    if (heading) {
      current = { name: heading[1]!.split(' — ')[0]!.trim(), line: i + 1, rows: [], why: false, sources: false };
      decisions.push(current);
      inTable = false;
      return;
    }
    if (!current) return;
    if (line.startsWith('**Why.**')) current.why = true;
    if (line.startsWith('**Sources.**')) current.sources = true;
    if (!line.startsWith('|')) {
      inTable = false;
      return;
    }
    const row = cells(line);
    if (row.join('|') === HEADER.join('|')) {
      inTable = true;
      return;
    }
    if (!inTable || row.every((c) => /^-+$/.test(c))) return;
    expect(row, `REGISTER.md line ${i + 1}`).toHaveLength(4);
    const [hans, hant, tw, hk] = row as [string, string, string, string];
    current.rows.push({ hans, expected: { 'zh-Hant': hant, 'zh-Hant-TW': tw, 'zh-Hant-HK': hk }, line: i + 1 });
  });
  return decisions;
}

const decisions = readDecisions(readFileSync(path.join(ROOT, 'src', 'convert', 'tables', 'REGISTER.md'), 'utf8'));

type Case = { decision: string; 'zh-Hans': string; 'zh-Hant': string; 'zh-Hant-TW': string; 'zh-Hant-HK'?: string };
const cases = parse(readFileSync(path.join(FIXTURES, 'register', 'register.yaml'), 'utf8')) as Case[];

describe('REGISTER.md', () => {
  it('has decisions, each with a table, a why and sources', () => {
    expect(decisions.length).toBeGreaterThanOrEqual(20);
    for (const d of decisions) {
      expect(d.rows.length, `${d.name} (line ${d.line}) has no table rows`).toBeGreaterThan(0);
      expect(d.why, `${d.name} (line ${d.line}) says no **Why.**`).toBe(true);
      expect(d.sources, `${d.name} (line ${d.line}) names no **Sources.**`).toBe(true);
    }
    const names = decisions.map((d) => d.name);
    expect(names.length).toBe(new Set(names).size);
  });

  describe.each(decisions)('$name', (decision) => {
    it.each(decision.rows)('$hans', (row) => {
      for (const profile of profileNames) {
        expect(getConverter(profile).convert(row.hans), `${profile}, REGISTER.md line ${row.line}`).toBe(row.expected[profile]);
      }
    });
  });
});

describe('register sentences', () => {
  it('illustrate every decision, and only decisions REGISTER.md has', () => {
    const names = new Set(decisions.map((d) => d.name));
    const illustrated = new Set(cases.map((c) => c.decision));
    for (const name of names) expect(illustrated.has(name), `no sentence for ${name}`).toBe(true);
    for (const name of illustrated) expect(names.has(name), `${name} is not a decision of REGISTER.md`).toBe(true);
  });

  it.each(cases.map((c) => ({ ...c, label: `${c.decision}: ${c['zh-Hans']}` })))('$label', (c) => {
    const expected: Record<ProfileName, string> = {
      'zh-Hant': c['zh-Hant'],
      'zh-Hant-TW': c['zh-Hant-TW'],
      'zh-Hant-HK': c['zh-Hant-HK'] ?? c['zh-Hant'],
    };
    for (const profile of profileNames) expect(getConverter(profile).convert(c['zh-Hans']), profile).toBe(expected[profile]);
  });
});
