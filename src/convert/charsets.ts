/**
 * Character classes derived from OpenCC's data:
 * - Simplified-only: the profile converts it and none of its outputs
 *   contains it (软 数 关 发) — finding one on a Traditional page is a leak;
 * - Traditional-only: a Traditional form that never occurs in Simplified
 *   text (關 軟 數 裡) — text that has some and no Simplified-only ones is
 *   already converted and is left alone, which makes conversion idempotent;
 * - ambiguous: Simplified characters with more than one Traditional
 *   counterpart (发 發/髮, 干 幹/乾/干, 台 臺/台/颱/檯) — what the review lists.
 */
import { replaceString } from './engine.ts';
import { openccDictionary } from './opencc-dictionaries.ts';
import type { ProfileDefinition } from './profiles.ts';
import type { Trie } from './trie.ts';

export const SIMPLIFIED_ONLY = 1;
export const TRADITIONAL_ONLY = 2;

let traditionalOnly: Set<number> | undefined;

function traditionalOnlyCodes(): Set<number> {
  if (traditionalOnly) return traditionalOnly;
  // Characters written in Simplified text: keys of the Simplified→Traditional
  // character table, and characters that many of its phrases use (乾 in 乾坤,
  // 乾隆 …). A character found in a handful of odd phrase keys (於 in 於夫罗)
  // still counts as Traditional-only.
  const simplifiedKeys = new Set(openccDictionary('STCharacters').map(([k]) => k));
  const phraseUse = new Map<string, number>();
  for (const name of ['STPhrases', 'STPhrases_GeneratedFromRegionalPhrases'] as const) {
    for (const [key] of openccDictionary(name)) for (const ch of key) phraseUse.set(ch, (phraseUse.get(ch) ?? 0) + 1);
  }
  for (const [ch, n] of phraseUse) if (n >= 10) simplifiedKeys.add(ch);
  traditionalOnly = new Set();
  for (const [key, value] of openccDictionary('TSCharacters')) {
    if ([...key].length === 1 && key !== value && !simplifiedKeys.has(key)) traditionalOnly.add(key.codePointAt(0)!);
  }
  return traditionalOnly;
}

/**
 * Classes for a profile's chain, indexed by code point (Basic Multilingual
 * Plane; characters beyond it are treated as neutral). `printed` is what the
 * profile's built-in entries print: their characters are outputs too.
 */
export function characterClasses(def: ProfileDefinition, chain: Trie<string>[], printed: readonly string[] = []): Uint8Array {
  const classes = new Uint8Array(0x10000);
  for (const cp of traditionalOnlyCodes()) if (cp < 0x10000) classes[cp] = TRADITIONAL_ONLY;
  // Every character a dictionary can output, after the later groups of the chain.
  const outputs = new Set<string>();
  def.opencc.chain.forEach((group, k) => {
    const later = chain.slice(k + 1);
    for (const name of group) {
      for (const [, value] of openccDictionary(name)) {
        let out = value;
        for (const trie of later) out = replaceString(trie, out);
        for (const ch of out) outputs.add(ch);
      }
    }
  });
  for (const text of printed) for (const ch of text) outputs.add(ch);
  for (const name of new Set(def.opencc.chain.flat())) {
    for (const [key] of openccDictionary(name)) {
      if (key.length !== 1 || outputs.has(key)) continue;
      let out = key;
      for (const trie of chain) out = replaceString(trie, out);
      if (out !== key) classes[key.charCodeAt(0)] = SIMPLIFIED_ONLY;
    }
  }
  return classes;
}

/**
 * What the characters of `text` say about its script: `simplified` if any is
 * Simplified-only, else `traditional` if any is Traditional-only, else
 * `either` (only characters both scripts write, like 干部 or 平台).
 */
export function scriptOf(text: string, classes: Uint8Array): 'simplified' | 'traditional' | 'either' {
  let traditional = false;
  for (let i = 0; i < text.length; i++) {
    const cls = classes[text.charCodeAt(i)];
    if (cls === SIMPLIFIED_ONLY) return 'simplified';
    if (cls === TRADITIONAL_ONLY) traditional = true;
  }
  return traditional ? 'traditional' : 'either';
}

let ambiguous: Map<string, string[]> | undefined;

/** The characters every editor of a Traditional edition checks, whatever the tables say. */
const ALWAYS_REVIEWED = '发干后里台只系面复制范松准冲了着于余汇并历钟种';
/** An alternative counts when at least this many OpenCC phrases choose it. */
const MIN_ALTERNATIVE_PHRASES = 3;

/**
 * Simplified characters with more than one Traditional counterpart in
 * OpenCC's character and phrase tables (an alternative chosen by fewer than
 * three phrases, like 据 → 据 in 拮据, does not count), with those
 * counterparts, most used first.
 */
export function ambiguousCharacters(): Map<string, string[]> {
  if (ambiguous) return ambiguous;
  const counts = new Map<string, Map<string, number>>();
  const add = (s: string, t: string) => {
    let m = counts.get(s);
    if (!m) counts.set(s, (m = new Map()));
    m.set(t, (m.get(t) ?? 0) + 1);
  };
  for (const [k, v] of openccDictionary('STCharacters')) if (k.length === 1 && v.length === 1) add(k, v);
  for (const name of ['STPhrases', 'STPhrases_GeneratedFromRegionalPhrases'] as const) {
    for (const [k, v] of openccDictionary(name)) {
      const a = [...k];
      const b = [...v];
      if (a.length === b.length) a.forEach((c, i) => add(c, b[i]!));
    }
  }
  ambiguous = new Map();
  for (const [ch, m] of counts) {
    const ranked = [...m].sort((x, y) => y[1] - x[1]);
    if (ALWAYS_REVIEWED.includes(ch) || (ranked.length > 1 && ranked[1]![1] >= MIN_ALTERNATIVE_PHRASES)) {
      ambiguous.set(
        ch,
        ranked.map(([t]) => t),
      );
    }
  }
  for (const ch of ALWAYS_REVIEWED) if (!ambiguous.has(ch)) ambiguous.set(ch, [ch]);
  return ambiguous;
}
