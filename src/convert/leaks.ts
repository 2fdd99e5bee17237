/**
 * Finds Simplified text left on a converted page: characters the profile
 * always converts and that none of its outputs contains (软, 数, 关 …),
 * outside protected spans and outside text the glossary asks to keep.
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
}

/** Simplified-only characters in `text`, except inside what the glossary writes on purpose. */
export function unconvertedCharacters(text: string, converter: Converter): string[] {
  let masked = text;
  for (const layer of converter.glossary) {
    for (const term of layer.terms) if (masked.includes(term.hant)) masked = masked.split(term.hant).join('\u0000');
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
  const check = (text: string, converter: Converter, heading: string | undefined, attribute?: string) => {
    const characters = unconvertedCharacters(text, converter);
    if (characters.length) found.push({ text, characters, ...(attribute ? { attribute } : {}), ...(heading ? { heading } : {}) });
  };
  walkConvertible(structuredClone(tree), options, {
    sentence(texts, converter, context) {
      check(texts.map((t) => t.value).join(''), converter, context.heading?.id);
    },
    attribute(node, property, converter, context) {
      check(String(node.properties[property]), converter, context.heading?.id, property);
    },
  });
  return found;
}
