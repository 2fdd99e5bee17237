/**
 * Page-level conversion: which converter (profile, vocabulary, glossary
 * layers) applies to text of a given language, in a given glossary scope.
 */
import { getConverter, type Converter, type ConverterOptions } from './converter.ts';
import { glossaryLayer, type GlossaryInput, type GlossaryLayer } from './glossary.ts';
import type { ProfileName } from './profiles.ts';
import type { Root } from 'hast';
import { convertTree } from './html.ts';
import type { Occurrence } from './review.ts';

/** A glossary's entries, as `content/glossary.ts` reads them. */
type Glossary = { readonly entries: readonly GlossaryInput[] };

export interface ConversionContext {
  /** The report's variants: language code, conversion profile (none for the source) and vocabulary. */
  variants: readonly { code: string; profile: ProfileName | undefined; vocabulary: ConverterOptions['vocabulary'] }[];
  /** The report glossary. */
  glossary?: Glossary;
  /** Chapter glossaries by scope (the chapter's page address), applied to elements marked `data-glossary-scope`. */
  scopes?: ReadonlyMap<string, Glossary>;
}

export type ConverterResolver = (lang: string, scope?: string) => Converter | undefined;

export function converterResolver(ctx: ConversionContext): ConverterResolver {
  const cache = new Map<string, Converter | undefined>();
  const byLang = new Map(ctx.variants.map((v) => [v.code.toLowerCase(), v]));
  return (lang, scope) => {
    const key = `${lang.toLowerCase()}|${scope ?? ''}`;
    if (cache.has(key)) return cache.get(key);
    const variant = byLang.get(lang.toLowerCase());
    let converter: Converter | undefined;
    if (variant?.profile) {
      const layers: GlossaryLayer[] = [];
      const chapter = scope ? ctx.scopes?.get(scope) : undefined;
      if (chapter && chapter.entries.length) layers.push(glossaryLayer(chapter, variant.code, 'chapter-glossary'));
      const report = ctx.glossary;
      if (report?.entries.length) layers.push(glossaryLayer(report, variant.code, 'glossary'));
      converter = getConverter(variant.profile, { vocabulary: variant.vocabulary, glossary: layers });
    }
    cache.set(key, converter);
    return converter;
  };
}

/** Converts a page's syntax tree in place; with `review`, returns the review's occurrences of that same conversion. */
export function convertPage(tree: Root, ctx: ConversionContext, review?: { page: string }): Occurrence[] {
  return convertTree(tree, { converterFor: converterResolver(ctx) }, review);
}
