/**
 * `bifolio init <dir>`: the new report's files, with the values given; a
 * folder that is not empty is refused; the result passes `bifolio check`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PassThrough } from 'node:stream';
import { askAnswers } from '../../src/cli/init.ts';
import { defaultAnswers, fillTemplate, parsePeriod, templateValues } from '../../src/content/scaffold.ts';
import { runCli } from '../support/cli.ts';
import { ROOT } from '../support/paths.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'bifolio-init-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (args: string[], cwd = work) => runCli(args, { cwd, env: { BIFOLIO_CONTENT: undefined } });
const read = (...parts: string[]) => readFileSync(path.join(...parts), 'utf8');
const { version } = JSON.parse(read(ROOT, 'package.json')) as { version: string };

const FILES = [
  '.github/workflows/publish.yml',
  '.gitignore',
  'README.md',
  '_brand.yml',
  'chapters/01-about-this-report.mdx',
  'chapters/02-environment.mdx',
  'chapters/03-people.mdx',
  'data/kpi/environment.json',
  'glossary.yaml',
  'images/rooftop-solar.svg',
  'package.json',
  'report.yaml',
];

describe('bifolio init', () => {
  const dir = path.join(work, 'acme');

  it('writes a new report with the name, period and stock code given', () => {
    const result = run(['init', 'acme', '--yes', '--name', '示例物流有限公司', '--period', '2025', '--stock-code', '01234']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Wrote a new report into acme (12 files)');
    for (const file of FILES) expect(() => read(dir, file), file).not.toThrow();

    const report = parse(read(dir, 'report.yaml')) as Record<string, any>;
    expect(report.organisation).toEqual({ name: '示例物流有限公司', stockCode: '01234' });
    expect(report.period).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(report.title).toBe('示例物流有限公司2025年环境、社会及管治报告');
    expect(report.slug).toBe('esg-01234-2025');

    const pkg = JSON.parse(read(dir, 'package.json')) as Record<string, any>;
    expect(pkg.devDependencies).toEqual({ bifolio: `^${version}` });
    expect(pkg.scripts).toEqual({ build: 'bifolio build', dev: 'bifolio dev', check: 'bifolio check' });

    const brand = parse(read(dir, '_brand.yml')) as Record<string, any>;
    expect(brand.meta.name).toBe('示例物流有限公司');
    expect(brand.color.primary).toMatch(/^#[0-9a-f]{6}$/);

    const kpi = JSON.parse(read(dir, 'data/kpi/environment.json')) as { years: number[]; $schema: string };
    expect(kpi.years).toEqual([2025, 2024]);
    // Editors find the schemas where npm install puts Bifolio, beside report.yaml.
    expect(kpi.$schema).toBe('../../node_modules/bifolio/schemas/kpi-table.schema.json');
    for (const [file, schema] of [
      ['report.yaml', 'report'],
      ['glossary.yaml', 'glossary'],
      ['_brand.yml', 'brand'],
    ]) {
      expect(read(dir, file!).split('\n')[0], file).toBe(`# yaml-language-server: $schema=node_modules/bifolio/schemas/${schema}.schema.json`);
    }
    expect(read(dir, 'chapters/02-environment.mdx')).toMatch(/<KpiChart[^>]+environment\./);

    expect(read(dir, '.gitignore').split('\n')).toEqual(expect.arrayContaining(['dist/', 'node_modules/', '.bifolio/']));
    const workflow = parse(read(dir, '.github/workflows/publish.yml')) as Record<string, any>;
    const steps = JSON.stringify(workflow.jobs);
    expect(steps).toContain('sudo apt-get install -y chromium');
    expect(steps).toContain('npx bifolio build');
    expect(steps).toContain('actions/upload-pages-artifact');
    expect(steps).toContain('actions/deploy-pages');
    // The workflow's own expressions are left as they are.
    expect(read(dir, '.github/workflows/publish.yml')).toContain('${{ steps.deployment.outputs.page_url }}');
  });

  it('passes bifolio check as written', () => {
    const result = run(['check'], dir);
    expect(result.stdout).toMatch(/Checked 3 chapters: no problems/);
    expect(result.status).toBe(0);
  });

  it('takes the defaults with --yes alone, leaving out the stock code', () => {
    const result = run(['init', 'defaults', '--yes']);
    expect(result.status).toBe(0);
    const report = parse(read(work, 'defaults', 'report.yaml')) as Record<string, any>;
    expect(report.organisation.name).toBeTruthy();
    expect(report.organisation.stockCode).toBeUndefined();
    expect(report.period.end).toBe(`${new Date().getUTCFullYear() - 1}-12-31`);
  });

  it('refuses a folder that is not empty, and writes nothing into it', () => {
    const full = path.join(work, 'full');
    mkdirSync(full);
    writeFileSync(path.join(full, 'notes.txt'), 'keep me');
    const result = run(['init', 'full', '--yes']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'bifolio init: full is not empty (notes.txt); init writes a new report into an empty folder or a new one, and never overwrites files\n',
    );
    expect(read(full, 'notes.txt')).toBe('keep me');
    expect(() => read(full, 'report.yaml')).toThrow();
  });

  it('refuses a bad period in one line', () => {
    const result = run(['init', 'bad', '--yes', '--period', '2025-13-01/2026-01-01']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^bifolio init: --period is a year or two dates, not "2025-13-01\/2026-01-01" {2}\(e\.g\. --period 2025/);
  });
});

describe('templates', () => {
  it('fills known names only, and leaves out lines whose values are empty', () => {
    const values = { name: '甲', stockCode: '' };
    expect(fillTemplate('a: {{name|yaml}}\nb: {{stockCode|yaml}}\nc: ${{ github.sha }} {{other}}', values)).toBe('a: "甲"\nc: ${{ github.sha }} {{other}}');
    expect(fillTemplate('{{name|mdx}}', { name: 'A{b}<c>' })).toBe('A\\{b\\}\\<c\\>');
  });

  it('reads a year or two dates as the period', () => {
    expect(parsePeriod('2024')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(parsePeriod('2024-04-01/2025-03-31')).toEqual({ start: '2024-04-01', end: '2025-03-31' });
    expect(templateValues({ name: '乙', period: '2024-04-01..2025-03-31', stockCode: '' }, '1.0.0')).toMatchObject({
      year: '2025',
      slug: 'esg-2025',
      periodText: '2024年4月1日至2025年3月31日',
    });
    expect(() => parsePeriod('2025-03-31/2024-04-01')).toThrow(/--period/);
  });
});

describe('questions on a terminal', () => {
  it('asks only for what the options do not give; an empty reply takes the default', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let asked = '';
    output.on('data', (chunk) => (asked += String(chunk)));
    input.end('示例能源有限公司\n\n');
    const answers = await askAnswers({ stockCode: '00988' }, { yes: false, interactive: true, input, output });
    expect(answers).toEqual({ name: '示例能源有限公司', period: defaultAnswers().period, stockCode: '00988' });
    expect(asked).toContain("Company's name");
    expect(asked).toContain('Reporting period');
    expect(asked).not.toContain('Stock code');
  });

  it('asks nothing with --yes', async () => {
    const input = new PassThrough();
    expect(await askAnswers({ name: '丙' }, { yes: true, interactive: true, input })).toEqual({ ...defaultAnswers(), name: '丙' });
  });

  it('stops when the input ends before every question is answered', async () => {
    const input = new PassThrough();
    input.end('丁\n');
    await expect(askAnswers({}, { yes: false, interactive: true, input, output: new PassThrough() })).rejects.toThrow('cancelled; nothing was written');
  });
});
