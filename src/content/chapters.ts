/** The report's chapters in reading order (Astro side). */
import path from 'node:path';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { resolveReport, type Report } from './report.ts';
import { chapterLabels } from './outline/numbering.ts';
import { slugFromFileId } from './slugs.ts';

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
  entries.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const report = await getReport();
  const labels = chapterLabels(entries.map((e) => e.data.kind), report.numbering);
  const chapters = entries.map((entry, i) => ({
    entry,
    slug: entry.data.slug ?? slugFromFileId(path.basename(entry.filePath ?? entry.id, '.mdx')),
    title: entry.data.title,
    navTitle: entry.data.shortTitle ?? entry.data.title,
    position: i + 1,
    ...(labels[i]!.number ? { number: labels[i]!.number } : {}),
  }));
  const bySlug = new Map<string, Chapter>();
  for (const ch of chapters) {
    const other = bySlug.get(ch.slug);
    if (other) {
      throw new Error(
        `${ch.entry.filePath}: chapter slug "${ch.slug}" is also used by ${other.entry.filePath} (give one of them a different \`slug:\` in its frontmatter)`,
      );
    }
    bySlug.set(ch.slug, ch);
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
