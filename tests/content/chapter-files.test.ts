import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listChapterFiles } from '../../src/content/chapter-files.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'bifolio-chapters-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => writeFileSync(path.join(dir, name), '');
for (const name of ['02-b.mdx', '01-a.mdx', 'notes.md', 'LOUD.MDX', 'brief.docx', 'plan.png', 'todo.txt']) file(name);
for (const name of ['.DS_Store', '~$brief.docx', '.02-b.mdx.swp', '#01-a.mdx#', '01-a.mdx~', 'Thumbs.db']) file(name);
mkdirSync(path.join(dir, 'folder.mdx'));
mkdirSync(path.join(dir, 'drafts'));
symlinkSync('gone.mdx', path.join(dir, 'link.mdx'));
symlinkSync('01-a.mdx', path.join(dir, '03-same.mdx'));

describe('the files in chapters/', () => {
  const { chapters, problems } = listChapterFiles(dir);
  const by = (name: string) => problems.find((d) => path.basename(d.file) === name);

  it('takes .mdx files, and links to them, as chapters, in file name order', () => {
    expect(chapters).toEqual(['01-a.mdx', '02-b.mdx', '03-same.mdx']);
  });

  it('refuses a Markdown file or an upper-case extension with the new name', () => {
    expect(by('notes.md')).toMatchObject({ severity: 'error', message: 'notes.md is a Markdown file: chapters are MDX files, so it would be left out of the report' });
    expect(by('notes.md')!.hint).toMatch(/^rename it to notes\.mdx;/);
    expect(by('LOUD.MDX')).toMatchObject({ severity: 'error', hint: 'rename it to LOUD.mdx' });
  });

  it('names a folder or a broken link named like a chapter', () => {
    expect(by('folder.mdx')).toMatchObject({ severity: 'error', message: 'folder.mdx is a folder, not a chapter file' });
    expect(by('link.mdx')).toMatchObject({ severity: 'error', message: 'link.mdx is a link to gone.mdx, which does not exist' });
  });

  it('warns about other files and folders, which are not published', () => {
    expect(by('brief.docx')).toMatchObject({ severity: 'warning', message: 'brief.docx is not a chapter and is not published' });
    expect(by('todo.txt')).toMatchObject({ severity: 'warning' });
    expect(by('plan.png')).toMatchObject({ severity: 'warning', hint: 'images belong in content/images/; move it there and refer to it as ../images/plan.png' });
    expect(by('drafts')).toMatchObject({ severity: 'warning' });
  });

  it('passes over hidden, backup, swap and lock files in silence', () => {
    expect(problems.map((d) => path.basename(d.file)).sort()).toEqual(
      ['LOUD.MDX', 'brief.docx', 'drafts', 'folder.mdx', 'link.mdx', 'notes.md', 'plan.png', 'todo.txt'],
    );
  });

  it('lists no chapters in a folder that does not exist', () => {
    expect(listChapterFiles(path.join(dir, 'missing'))).toEqual({ chapters: [], problems: [] });
  });
});
