/**
 * Reads the chapters' sources for the outline: frontmatter and Markdown
 * tree, parsed with the same syntax (MDX + GFM) Astro renders them with.
 * Files are re-parsed only when their text changes, and re-read only when
 * their size or modification time does: a site build asks for the outline
 * once per numbered table and figure, so reading and hashing every chapter
 * each time grew with the square of the report's length.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import { MARKDOWN_SYNTAX } from '../markdown-syntax.ts';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { chapterSchema, type ChapterFrontmatter } from '../chapter-schema.ts';
import { byReadingOrder, chapterSlug } from '../slugs.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import { listChapterFiles } from '../chapter-files.ts';
import { readSourceFile } from '../../sources/source-file.ts';
import { validateYaml } from '../../sources/validate.ts';
import { collectChapter, imagesToFigures, type ChapterItems } from './collect.ts';

export interface ChapterSource {
  file: string;
  /** Frontmatter as written (YAML text), for positions of its values. */
  frontmatterText: string;
  frontmatter: ChapterFrontmatter;
  slug: string;
  items: ChapterItems;
}

const cache = new Map<string, { hash: string; source: ChapterSource | undefined }>();
/** The file as last read: its stamp (size, modification time, inode) and what it parsed to. */
const read = new Map<string, { stamp: string; source: ChapterSource | undefined }>();

/** The Markdown syntax of chapters: MDX and GitHub-flavoured Markdown (single tildes are not strikethrough). */
export function chapterParser() {
  return unified().use(remarkParse).use(remarkMdx).use(MARKDOWN_SYNTAX);
}

/** Parses one chapter; undefined when its frontmatter or MDX is broken (the checks report those). */
export function parseChapter(file: string, text: string): ChapterSource | undefined {
  const hash = createHash('sha1').update(text).digest('hex');
  const hit = cache.get(file);
  if (hit?.hash === hash) return hit.source;
  const source = parseUncached(file, text);
  cache.set(file, { hash, source });
  return source;
}

function parseUncached(file: string, text: string): ChapterSource | undefined {
  const split = splitFrontmatter(text);
  if (!split) return undefined;
  const result = validateYaml({ file, text: split.yaml, lineOffset: 1 }, chapterSchema);
  if (!result.ok) return undefined;
  let tree: Root;
  try {
    tree = chapterParser().parse(split.body);
  } catch {
    return undefined;
  }
  imagesToFigures(tree);
  return {
    file,
    frontmatterText: split.yaml,
    frontmatter: result.data,
    slug: chapterSlug(file, result.data),
    items: collectChapter(tree),
  };
}

/** Every readable chapter in the directory, in reading order (order, then file name). */
export function readChapterSources(dir: string): ChapterSource[] {
  const files = listChapterFiles(dir).chapters;
  const sources = files
    .map((name) => {
      const file = path.join(dir, name);
      const stats = statSync(file, { bigint: true });
      const stamp = `${stats.size}:${stats.mtimeNs}:${stats.ino}`;
      const hit = read.get(file);
      if (hit?.stamp === stamp) return hit.source;
      const source = parseChapter(file, readSourceFile(file).text);
      read.set(file, { stamp, source });
      return source;
    })
    .filter((s): s is ChapterSource => s !== undefined);
  return sources.sort((a, b) => byReadingOrder({ file: a.file, order: a.frontmatter.order }, { file: b.file, order: b.frontmatter.order }));
}
