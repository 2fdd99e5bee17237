/**
 * The one converter: everything that reaches a Traditional page, the CLI's
 * `convert` and `review` commands and the tests go through `getConverter`.
 * Converters are built once per process per profile and glossary.
 */
import { characterClasses, scriptOf } from './charsets.ts';
import { markDoubts } from './doubts.ts';
import { createEngine, replaceString, type Engine, type OverlayEntry } from './engine.ts';
import { glossaryTrie, type GlossaryLayer } from './glossary.ts';
import { findNames, nameSpans, wordsOf, type NameMemory } from './names.ts';
import { openccTrie } from './opencc-dictionaries.ts';
import { slicePiece, splitByRuns, type Piece } from './pieces.ts';
import { profiles, type ProfileDefinition, type ProfileName } from './profiles.ts';
import { applyQuoteStyle } from './punctuation.ts';
import { builtinTries } from './tables/builtin-table.ts';
import { entityTrie } from './tables/entities.ts';
import { stableOutputs } from './tables/stable-outputs.ts';
import { Trie } from './trie.ts';
import type { SegmenterName } from './word-breaks.ts';

export interface ConverterOptions {
  /** `regional` switches on the profile's regional vocabulary (Taiwan: 軟體 資料); default `kept`. */
  vocabulary?: 'kept' | 'regional';
  /** Glossary layers, highest priority first (a chapter's, then the report's). */
  glossary?: readonly GlossaryLayer[];
  /**
   * Apply Bifolio's own tables: the built-in phrase table, the named-entity
   * table and personal names (default true; false gives OpenCC's own result).
   */
  builtin?: boolean;
  /** Keep the outputs listed in tables/stable-outputs.ts as they are (default true; false only to regenerate that list). */
  stable?: boolean;
  /** Which segmenter finds the sentence's words (default jieba; `icu` only to compare them). */
  segmenter?: SegmenterName;
}

export interface Converter {
  readonly profile: ProfileName;
  readonly definition: ProfileDefinition;
  /**
   * Converts one string. `names`: the personal names of the document the
   * string belongs to (a name recognised anywhere in it is a name here too);
   * without it, names are recognised in the string alone.
   */
  convert(text: string, names?: NameMemory): string;
  /**
   * Converts consecutive runs of one sentence (the text nodes of a paragraph
   * split by inline markup) as one string, so phrases that cross a run
   * boundary still match, and returns each run's share of the result.
   */
  convertRuns(runs: readonly string[], names?: NameMemory): string[];
  /**
   * The conversion of `text` piece by piece, with the layer that decided
   * each piece, and a doubt on pieces that may be a personal name read as a word.
   */
  pieces(text: string, names?: NameMemory): Piece[];
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
  /** Named entities (empty without the built-in tables). */
  entities: Trie<OverlayEntry>;
  /** Personal names are recognised (with the built-in tables). */
  names: boolean;
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
  const classes = characterClasses(def, chain, builtin.printed);
  base = {
    def,
    normalize: def.opencc.normalize.length ? openccTrie(def.opencc.normalize) : undefined,
    segmentation: def.opencc.segmentation.length ? openccTrie(def.opencc.segmentation) : undefined,
    chain,
    builtinWords: builtin.words,
    builtinPhrases: builtin.phrases,
    entities: withBuiltin ? entityTrie(classes) : new Trie<OverlayEntry>(),
    names: withBuiltin,
    classes,
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

/** Whether `offset` falls between two words of `text`, by ICU's dictionary (for entities matching whole words). */
const isWordBoundary = (text: string, offset: number): boolean => wordsOf(text).isBoundary(offset);

/**
 * Stretches of `text` that word entries of `tries` decide (a glossary term,
 * a named entity): a personal name overlapping one is not taken.
 */
function decidedStretches(text: string, tries: readonly Trie<OverlayEntry>[]): (start: number, end: number) => boolean {
  let stretches: Array<[number, number]> | undefined;
  return (start, end) => {
    if (!stretches) {
      stretches = [];
      for (const trie of tries) {
        for (let i = 0; i < text.length; i++) {
          if (text.charCodeAt(i) < 0x2e80 || !trie.mayStartAt(text, i)) continue;
          const m = trie.match(text, i);
          if (m && (!m.value.whole || (isWordBoundary(text, i) && isWordBoundary(text, m.end)))) stretches.push([i, m.end]);
        }
      }
    }
    return stretches.some(([s, e]) => s < end && start < e);
  };
}

/** Marks the pieces covering text[start, end) with a doubt, cutting character-for-character pieces at its ends. */
function markDoubt(pieces: Piece[], start: number, end: number, doubt: string): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const p of pieces) {
    const pEnd = at + p.src.length;
    if (pEnd <= start || at >= end || p.doubt) {
      out.push(p);
    } else if (p.src.length === p.out.length) {
      const a = Math.max(start, at) - at;
      const b = Math.min(end, pEnd) - at;
      if (a > 0) out.push(slicePiece(p, 0, a));
      out.push(slicePiece(p, a, b, { doubt }));
      if (b < p.src.length) out.push(slicePiece(p, b, p.src.length));
    } else {
      out.push({ ...p, doubt });
    }
    at = pEnd;
  }
  return out;
}

function createConverter(profile: ProfileName, base: BaseTables, glossary: readonly GlossaryLayer[], segmenter: SegmenterName): Converter {
  const glossaryTries = glossary.map(glossaryTrie);
  const higher = [...glossaryTries, base.entities].filter((t) => t.size > 0);
  /** The names of the document being converted, while one of its strings is. */
  let documentNames: NameMemory | undefined;
  const engine: Engine = createEngine({
    normalize: base.normalize,
    segmentation: base.segmentation,
    chain: base.chain,
    words: [...glossaryTries, base.entities, base.builtinWords],
    phrases: base.builtinPhrases,
    segmentationLeadsChain: base.def.opencc.segmentation.every((name, i) => base.def.opencc.chain[0]![i] === name),
    wordAware: base.wordAware,
    segmenter,
    ...(base.names ? { spans: (text: string) => nameSpans(findNames(text, { known: documentNames, blocked: decidedStretches(text, higher) }).names) } : {}),
    isWordBoundary,
  });
  /** Runs `f` with the names of the document `names`. */
  const withNames = <T>(names: NameMemory | undefined, f: () => T): T => {
    const before = documentNames;
    documentNames = names;
    try {
      return f();
    } finally {
      documentNames = before;
    }
  };
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
    let converted = engine.pieces(quoted(text));
    if (decision === 'check' && converted.some((p) => p.src !== p.out) && isOwnOutput(text)) return identity(text);
    if (base.names) {
      const blocked = decidedStretches(text, higher);
      for (const p of findNames(text, { known: documentNames, blocked }).possible) {
        if (!blocked(p.start, p.end)) converted = markDoubt(converted, p.start, p.end, p.doubt);
      }
    }
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
    pieces(text, names) {
      return withNames(names, () => pieces(text));
    },
    convert(text, names) {
      return withNames(names, () => convertString(text).out);
    },
    convertRuns(runs, names) {
      return withNames(names, () => convertRuns(runs));
    },
  };

  function convertRuns(runs: readonly string[]): string[] {
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
  }
}
