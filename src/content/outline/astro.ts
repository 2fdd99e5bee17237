/** The report outline on the Astro side: rebuilt when a chapter or the report configuration changes. */
import { getReport } from '../chapters.ts';
import { kpiTables } from '../kpi-entries.ts';
import { chaptersDir, reportFile } from '../../sources/paths.ts';
import { ReportError } from '../../diagnostics.ts';
import { readSourceFile } from '../../sources/source-file.ts';
import { buildOutline, type Outline, type OutlineChapter, type OutlineItem } from './outline.ts';
import { readChapterSources } from './parse.ts';

let last: { key: unknown[]; outline: Outline } | undefined;

export async function getOutline(): Promise<Outline> {
  const report = await getReport();
  const tables = await kpiTables();
  const sources = readChapterSources(chaptersDir());
  const kpiTitles = [...tables.values()].map((t): [string, string] => [t.id, t.title]);
  const key = [JSON.stringify([report.numbering, report.disclosures, kpiTitles]), ...sources];
  if (last && last.key.length === key.length && last.key.every((k, i) => k === key[i])) return last.outline;
  const file = reportFile();
  const outline = buildOutline(sources, {
    numbering: report.numbering,
    disclosures: report.disclosures,
    kpiTitles: new Map(kpiTitles),
    reportFile: { file, text: readSourceFile(file).text },
  });
  last = { key, outline };
  return outline;
}

/** Fails the page with the outline's errors (unknown references, codes), as the checks word them. */
export function assertOutline(outline: Outline): void {
  const errors = outline.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new ReportError(errors);
}

/** The chapter a rendered component belongs to, from the key the Markdown pipeline gave it. */
export function chapterOf(outline: Outline, key: string | undefined, component: string): OutlineChapter {
  const chapter = key ? outline.byKey.get(key) : undefined;
  if (!chapter) throw new Error(`<${component}> can only be used in a chapter of the report (content/chapters/*.mdx)`);
  return chapter;
}

/** Props the Markdown pipeline gives numbered blocks (render/markdown/remark-outline.ts). */
export interface NumberedProps {
  bifolioChapter?: string;
  bifolioOrdinal?: string;
}

/** The outline entry of a numbered table or figure: its number and anchor. */
export async function numberedItem(props: NumberedProps): Promise<OutlineItem | undefined> {
  if (!props.bifolioChapter || props.bifolioOrdinal === undefined) return undefined;
  const outline = await getOutline();
  return outline.byKey.get(props.bifolioChapter)?.items[Number(props.bifolioOrdinal)];
}
