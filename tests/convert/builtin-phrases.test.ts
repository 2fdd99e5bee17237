/**
 * Every entry of the built-in phrase table: its example converts as stated
 * in each profile it applies to, and plain OpenCC gets the example wrong
 * (so the entry earns its place).
 */
import * as OpenCC from 'opencc-js';
import HKVariants from 'opencc-js/dict/HKVariants';
import HKVariantsPhrases from 'opencc-js/dict/HKVariantsPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import { describe, expect, it } from 'vitest';
import { SIMPLIFIED_ONLY } from '../../src/convert/charsets.ts';
import { getConverter } from '../../src/convert/converter.ts';
import { profiles, type ProfileName } from '../../src/convert/profiles.ts';
import { builtinForms, builtinPhrases } from '../../src/convert/tables/builtin-phrases.ts';

/** zh-Hant (Taiwan forms) → Hong Kong forms, with opencc-js's own tables. */
const toHongKongForms = OpenCC.ConverterFactory([[TWVariantsRevPhrases, TWVariantsRev]], [[HKVariantsPhrases, HKVariants]]);
const openccFor: Record<ProfileName, (s: string) => string> = {
  'zh-Hant': OpenCC.Converter({ from: 'cn', to: 'tw' }),
  'zh-Hant-TW': OpenCC.Converter({ from: 'cn', to: 'tw' }),
  'zh-Hant-HK': OpenCC.Converter({ from: 'cn', to: 'hk' }),
};
const expectedFor = (profile: ProfileName, hant: string) => (profile === 'zh-Hant-HK' ? toHongKongForms(hant) : hant);

const applicable = (registers: readonly string[] | undefined) =>
  (Object.keys(profiles) as ProfileName[]).filter((p) => !registers || registers.includes(profiles[p].register));

describe('built-in phrase table', () => {
  it.each(builtinPhrases.map((entry) => ({ entry, label: `${entry.hans} → ${entry.hant}` })))('$label', ({ entry }) => {
    const [hans, hant] = entry.example;
    const profilesOfEntry = applicable(entry.registers);
    for (const profile of profilesOfEntry) {
      expect(getConverter(profile).convert(hans), profile).toBe(expectedFor(profile, hant));
    }
    const openccWrong = profilesOfEntry.some((profile) => openccFor[profile](hans) !== expectedFor(profile, hant));
    expect(openccWrong, 'plain OpenCC already gets the example right').toBe(!entry.guard);
  });

  it('has no duplicate keys per register', () => {
    for (const register of ['hk', 'tw'] as const) {
      const keys = builtinPhrases.filter((e) => !e.registers || e.registers.includes(register)).map((e) => e.hans);
      expect(keys.length).toBe(new Set(keys).size);
    }
  });

  it('prints no character its profile counts as Simplified (a page would report it as a leak)', () => {
    for (const profile of Object.keys(profiles) as ProfileName[]) {
      const converter = getConverter(profile);
      for (const entry of builtinPhrases.filter((e) => applicable(e.registers).includes(profile))) {
        const out = converter.convert(entry.hans);
        const simplified = [...out].filter((ch) => converter.classes[ch.charCodeAt(0)] === SIMPLIFIED_ONLY);
        expect(simplified, `${profile}: ${entry.hans} → ${out}`).toEqual([]);
      }
    }
  });

  it('hk-only entries leave the Taiwan profile with OpenCC’s choice', () => {
    const tw = getConverter('zh-Hant-TW');
    expect(tw.convert('深入了解')).toBe('深入瞭解');
    expect(tw.convert('平台')).toBe('平臺');
    expect(tw.convert('向董事会汇报')).toBe('向董事會彙報');
  });
});

describe('built-in regional forms', () => {
  it.each(builtinForms)('$from → $to', (form) => {
    for (const profile of applicable(form.registers)) {
      expect(getConverter(profile).convert(form.example[0]), profile).toBe(expectedFor(profile, form.example[1]));
    }
    expect(openccFor['zh-Hant'](form.example[0])).not.toBe(form.example[1]);
  });
});
