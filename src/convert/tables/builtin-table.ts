/** The built-in table, compiled into tries for one profile. */
import type { OverlayEntry } from '../engine.ts';
import { replaceString } from '../engine.ts';
import { openccTrie } from '../opencc-dictionaries.ts';
import type { ProfileDefinition } from '../profiles.ts';
import { Trie } from '../trie.ts';
import { builtinForms, builtinPhrases, type BuiltinPhrase } from './builtin-phrases.ts';

export interface BuiltinTries {
  words: Trie<OverlayEntry>;
  phrases: Trie<OverlayEntry>;
  /** Regional character substitutions, applied after the profile's own regional stage. */
  forms: Trie<string>;
  /**
   * What the entries print, for the character classes: a character only a
   * built-in entry prints (雇 of the Taiwan 雇主) is a Traditional output,
   * not a Simplified character left over.
   */
  printed: string[];
}

/** Entries are written in Taiwan variant forms; the engine wants OpenCC's standard forms. */
export function toStandardForms(text: string): string {
  return replaceString(openccTrie(['TWVariantsRevPhrases', 'TWVariantsRev']), text);
}

export function entriesFor(def: ProfileDefinition): BuiltinPhrase[] {
  return builtinPhrases.filter((e) => !e.registers || e.registers.includes(def.register));
}

export function builtinTries(def: ProfileDefinition): BuiltinTries {
  const words = new Trie<OverlayEntry>();
  const phrases = new Trie<OverlayEntry>();
  const forms = new Trie<string>();
  for (const form of builtinForms) if (form.registers.includes(def.register)) forms.set(form.from, form.to);
  const regional = [...def.opencc.chain.slice(1).map((group) => openccTrie(group)), forms];
  const outputs: Array<[string, OverlayEntry, Trie<OverlayEntry>]> = [];
  for (const entry of entriesFor(def)) {
    const source = `built-in: ${entry.hans}`;
    const value: OverlayEntry = { value: toStandardForms(entry.hant), layer: 'builtin', final: false, source };
    const trie = entry.match === 'word' ? words : phrases;
    trie.set(entry.hans, value);
    let printed = value.value;
    for (const t of regional) printed = replaceString(t, printed);
    outputs.push([printed, { value: printed, layer: 'builtin', final: true, source }, trie]);
  }
  // An entry's output, met again, stays as it is (家什麼 must not become 傢什麼
  // on a second pass): converting converted text changes nothing.
  for (const [printed, entry, trie] of outputs) {
    if (trie.match(printed, 0)?.end !== printed.length) trie.set(printed, entry);
  }
  return { words, phrases, forms, printed: outputs.map(([printed]) => printed) };
}
