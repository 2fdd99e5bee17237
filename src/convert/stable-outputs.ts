/** Finds the outputs listed in tables/stable-outputs.ts, for a profile. */
import { TRADITIONAL_ONLY } from './charsets.ts';
import type { Converter } from './converter.ts';
import { openccDictionary } from './opencc-dictionaries.ts';

/**
 * Outputs of the character and phrase tables that change on a second pass.
 * Only outputs without a Traditional-only character matter: text holding one
 * is recognised as converted and left alone anyway.
 */
export function findUnstableOutputs(converter: Converter): string[] {
  const found = new Set<string>();
  for (const name of ['STCharacters', 'STPhrases', 'STPhrases_GeneratedFromRegionalPhrases'] as const) {
    for (const [key] of openccDictionary(name)) {
      const once = converter.convert(key);
      if (once === key) continue;
      let traditional = false;
      for (let i = 0; i < once.length && !traditional; i++) traditional = converter.classes[once.charCodeAt(i)] === TRADITIONAL_ONLY;
      if (!traditional && converter.convert(once) !== once) found.add(once);
    }
  }
  return [...found].sort();
}
