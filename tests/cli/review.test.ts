import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { FIXTURES } from '../support/paths.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'bifolio-review-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('bifolio review', () => {
  const content = path.join(work, 'content');
  cpSync(path.join(FIXTURES, 'reports', 'minimal'), content, { recursive: true });
  const out = path.join(work, 'review');
  const result = runCli(['review', '--content', content, '--out', out]);

  it('prints a summary per variant and where the page is', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/zh-Hant: \d+ occurrences of \d+ characters with more than one Traditional form, on 5 pages/);
    expect(result.stdout).toMatch(/decided by: OpenCC \d+, built-in table \d+, report glossary 2/);
    expect(result.stdout).toMatch(/→ .*review\/zh-Hant\.html/);
  });

  it('writes a review page listing each decision with its layer and context', () => {
    const html = readFileSync(path.join(out, 'zh-Hant.html'), 'utf8');
    expect(html).toMatch(/<span lang="zh-Hans">余志明<\/span> → <span lang="zh-Hant">余志明<\/span> <small>×1 · report glossary · [^<]*glossary\.yaml:6/);
    expect(html).toMatch(/<span lang="zh-Hans">理发师<\/span> → <span lang="zh-Hant">理髮師<\/span> <small>×1 · OpenCC/);
    expect(html).toMatch(/<span lang="zh-Hans">台风<\/span> → <span lang="zh-Hant">颱風<\/span>/);
    expect(html).toContain('  - zh-Hans: 头发\n    zh-Hant: 頭髮');
  });
});
