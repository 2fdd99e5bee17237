/**
 * Glossary layers as the converter sees them: Simplified term → the exact
 * text a variant prints. Terms win wherever they occur (they are "word"
 * entries); a protected term maps to itself.
 */
import type { OverlayEntry } from './engine.ts';
import type { Layer } from './pieces.ts';
import { Trie } from './trie.ts';

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
