/**
 * `bifolio build` and `bifolio check` on small fixture reports: ordering from
 * frontmatter, deterministic output, and bad input that must fail with a
 * located message and leave the previous output byte for byte untouched
 * (the catalogue is tests/support/bad-input.ts; the source check on each case
 * runs in-process in tests/content/check-catalogue.test.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasClass, readPage, select, textOf } from '../support/html.ts';
import { childEnv, runCli } from '../support/cli.ts';
import { CLI, ROOT, TEST_OUTPUT } from '../support/paths.ts';
import { BAD_INPUT, breakCopy, copyFixture as copyInto, type Edit } from '../support/bad-input.ts';
import { treeHashes } from '../support/tree.ts';

const WORK = path.join(TEST_OUTPUT, 'fixture-builds');

/** A fresh copy of a fixture report in the work folder, to break at will. */
const copyFixture = (name: string, as: string): string => copyInto(name, path.join(WORK, as));

beforeAll(() => mkdirSync(WORK, { recursive: true }));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

const MINIMAL_SITE = path.join(WORK, 'minimal-site');

describe('a small report', () => {
  const out = MINIMAL_SITE;
  let sources: Record<string, string>;
  beforeAll(() => {
    const content = copyFixture('minimal', 'minimal');
    sources = treeHashes(content);
    const result = runCli(['build', '--content', content, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('builds the same bytes twice (pages, search index, downloads, PDFs), and never touches the sources', () => {
    const again = path.join(WORK, 'minimal-site-again');
    const result = runCli(['build', '--content', path.join(WORK, 'minimal'), '--out', again]);
    expect(result.status).toBe(0);
    const first = treeHashes(out);
    const second = treeHashes(again);
    expect(Object.keys(first).length).toBeGreaterThan(50);
    expect(Object.keys(first).some((f) => f.endsWith('.xlsx'))).toBe(true);
    expect(Object.keys(first).some((f) => f.endsWith('.pdf'))).toBe(true);
    expect(second).toEqual(first);
    expect(treeHashes(path.join(WORK, 'minimal'))).toEqual(sources);
  });

  it('`bifolio pdf --variant --edition` replaces that one PDF, the same bytes again, and leaves the rest', () => {
    const copy = path.join(WORK, 'minimal-site-one-pdf');
    cpSync(out, copy, { recursive: true });
    const before = treeHashes(copy);
    const printer = Object.keys(before).find((f) => /zh-hant-print\.pdf$/.test(f))!;
    writeFileSync(path.join(copy, printer), 'stale');
    const result = runCli(['pdf', '--content', path.join(WORK, 'minimal'), '--out', copy, '--variant', 'zh-Hant', '--edition', 'printer']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/Built 1 PDF into/);
    expect(treeHashes(copy)).toEqual(before);
    const wrong = runCli(['pdf', '--content', path.join(WORK, 'minimal'), '--out', copy, '--variant', 'zh-Hant-TW']);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/minimal\/report\.yaml  there is no variant "zh-Hant-TW"  \(the report's variants are zh-Hans, zh-Hant\)/);
  });

  it('builds the same bytes on a machine with no fonts of its own (everything prints from the shipped fonts)', () => {
    const conf = path.join(WORK, 'no-fonts.conf');
    writeFileSync(conf, `<?xml version="1.0"?>\n<fontconfig><cachedir>${path.join(WORK, 'no-fonts-cache')}</cachedir></fontconfig>\n`);
    const bare = path.join(WORK, 'minimal-site-no-fonts');
    const result = runCli(['build', '--content', path.join(WORK, 'minimal'), '--out', bare], { env: { FONTCONFIG_FILE: conf } });
    expect(result.stderr).toBe('');
    expect(treeHashes(bare)).toEqual(treeHashes(out));
  });

  // A network namespace with nothing but loopback: any fetch from the build would fail it.
  const offline = spawnSync('unshare', ['-n', 'sh', '-c', 'ip link set lo up'], { encoding: 'utf8' }).status === 0;
  it.runIf(offline)('builds the same bytes with no network at all (nothing is fetched)', () => {
    const isolated = path.join(WORK, 'minimal-site-offline');
    const command = [process.execPath, CLI, 'build', '--content', path.join(WORK, 'minimal'), '--out', isolated].map((a) => `'${a}'`).join(' ');
    const result = spawnSync('unshare', ['-n', 'sh', '-c', `ip link set lo up && ${command}`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: childEnv(),
      timeout: 170_000,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(treeHashes(isolated)).toEqual(treeHashes(out));
  });

  it('`bifolio check` finds no problems and writes nothing', () => {
    const content = path.join(WORK, 'minimal');
    const result = runCli(['check', '--content', content]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Checked 3 chapters: no problems \(\d+\.\d s\)\n$/);
    expect(treeHashes(content)).toEqual(sources);
  });

  it('reads sources that start with a UTF-8 byte-order mark as if they had none: the same bytes out', () => {
    const content = copyFixture('minimal', 'minimal-bom');
    const chapters = readdirSync(path.join(content, 'chapters')).map((f) => path.join('chapters', f));
    for (const file of ['report.yaml', 'glossary.yaml', path.join('data', 'kpi', 'energy.json'), ...chapters]) {
      const full = path.join(content, file);
      writeFileSync(full, '\uFEFF' + readFileSync(full, 'utf8'));
    }
    expect(runCli(['check', '--content', content]).stdout).toMatch(/^Checked 3 chapters: no problems/);
    const bom = path.join(WORK, 'minimal-site-bom');
    const result = runCli(['build', '--content', content, '--out', bom]);
    expect(result.stderr).toBe('');
    expect(treeHashes(bom)).toEqual(treeHashes(out));
  });

  it('orders chapters by frontmatter `order`, not by file name', () => {
    const home = readPage(path.join(out, 'zh-hans', 'index.html'));
    const list = select(home, (el) => hasClass(el, 'chapter-list'))[0]!;
    const titles = select(list, (el) => el.tagName === 'a').map(textOf);
    expect(titles).toEqual(['报告首页', '开篇', '中间一章', '最后一章']);
  });

  it('takes page addresses from file names without their order prefix, or from `slug`', () => {
    expect(readdirSync(path.join(out, 'zh-hant')).sort()).toEqual(
      // Chapters, the report home, and the search page with its query character map.
      ['a-written-first', 'b-written-second', 'index.html', 'middle-chapter', 'search', 'search-map.json'].sort(),
    );
  });

  it('links previous and next chapters in reading order', () => {
    const middle = readPage(path.join(out, 'zh-hant', 'middle-chapter', 'index.html'));
    const prev = select(middle, (el) => el.tagName === 'a' && el.properties.rel?.toString() === 'prev')[0]!;
    const next = select(middle, (el) => el.tagName === 'a' && el.properties.rel?.toString() === 'next')[0]!;
    expect(prev.properties.href).toBe('/zh-hant/b-written-second/');
    expect(next.properties.href).toBe('/zh-hant/a-written-first/');
    expect(textOf(prev)).toContain('開篇');
  });

  it('publishes zh-Hans and zh-Hant when the report names no variants', () => {
    expect(existsSync(path.join(out, 'zh-hans', 'index.html'))).toBe(true);
    expect(existsSync(path.join(out, 'zh-hant', 'index.html'))).toBe(true);
  });

  it('writes a reading and a printer PDF per script, and does not publish the print documents', () => {
    expect(readdirSync(path.join(out, 'pdf')).sort()).toEqual([
      'test-report-2024-zh-hans-print.pdf',
      'test-report-2024-zh-hans.pdf',
      'test-report-2024-zh-hant-print.pdf',
      'test-report-2024-zh-hant.pdf',
    ]);
    expect(existsSync(path.join(out, 'print'))).toBe(false);
  });

  it('`bifolio pdf` rewrites only the PDFs, byte for byte the same', () => {
    const pdfs = readdirSync(path.join(out, 'pdf'));
    const before = new Map(pdfs.map((f) => [f, readFileSync(path.join(out, 'pdf', f))]));
    const page = path.join(out, 'zh-hans', 'index.html');
    const pageTime = statSync(page).mtimeMs;
    const result = runCli(['pdf', '--content', path.join(WORK, 'minimal'), '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Built 4 PDFs into/);
    expect(statSync(page).mtimeMs).toBe(pageTime);
    for (const [f, bytes] of before) expect(readFileSync(path.join(out, 'pdf', f)).equals(bytes), f).toBe(true);
  });
});

describe('bad input', () => {
  // The output of an earlier, successful build, which a failed build must leave as it is.
  const out = path.join(WORK, 'previous-output');
  let previous: Record<string, string>;

  beforeAll(() => {
    cpSync(MINIMAL_SITE, out, { recursive: true });
    previous = treeHashes(out);
  });

  function expectUntouched(): void {
    expect(treeHashes(out)).toEqual(previous);
    const leftovers = readdirSync(WORK).filter((f) => f.includes('.tmp-') || f.includes('.old-'));
    expect(leftovers).toEqual([]);
  }

  function build(content: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
    return runCli(['build', '--content', content, '--out', out, ...args], { env });
  }

  /** Copies the minimal report, applies `edits` (file → rewrite) and `prepare`, builds it. */
  function buildBroken(as: string, edits: Record<string, Edit>, args: string[] = [], env: NodeJS.ProcessEnv = {}, prepare?: (content: string) => void) {
    const content = copyFixture('minimal', as);
    breakCopy(content, edits, prepare);
    return build(content, args, env);
  }

  it('leaves no Chromium process behind when a PDF fails', () => {
    const browsers = () =>
      execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
        .split('\n')
        .filter((l) => /chrom/i.test(l) && l.includes('--user-data-dir')).length;
    const before = browsers();
    const result = buildBroken('chromium-cleanup', {}, ['--pdf-timeout', '0.001']);
    expect(result.status).toBe(1);
    expect(browsers()).toBe(before);
    expectUntouched();
  });

  it('check warns about an image without alt text but passes', () => {
    const content = copyFixture('minimal', 'check-image-alt');
    mkdirSync(path.join(content, 'images'), { recursive: true });
    writeFileSync(path.join(content, 'images', 'plan.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    const chapter = path.join(content, 'chapters', 'a-written-first.mdx');
    writeFileSync(chapter, readFileSync(chapter, 'utf8') + '\n![](../images/plan.svg)\n');
    const result = runCli(['check', '--content', content]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/a-written-first\.mdx:20:1 {2}warning: image \.\.\/images\/plan\.svg has no alt text {2}\(describe the image/);
    expect(result.stdout).toMatch(/Checked 3 chapters: 0 errors, 1 warning/);
  });

  it("check warns about other files in chapters/, passes over editors' leftovers, and places an order two chapters share at its line", () => {
    const content = copyFixture('minimal', 'check-other-files');
    const chapters = path.join(content, 'chapters');
    for (const name of ['说明.docx', '.DS_Store', '~$说明.docx', '.a-written-first.mdx.swp', '#notes#']) writeFileSync(path.join(chapters, name), 'x');
    const middle = path.join(chapters, 'c-written-third.mdx');
    writeFileSync(middle, readFileSync(middle, 'utf8').replace('order: 20', 'order: 10'));
    const result = runCli(['check', '--content', content]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /chapters\/说明\.docx {2}warning: 说明\.docx is not a chapter and is not published {2}\(chapters are the \.mdx files in content\/chapters\/; move other files out of it\)/,
    );
    expect(result.stdout).toMatch(
      /chapters\/c-written-third\.mdx:3:1 {2}warning: order 10 is also used by b-written-second\.mdx; the file names decide which comes first/,
    );
    expect(result.stdout).not.toMatch(/DS_Store|\.swp|~\$|#notes#/);
    expect(result.stdout).toMatch(/Checked 3 chapters: 0 errors, 2 warnings/);
  });

  it.each(BAD_INPUT)('$name: located message, exit 1, previous output untouched', ({ name, edits, prepare, messages, args, env }) => {
    const result = buildBroken(name.replace(/\W+/g, '-'), edits, args, env, prepare);
    expect(result.status).toBe(1);
    for (const m of messages) expect(result.stderr).toMatch(m);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(result.stderr).not.toMatch(/[╭│╰]/); // no bundler code frames
    expectUntouched();
  });
});
