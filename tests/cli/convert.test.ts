import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getConverter } from '../../src/convert/converter.ts';
import { runCli } from '../support/cli.ts';

describe('bifolio convert', () => {
  it('converts stdin to Traditional with the report’s profile', () => {
    const result = runCli(['convert', '--to', 'zh-Hant'], { input: '软件开发\n' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('軟件開發\n');
  });

  it('preserves the number of lines and uses the same converter as the build', () => {
    const input = '第一行“数据”\n\n第三行：理发师\n最后一行没有换行';
    const result = runCli(['convert', '--to', 'zh-hant'], { input });
    expect(result.stdout.split('\n').length).toBe(input.split('\n').length);
    expect(result.stdout).toBe(getConverter('zh-Hant').convert(input));
  });

  it('refuses the source script and unknown variants with a plain message', () => {
    const source = runCli(['convert', '--to', 'zh-Hans'], { input: 'x' });
    expect(source.status).toBe(1);
    expect(source.stderr).toMatch(/zh-Hans is the source script; there is nothing to convert {2}\(use --to zh-Hant\)/);
    const unknown = runCli(['convert', '--to', 'zh-Hant-XX'], { input: 'x' });
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/the report publishes no variant "zh-Hant-XX"/);
    expect(unknown.stdout).toBe('');
  });

  it('applies the report glossary, and --profile swaps the engine but keeps the glossary', () => {
    expect(runCli(['convert', '--to', 'zh-Hant'], { input: '利益相关方的说明' }).stdout).toBe('持份者的說明');
    expect(runCli(['convert', '--to', 'zh-Hant', '--profile', 'zh-Hant-HK'], { input: '利益相关方的说明' }).stdout).toBe('持份者的説明');
  });

  it('without a report, uses the built-in profile alone', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'bifolio-no-report-'));
    try {
      const result = runCli(['convert', '--content', empty, '--to', 'zh-Hant-TW'], { input: '利益相关方在平台上深入了解' });
      expect(result.status).toBe(0);
      expect(result.stdout).toBe('利益相關方在平臺上深入瞭解');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('names an unknown profile', () => {
    const result = runCli(['convert', '--to', 'zh-Hant', '--profile', 'zh-Hant-SG'], { input: 'x' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/unknown profile "zh-Hant-SG" {2}\(known profiles: zh-Hant, zh-Hant-TW, zh-Hant-HK\)/);
  });

  it('asks for --to when it is missing', () => {
    const result = runCli(['convert'], { input: 'x' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--to zh-Hant/);
  });
});
