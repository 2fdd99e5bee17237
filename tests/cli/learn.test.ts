/**
 * `bifolio learn`: help, plain errors for files it cannot read, the printed
 * proposals, and --write on a copy of a report (entries added with their
 * notes, comments and existing entries kept, collisions reported, the
 * glossary still passing its check).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGlossary } from '../../src/content/glossary.ts';
import { runCli as runBifolio, type CliResult } from '../support/cli.ts';
import { FIXTURES, ROOT } from '../support/paths.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'bifolio-learn-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const pair = path.join(FIXTURES, 'house-style', 'report-2023');
const editions = ['--simplified', path.join(pair, 'simplified.txt'), '--traditional', path.join(pair, 'traditional.txt')];
const stackTrace = /\n\s+at /;

/** Runs bifolio in `cwd`, with no report named by the environment. */
const runCli = (args: string[], options: { cwd?: string } = {}): CliResult => runBifolio(args, { ...options, env: { BIFOLIO_CONTENT: undefined } });

/** A copy of the minimal report with a glossary of its own, as `<project>/content/`. */
function report(name: string, glossary: string): { dir: string; glossary: string } {
  const dir = path.join(work, name);
  cpSync(path.join(FIXTURES, 'reports', 'minimal'), path.join(dir, 'content'), { recursive: true });
  const file = path.join(dir, 'content', 'glossary.yaml');
  writeFileSync(file, glossary);
  return { dir, glossary: file };
}

const GLOSSARY = `# The house glossary.
# Entries below were decided by the editors.
terms:
  - zh-Hans: 利益相关方   # the Hong Kong usage
    zh-Hant: 持份者
  - zh-Hans: 平台
    zh-Hant: 平台
    note: 我们的写法
protected:
  # names
  - 余志明
`;

describe('bifolio learn: the command line', () => {
  it('shows its usage with --help', () => {
    const result = runCli(['learn', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: bifolio learn --simplified <file> --traditional <file>/);
    for (const option of ['--simplified <file>', '--traditional <file>', '--variant <code>', '--write', '--min-count <n>', '--content <dir>'])
      expect(result.stdout).toContain(option);
    expect(runCli(['help', 'learn']).stdout).toBe(result.stdout);
    expect(runCli(['--help']).stdout).toMatch(/^ {2}learn\b/m);
  });

  it('asks for both editions, in one line with exit status 2', () => {
    const result = runCli(['learn', '--simplified', 'a.pdf']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('bifolio learn: say which edition to learn from  (e.g. --traditional esg-2023-tc.pdf)\n');
    expect(runCli(['learn', '--min-count', '0', ...editions]).stderr).toMatch(
      /^bifolio learn: --min-count takes a whole number of occurrences, 1 or more, not "0"/,
    );
  });

  it('names a missing or unreadable file in one plain line, without a stack trace, exit status 1', () => {
    const missing = path.join(work, 'nowhere', 'esg-2023-tc.pdf');
    const result = runCli(['learn', '--simplified', path.join(pair, 'simplified.txt'), '--traditional', missing]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(`${path.relative(ROOT, missing)}  no such file`);
    expect(result.stderr).not.toMatch(stackTrace);

    const notPdf = path.join(work, 'report.pdf');
    writeFileSync(notPdf, '这不是PDF');
    const bad = runCli(['learn', '--simplified', notPdf, ...editions.slice(2)], { cwd: work });
    expect(bad.status).toBe(1);
    expect(bad.stderr.split('\n')[0]).toBe(
      'report.pdf  is not a PDF: it does not start with %PDF-  (export the edition as PDF again, or give its text as a .txt file)',
    );

    const broken = path.join(work, 'broken.pdf');
    writeFileSync(broken, '%PDF-1.7\nthis is no PDF body\n');
    const unreadable = runCli(['learn', '--simplified', broken, ...editions.slice(2)], { cwd: work });
    expect(unreadable.status).toBe(1);
    expect(unreadable.stderr.split('\n')[0]).toMatch(/^broken\.pdf {2}is a PDF that cannot be read: /);
    expect(unreadable.stderr).not.toMatch(stackTrace);

    const folder = runCli(['learn', '--simplified', work, ...editions.slice(2)], { cwd: work });
    expect(folder.stderr.split('\n')[0]).toMatch(/is a folder, not an edition/);
  });

  it('says so when the editions are given the other way round', () => {
    const result = runCli(['learn', '--simplified', 'traditional.txt', '--traditional', 'simplified.txt'], { cwd: pair });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'traditional.txt  is written in Traditional characters, but is given as --simplified  (give it as --traditional)\n' +
        'simplified.txt  is written in Simplified characters, but is given as --traditional  (give it as --simplified)\n\nlearn failed: 2 errors.\n',
    );
  });

  it('prints the proposals grouped, most frequent first, with conflicts marked, and exits 0', () => {
    const { dir } = report('print', GLOSSARY);
    const result = runCli(['learn', ...editions], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = result.stdout;
    expect(out).toMatch(/^Learning zh-Hant house style from the 2023 edition: /);
    expect(out).toMatch(/100% of the Simplified text aligned/);
    const order = ['✓ 发布 → 發佈', '✓ 反馈 → 回饋', '✓ 路线图 → 路綫圖', '鉴证 → 鑒證', '了解 → 瞭解', '! 信息 → 資訊', '= 平台 → 平臺'];
    const at = order.map((s) => out.indexOf(s));
    expect(
      at.every((i) => i >= 0),
      `${out}`,
    ).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(out).toMatch(/发布 → 發佈 +3 of 3 +the converter writes 發布/);
    expect(out).toMatch(/! 信息 → 資訊 +1 of 2 +the converter writes 信息; also printed 信息 1× \(as the converter writes\)/);
    expect(out).toMatch(/= 平台 → 平臺 +2 of 2 .*\(glossary line 6: zh-Hant: 平台\)/);
    expect(out).toContain('        我们将在明年发布经第三方[鉴证]的温室气体排放数据。\n        我們將在明年發佈經第三方[鑒證]的溫室氣體排放數據。\n');
    // The glossary decided 利益相关方 already: the publisher printed it so, it is not proposed again.
    expect(out).not.toContain('利益相关方 →');
    // The director's name is recognised by the converter itself (a role before it, once in the edition): nothing to learn.
    expect(out).not.toContain('于明远 →');
    expect(out).toMatch(/Run again with --write to add the 3 entries marked ✓/);
  });

  it('names the character printed otherwise in several words, and proposes each word', () => {
    writeFileSync(
      path.join(work, 'sc.txt'),
      '本公司今年发布了报告，并公布了结果。我们每年发布报告，每季度公布数据。董事会于三月发布年报，于八月公布中期业绩。\n',
    );
    writeFileSync(
      path.join(work, 'tc.txt'),
      '本公司今年發佈了報告，並公佈了結果。我們每年發佈報告，每季度公佈數據。董事會於三月發佈年報，於八月公佈中期業績。\n',
    );
    const result = runCli(['learn', '--simplified', 'sc.txt', '--traditional', 'tc.txt'], { cwd: work });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/✓ 发布 → 發佈 +3 of 3 [^\n]*\n(.*\n)*  ✓ 公布 → 公佈 +3 of 3/);
    expect(result.stdout).toContain('The same character printed otherwise in several words (an entry for each word, as above):\n  布 → 佈: 发布 3, 公布 3\n');
    expect(result.stdout).not.toMatch(/ 布 → 佈 +\d/);
  });
});

describe('bifolio learn --write', () => {
  it('adds the entries without conflicts with their notes, keeps comments and entries, reports collisions; the glossary passes its check', () => {
    const { dir, glossary } = report('write', GLOSSARY);
    const result = runCli(['learn', ...editions, '--write'], { cwd: path.join(dir, 'content', 'chapters') });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Added 3 entries to ../glossary.yaml: 发布 反馈 路线图');
    expect(result.stdout).toContain('../glossary.yaml:6  "平台" is already in the glossary (zh-Hant: 平台); not changed to 平臺');

    const written = readFileSync(glossary, 'utf8');
    const added = `  - zh-Hans: 发布
    zh-Hant: 發佈
    note: "learned from the 2023 edition: 3 of 3 occurrences"
  - zh-Hans: 反馈
    zh-Hant: 回饋
    note: "learned from the 2023 edition: 2 of 2 occurrences"
  - zh-Hans: 路线图
    zh-Hant: 路綫圖
    note: "learned from the 2023 edition: 2 of 2 occurrences"
`;
    // Added after the last term; every byte the editors wrote, comments and spacing included, is as it was.
    expect(written).toContain(`    note: 我们的写法\n${added}protected:\n`);
    expect(written.replace(added, '')).toBe(GLOSSARY);
    // Not written: seen once (below --min-count 2), or a conflict.
    for (const term of ['了解', '鉴证', '信息']) expect(written).not.toContain(`zh-Hans: ${term}`);
    const { glossary: checked, diagnostics } = readGlossary(glossary);
    expect(diagnostics).toEqual([]);
    expect(checked.entries.find((e) => e.hans === '平台')?.forms).toEqual({ 'zh-Hant': '平台' });
    expect(checked.entries.find((e) => e.hans === '路线图')?.forms).toEqual({ 'zh-Hant': '路綫圖' });

    // Learning again: the converter now prints the learned forms, nothing new is added and nothing duplicated.
    const again = runCli(['learn', ...editions, '--write', '--min-count', '1'], { cwd: dir });
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Added 2 entries to content/glossary.yaml: 鉴证 了解');
    const twice = readFileSync(glossary, 'utf8');
    expect(twice.split('zh-Hans: 发布\n').length).toBe(2);
    expect(readGlossary(glossary).diagnostics).toEqual([]);
    expect(runCli(['check'], { cwd: dir }).status).toBe(0);
  });

  it('writes a glossary for a report that has none, and refuses to edit one with errors', () => {
    const { dir, glossary } = report('new', '');
    rmSync(glossary);
    const result = runCli(['learn', ...editions, '--write'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Wrote 4 entries to content/glossary.yaml');
    expect(readGlossary(glossary).diagnostics).toEqual([]);
    expect(readFileSync(glossary, 'utf8')).toMatch(/^# How terms are written/);

    writeFileSync(glossary, 'terms:\n  - zh-Hans: 软件\n    zh-Hant: 软体\n');
    const refused = runCli(['learn', ...editions, '--write'], { cwd: dir });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^content\/glossary\.yaml:3:14 {2}glossary entry "软件": the zh-Hant form "软体" still has Simplified characters/);
    expect(readFileSync(glossary, 'utf8')).toBe('terms:\n  - zh-Hans: 软件\n    zh-Hant: 软体\n');
  });

  it('needs a report to write to', () => {
    const empty = path.join(work, 'no-report');
    mkdirSync(empty);
    const result = runCli(['learn', ...editions, '--write'], { cwd: empty });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no report here/);
    // Without --write, the built-in profile is enough.
    expect(runCli(['learn', ...editions], { cwd: empty }).status).toBe(0);
  });
});
