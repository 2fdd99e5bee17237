/**
 * The `bifolio` command line itself: version, help per command, and plain
 * one-line messages for mistakes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../support/cli.ts';
import { ROOT } from '../support/paths.ts';

const run = (args: string[]): CliResult => runCli(args);

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
    for (const command of ['check', 'build', 'pdf', 'dev', 'convert', 'review']) expect(result.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(result.stdout).toContain('bifolio <command> --help');
    expect(run(['help']).stdout).toBe(result.stdout);
  });

  it('shows one command’s usage with only its options, as `<command> --help` and `help <command>`', () => {
    const build = run(['build', '--help']);
    expect(build.status).toBe(0);
    expect(build.stdout).toMatch(/^Usage: bifolio build/);
    for (const option of ['--content', '--out', '--pdf-timeout', '--layout-parts', '--cmyk', '--verbose']) expect(build.stdout).toContain(option);
    for (const option of ['--port', '--to', '--edition', '--variant', '--profile']) expect(build.stdout).not.toContain(option);
    expect(run(['help', 'build']).stdout).toBe(build.stdout);
    const dev = run(['dev', '-h']);
    expect(dev.stdout).toMatch(/^Usage: bifolio dev/);
    expect(dev.stdout).toContain('--port <n>');
    expect(dev.stdout).not.toContain('--cmyk');
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
    [['build', '--pdf-timeout', '-1'], /^bifolio build: --pdf-timeout takes a number of seconds greater than 0, not "-1" {2}\(e\.g\. --pdf-timeout 300\)\n$/],
    [['build', '--pdf-timeout', 'soon'], /^bifolio build: --pdf-timeout takes a number of seconds/],
    [['pdf', '--layout-parts', '0'], /^bifolio pdf: --layout-parts takes a whole number of parts, 1 or more, not "0"/],
    [['build', '--out'], /^bifolio build: --out needs a value/],
    [['build', '--out', '--cmyk'], /^bifolio build: --out needs a value/],
    [['build', '--verbos'], /^bifolio build: unknown option --verbos {2}\(did you mean --verbose\? bifolio build --help lists its options\)\n$/],
    [['check', '--frobnicate'], /^bifolio check: unknown option --frobnicate {2}\(bifolio check --help lists its options\)\n$/],
    [['build', '--port', '4000'], /^bifolio build: --port is not an option of build, only of dev {2}\(bifolio build --help lists its options\)\n$/],
    [['build', '--edition', 'printer'], /^bifolio build: --edition is not an option of build, only of pdf/],
    [['pdf', '--edition', 'poster'], /^bifolio pdf: --edition is reading or printer, not "poster"/],
    [['build', '--cmyk=yes'], /^bifolio build: --cmyk takes no value/],
    [['build', 'content'], /^bifolio build: unexpected argument "content"/],
    [['biuld'], /^bifolio: unknown command "biuld" {2}\(did you mean bifolio build\? the commands are check, build, pdf, dev, convert, review\)\n$/],
    [['reveiw', '--out', 'x'], /^bifolio: unknown command "reveiw" {2}\(did you mean bifolio review\?/],
    [['publish'], /^bifolio: unknown command "publish" {2}\(the commands are check, build, pdf, dev, convert, review\)\n$/],
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
