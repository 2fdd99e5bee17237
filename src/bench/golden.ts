/** Pass rate on the golden corpus, for Bifolio's profiles and for plain OpenCC. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { parse } from 'yaml';
import { getConverter } from '../convert/converter.ts';
import { profileNames, type ProfileName } from '../convert/profiles.ts';

type Case = { 'zh-Hans': string } & Record<ProfileName, string>;

export interface GoldenRow {
  profile: ProfileName;
  cases: number;
  bifolioPassed: number;
  openccPassed: number;
  /** Characters differing from the expectation, per hundred characters. */
  bifolioCharErrors: number;
  openccCharErrors: number;
}

export function readGoldenCorpus(dir: string): Case[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => parse(readFileSync(path.join(dir, f), 'utf8')) as Case[]);
}

function charErrors(actual: string, expected: string): number {
  if (actual.length !== expected.length) return Math.max(actual.length, expected.length);
  let n = 0;
  for (let i = 0; i < actual.length; i++) if (actual[i] !== expected[i]) n++;
  return n;
}

export function goldenRates(cases: Case[]): GoldenRow[] {
  const opencc: Record<ProfileName, (s: string) => string> = {
    'zh-Hant': OpenCC.Converter({ from: 'cn', to: 'tw' }),
    'zh-Hant-TW': OpenCC.Converter({ from: 'cn', to: 'tw' }),
    'zh-Hant-HK': OpenCC.Converter({ from: 'cn', to: 'hk' }),
  };
  const chars = cases.reduce((n, c) => n + c['zh-Hans'].length, 0);
  return profileNames.map((profile) => {
    const converter = getConverter(profile);
    let bifolioPassed = 0;
    let openccPassed = 0;
    let bErr = 0;
    let oErr = 0;
    for (const c of cases) {
      const b = converter.convert(c['zh-Hans']);
      const o = opencc[profile](c['zh-Hans']);
      if (b === c[profile]) bifolioPassed++;
      if (o === c[profile]) openccPassed++;
      bErr += charErrors(b, c[profile]);
      oErr += charErrors(o, c[profile]);
    }
    return {
      profile,
      cases: cases.length,
      bifolioPassed,
      openccPassed,
      bifolioCharErrors: (100 * bErr) / chars,
      openccCharErrors: (100 * oErr) / chars,
    };
  });
}
