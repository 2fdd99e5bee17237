/**
 * The `bifolio` command line itself: version, help per command, plain
 * one-line messages for mistakes, progress while building, and finding the
 * report from any folder inside it.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../support/cli.ts';
import { FIXTURES, ROOT } from '../support/paths.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'bifolio-cli-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs bifolio in `cwd`, with no report named by the environment. */
const run = (args: string[], cwd?: string, input?: string): CliResult => runCli(args, { cwd, input, env: { BIFOLIO_CONTENT: undefined } });

/** A copy of the minimal report as `<project>/content/`. */
function project(name: string): string {
  const dir = path.join(work, name);
  cpSync(path.join(FIXTURES, 'reports', 'minimal'), path.join(dir, 'content'), { recursive: true });
  return dir;
}

const stackTrace = /\n\s+at /;

describe('bifolio --version and --help', () => {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };

  it('prints the version with --version and -v', () => {
    for (const flag of ['--version', '-v']) {
      const result = run([flag]);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(`bifolio ${version}\n`);
    }
  });

  it('shows the overview of every command with --help', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    for (const command of ['check', 'build', 'pdf', 'dev', 'preview', 'convert', 'review']) expect(result.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(result.stdout).toContain('bifolio <command> --help');
    expect(run(['help']).stdout).toBe(result.stdout);
  });

  it('shows one command’s usage with only its options, as `<command> --help` and `help <command>`', () => {
    const build = run(['build', '--help']);
    expect(build.status).toBe(0);
    expect(build.stdout).toMatch(/^Usage: bifolio build/);
    for (const option of ['--content', '--out', '--pdf-timeout', '--layout-parts', '--pdf-memory', '--cmyk', '--quiet', '--verbose'])
      expect(build.stdout).toContain(option);
    for (const option of ['--port', '--to', '--edition', '--variant', '--profile']) expect(build.stdout).not.toContain(option);
    expect(run(['help', 'build']).stdout).toBe(build.stdout);
    const dev = run(['dev', '-h']);
    expect(dev.stdout).toMatch(/^Usage: bifolio dev/);
    expect(dev.stdout).toContain('--port <n>');
    expect(dev.stdout).not.toContain('--cmyk');
    const preview = run(['preview', '--help']);
    expect(preview.status).toBe(0);
    expect(preview.stdout).toMatch(/^Usage: bifolio preview \[--port <n>\]/);
    for (const option of ['--port <n>', '--out <dir>', '--content <dir>']) expect(preview.stdout).toContain(option);
    expect(preview.stdout).not.toContain('--cmyk');
    expect(run(['help', 'preview']).stdout).toBe(preview.stdout);
    const pdf = run(['help', 'pdf']).stdout;
    expect(pdf).toContain('--edition <name>');
    expect(pdf).toContain('--variant <code>');
  });
});

describe('mistakes on the command line', () => {
  const cases: [string[], RegExp][] = [
    [['dev', '--port', 'abc'], /^bifolio dev: --port takes a port number from 1 to 65535, not "abc" {2}\(e\.g\. --port 4321\)\n$/],
    [['dev', '--port', '99999'], /^bifolio dev: --port takes a port number from 1 to 65535, not "99999"/],
    [['dev', '--port'], /^bifolio dev: --port needs a value {2}\(e\.g\. --port 4321\)\n$/],
    [['preview', '--port', '0'], /^bifolio preview: --port takes a port number from 1 to 65535, not "0"/],
    [['preview', '--cmyk'], /^bifolio preview: --cmyk is not an option of preview, only of build and pdf/],
    [['build', '--pdf-timeout', '-1'], /^bifolio build: --pdf-timeout takes a number of seconds greater than 0, not "-1" {2}\(e\.g\. --pdf-timeout 300\)\n$/],
    [['build', '--pdf-timeout', 'soon'], /^bifolio build: --pdf-timeout takes a number of seconds/],
    [['pdf', '--layout-parts', '0'], /^bifolio pdf: --layout-parts takes a whole number of parts, 1 or more, not "0"/],
    [['build', '--pdf-memory', '2GB'], /^bifolio build: --pdf-memory takes a number of megabytes, 100 or more, not "2GB"/],
    [['build', '--out'], /^bifolio build: --out needs a value/],
    [['build', '--out', '--cmyk'], /^bifolio build: --out needs a value/],
    [['build', '--verbos'], /^bifolio build: unknown option --verbos {2}\(did you mean --verbose\? bifolio build --help lists its options\)\n$/],
    [['check', '--frobnicate'], /^bifolio check: unknown option --frobnicate {2}\(bifolio check --help lists its options\)\n$/],
    [['build', '--port', '4000'], /^bifolio build: --port is not an option of build, only of dev and preview {2}\(bifolio build --help lists its options\)\n$/],
    [['build', '--edition', 'printer'], /^bifolio build: --edition is not an option of build, only of pdf/],
    [['pdf', '--edition', 'poster'], /^bifolio pdf: --edition is reading or printer, not "poster"/],
    [['build', '--cmyk=yes'], /^bifolio build: --cmyk takes no value/],
    [['build', '--quiet', '--verbose'], /^bifolio build: --quiet and --verbose ask for opposite things/],
    [['build', 'content'], /^bifolio build: unexpected argument "content"/],
    [
      ['biuld'],
      /^bifolio: unknown command "biuld" {2}\(did you mean bifolio build\? the commands are check, build, pdf, dev, preview, convert, review, learn, init\)\n$/,
    ],
    [['reveiw', '--out', 'x'], /^bifolio: unknown command "reveiw" {2}\(did you mean bifolio review\?/],
    [['publish'], /^bifolio: unknown command "publish" {2}\(the commands are check, build, pdf, dev, preview, convert, review, learn, init\)\n$/],
    [['help', 'deploy'], /^bifolio: no command "deploy" to show help for/],
    [['-x'], /^bifolio: unknown option -x/],
  ];
  it.each(cases)('bifolio %j: one plain line and exit status 2', (args, message) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(stackTrace);
    expect(result.stdout).toBe('');
  });
});

describe('finding the report', () => {
  const proj = project('found');

  it('checks the report from inside its chapters folder, with no --content', () => {
    const result = run(['check'], path.join(proj, 'content', 'chapters'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Checked 3 chapters: no problems \(\d+\.\d s\)\n$/);
  });

  it('finds a report’s content/ folder from the folder above it, and a report folder of another name from inside', () => {
    expect(run(['check'], proj).stdout).toMatch(/^Checked 3 chapters: no problems/);
    const named = path.join(work, 'esg-2024');
    cpSync(path.join(FIXTURES, 'reports', 'minimal'), named, { recursive: true });
    expect(run(['check'], path.join(named, 'data')).stdout).toMatch(/^Checked 3 chapters: no problems/);
  });

  it('says where it looked and how to name a report when there is none', () => {
    const empty = path.join(work, 'no-report', 'deeper');
    mkdirSync(empty, { recursive: true });
    const result = run(['check'], empty);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(empty);
    expect(result.stderr).toMatch(
      /no report here: neither this folder nor any folder above it holds report\.yaml .*\(run bifolio inside the report's folder, or say where the report is with --content <dir>\)/,
    );
    expect(result.stderr).not.toMatch(stackTrace);
    expect(run(['build'], empty).stderr).toMatch(/no report here/);
  });

  it('takes --content, and BIFOLIO_CONTENT, over the report it would find', () => {
    const other = project('other');
    writeFileSync(path.join(other, 'content', 'chapters', '99-broken.mdx'), '---\ntitle: 坏\norder: 9\n---\n\n<Nope />\n');
    const inside = path.join(proj, 'content', 'chapters');
    const named = run(['check', '--content', path.join(other, 'content')], inside);
    expect(named.status).toBe(1);
    expect(named.stdout).toMatch(/99-broken\.mdx/);
    // A folder holding content/ names that content/.
    expect(run(['check', '--content', other], inside).stdout).toMatch(/99-broken\.mdx/);
    const env = runCli(['check'], { cwd: inside, env: { BIFOLIO_CONTENT: path.join(other, 'content') } });
    expect(env.stdout).toMatch(/99-broken\.mdx/);
  });

  it('converts with the glossary of the report it is in, and with the built-in profile outside any report', () => {
    expect(run(['convert', '--to', 'zh-Hant'], path.join(proj, 'content', 'chapters'), '软件').stdout).toBe('軟體');
    const outside = path.join(work, 'no-report');
    mkdirSync(outside, { recursive: true });
    expect(run(['convert', '--to', 'zh-Hant'], outside, '软件').stdout).toBe('軟件');
  });

  it('writes the review beside the report', () => {
    const result = run(['review'], path.join(proj, 'content', 'chapters'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/→ \.\.\/\.\.\/review\/zh-Hant\.html/);
    expect(readFileSync(path.join(proj, 'review', 'zh-Hant.html'), 'utf8')).toContain('<html');
  });
});

describe('progress while building', () => {
  const proj = project('progress');
  const chapters = path.join(proj, 'content', 'chapters');

  it('prints each step as it starts and each PDF as it is finished, and builds into dist/ beside the report', () => {
    const result = run(['build'], chapters);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    const steps = lines.filter((l) => !l.startsWith('  '));
    expect(steps.slice(0, -1)).toEqual([
      'Checking the sources…',
      'Building the website…',
      'Checking the converted pages and downloads…',
      'Writing the web fonts…',
      'Writing the search index…',
      'Laying out 4 PDFs…',
    ]);
    expect(steps.at(-1)).toMatch(/^Built the website and 4 PDFs into \.\.\/\.\.\/dist in \d+\.\d s$/);
    const pdfs = lines.filter((l) => l.startsWith('  '));
    expect(pdfs).toHaveLength(4);
    for (const line of pdfs) expect(line).toMatch(/^ {2}\.\.\/\.\.\/dist\/pdf\/test-report-2024-zh-han[st](-print)?\.pdf: \d+ pages in \d+\.\d s$/);
    expect(lines.indexOf(pdfs[0]!)).toBeGreaterThan(lines.indexOf('Laying out 4 PDFs…'));
    expect(readFileSync(path.join(proj, 'dist', 'zh-hans', 'index.html'), 'utf8')).toContain('<html');
  });

  it('prints only the last line with --quiet', () => {
    const result = run(['pdf', '--quiet', '--variant', 'zh-Hant', '--edition', 'reading'], chapters);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Built 1 PDF into \.\.\/\.\.\/dist in \d+\.\d s\n$/);
  });
});
