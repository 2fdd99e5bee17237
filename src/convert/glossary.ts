/**
 * Glossary layers as the converter sees them: Simplified term → the exact
 * text a variant prints. Terms win wherever they occur (they are "word"
 * entries); a protected term maps to itself.
 */
import { createHash } from 'node:crypto';
import { replaceString, type OverlayEntry } from './engine.ts';
import { openccTrie } from './opencc-dictionaries.ts';
import type { Layer } from './pieces.ts';
import { isProfileName, profiles } from './profiles.ts';
import { toStandardForms } from './tables/builtin-table.ts';
import { Trie } from './trie.ts';

/** A glossary entry as an editor wrote it (read and checked by `content/glossary.ts`). */
export interface GlossaryInput {
  hans: string;
  /** Variant code → written form; `zh-Hant` is the default for every Traditional variant. */
  forms: Record<string, string>;
  protected: boolean;
  /** `file:line` of the entry. */
  source: string;
}

export interface GlossaryTerm {
  /** Simplified text matched. */
  hans: string;
  /** What the variant prints, exactly. */
  hant: string;
  /** Where it is defined (`content/glossary.yaml:12`), for the review. */
  source?: string;
}

export interface GlossaryLayer {
  /** Identifies the layer's content, for caching converters. */
  id: string;
  layer: Extract<Layer, 'glossary' | 'chapter-glossary'>;
  terms: readonly GlossaryTerm[];
}

export function glossaryTrie(layer: GlossaryLayer): Trie<OverlayEntry> {
  const trie = new Trie<OverlayEntry>();
  for (const term of layer.terms) {
    trie.set(term.hans, { value: term.hant, layer: layer.layer, final: true, source: term.source });
  }
  // A term's output, met again, stays as it is: converting converted text changes nothing.
  for (const term of layer.terms) {
    if (term.hant !== term.hans && trie.match(term.hant, 0)?.end !== term.hant.length) {
      trie.set(term.hant, { value: term.hant, layer: layer.layer, final: true, source: term.source });
    }
  }
  return trie;
}

/** The converter layer of a glossary for one variant. */
export function glossaryLayer(glossary: { entries: readonly GlossaryInput[] }, variantCode: string, layer: GlossaryLayer['layer']): GlossaryLayer {
  const terms: GlossaryTerm[] = [];
  for (const entry of glossary.entries) {
    if (entry.protected) {
      terms.push({ hans: entry.hans, hant: entry.hans, source: entry.source });
      continue;
    }
    const exact = entry.forms[variantCode];
    const general = entry.forms['zh-Hant'];
    if (exact !== undefined) terms.push({ hans: entry.hans, hant: exact, source: entry.source });
    else if (general !== undefined) terms.push({ hans: entry.hans, hant: adaptForms(general, variantCode), source: entry.source });
  }
  const id = createHash('sha256')
    .update(`${layer}|${variantCode}|${JSON.stringify(terms)}`)
    .digest('hex')
    .slice(0, 16);
  return { id, layer, terms };
}

/** A `zh-Hant` form written for the default variant, in another variant's character forms. */
function adaptForms(text: string, variantCode: string): string {
  if (variantCode === 'zh-Hant' || !isProfileName(variantCode)) return text;
  const regional = profiles[variantCode].opencc.chain.slice(1).map((group) => openccTrie(group));
  let out = toStandardForms(text);
  for (const trie of regional) out = replaceString(trie, out);
  return out;
}
