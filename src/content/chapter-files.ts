/**
 * What is in `content/chapters/`: every entry is a chapter (a `.mdx` file),
 * something the check names (a Markdown file, a folder or broken link named
 * like a chapter, a file of another kind, a folder), or an editor's
 * leftover that is passed over in silence (`.DS_Store`, `~$报告.docx`,
 * `.04-environment.mdx.swp`, `#notes#`, `draft.mdx~`).
 */
import { existsSync, lstatSync, readdirSync, readlinkSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.ts';

export interface ChapterFiles {
  /** File names of the chapters, sorted. */
  chapters: string[];
  /** Entries that are not chapters and should be (errors) or are not published (warnings). */
  problems: Diagnostic[];
}

/** Hidden files, editor swap and backup files, office lock files, system files. */
export function isLeftover(name: string): boolean {
  return (
    name.startsWith('.') ||
    name.startsWith('~$') ||
    /^#.*#$/.test(name) ||
    name.endsWith('~') ||
    /\.(sw[a-p]|bak|orig|tmp|crdownload|part)$/i.test(name) ||
    /^(Thumbs\.db|desktop\.ini|Icon\r)$/i.test(name)
  );
}

const IMAGES = /\.(png|jpe?g|gif|svg|webp|avif|tiff?|bmp|heic)$/i;

/** Lists the chapters of `dir` (none when it does not exist). */
export function listChapterFiles(dir: string): ChapterFiles {
  const result: ChapterFiles = { chapters: [], problems: [] };
  if (!existsSync(dir)) return result;
  for (const name of readdirSync(dir).sort()) {
    if (isLeftover(name)) continue;
    const file = path.join(dir, name);
    const problem = (severity: Diagnostic['severity'], message: string, hint: string) =>
      result.problems.push({ file, message, hint, severity });
    const ext = path.extname(name);
    const stem = path.basename(name, ext);
    const link = lstatSync(file).isSymbolicLink();
    let kind: 'file' | 'directory' | 'missing' | 'other';
    try {
      const stats = statSync(file);
      kind = stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';
    } catch {
      kind = 'missing';
    }
    if (ext === '.mdx') {
      if (kind === 'file') result.chapters.push(name);
      else if (kind === 'directory') {
        problem('error', `${name} is a folder, not a chapter file`, 'a chapter is one .mdx file; rename the folder or move it out of content/chapters/');
      } else if (kind === 'missing' && link) {
        problem('error', `${name} is a link to ${readlinkSync(file)}, which does not exist`, 'point the link at an existing chapter file, or replace it with the file itself');
      } else {
        problem('error', `${name} is not a regular file`, 'a chapter is an ordinary .mdx file');
      }
      continue;
    }
    if (kind === 'missing') continue; // a broken link of any other name: nothing a reader would miss
    if (kind === 'directory') {
      problem('warning', `the folder ${name}/ is not part of the report: chapters are the .mdx files directly in chapters/`, 'move its chapters up into content/chapters/, or the folder out of it');
      continue;
    }
    if (/^\.mdx$/i.test(ext)) {
      problem('error', `${name} is not read as a chapter: the extension must be .mdx in lower case`, `rename it to ${stem}.mdx`);
    } else if (/^\.(md|markdown|mdown|mkd)$/i.test(ext)) {
      problem('error', `${name} is a Markdown file: chapters are MDX files, so it would be left out of the report`, `rename it to ${stem}.mdx; in MDX, write \\{ and \\< for a literal brace or angle bracket`);
    } else if (IMAGES.test(ext)) {
      problem('warning', `${name} is not a chapter and is not published from here`, `images belong in content/images/; move it there and refer to it as ../images/${name}`);
    } else {
      problem('warning', `${name} is not a chapter and is not published`, 'chapters are the .mdx files in content/chapters/; move other files out of it');
    }
  }
  return result;
}
