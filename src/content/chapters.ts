/** The report's chapters in reading order (Astro side). */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { resolveReport, type Report } from './report.ts';
import { chapterLabels } from './outline/numbering.ts';
import { byReadingOrder, chapterSlug, clashes } from './slugs.ts';

export interface Chapter {
  entry: CollectionEntry<'chapters'>;
  /** ASCII path segment of the chapter page. */
  slug: string;
  title: string;
  /** Title for navigation. */
  navTitle: string;
  /** 1-based position in reading order. */
  position: number;
  /** Number label: 第一章, 附录一; none for front matter. */
  number?: string;
}

let cached: Promise<Chapter[]> | undefined;

export function getChapters(): Promise<Chapter[]> {
  if (import.meta.env.DEV || !cached) cached = loadChapters();
  return cached;
}

async function loadChapters(): Promise<Chapter[]> {
  const entries = await getCollection('chapters');
  const fileOf = (entry: CollectionEntry<'chapters'>) => entry.filePath ?? `${entry.id}.mdx`;
  entries.sort((a, b) => byReadingOrder({ file: fileOf(a), order: a.data.order }, { file: fileOf(b), order: b.data.order }));
  const report = await getReport();
  const labels = chapterLabels(entries.map((e) => e.data.kind), report.numbering);
  const chapters = entries.map((entry, i) => ({
    entry,
    slug: chapterSlug(fileOf(entry), entry.data),
    title: entry.data.title,
    navTitle: entry.data.shortTitle ?? entry.data.title,
    position: i + 1,
    ...(labels[i]!.number ? { number: labels[i]!.number } : {}),
  }));
  // The source check reports this at the chapter first; the pages must never be built with two chapters at one address.
  for (const { item, other } of clashes(chapters, (ch) => ch.slug)) {
    throw new Error(`${item.entry.filePath}: chapter slug "${item.slug}" is also used by ${other.entry.filePath} (give one of them a different \`slug:\` in its frontmatter)`);
  }
  return chapters;
}

export async function getReport(): Promise<Report> {
  const entry = await getEntry('report', 'report');
  if (!entry) throw new Error('content/report.yaml was not loaded');
  return resolveReport(entry.data);
}

/** Static paths of a page that exists once per script: `{ params: { variant }, props: { variant } }`. */
export async function variantPaths(): Promise<Array<{ params: { variant: string }; props: { variant: Report['variants'][number] } }>> {
  const report = await getReport();
  return report.variants.map((variant) => ({ params: { variant: variant.prefix }, props: { variant } }));
}
