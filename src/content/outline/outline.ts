/**
 * The report outline: every chapter with its number, sections, numbered
 * tables and figures, what cross-references point to, and which disclosure
 * codes each place covers. Built from the sources (outline/parse.ts), used
 * by the pages, the print contents, `<Ref>`, `<ChapterOpener>`, the
 * disclosure index and the checks.
 */
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Diagnostic } from '../../diagnostics.ts';
import { kpiTableAnchor } from '../../kpi/anchors.ts';
import { yamlPositions } from '../../sources/yaml-positions.ts';
import type { ReportData } from '../report-schema.ts';
import { codeList, findCode, isFramework, similarCodes } from '../disclosures/codes.ts';
import type { FrameworkId } from '../disclosures/schema.ts';
import { componentDeclaration, declaredFramework, type NumberedKind } from '../components.ts';
import type { HeadingItem, SourcePosition } from './collect.ts';
import { linkProblem } from './links.ts';
import { chapterLabels, formatNumber, perChapter } from './numbering.ts';
import type { ChapterSource } from './parse.ts';

export type Numbering = ReportData['numbering'];
export type DisclosureSettings = ReportData['disclosures'];

export interface OutlineHeading extends HeadingItem {
  /** Number label (`1.2`), when the numbering gives one. */
  number?: string;
}

export interface OutlineItem {
  kind: NumberedKind;
  component: string;
  ordinal: number;
  /** Anchor of the item on its page. */
  anchor: string;
  /** Number label: 表3, 图1. */
  number: string;
  title?: string;
  kpiTable?: string;
}

export interface OutlineChapter {
  source: ChapterSource;
  /** File name, `04-environment.mdx`: the key the rendered tree carries. */
  key: string;
  slug: string;
  title: string;
  navTitle: string;
  kind: 'front' | 'chapter' | 'appendix';
  /** Number label: 第一章, 附录一; undefined for front matter or when switched off. */
  number?: string;
  headings: OutlineHeading[];
  items: OutlineItem[];
}

/** What a reference or a disclosure location points to. */
export interface Target {
  chapter: OutlineChapter;
  kind: 'chapter' | 'heading' | NumberedKind;
  /** Anchor on the chapter's page; undefined for the chapter itself. */
  anchor?: string;
  number?: string;
  title: string;
}

export interface Outline {
  chapters: OutlineChapter[];
  byKey: ReadonlyMap<string, OutlineChapter>;
  bySlug: ReadonlyMap<string, OutlineChapter>;
  /** Where each framework's codes are covered: code → targets in reading order. */
  coverage: ReadonlyMap<FrameworkId, ReadonlyMap<string, Target[]>>;
  disclosures: DisclosureSettings;
  diagnostics: Diagnostic[];
}

/** Anchor of a numbered item without an id of its own. */
export function itemAnchor(kind: NumberedKind, ordinal: number): string {
  return `${kind}-${ordinal + 1}`;
}

export interface OutlineOptions {
  numbering: Numbering;
  disclosures: DisclosureSettings;
  /** KPI table titles by id, for references to KPI tables. */
  kpiTitles?: ReadonlyMap<string, string>;
  /** report.yaml, for positions of explanations. */
  reportFile?: { file: string; text: string };
}

export function buildOutline(sources: readonly ChapterSource[], options: OutlineOptions): Outline {
  const { numbering } = options;
  const diagnostics: Diagnostic[] = [];
  const labels = chapterLabels(sources.map((s) => s.frontmatter.kind), numbering);
  const counters = { table: 0, figure: 0 };
  const chapters = sources.map((source, index): OutlineChapter => {
    const fm = source.frontmatter;
    const { number, short } = labels[index]!;
    let sectionNo = 0;
    let subsectionNo = 0;
    const headings = source.items.headings.map((h): OutlineHeading => {
      if (fm.kind !== 'chapter') return h;
      if (h.depth === 2) {
        sectionNo++;
        subsectionNo = 0;
        return numbering.section ? { ...h, number: formatNumber(numbering.section, { n: sectionNo, c: short }) } : h;
      }
      if (h.depth === 3 && sectionNo > 0) {
        subsectionNo++;
        return numbering.subsection ? { ...h, number: formatNumber(numbering.subsection, { n: subsectionNo, c: short, s: sectionNo }) } : h;
      }
      return h;
    });
    const local = { table: 0, figure: 0 };
    const items = source.items.numbered.map((item): OutlineItem => {
      const template = numbering[item.kind];
      const restart = perChapter(template);
      const n = restart ? ++local[item.kind] : ++counters[item.kind];
      const anchor = item.kpiTable ? kpiTableAnchor(item.kpiTable) : (item.id ?? itemAnchor(item.kind, item.ordinal));
      const title = item.kpiTable ? (options.kpiTitles?.get(item.kpiTable) ?? item.title) : item.title;
      return {
        kind: item.kind,
        component: item.component,
        ordinal: item.ordinal,
        anchor,
        number: template ? formatNumber(template, { n, c: restart ? short : undefined }) : '',
        ...(title ? { title } : {}),
        ...(item.kpiTable ? { kpiTable: item.kpiTable } : {}),
      };
    });
    for (const dup of source.items.duplicateIds) {
      diagnostics.push({ file: source.file, ...dup.at, message: `the id "${dup.id}" is used twice in this chapter`, hint: 'give the table, figure or heading a different id (two headings with the same text get "-1" added to the second)', severity: 'error' });
    }
    return {
      source,
      key: path.basename(source.file),
      slug: source.slug,
      title: fm.title,
      navTitle: fm.shortTitle ?? fm.title,
      kind: fm.kind,
      ...(number ? { number } : {}),
      headings,
      items,
    };
  });
  const byKey = new Map(chapters.map((c) => [c.key, c]));
  const bySlug = new Map(chapters.map((c) => [c.slug, c]));
  const outline: Outline = { chapters, byKey, bySlug, coverage: new Map(), disclosures: options.disclosures, diagnostics };

  for (const chapter of chapters) {
    for (const ref of chapter.source.items.refs) {
      const problem = referenceProblem(outline, chapter, ref.to);
      if (problem) diagnostics.push({ file: chapter.source.file, ...ref.at, ...problem, severity: 'error' });
    }
    for (const link of chapter.source.items.links) {
      const problem = linkProblem(bySlug, chapter, link.url);
      if (problem) diagnostics.push({ file: chapter.source.file, ...link.at, ...problem, severity: 'error' });
    }
  }
  outline.coverage = collectCoverage(outline, diagnostics);
  checkDisclosureSettings(outline, options, diagnostics);
  return outline;
}

/** Finds what `to` names, seen from `from`: `slug`, `slug#anchor`, `#anchor` or `kpi:table`. */
export function resolveTarget(outline: Outline, from: OutlineChapter | undefined, to: string): Target | undefined {
  if (to.startsWith('kpi:')) {
    const id = to.slice(4);
    for (const chapter of outline.chapters) {
      const item = chapter.items.find((i) => i.kpiTable === id);
      if (item) return itemTarget(chapter, item);
    }
    return undefined;
  }
  const hash = to.indexOf('#');
  const slug = hash === -1 ? to : to.slice(0, hash);
  const anchor = hash === -1 ? undefined : decodeURIComponent(to.slice(hash + 1));
  const chapter = slug === '' ? from : outline.bySlug.get(slug);
  if (!chapter) return undefined;
  if (anchor === undefined || anchor === '') return chapterTarget(chapter);
  // Written as the heading reads (`#ESG风险管理`) or as its id (`#esg风险管理`).
  const id = chapter.headings.some((h) => h.id === anchor) ? anchor : new GithubSlugger().slug(anchor);
  const heading = chapter.headings.find((h) => h.id === id);
  if (heading) return headingTarget(chapter, heading);
  const item = chapter.items.find((i) => i.anchor === anchor);
  return item ? itemTarget(chapter, item) : undefined;
}

function chapterTarget(chapter: OutlineChapter): Target {
  return { chapter, kind: 'chapter', ...(chapter.number ? { number: chapter.number } : {}), title: chapter.title };
}

function headingTarget(chapter: OutlineChapter, heading: OutlineHeading): Target {
  return { chapter, kind: 'heading', anchor: heading.id, ...(heading.number ? { number: heading.number } : {}), title: heading.text };
}

function itemTarget(chapter: OutlineChapter, item: OutlineItem): Target {
  return { chapter, kind: item.kind, anchor: item.anchor, ...(item.number ? { number: item.number } : {}), title: item.title ?? '' };
}

function referenceProblem(outline: Outline, from: OutlineChapter, to: string): { message: string; hint: string } | undefined {
  if (!to) return { message: '<Ref> needs a target', hint: 'e.g. <Ref to="environment#能源管理" />, <Ref to="#能源管理" /> or <Ref to="kpi:environment" />' };
  if (resolveTarget(outline, from, to)) return undefined;
  if (to.startsWith('kpi:')) {
    const shown = outline.chapters.flatMap((c) => c.items.filter((i) => i.kpiTable).map((i) => `kpi:${i.kpiTable}`));
    return { message: `<Ref to="${to}"> refers to a KPI table no chapter shows`, hint: `KPI tables shown with <KpiTable>: ${shown.join(', ') || 'none'}` };
  }
  const hash = to.indexOf('#');
  const slug = hash === -1 ? to : to.slice(0, hash);
  const chapter = slug === '' ? from : outline.bySlug.get(slug);
  if (!chapter) {
    return { message: `<Ref to="${to}"> refers to a chapter "${slug}" that does not exist`, hint: `chapters: ${outline.chapters.map((c) => c.slug).join(', ')}` };
  }
  const anchors = [...chapter.headings.map((h) => h.id), ...chapter.items.filter((i) => !i.kpiTable).map((i) => i.anchor)];
  return {
    message: `<Ref to="${to}">: chapter ${chapter.slug} has no heading, table or figure with the id "${to.slice(hash + 1)}"`,
    hint: `ids in ${chapter.slug}: ${anchors.slice(0, 15).join(', ') || 'none'}${anchors.length > 15 ? ' …' : ''}`,
  };
}

function collectCoverage(outline: Outline, diagnostics: Diagnostic[]): Map<FrameworkId, Map<string, Target[]>> {
  const coverage = new Map<FrameworkId, Map<string, Target[]>>();
  const add = (framework: FrameworkId, code: string, target: Target) => {
    let map = coverage.get(framework);
    if (!map) coverage.set(framework, (map = new Map()));
    const list = map.get(code) ?? [];
    if (!list.some((t) => t.chapter === target.chapter && t.anchor === target.anchor)) list.push(target);
    map.set(code, list);
  };
  const unknown = (framework: string, code: string): { message: string; hint: string } | undefined => {
    if (!isFramework(framework)) return { message: `unknown disclosure framework "${framework}"`, hint: 'frameworks: hkex, gri, tcfd, ungc, sdg' };
    if (findCode(framework, code)) return undefined;
    const near = similarCodes(framework, code);
    return {
      message: `unknown ${codeList(framework).shortName} code "${code}"`,
      hint: near.length ? `did you mean ${near.join(', ')}?` : `codes are listed in src/content/disclosures/codes/${framework}.json`,
    };
  };
  for (const chapter of outline.chapters) {
    const source = chapter.source;
    const whole = chapterTarget(chapter);
    const positions = yamlPositions(source.frontmatterText, 1);
    for (const [framework, codes] of Object.entries(source.frontmatter.disclosures ?? {})) {
      (codes ?? []).forEach((code, i) => {
        const problem = unknown(framework, code);
        if (problem) diagnostics.push({ file: source.file, ...positions(['disclosures', framework, i]), ...problem, severity: 'error' });
        else add(framework as FrameworkId, code, whole);
      });
    }
    for (const decl of source.items.declarations) {
      const heading = decl.section ? chapter.headings.find((h) => h.id === decl.section) : undefined;
      const covers = componentDeclaration(decl.component)?.disclosures?.covers;
      const target = heading && covers === 'section' ? headingTarget(chapter, heading) : whole;
      for (const [attr, codes] of Object.entries(decl.codes)) {
        const framework = declaredFramework(decl.component, attr) ?? attr;
        for (const code of codes) {
          const problem = unknown(framework, code);
          if (problem) diagnostics.push({ file: source.file, ...decl.at, ...problem, message: `<${decl.component} ${attr}>: ${problem.message}`, severity: 'error' });
          else add(framework as FrameworkId, code, target);
        }
      }
    }
  }
  return coverage;
}

function checkDisclosureSettings(outline: Outline, options: OutlineOptions, diagnostics: Diagnostic[]): void {
  const settings = options.disclosures;
  const report = options.reportFile;
  const where = (key: string): SourcePosition & { file: string } => {
    if (!report) return { file: 'report.yaml' };
    const positions = yamlPositions(report.text);
    return { file: report.file, ...positions(['disclosures', 'explanations', key], 'key') };
  };
  const hkexCoverage = outline.coverage.get('hkex');
  for (const [code, text] of Object.entries(settings.explanations)) {
    if (!text.trim()) continue;
    if (!findCode('hkex', code)) {
      diagnostics.push({ ...where(code), message: `explanation for "${code}", which is not an HKEX code`, hint: 'explanations are keyed by HKEX codes such as A2.5', severity: 'error' });
    } else if (hkexCoverage?.has(code)) {
      diagnostics.push({ ...where(code), message: `HKEX ${code} is explained as not reported, but a chapter declares it covered`, hint: 'remove the explanation or the declaration', severity: 'warning' });
    }
  }
  if (!settings.frameworks.includes('hkex')) return;
  const missing = codeList('hkex').codes.filter((c) => c.requirement !== 'voluntary' && !hkexCoverage?.has(c.code) && !settings.explanations[c.code]);
  for (const c of missing) {
    diagnostics.push({
      file: report?.file ?? 'report.yaml',
      message: `HKEX ${c.code} (${c.title}) is ${c.requirement === 'mandatory' ? 'mandatory' : 'comply-or-explain'} but no chapter covers it`,
      hint:
        c.requirement === 'mandatory'
          ? `declare it where it is reported: <Disclosures hkex="${c.code}" /> in that section, or disclosures: in the chapter's frontmatter`
          : `declare it with <Disclosures hkex="${c.code}" /> where it is reported, or explain why not under disclosures.explanations in report.yaml`,
      severity: 'error',
    });
  }
}
