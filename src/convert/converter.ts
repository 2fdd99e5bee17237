/**
 * The one converter: everything that reaches a Traditional page, the CLI's
 * `convert` command and the tests go through `getConverter`.
 */
import { createEngine, type Engine } from './engine.ts';
import { openccTrie } from './opencc-dictionaries.ts';
import { splitByRuns } from './pieces.ts';
import { profiles, type ProfileName } from './profiles.ts';
import { applyQuoteStyle } from './punctuation.ts';

export interface Converter {
  readonly profile: ProfileName;
  /** Converts one string. */
  convert(text: string): string;
  /**
   * Converts consecutive runs of one sentence (the text nodes of a paragraph
   * split by inline markup) as one string, so phrases that cross a run
   * boundary still match, and returns each run's share of the result.
   */
  convertRuns(runs: readonly string[]): string[];
}

const cache = new Map<ProfileName, Converter>();

export function getConverter(profile: ProfileName): Converter {
  let converter = cache.get(profile);
  if (!converter) {
    converter = createConverter(profile);
    cache.set(profile, converter);
  }
  return converter;
}

function createConverter(profile: ProfileName): Converter {
  const def = profiles[profile];
  const engine: Engine = createEngine({
    normalize: def.opencc.normalize.length ? openccTrie(def.opencc.normalize) : undefined,
    segmentation: def.opencc.segmentation.length ? openccTrie(def.opencc.segmentation) : undefined,
    chain: def.opencc.chain.map((group) => openccTrie(group)),
  });
  const pieces = (text: string) => engine.pieces(applyQuoteStyle(def.quotes, text));
  return {
    profile,
    convert(text) {
      let out = '';
      for (const p of pieces(text)) out += p.out;
      return out;
    },
    convertRuns(runs) {
      if (runs.length === 1) return [this.convert(runs[0]!)];
      // Punctuation rules keep length, so offsets into the joined text stay valid.
      return splitByRuns(pieces(runs.join('')), runs);
    },
  };
}
