/**
 * The golden corpus (tests/fixtures/golden): sentences in the report register
 * with the expected output of every profile.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getConverter } from '../../src/convert/converter.ts';
import { profileNames, type ProfileName } from '../../src/convert/profiles.ts';
import { FIXTURES } from '../support/paths.ts';

type Case = { 'zh-Hans': string } & Record<ProfileName, string>;

const dir = path.join(FIXTURES, 'golden');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => (parse(readFileSync(path.join(dir, f), 'utf8')) as Case[]).map((c) => ({ ...c, file: f })));

describe('golden corpus', () => {
  it('has at least 300 cases, each with an expectation for every profile', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    for (const c of cases) for (const p of profileNames) expect(typeof c[p], `${c['zh-Hans']} / ${p}`).toBe('string');
  });

  for (const profile of profileNames) {
    describe(profile, () => {
      const converter = getConverter(profile);
      it.each(cases.map((c) => [c['zh-Hans'], c[profile]] as const))('%s', (hans, expected) => {
        expect(converter.convert(hans)).toBe(expected);
      });
    });
  }
});
