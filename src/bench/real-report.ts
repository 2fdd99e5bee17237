/**
 * A real report's plain text (text taken out of a published PDF) as a
 * Bifolio report for the bench: split into about ten chapters, at lines that
 * look like headings where one is near an even split, else evenly by
 * paragraphs; every line escaped so that MDX reads it as text. Characters no
 * shipped font draws are left out (the PDF build would refuse them). Given a
 * report to add them to (the sample), its chapters, tables, charts and images
 * come first and the text's chapters after its last chapter, before its
 * appendices: a report of real length with real text.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { codePointsOf, uncovered } from '../fonts/coverage.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';

export interface TextChapter {
  title: string;
  paragraphs: string[];
}

/** A line short enough, and without the punctuation of a sentence, to be a heading. */
export function looksLikeHeading(line: string): boolean {
  const t = line.trim();
  return t.length >= 2 && t.length <= 24 && !/[。，；：！？、,;:.!?…\d\t]|^[-•·*+]/.test(t);
}

/**
 * Paragraphs of the text: blocks between blank lines, their lines joined; rules
 * (`---`, `===`) and page numbers left out.
 */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((l) => l.replace(/\s+/g, ' ').trim())
        .filter((l) => l && !/^[-=_\s|:]+$/.test(l) && !/^\d{1,4}$/.test(l))
        .join('\n'),
    )
    .filter(Boolean);
}

/**
 * About `count` chapters: each break at a heading-like paragraph within a
 * tenth of a chapter of the even split, or at the even split itself. A chapter
 * opening at a heading takes it as its title.
 */
export function splitIntoChapters(paragraphs: readonly string[], count = 10): TextChapter[] {
  const n = Math.max(1, Math.min(count, paragraphs.length));
  const per = paragraphs.length / n;
  const window = Math.max(1, Math.floor(per / 10));
  const starts = [0];
  for (let i = 1; i < n; i++) {
    const even = Math.round(i * per);
    let at = even;
    for (let d = 0; d <= window; d++) {
      if (looksLikeHeading(paragraphs[even + d] ?? '')) {
        at = even + d;
        break;
      }
      if (d && looksLikeHeading(paragraphs[even - d] ?? '')) {
        at = even - d;
        break;
      }
    }
    if (at > starts.at(-1)! && at < paragraphs.length) starts.push(at);
  }
  return starts.map((start, i) => {
    const body = paragraphs.slice(start, starts[i + 1] ?? paragraphs.length);
    const heading = looksLikeHeading(body[0]!) && body.length > 1;
    return { title: heading ? body[0]!.trim() : `第${i + 1}部分`, paragraphs: heading ? body.slice(1) : body };
  });
}

/**
 * One line of text as MDX text: the characters MDX reads as code or tags (`{ } < >`) and those
 * Markdown reads as markup (emphasis, links, headings, tables, escapes) are backslash-escaped.
 */
export function escapeMdx(line: string): string {
  return line
    .replace(/[\\{}<>*_[\]#|`~!&]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+=])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** An MDX chapter file: front matter, then each paragraph (its lines kept as lines), with heading-like paragraphs as sections. */
export function chapterMdx(chapter: TextChapter, order: number, slug: string): string {
  const title = JSON.stringify(chapter.title);
  const body = chapter.paragraphs.map((p) =>
    looksLikeHeading(p) && !p.includes('\n') ? `## ${escapeMdx(p.trim())}` : p.split('\n').map(escapeMdx).join('\\\n'),
  );
  return ['---', `title: ${title}`, `order: ${order}`, `slug: ${slug}`, 'kind: chapter', '---', '', ...body.flatMap((b) => [b, '']), ''].join('\n');
}

/** The text without the characters no shipped font draws, and without control characters. */
function drawableText(text: string): string {
  const missing = new Set(uncovered(codePointsOf(text)));
  // eslint-disable-next-line no-control-regex
  return [...text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff]/g, '')].filter((c) => !missing.has(c.codePointAt(0)!)).join('');
}

/** The largest `order` of the `kind: chapter` files in a chapters folder (0 when none). */
function lastChapterOrder(chaptersDir: string): number {
  let last = 0;
  for (const file of readdirSync(chaptersDir).filter((f) => /\.mdx?$/.test(f))) {
    const frontmatter = splitFrontmatter(readFileSync(path.join(chaptersDir, file), 'utf8'));
    const data = (frontmatter ? parse(frontmatter.yaml) : undefined) as { kind?: unknown; order?: unknown } | null | undefined;
    if (data?.kind === 'chapter' && typeof data.order === 'number' && data.order > last) last = data.order;
  }
  return last;
}

/**
 * Writes the report (replaced). Alone: report.yaml and chapters/NN-part-NN.mdx. With `base` (a
 * content folder): a copy of it with the text's chapters added after its last chapter, `copies`
 * times over (default once), for a longer report of the same text.
 */
export function writeRealReport(
  text: string,
  outDir: string,
  name: string,
  options: { base?: string; copies?: number } = {},
): { chapters: number; characters: number } {
  const chapters = splitIntoChapters(paragraphsOf(drawableText(text)));
  const copies = Math.max(1, Math.floor(options.copies ?? 1));
  const characters = chapters.reduce((sum, c) => sum + c.paragraphs.join('').length, 0);
  rmSync(outDir, { recursive: true, force: true });
  if (options.base) {
    cpSync(options.base, outDir, { recursive: true });
    const after = lastChapterOrder(path.join(outDir, 'chapters'));
    const count = chapters.length * copies;
    for (let k = 0; k < count; k++) {
      const n = String((k % chapters.length) + 1).padStart(2, '0');
      const slug = `real-${Math.floor(k / chapters.length) + 1}-${n}`;
      // Between the last chapter and the next whole order, where the appendices start.
      writeFileSync(path.join(outDir, 'chapters', `${slug}.mdx`), chapterMdx(chapters[k % chapters.length]!, after + (k + 1) / (count + 1), slug));
    }
    return { chapters: count, characters: copies * characters };
  }
  mkdirSync(path.join(outDir, 'chapters'), { recursive: true });
  const slug = `real-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`.replace(/-+$/, '');
  writeFileSync(
    path.join(outDir, 'report.yaml'),
    [
      `title: ${JSON.stringify(`基准测试报告 ${name}`)}`,
      'shortTitle: 基准测试报告',
      `slug: ${slug}`,
      'organisation:',
      '  name: 基准测试',
      'period:',
      '  start: 2023-01-01',
      '  end: 2023-12-31',
      'variants:',
      '  - code: zh-Hans',
      '    prefix: zh-hans',
      '  - code: zh-Hant',
      '    prefix: zh-hant',
      'published: 2024-04-25',
      'print:',
      '  pageSize: A4',
      '',
    ].join('\n'),
  );
  chapters.forEach((chapter, i) => {
    const n = String(i + 1).padStart(2, '0');
    writeFileSync(path.join(outDir, 'chapters', `${n}-part-${n}.mdx`), chapterMdx(chapter, i + 1, `part-${n}`));
  });
  return { chapters: chapters.length, characters };
}
