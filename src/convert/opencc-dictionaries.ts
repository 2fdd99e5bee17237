/**
 * OpenCC's dictionaries as shipped by opencc-js, by name. Parsed lazily and
 * cached: STPhrases alone is ~50 000 entries.
 */
import CJK_Compatibility_Ideographs from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import HKPhrases from 'opencc-js/dict/HKPhrases';
import HKVariants from 'opencc-js/dict/HKVariants';
import HKVariantsPhrases from 'opencc-js/dict/HKVariantsPhrases';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrases_GeneratedFromRegionalPhrases from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWPhrases from 'opencc-js/dict/TWPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import { parseDictionary, Trie, trieFromGroup } from './trie.ts';

const serialised = {
  CJK_Compatibility_Ideographs,
  HKPhrases,
  HKVariants,
  HKVariantsPhrases,
  HKVariantsRev,
  HKVariantsRevPhrases,
  STCharacters,
  STPhrases,
  STPhrases_GeneratedFromRegionalPhrases,
  TSCharacters,
  TSPhrases,
  TWPhrases,
  TWVariants,
  TWVariantsPhrases,
  TWVariantsRev,
  TWVariantsRevPhrases,
} as const;

export type OpenccDictionaryName = keyof typeof serialised;
export const openccDictionaryNames = Object.keys(serialised) as OpenccDictionaryName[];

const parsed = new Map<OpenccDictionaryName, Array<[string, string]>>();
const tries = new Map<string, Trie>();

const HAN_ONLY = /^[\p{Script=Han}\u3007]+$/u;

export function openccDictionary(name: OpenccDictionaryName): Array<[string, string]> {
  let dict = parsed.get(name);
  if (!dict) {
    dict = parseDictionary(serialised[name]);
    // Regional vocabulary entries such as U盘 → 隨身碟 would drop Latin
    // letters; every non-Chinese character must survive conversion, so only
    // entries made of Chinese characters on both sides are used.
    if (name === 'TWPhrases' || name === 'HKPhrases') dict = dict.filter(([key, value]) => HAN_ONLY.test(key) && HAN_ONLY.test(value));
    parsed.set(name, dict);
  }
  return dict;
}

/** One trie for a group of dictionaries (first wins on duplicate keys), cached by group. */
export function openccTrie(group: readonly OpenccDictionaryName[]): Trie<string> {
  const key = group.join('+');
  let trie = tries.get(key);
  if (!trie) {
    trie = trieFromGroup(group.map(openccDictionary));
    tries.set(key, trie);
  }
  return trie;
}
