/**
 * How long the live preview takes to show an edit: starts `bifolio dev` on a
 * report, then saves a chapter again and again with a new sentence and
 * measures from the save until both scripts' pages of that chapter serve it.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../platform/free-port.ts';

export interface ReloadOptions {
  /** The `bifolio` script. */
  cli: string;
  cwd: string;
  contentDir: string;
  /** The chapter file to edit, and its page address without the script prefix (`environment/`). */
  chapterFile: string;
  page: string;
  /** Script prefixes whose pages must show the edit. */
  prefixes: string[];
  edits?: number;
  env?: NodeJS.ProcessEnv;
}

export interface ReloadResult {
  /** Seconds from each save until every script's page showed it. */
  seconds: number[];
  /** Seconds until the dev server answered its first page. */
  startup: number;
}

export async function measureDevReload(options: ReloadOptions): Promise<ReloadResult> {
  const original = readFileSync(options.chapterFile, 'utf8');
  const started = performance.now();
  const port = await freePort();
  const child = spawn(process.execPath, [options.cli, 'dev', '--content', options.contentDir, '--port', String(port)], {
    cwd: options.cwd,
    env: { ...options.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const collect = (d: Buffer) => (log += d.toString());
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const until = async (test: () => Promise<boolean> | boolean, what: string, ms = 120_000) => {
    const deadline = performance.now() + ms;
    while (performance.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`the dev server stopped while waiting for ${what}:\n${log}`);
      try {
        if (await test()) return;
      } catch {
        // Not listening yet, or the page is being rebuilt.
      }
      await sleep(20);
    }
    throw new Error(`timed out waiting for ${what}:\n${log}`);
  };
  try {
    let base = '';
    await until(() => {
      const m = /Local\s+(http:\/\/[\d.]+:\d+)/.exec(log);
      if (m) base = m[1]!;
      return !!m;
    }, 'the server address');
    const shows = async (marker: string) => {
      const pages = await Promise.all(options.prefixes.map((p) => fetch(`${base}/${p}/${options.page}`).then((r) => r.text())));
      return pages.every((html) => html.includes(marker));
    };
    await until(() => shows(''), 'the first page');
    const startup = (performance.now() - started) / 1000;
    const seconds: number[] = [];
    for (let i = 0; i < (options.edits ?? 5); i++) {
      // Digits read the same in every script, so the marker is found in converted pages too.
      const marker = `${20260000 + i * 37 + 11}`;
      const saved = performance.now();
      writeFileSync(options.chapterFile, `${original}\n\n修订编号${marker}。\n`);
      await until(() => shows(marker), `edit ${i + 1}`, 60_000);
      seconds.push((performance.now() - saved) / 1000);
      await sleep(300);
    }
    return { seconds, startup };
  } finally {
    writeFileSync(options.chapterFile, original);
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
  }
}
