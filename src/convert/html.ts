/**
 * Converts what a reader sees in an HTML syntax tree (hast): text nodes and
 * reader-visible attributes of every element whose language is a converted
 * variant. Never touched: code, pre, kbd, samp, var, script, style,
 * template; URLs, ids and class names (no attribute outside READER_ATTRIBUTES
 * is read); subtrees marked `data-no-convert`; subtrees whose `lang` is not a
 * converted variant (`lang="en"`, `lang="zh-Hans"`).
 *
 * Inline overrides: an element carrying `data-zh-hant="…"` (or a
 * variant-specific `data-zh-hant-tw="…"`) has its content replaced by that
 * text on pages of that variant, and is marked `data-zh-override`. The
 * `data-zh-*` attributes are removed from every page.
 *
 * Glossary scopes: inside an element marked `data-glossary-scope="<chapter>"`
 * the converter of that scope applies (the chapter's own glossary on top of
 * the report's).
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Nodes, Root, Text } from 'hast';
import type { Converter } from './converter.ts';
import { NameMemory } from './names.ts';
import { splitByRuns } from './pieces.ts';
import { occurrencesOf, type Occurrence } from './review.ts';

/** Elements whose content is never converted. */
export const PROTECTED_ELEMENTS = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'template', 'math']);

/** Marks a subtree the converter must leave alone. */
export const NO_CONVERT_ATTRIBUTE = 'data-no-convert';
/** Set on an element whose text came from an inline override. */
export const OVERRIDE_MARK_ATTRIBUTE = 'data-zh-override';

/** Attributes whose values readers see or hear. hast names them in camelCase. */
const READER_ATTRIBUTES = [
  'alt',
  'title',
  'ariaLabel',
  'ariaDescription',
  'ariaPlaceholder',
  'ariaRoleDescription',
  'ariaValueText',
  'placeholder',
  'label',
  'abbr',
] as const;

/** Inputs whose `value` is a reader's answer or a button's caption. */
const VALUE_INPUTS = new Set(['checkbox', 'radio', 'submit', 'button', 'reset']);

/** `<meta>` whose `content` is prose. */
const PROSE_META = new Set([
  'description',
  'keywords',
  'og:title',
  'og:description',
  'og:site_name',
  'og:image:alt',
  'twitter:title',
  'twitter:description',
  'twitter:image:alt',
  'application-name',
]);

/**
 * Inline elements: a sentence runs through them, so their text is converted
 * together with the surrounding text. Any other element ends the sentence.
 */
const INLINE_ELEMENTS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'tspan',
]);

export interface TreeConversionOptions {
  /** Language of the document when the root element carries none. */
  defaultLang?: string;
  /**
   * The converter for text in language `lang` inside glossary scope `scope`
   * (an element marked `data-glossary-scope`, e.g. a chapter's text), or
   * undefined when text in that language stays as written.
   */
  converterFor(lang: string, scope?: string): Converter | undefined;
}

interface Scope {
  lang: string;
  glossary?: string;
  converter: Converter | undefined;
}

/** What the walk reports: sentences of text and attributes to convert. */
export interface ConvertibleVisitor {
  /** Consecutive text nodes of one sentence, all in the scope of `converter`. */
  sentence(texts: Text[], converter: Converter, context: WalkContext): void;
  /** A reader-visible attribute (hast property name) of `node`. */
  attribute(node: Element, property: string, converter: Converter, context: WalkContext): void;
  /** An inline override replaced `source` (the Simplified text) by `value`. */
  override?(source: string, value: string, context: WalkContext): void;
  /**
   * Text an override already put in place (an element marked
   * `data-zh-override`, as on a built page), which the walk leaves as it is,
   * with the converter of its scope: for checks of what the editor wrote.
   */
  overridden?(text: string, converter: Converter, context: WalkContext): void;
}

/** Where the walk is, for reports: the nearest heading before the current node, and the language of the text. */
export interface WalkContext {
  heading?: { id: string; text: string };
  lang: string;
}

/**
 * Walks everything a reader sees in a converted language, in document order,
 * and applies inline overrides on the way. This walk is the single
 * definition of what gets converted: `convertTree` converts what it reports,
 * and checks use it to inspect built pages.
 */
export function walkConvertible(tree: Root, options: TreeConversionOptions, visitor: ConvertibleVisitor): void {
  const start: Scope = {
    lang: options.defaultLang ?? '',
    converter: options.defaultLang ? options.converterFor(options.defaultLang) : undefined,
  };
  const run: Text[] = [];
  const context: WalkContext = { lang: start.lang };
  const flush = (scope: Scope) => {
    if (run.length > 0 && scope.converter) {
      context.lang = scope.lang;
      visitor.sentence(run.slice(), scope.converter, context);
    }
    run.length = 0;
  };

  const visit = (node: Nodes, scope: Scope): void => {
    if (node.type === 'text') {
      if (scope.converter) run.push(node);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;

    if (node.type === 'element') {
      const props = node.properties;
      const inline = INLINE_ELEMENTS.has(node.tagName);
      if (!inline) flush(scope);

      // Protected: code-like elements, no-convert spans, and override text
      // (final as the editor wrote it; this also makes conversion idempotent).
      if (PROTECTED_ELEMENTS.has(node.tagName) || props.dataNoConvert !== undefined || props.dataZhOverride !== undefined) {
        if (inline) flush(scope);
        if (visitor.overridden && props.dataZhOverride !== undefined && props.dataNoConvert === undefined && !PROTECTED_ELEMENTS.has(node.tagName)) {
          const lang = typeof props.lang === 'string' ? props.lang : scope.lang;
          const converter = lang.toLowerCase() === scope.lang.toLowerCase() ? scope.converter : options.converterFor(lang, scope.glossary);
          if (converter) {
            context.lang = lang;
            visitor.overridden(toText(node), converter, context);
          }
        }
        return;
      }

      if (/^h[1-6]$/.test(node.tagName) && typeof props.id === 'string') {
        context.heading = { id: props.id, text: toText(node) };
      }

      let inner = scope;
      const lang = typeof props.lang === 'string' ? props.lang : scope.lang;
      const glossary = typeof props.dataGlossaryScope === 'string' ? props.dataGlossaryScope : scope.glossary;
      if (lang.toLowerCase() !== scope.lang.toLowerCase() || glossary !== scope.glossary) {
        if (inline) flush(scope);
        inner = { lang, glossary, converter: options.converterFor(lang, glossary) };
      }

      if (hasOverride(node)) {
        const source = toText(node);
        const replaced = applyOverride(node, inner.lang);
        if (replaced !== undefined) {
          flush(scope);
          context.lang = inner.lang;
          visitor.override?.(source, replaced, context);
          return;
        }
      }

      if (inner.converter) {
        context.lang = inner.lang;
        for (const name of readerAttributes(node)) visitor.attribute(node, name, inner.converter, context);
      }
      for (const child of node.children) visit(child as Nodes, inner);
      if (!inline || inner !== scope) flush(inner);
      return;
    }
    for (const child of node.children) visit(child as Nodes, scope);
    flush(scope);
  };

  visit(tree, start);
}

/**
 * Converts, in place, everything a reader sees in a converted language. The
 * page is one document for personal names: a name recognised anywhere in it
 * (after a title, in a list, in a signature) is a name everywhere in it.
 *
 * With `review`, also returns the review's occurrences: what each
 * character with more than one Traditional form became, decided by which
 * layer, taken from the pieces of the same conversion.
 */
export function convertTree(tree: Root, options: TreeConversionOptions, review?: { page: string }): Occurrence[] {
  const texts: string[] = [];
  const jobs: Array<(names: NameMemory) => void> = [];
  const occurrences: Occurrence[] = [];
  const place = (ctx: WalkContext) => ({ page: review!.page, variant: ctx.lang, ...(ctx.heading ? { heading: { ...ctx.heading } } : {}) });
  walkConvertible(tree, options, {
    sentence(nodes, converter, ctx) {
      const runs = nodes.map((t) => t.value);
      const text = runs.join('');
      const here = review && place(ctx);
      texts.push(text);
      jobs.push((names) => {
        // Under review, the text is converted once, piece by piece: the occurrences and the output come from the same pieces.
        const pieces = here && converter.pieces(text, names);
        if (pieces) occurrences.push(...occurrencesOf(text, pieces, here));
        const out = pieces ? splitByRuns(pieces, runs) : converter.convertRuns(runs, names);
        nodes.forEach((t, i) => (t.value = out[i]!));
      });
    },
    attribute(node, property, converter, ctx) {
      const text = String(node.properties[property]);
      const here = review && place(ctx);
      texts.push(text);
      jobs.push((names) => {
        const pieces = here && converter.pieces(text, names);
        if (pieces) occurrences.push(...occurrencesOf(text, pieces, here));
        node.properties[property] = pieces ? pieces.map((p) => p.out).join('') : converter.convert(text, names);
      });
    },
    override(source, value, ctx) {
      if (!review) return;
      const here = place(ctx);
      jobs.push(() => occurrences.push(...occurrencesOf(source, [{ src: source, out: value, layer: 'inline', source: `<Zh> ${source} → ${value}` }], here)));
    },
  });
  const names = new NameMemory().learn(texts);
  for (const job of jobs) job(names);
  return occurrences;
}

function hasOverride(node: Element): boolean {
  for (const key in node.properties) if (key.startsWith('dataZh') && key !== 'dataZhOverride') return true;
  return false;
}

/**
 * Handles `data-zh-*` override attributes. Returns the text that replaced
 * the element's content (which must not be visited further), if any.
 */
function applyOverride(node: Element, lang: string): string | undefined {
  const props = node.properties;
  const keys = Object.keys(props).filter((k) => /^dataZh[A-Z]/.test(k) && k !== 'dataZhOverride');
  if (keys.length === 0) return undefined;
  const chosen = overridePropertyNames(lang).find((k) => keys.includes(k));
  const value = chosen === undefined ? undefined : String(props[chosen]);
  for (const k of keys) delete props[k];
  if (value === undefined) return undefined;
  props.dataZhOverride = '';
  node.children = [{ type: 'text', value }];
  return value;
}

function toText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((c) => toText(c as Nodes)).join('');
  return '';
}

/** `zh-Hant-TW` → [dataZhHantTw, dataZhHant]: the most specific override wins. */
export function overridePropertyNames(lang: string): string[] {
  const parts = lang.toLowerCase().split('-');
  if (parts[0] !== 'zh' || parts.length < 2) return [];
  const names: string[] = [];
  for (let n = parts.length; n >= 2; n--) {
    names.push(
      'dataZh' +
        parts
          .slice(1, n)
          .map((p) => p[0]!.toUpperCase() + p.slice(1))
          .join(''),
    );
  }
  return names;
}

/** Names of the reader-visible attributes `node` carries. */
function readerAttributes(node: Element): string[] {
  const props = node.properties;
  const names: string[] = READER_ATTRIBUTES.filter((name) => typeof props[name] === 'string' && props[name] !== '');
  if (node.tagName === 'meta' && typeof props.content === 'string') {
    const key = String(props.name ?? props.property ?? '').toLowerCase();
    if (PROSE_META.has(key)) names.push('content');
  }
  if (
    ((node.tagName === 'input' && VALUE_INPUTS.has(String(props.type))) || node.tagName === 'option' || node.tagName === 'button') &&
    typeof props.value === 'string' &&
    props.value !== ''
  ) {
    names.push('value');
  }
  return names;
}

/** Parses, converts and serialises an HTML document (or a fragment, with `fragment: true`). */
export function convertHtml(html: string, options: TreeConversionOptions & { fragment?: boolean }): string {
  const tree = fromHtml(html, { fragment: options.fragment ?? false });
  convertTree(tree, options);
  return toHtml(tree, { allowDangerousHtml: true });
}
