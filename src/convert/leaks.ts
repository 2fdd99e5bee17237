/**
 * Finds Simplified text left on a converted page: characters the profile
 * always converts and that none of its outputs contains (软, 数, 关 …),
 * outside protected spans and outside the glossary's protected terms (kept
 * as written on purpose). What glossary entries and inline overrides write
 * for Traditional pages is checked like any other text: it is printed as
 * written, so a Simplified character in it would reach the page.
 * Characters that are both Simplified and Traditional (干, 台, 里 …) are
 * correct in Traditional text and never reported.
 */
import type { Root } from 'hast';
import { SIMPLIFIED_ONLY } from './charsets.ts';
import type { Converter } from './converter.ts';
import { walkConvertible, type TreeConversionOptions } from './html.ts';

export interface UnconvertedText {
  /** The text (or attribute value) holding Simplified-only characters. */
  text: string;
  /** Those characters. */
  characters: string[];
  /** Name of the attribute, when the text is an attribute value. */
  attribute?: string;
  /** The heading the text follows, when there is one. */
  heading?: string;
  /** The text is an inline override's (`<Zh hant="…">`). */
  override?: true;
  /** Where the glossary entries are (`glossary.yaml:12`) whose Traditional forms in the text hold those characters. */
  glossary?: string[];
}

/** Simplified-only characters in `text`, except inside the glossary's protected terms. */
export function unconvertedCharacters(text: string, converter: Converter): string[] {
  let masked = text;
  for (const layer of converter.glossary) {
    for (const term of layer.terms) {
      if (term.hant === term.hans && masked.includes(term.hant)) masked = masked.split(term.hant).join('\u0000');
    }
  }
  const found = new Set<string>();
  for (let i = 0; i < masked.length; i++) {
    if (converter.classes[masked.charCodeAt(i)] === SIMPLIFIED_ONLY) found.add(masked[i]!);
  }
  return [...found];
}

/** Lists text in converted scopes of `tree` that still holds Simplified-only characters. */
export function findUnconvertedText(tree: Root, options: TreeConversionOptions): UnconvertedText[] {
  const found: UnconvertedText[] = [];
  const check = (text: string, converter: Converter, heading: string | undefined, attribute?: string, override?: true) => {
    const characters = unconvertedCharacters(text, converter);
    if (!characters.length) return;
    const glossary = glossarySources(text, characters, converter);
    found.push({
      text,
      characters,
      ...(attribute ? { attribute } : {}),
      ...(heading ? { heading } : {}),
      ...(override ? { override } : {}),
      ...(glossary.length ? { glossary } : {}),
    });
  };
  walkConvertible(structuredClone(tree), options, {
    sentence(texts, converter, context) {
      check(texts.map((t) => t.value).join(''), converter, context.heading?.id);
    },
    attribute(node, property, converter, context) {
      check(String(node.properties[property]), converter, context.heading?.id, property);
    },
    overridden(text, converter, context) {
      check(text, converter, context.heading?.id, undefined, true);
    },
  });
  return found;
}

/** Glossary entries whose Traditional form occurs in `text` and holds one of `characters`. */
function glossarySources(text: string, characters: string[], converter: Converter): string[] {
  const sources = new Set<string>();
  for (const layer of converter.glossary) {
    for (const term of layer.terms) {
      if (term.hant !== term.hans && term.source && text.includes(term.hant) && characters.some((c) => term.hant.includes(c))) sources.add(term.source);
    }
  }
  return [...sources];
}
