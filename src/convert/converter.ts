/**
 * The one converter: everything that reaches a Traditional page, the CLI's
 * `convert` and `review` commands and the tests go through `getConverter`.
 * Converters are built once per process per profile and glossary.
 */
import { characterClasses, scriptOf } from './charsets.ts';
import { markDoubts } from './doubts.ts';
import { createEngine, replaceString, type Engine, type OverlayEntry } from './engine.ts';
import { glossaryTrie, type GlossaryLayer } from './glossary.ts';
import { openccTrie } from './opencc-dictionaries.ts';
import { splitByRuns, type Piece } from './pieces.ts';
import { profiles, type ProfileDefinition, type ProfileName } from './profiles.ts';
import { applyQuoteStyle } from './punctuation.ts';
import { builtinTries } from './tables/builtin-table.ts';
import { stableOutputs } from './tables/stable-outputs.ts';
import { Trie } from './trie.ts';
import type { SegmenterName } from './word-breaks.ts';

export interface ConverterOptions {
  /** `regional` switches on the profile's regional vocabulary (Taiwan: 軟體 資料); default `kept`. */
  vocabulary?: 'kept' | 'regional';
  /** Glossary layers, highest priority first (a chapter's, then the report's). */
  glossary?: readonly GlossaryLayer[];
  /** Apply Bifolio's built-in phrase table (default true; false gives OpenCC's own result). */
  builtin?: boolean;
  /** Keep the outputs listed in tables/stable-outputs.ts as they are (default true; false only to regenerate that list). */
  stable?: boolean;
  /** Which segmenter finds the sentence's words (default jieba; `icu` only to compare them). */
  segmenter?: SegmenterName;
}

export interface Converter {
  readonly profile: ProfileName;
  readonly definition: ProfileDefinition;
  /** Converts one string. */
  convert(text: string): string;
  /**
   * Converts consecutive runs of one sentence (the text nodes of a paragraph
   * split by inline markup) as one string, so phrases that cross a run
   * boundary still match, and returns each run's share of the result.
   */
  convertRuns(runs: readonly string[]): string[];
  /** The conversion of `text` piece by piece, with the layer that decided each piece. */
  pieces(text: string): Piece[];
  /** Simplified-only / Traditional-only class of each BMP character for this profile. */
  readonly classes: Uint8Array;
  /** The glossary layers this converter applies. */
  readonly glossary: readonly GlossaryLayer[];
}

interface BaseTables {
  def: ProfileDefinition;
  normalize: Trie<string> | undefined;
  segmentation: Trie<string> | undefined;
  chain: Trie<string>[];
  builtinWords: Trie<OverlayEntry>;
  builtinPhrases: Trie<OverlayEntry>;
  classes: Uint8Array;
  /** From the profile's output back to Simplified. */
  reverse: Trie<string>[];
  /** Phrases respect the sentence's words (off for OpenCC's own result). */
  wordAware: boolean;
}

const baseCache = new Map<string, BaseTables>();
const converterCache = new Map<string, Converter>();

function baseTables(profile: ProfileName, vocabulary: 'kept' | 'regional', withBuiltin: boolean, stable: boolean): BaseTables {
  const key = `${profile}|${vocabulary}|${withBuiltin}|${stable}`;
  let base = baseCache.get(key);
  if (base) return base;
  const def: ProfileDefinition = profiles[profile];
  const builtin = withBuiltin
    ? builtinTries(def)
    : { words: new Trie<OverlayEntry>(), phrases: new Trie<OverlayEntry>(), forms: new Trie<string>(), printed: [] };
  const groups = def.opencc.chain.map((group, i) =>
    i === 1 && vocabulary === 'regional' && def.opencc.vocabulary ? [def.opencc.vocabulary, ...group] : group,
  );
  const chain = groups.map((group) => openccTrie(group));
  if (builtin.forms.size > 0) chain.push(builtin.forms);
  if (withBuiltin && stable) {
    for (const out of stableOutputs[profile]) {
      if (builtin.phrases.match(out, 0)?.end !== out.length) {
        builtin.phrases.set(out, { value: out, layer: 'builtin', final: true, source: `stable output: ${out}` });
      }
    }
  }
  base = {
    def,
    normalize: def.opencc.normalize.length ? openccTrie(def.opencc.normalize) : undefined,
    segmentation: def.opencc.segmentation.length ? openccTrie(def.opencc.segmentation) : undefined,
    chain,
    builtinWords: builtin.words,
    builtinPhrases: builtin.phrases,
    classes: characterClasses(def, chain, builtin.printed),
    reverse: def.opencc.reverse.map((group) => openccTrie(group)),
    wordAware: withBuiltin,
  };
  baseCache.set(key, base);
  return base;
}

export function getConverter(profile: ProfileName, options: ConverterOptions = {}): Converter {
  const vocabulary = options.vocabulary ?? 'kept';
  const glossary = options.glossary ?? [];
  const withBuiltin = options.builtin ?? true;
  const stable = options.stable ?? true;
  const segmenter = options.segmenter ?? 'jieba';
  const key = `${profile}|${vocabulary}|${withBuiltin}|${stable}|${segmenter}|${glossary.map((g) => g.id).join('+')}`;
  let converter = converterCache.get(key);
  if (!converter) {
    converter = createConverter(profile, baseTables(profile, vocabulary, withBuiltin, stable), glossary, segmenter);
    converterCache.set(key, converter);
  }
  return converter;
}

function mask(text: string, terms: readonly string[]): string {
  let out = text;
  for (const term of terms) if (out.includes(term)) out = out.split(term).join(' ');
  return out;
}

function createConverter(profile: ProfileName, base: BaseTables, glossary: readonly GlossaryLayer[], segmenter: SegmenterName): Converter {
  const engine: Engine = createEngine({
    normalize: base.normalize,
    segmentation: base.segmentation,
    chain: base.chain,
    words: [...glossary.map(glossaryTrie), base.builtinWords],
    phrases: base.builtinPhrases,
    segmentationLeadsChain: base.def.opencc.segmentation.every((name, i) => base.def.opencc.chain[0]![i] === name),
    wordAware: base.wordAware,
    segmenter,
  });
  const { classes } = base;
  const keep = glossary.flatMap((layer) => layer.terms.map((t) => t.hant)).filter((t) => t !== '');
  const quoted = (text: string) => applyQuoteStyle(base.def.quotes, text);
  const identity = (text: string): Piece[] => (text ? [{ src: text, out: text }] : []);

  /**
   * Converting converted text changes nothing. Text with a Simplified-only
   * character is converted; text with a Traditional-only one and no
   * Simplified-only one is left alone; text of characters both scripts
   * write is left alone when this profile would produce it from its own
   * Simplified reading (快乾杯面 stays, where a second pass would read
   * 杯面 → 杯麵). What the glossary writes on purpose (a protected 澄川云)
   * does not make text Simplified.
   */
  const decide = (text: string): 'convert' | 'keep' | 'check' => {
    const script = scriptOf(keep.length ? mask(text, keep) : text, classes);
    return script === 'simplified' ? 'convert' : script === 'traditional' ? 'keep' : 'check';
  };
  const isOwnOutput = (text: string): boolean => {
    const back = base.reverse.reduce((t, trie) => replaceString(trie, t), text);
    return back !== text && engine.convert(quoted(back)).out === text;
  };

  const pieces = (text: string): Piece[] => {
    const decision = decide(text);
    if (decision === 'keep') return identity(text);
    const converted = engine.pieces(quoted(text));
    if (decision === 'check' && converted.some((p) => p.src !== p.out) && isOwnOutput(text)) return identity(text);
    return base.wordAware ? markDoubts(text, converted) : converted;
  };
  const convertString = (text: string): { out: string; lengthChanged: boolean } => {
    const decision = decide(text);
    if (decision === 'keep') return { out: text, lengthChanged: false };
    const converted = engine.convert(quoted(text));
    if (decision === 'check' && converted.out !== text && isOwnOutput(text)) return { out: text, lengthChanged: false };
    return converted;
  };

  return {
    profile,
    definition: base.def,
    classes,
    glossary,
    pieces,
    convert(text) {
      return convertString(text).out;
    },
    convertRuns(runs) {
      if (runs.length === 1) return [convertString(runs[0]!).out];
      const joined = runs.join('');
      const fast = convertString(joined);
      if (!fast.lengthChanged && fast.out.length === joined.length) {
        // Character for character: cut the result where the runs were cut.
        const outs: string[] = [];
        let at = 0;
        for (const run of runs) {
          outs.push(fast.out.slice(at, at + run.length));
          at += run.length;
        }
        return outs;
      }
      // Punctuation rules keep length, so offsets into the joined text stay valid.
      return splitByRuns(pieces(joined), runs);
    },
  };
}
