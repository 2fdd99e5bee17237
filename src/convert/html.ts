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
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Nodes, Root, Text } from 'hast';
import type { Converter } from './converter.ts';

/** Elements whose content is never converted. */
export const PROTECTED_ELEMENTS = new Set([
  'code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'template', 'math',
]);

/** Marks a subtree the converter must leave alone. */
export const NO_CONVERT_ATTRIBUTE = 'data-no-convert';
/** Set on an element whose text came from an inline override. */
export const OVERRIDE_MARK_ATTRIBUTE = 'data-zh-override';

/** Attributes whose values readers see or hear. hast names them in camelCase. */
const READER_ATTRIBUTES = [
  'alt', 'title', 'ariaLabel', 'ariaDescription', 'ariaPlaceholder', 'ariaRoleDescription',
  'ariaValueText', 'placeholder', 'label', 'abbr',
] as const;

/** `<meta>` whose `content` is prose. */
const PROSE_META = new Set([
  'description', 'keywords', 'og:title', 'og:description', 'og:site_name', 'og:image:alt',
  'twitter:title', 'twitter:description', 'twitter:image:alt', 'application-name',
]);

/**
 * Inline elements: a sentence runs through them, so their text is converted
 * together with the surrounding text. Any other element ends the sentence.
 */
const INLINE_ELEMENTS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'label',
  'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'tspan',
]);

export interface TreeConversionOptions {
  /** Language of the document when the root element carries none. */
  defaultLang?: string;
  /**
   * The converter for text in language `lang`, or undefined when text in that
   * language stays as written.
   */
  converterFor(lang: string): Converter | undefined;
}

interface Scope {
  lang: string;
  converter: Converter | undefined;
}

export function convertTree(tree: Root, options: TreeConversionOptions): void {
  const scope: Scope = {
    lang: options.defaultLang ?? '',
    converter: options.defaultLang ? options.converterFor(options.defaultLang) : undefined,
  };
  const run: Text[] = [];
  const flush = (converter: Converter | undefined) => {
    if (run.length === 0) return;
    if (converter) {
      const out = converter.convertRuns(run.map((t) => t.value));
      run.forEach((t, i) => (t.value = out[i]!));
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
      if (!inline) flush(scope.converter);

      if (PROTECTED_ELEMENTS.has(node.tagName) || props.dataNoConvert !== undefined) {
        if (inline) flush(scope.converter);
        return;
      }

      let inner = scope;
      if (typeof props.lang === 'string' && props.lang.toLowerCase() !== scope.lang.toLowerCase()) {
        if (inline) flush(scope.converter);
        inner = { lang: props.lang, converter: options.converterFor(props.lang) };
      }

      if (applyOverride(node, inner.lang)) {
        flush(scope.converter);
        return;
      }

      if (inner.converter) convertAttributes(node, inner.converter);
      for (const child of node.children) visit(child as Nodes, inner);
      if (!inline || inner !== scope) flush(inner.converter);
      return;
    }
    for (const child of node.children) visit(child as Nodes, scope);
    flush(scope.converter);
  };

  visit(tree, scope);
}

/**
 * Handles `data-zh-*` override attributes. Returns true when the element's
 * content was replaced (and must not be visited further).
 */
function applyOverride(node: Element, lang: string): boolean {
  const props = node.properties;
  const keys = Object.keys(props).filter((k) => /^dataZh[A-Z]/.test(k) && k !== 'dataZhOverride');
  if (keys.length === 0) return false;
  const chosen = overridePropertyNames(lang).find((k) => keys.includes(k));
  const value = chosen === undefined ? undefined : String(props[chosen]);
  for (const k of keys) delete props[k];
  if (value === undefined) return false;
  props.dataZhOverride = '';
  node.children = [{ type: 'text', value }];
  return true;
}

/** `zh-Hant-TW` → [dataZhHantTw, dataZhHant]: the most specific override wins. */
export function overridePropertyNames(lang: string): string[] {
  const parts = lang.toLowerCase().split('-');
  if (parts[0] !== 'zh' || parts.length < 2) return [];
  const names: string[] = [];
  for (let n = parts.length; n >= 2; n--) {
    names.push('dataZh' + parts.slice(1, n).map((p) => p[0]!.toUpperCase() + p.slice(1)).join(''));
  }
  return names;
}

function convertAttributes(node: Element, converter: Converter): void {
  const props = node.properties;
  for (const name of READER_ATTRIBUTES) {
    const value = props[name];
    if (typeof value === 'string' && value) props[name] = converter.convert(value);
  }
  if (node.tagName === 'meta' && typeof props.content === 'string') {
    const key = String(props.name ?? props.property ?? '').toLowerCase();
    if (PROSE_META.has(key)) props.content = converter.convert(props.content);
  }
}

/** Parses, converts and serialises an HTML document (or a fragment, with `fragment: true`). */
export function convertHtml(html: string, options: TreeConversionOptions & { fragment?: boolean }): string {
  const tree = fromHtml(html, { fragment: options.fragment ?? false });
  convertTree(tree, options);
  return toHtml(tree, { allowDangerousHtml: true });
}
