/**
 * What a chapter's Markdown tree holds for the report outline: headings with
 * their ids, numbered tables and figures, cross-references, disclosure
 * declarations and alignment tags. The same functions run on the tree Astro
 * renders (render/markdown/remark-outline.ts) and on the tree the outline
 * parses (outline/parse.ts), so both agree on ids and on order.
 */
import GithubSlugger from 'github-slugger';
import type { Heading, Image, Link, Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { componentDeclaration, declaredFramework, type NumberedKind } from '../components.ts';

export interface SourcePosition {
  line?: number;
  column?: number;
}

export interface HeadingItem {
  depth: number;
  id: string;
  /** Text as written (Simplified). */
  text: string;
  at: SourcePosition;
}

export interface NumberedItem {
  kind: NumberedKind;
  component: string;
  /** Index among the chapter's numbered items, in document order. */
  ordinal: number;
  /** The editor's `id` (a KPI table's is its data table id). */
  id?: string;
  /** Caption or title as written; KPI tables take their data table's title. */
  title?: string;
  /** `<KpiTable id>`: the data table shown. */
  kpiTable?: string;
  at: SourcePosition;
}

export interface RefItem {
  to: string;
  at: SourcePosition;
}

export interface DeclarationItem {
  /** Codes by framework name as written (`hkex="A1.1 A1.2"`). */
  codes: Record<string, string[]>;
  /** Id of the heading the declaration sits under; undefined before the first heading. */
  section?: string;
  component: string;
  at: SourcePosition;
}

/** A link written in the chapter: `[text](url)` or `<a href="url">`. */
export interface LinkItem {
  url: string;
  at: SourcePosition;
}

export interface ChapterItems {
  headings: HeadingItem[];
  numbered: NumberedItem[];
  refs: RefItem[];
  links: LinkItem[];
  /** `<Disclosures>` (what sections cover) and `<ChapterOpener sdgs ungc>` (alignment). */
  declarations: DeclarationItem[];
  /** Every id in the chapter (headings and components), with where it was given. */
  ids: Map<string, SourcePosition>;
  /** Ids given twice. */
  duplicateIds: Array<{ id: string; at: SourcePosition }>;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const isJsx = (node: { type: string }): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

const at = (node: { position?: { start: { line: number; column: number } } }): SourcePosition => ({
  line: node.position?.start.line,
  column: node.position?.start.column,
});

/** A string attribute as written; expressions (`{…}`) by their source. */
export function attribute(node: JsxElement, name: string): string | undefined {
  const a = node.attributes.find((x): x is MdxJsxAttribute => x.type === 'mdxJsxAttribute' && x.name === name);
  if (!a) return undefined;
  if (typeof a.value === 'string') return a.value;
  if (a.value && typeof a.value === 'object') return String(a.value.value);
  return 'true';
}

export function setAttribute(node: JsxElement, name: string, value: string): void {
  const existing = node.attributes.find((x): x is MdxJsxAttribute => x.type === 'mdxJsxAttribute' && x.name === name);
  if (existing) existing.value = value;
  else node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/** Codes in an attribute: separated by spaces, commas or semicolons. */
export function splitCodes(value: string): string[] {
  return value.split(/[\s,，;；、]+/).filter(Boolean);
}

/**
 * Standalone images with a title, `![alt](src "caption")`, become
 * `<Figure caption="caption">` so they are numbered like every figure.
 */
export function imagesToFigures(tree: Root): void {
  visit(tree, 'paragraph', (p: Paragraph, index, parent) => {
    if (!parent || index === undefined) return;
    const content = p.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    const image = content[0];
    if (content.length !== 1 || image?.type !== 'image' || !image.title?.trim()) return;
    const caption = image.title.trim().replace(/^图[:：]\s*/, '');
    (image as Image).title = null;
    const figure: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: 'Figure',
      attributes: [{ type: 'mdxJsxAttribute', name: 'caption', value: caption }],
      children: [{ ...p, children: [image] }],
      position: p.position,
    };
    (parent.children as RootContent[])[index] = figure;
  });
}

/** Collects the chapter's outline items from its tree (after imagesToFigures). */
export function collectChapter(tree: Root): ChapterItems {
  const slugger = new GithubSlugger();
  const items: ChapterItems = { headings: [], numbered: [], refs: [], links: [], declarations: [], ids: new Map(), duplicateIds: [] };
  const claim = (id: string, where: SourcePosition) => {
    if (items.ids.has(id)) items.duplicateIds.push({ id, at: where });
    else items.ids.set(id, where);
  };
  let section: string | undefined;
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const heading = node as Heading;
      if (heading.depth < 2) return;
      const text = toString(heading).trim();
      // A heading of punctuation only (——, ？) has no letters to make an anchor of: it is numbered instead.
      const id = slugger.slug(/[\p{L}\p{N}]/u.test(text) ? text : `section-${items.headings.length + 1}`);
      claim(id, at(heading));
      items.headings.push({ depth: heading.depth, id, text, at: at(heading) });
      section = id;
      return;
    }
    if (node.type === 'link') {
      items.links.push({ url: (node as Link).url, at: at(node) });
      return;
    }
    if (!isJsx(node) || !node.name) return;
    if (node.name === 'a') {
      const href = attribute(node, 'href');
      if (href) items.links.push({ url: href, at: at(node) });
      return;
    }
    const declaration = componentDeclaration(node.name);
    if (declaration?.numbered) {
      // A component showing a whole KPI table names the table by `id`: not an element id.
      const kpiTable = declaration.kpi === 'table' ? attribute(node, 'id') : undefined;
      const id = declaration.kpi === 'table' ? undefined : attribute(node, 'id');
      if (id) claim(id, at(node));
      items.numbered.push({
        kind: declaration.numbered.kind,
        component: node.name,
        ordinal: items.numbered.length,
        ...(id ? { id } : {}),
        ...(kpiTable ? { kpiTable } : {}),
        title: attribute(node, declaration.numbered.title),
        at: at(node),
      });
      return;
    }
    if (node.name === 'Ref') {
      items.refs.push({ to: attribute(node, 'to') ?? '', at: at(node) });
      return;
    }
    if (declaration?.disclosures) {
      const codes: Record<string, string[]> = {};
      for (const a of node.attributes) {
        if (a.type !== 'mdxJsxAttribute') continue;
        if (declaredFramework(node.name, a.name) !== undefined) codes[a.name] = splitCodes(attribute(node, a.name) ?? '');
      }
      items.declarations.push({ codes, component: node.name, ...(section ? { section } : {}), at: at(node) });
    }
  });
  return items;
}
