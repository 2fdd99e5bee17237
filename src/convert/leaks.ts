/**
 * Finds Simplified text left on a converted page: characters the profile
 * converts and that no Traditional output of its dictionaries ever
 * contains (软, 数, 关 …). Characters that are both Simplified and
 * Traditional (干, 台, 里 …) are correct in Traditional text and not
 * reported; running the whole converter again is no test either, because
 * OpenCC is not idempotent (關注明顯 would become 關註明顯).
 */
import type { Root } from 'hast';
import type { Converter } from './converter.ts';
import { replaceByTrie } from './engine.ts';
import { openccDictionary, openccTrie } from './opencc-dictionaries.ts';
import { profiles, type ProfileName } from './profiles.ts';
import { walkConvertible, type TreeConversionOptions } from './html.ts';

const cache = new Map<ProfileName, Set<string>>();

/** Characters that can only be Simplified, for a profile. */
export function simplifiedOnlyCharacters(converter: Converter): Set<string> {
  let set = cache.get(converter.profile);
  if (set) return set;
  const chain = profiles[converter.profile].opencc.chain;
  // Every character a dictionary can output, after the later groups of the chain.
  const traditional = new Set<string>();
  chain.forEach((group, k) => {
    const later = chain.slice(k + 1).map((g) => openccTrie(g));
    for (const name of group) {
      for (const [, value] of openccDictionary(name)) {
        let out = value;
        for (const trie of later) out = replaceByTrie(trie, out).map((p) => p.out).join('');
        for (const ch of out) traditional.add(ch);
      }
    }
  });
  set = new Set<string>();
  for (const name of new Set(chain.flat())) {
    for (const [key] of openccDictionary(name)) {
      if ([...key].length === 1 && !traditional.has(key) && converter.convert(key) !== key) set.add(key);
    }
  }
  cache.set(converter.profile, set);
  return set;
}

export interface UnconvertedText {
  /** The text (or attribute value) holding Simplified-only characters. */
  text: string;
  /** Those characters. */
  characters: string[];
  /** Name of the attribute, when the text is an attribute value. */
  attribute?: string;
}

/** Lists text in converted scopes of `tree` that still holds Simplified-only characters. */
export function findUnconvertedText(tree: Root, options: TreeConversionOptions): UnconvertedText[] {
  const found: UnconvertedText[] = [];
  const check = (text: string, converter: Converter, attribute?: string) => {
    const set = simplifiedOnlyCharacters(converter);
    const characters = [...new Set([...text].filter((ch) => set.has(ch)))];
    if (characters.length) found.push({ text, characters, ...(attribute ? { attribute } : {}) });
  };
  walkConvertible(structuredClone(tree), options, {
    sentence(texts, converter) {
      check(texts.map((t) => t.value).join(''), converter);
    },
    attribute(node, property, converter) {
      check(String(node.properties[property]), converter, property);
    },
  });
  return found;
}
