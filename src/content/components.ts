/**
 * The components every chapter can use without an import, and what each one
 * is: the one place this is declared. The outline (numbering, disclosure
 * coverage), the Markdown pipeline (which components learn their chapter and
 * position), the source check (unknown components, KPI references) and the
 * editors' guide read it. Kept apart from the components themselves
 * (`render/mdx/`) so the command line can check chapters without loading
 * Astro.
 */

export type NumberedKind = 'table' | 'figure';

/** What a component reads from the KPI data, and from which attributes. */
export type KpiUse =
  /** `id="table.row"` and `year`: one figure. */
  | 'figure'
  /** `value`, or `kpi="table.row"` and `year`: a key figure, given or read. */
  | 'key-figure'
  /** `id="table"`: a whole table. */
  | 'table'
  /** `rows="table.row, …"` and optional `total`, `years`, `labels`, `type`: a chart. */
  | 'chart';

export interface ComponentDeclaration {
  /** Numbered among its chapter's tables or figures, with its title in this attribute. */
  numbered?: { kind: NumberedKind; title: 'caption' | 'title' };
  /** Reads KPI data. A component reading a whole table takes the table's id as `id` (not an element id). */
  kpi?: KpiUse;
  /** Looks up its chapter's numbers or targets when it renders (the Markdown pipeline tells it its chapter). Every numbered component is. */
  chapterAware?: boolean;
  /**
   * Declares disclosure codes for its place: `attributes` maps an attribute to
   * its framework (`'any'`: every attribute is a framework's name); `covers`
   * is the section it sits in or the whole chapter.
   */
  disclosures?: { attributes: Readonly<Record<string, string>> | 'any'; covers: 'section' | 'chapter' };
}

export const COMPONENTS = {
  Zh: {},
  NoConvert: {},
  Kpi: { kpi: 'figure' },
  KpiTable: { kpi: 'table', numbered: { kind: 'table', title: 'caption' } },
  KpiChart: { kpi: 'chart', numbered: { kind: 'figure', title: 'title' } },
  KeyFigure: { kpi: 'key-figure' },
  KeyFigures: {},
  CaseStudy: {},
  Highlight: {},
  PullQuote: {},
  Figure: { numbered: { kind: 'figure', title: 'caption' } },
  Table: { numbered: { kind: 'table', title: 'caption' } },
  Signature: {},
  Timeline: {},
  Milestone: {},
  ChapterOpener: { chapterAware: true, disclosures: { attributes: { sdgs: 'sdg', ungc: 'ungc' }, covers: 'chapter' } },
  TermList: {},
  Term: {},
  Ref: { chapterAware: true },
  Disclosures: { disclosures: { attributes: 'any', covers: 'section' } },
  DisclosureIndex: {},
  FeedbackForm: {},
} as const satisfies Record<string, ComponentDeclaration>;

export type ComponentName = keyof typeof COMPONENTS;

/** The names, in the order the editors' guide lists them. */
export const MDX_COMPONENT_NAMES = Object.keys(COMPONENTS) as ComponentName[];

/** What a component is, for any name (undefined for names that are not Bifolio's components). */
export function componentDeclaration(name: string): ComponentDeclaration | undefined {
  return Object.hasOwn(COMPONENTS, name) ? (COMPONENTS as Record<string, ComponentDeclaration>)[name] : undefined;
}

/** Whether the Markdown pipeline tells the component its chapter (and, if numbered, its position). */
export function isChapterAware(name: string): boolean {
  const declaration = componentDeclaration(name);
  return !!declaration && (declaration.chapterAware === true || declaration.numbered !== undefined);
}

/** The framework an attribute of a declaring component names, if it names one. */
export function declaredFramework(name: string, attribute: string): string | undefined {
  const declared = componentDeclaration(name)?.disclosures;
  if (!declared) return undefined;
  return declared.attributes === 'any' ? attribute : declared.attributes[attribute];
}
