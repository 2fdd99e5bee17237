/**
 * Validates the report's sources before anything is written: the report
 * configuration, every chapter's frontmatter, and that every chapter
 * compiles as MDX. Returns every problem found, not just the first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { Diagnostic } from '../diagnostics.ts';
import { ReportError } from '../diagnostics.ts';
import { chapterSchema, type ChapterFrontmatter } from '../content/chapter-schema.ts';
import { slugFromFileId } from '../content/slugs.ts';
import { chaptersDir } from '../content/paths.ts';
import { readReportData } from '../content/report.ts';
import { validateYaml } from '../content/validate.ts';

export interface ChapterSource {
  file: string;
  frontmatter: ChapterFrontmatter;
  slug: string;
}

export async function precheck(): Promise<{ diagnostics: Diagnostic[]; chapters: ChapterSource[] }> {
  const diagnostics: Diagnostic[] = [];
  try {
    readReportData();
  } catch (e) {
    if (e instanceof ReportError) diagnostics.push(...e.diagnostics);
    else throw e;
  }

  const dir = chaptersDir();
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort() : [];
  if (files.length === 0) {
    diagnostics.push({
      file: dir,
      message: 'no chapters found',
      hint: 'add at least one chapter as content/chapters/<name>.mdx',
      severity: 'error',
    });
  }

  const chapters: ChapterSource[] = [];
  for (const name of files) {
    const file = path.join(dir, name);
    const text = readFileSync(file, 'utf8');
    const { frontmatter, problems } = await checkChapter(file, text);
    diagnostics.push(...problems);
    if (frontmatter) {
      const slug = frontmatter.slug ?? slugFromFileId(name.replace(/\.mdx$/, ''));
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
        diagnostics.push({
          file,
          line: 1,
          column: 1,
          message: `the file name does not give an ASCII page address (got "${slug}")`,
          hint: 'rename the file with lowercase ASCII letters, digits and hyphens, or add `slug: my-chapter` to the frontmatter',
          severity: 'error',
        });
      }
      chapters.push({ file, frontmatter, slug });
    }
  }

  const bySlug = new Map<string, ChapterSource>();
  const byOrder = new Map<number, ChapterSource>();
  for (const ch of chapters) {
    const other = bySlug.get(ch.slug);
    if (other) {
      diagnostics.push({
        file: ch.file,
        line: 1,
        column: 1,
        message: `page address "${ch.slug}" is also used by ${path.basename(other.file)}`,
        hint: 'give one of the chapters a different `slug:` in its frontmatter',
        severity: 'error',
      });
    }
    bySlug.set(ch.slug, ch);
    const sameOrder = byOrder.get(ch.frontmatter.order);
    if (sameOrder) {
      diagnostics.push({
        file: ch.file,
        message: `order ${ch.frontmatter.order} is also used by ${path.basename(sameOrder.file)}; the file names decide which comes first`,
        hint: 'give each chapter its own `order:`',
        severity: 'warning',
      });
    }
    byOrder.set(ch.frontmatter.order, ch);
  }
  return { diagnostics, chapters };
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

async function checkChapter(
  file: string,
  text: string,
): Promise<{ frontmatter?: ChapterFrontmatter; problems: Diagnostic[] }> {
  const problems: Diagnostic[] = [];
  const match = FRONTMATTER.exec(text);
  let frontmatter: ChapterFrontmatter | undefined;
  let body = text;
  if (!match) {
    problems.push({
      file,
      line: 1,
      column: 1,
      message: 'the chapter has no frontmatter',
      hint: 'start the file with a block between two `---` lines holding at least `title:` and `order:`',
      severity: 'error',
    });
  } else {
    const result = validateYaml({ file, text: match[1]!, lineOffset: 1 }, chapterSchema);
    if (result.ok) frontmatter = result.data;
    else problems.push(...result.diagnostics);
    // Blank out the frontmatter so MDX line numbers stay those of the file.
    body = match[0].replace(/[^\n]/g, '') + text.slice(match[0].length);
  }
  try {
    await compile({ value: body, path: file }, { remarkPlugins: [[remarkGfm, { singleTilde: false }]], development: false });
  } catch (e) {
    problems.push(mdxDiagnostic(file, e));
  }
  return { frontmatter, problems };
}

interface VFileMessageLike {
  reason?: string;
  message?: string;
  line?: number;
  column?: number;
  place?: { line?: number; column?: number; start?: { line?: number; column?: number } };
}

function mdxDiagnostic(file: string, e: unknown): Diagnostic {
  const err = (e ?? {}) as VFileMessageLike;
  const place = err.place && 'start' in err.place && err.place.start ? err.place.start : err.place;
  const reason = err.reason ?? err.message ?? String(e);
  return {
    file,
    line: err.line ?? place?.line,
    column: err.column ?? place?.column,
    message: `MDX does not compile: ${reason.replace(/\s+/g, ' ').trim()}`,
    hint: mdxHint(reason),
    severity: 'error',
  };
}

function mdxHint(reason: string): string {
  if (/Expected a closing tag/i.test(reason)) return 'close the tag, e.g. `<Zh hant="…">…</Zh>`, or write it self-closing `<Tag />`';
  if (/Unexpected end of file in expression|Could not parse expression/i.test(reason)) return 'a `{` starts a JavaScript expression in MDX; write `\\{` for a literal brace';
  if (/before local name|before name/i.test(reason)) return 'a `<` starts a tag in MDX; write `\\<` for a literal less-than sign, and `[text](url)` for links';
  return 'see the MDX syntax notes in the authoring guide';
}
