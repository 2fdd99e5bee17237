/**
 * `bifolio preview`: the built site served as a host would, under the path
 * of `site` when it has one; started as a command, asked for a page and
 * robots.txt, and stopped.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/platform/free-port.ts';
import { childEnv, runCli } from '../support/cli.ts';
import { CLI, FIXTURES, ROOT } from '../support/paths.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'bifolio-preview-test-'));
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');
const ROBOTS = 'User-agent: *\nAllow: /\n\nSitemap: https://example.com/esg/2024/sitemap.xml\n';

/** A built site, as the build writes it: the same files whatever the base path. */
function writeSite(): void {
  mkdirSync(path.join(dist, 'zh-hans'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), '<p>landing</p>');
  writeFileSync(path.join(dist, 'zh-hans', 'index.html'), '<p>简体中文</p>');
  writeFileSync(path.join(dist, '404.html'), '<p>not found</p>');
  writeFileSync(path.join(dist, 'robots.txt'), ROBOTS);
}

/** Starts `bifolio preview` and resolves with the process and the address it prints. */
function startPreview(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'preview', '--content', content, ...args], { cwd: ROOT, env: childEnv() });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bifolio preview said nothing in time:\n${out}`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^Serving .* at (http:\/\/127\.0\.0\.1:\d+\/\S*) {2}\(Ctrl\+C to stop\)$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]! });
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bifolio preview stopped (${code}):\n${out}`));
    });
  });
}

/** Stops the process this test started, and waits for it. */
async function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  return exited;
}

beforeAll(() => {
  cpSync(path.join(FIXTURES, 'reports', 'minimal'), content, { recursive: true });
  writeSite();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('bifolio preview', () => {
  it('serves the built site under the path of `site`, redirects / there, and stops when asked', async () => {
    const yaml = readFileSync(path.join(content, 'report.yaml'), 'utf8');
    writeFileSync(path.join(content, 'report.yaml'), `${yaml.trimEnd()}\nsite: https://example.com/esg/2024/\n`);
    const port = await freePort();
    const { child, url } = await startPreview(['--out', dist, '--port', String(port)]);
    try {
      expect(url).toBe(`http://127.0.0.1:${port}/esg/2024/`);
      const page = await fetch(`${url}zh-hans/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toBe('<p>简体中文</p>');
      const robots = await fetch(`${url}robots.txt`);
      expect(robots.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await robots.text()).toBe(ROBOTS);
      const root = await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' });
      expect(root.status).toBe(302);
      expect(root.headers.get('location')).toBe('/esg/2024/');
      const missing = await fetch(`${url}nothing/`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toBe('<p>not found</p>');
    } finally {
      expect(await stop(child)).toBe(0);
    }
    writeFileSync(path.join(content, 'report.yaml'), yaml);
  });

  it('serves at the root without `site`', async () => {
    const port = await freePort();
    const { child, url } = await startPreview(['--out', dist, '--port', String(port)]);
    try {
      expect(url).toBe(`http://127.0.0.1:${port}/`);
      expect(await (await fetch(url)).text()).toBe('<p>landing</p>');
      expect(await (await fetch(`${url}robots.txt`)).text()).toBe(ROBOTS);
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });

  it('says so when there is nothing built, or the port is taken', async () => {
    const none = runCli(['preview', '--content', content, '--out', path.join(work, 'nothing')]);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/nothing {2}no built site in .*nothing {2}\(run npx bifolio build first\)/);
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as { port: number };
    try {
      const busy = runCli(['preview', '--content', content, '--out', dist, '--port', String(port)]);
      expect(busy.status).toBe(1);
      expect(busy.stderr).toContain(`port ${port} is in use  (choose another, e.g. --port ${port + 1})`);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
