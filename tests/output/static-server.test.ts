/**
 * The static server that gives the built site to Chromium: it serves the site
 * as a host would, and nothing outside its root, however the address is
 * written. Real requests over HTTP, sent byte for byte as written (no client
 * normalising `..` first), against a temporary site with secrets beside it.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestPath, serveStatic, type StaticServer } from '../../src/platform/static-server.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const SECRET = `secret-${process.pid}-${Date.now()}`;
const work = mkdtempSync(path.join(os.tmpdir(), 'bifolio-static-server-'));
// `site-secret` starts with the root's own name: a prefix test on the path would let it through.
const root = path.join(work, 'site');
const sibling = path.join(work, 'site-secret');
const fonts = path.join(work, 'fonts');
let server: StaticServer;

/** Sends `target` as the request line's path, exactly as written. */
function get(target: string, method = 'GET', on: StaticServer = server): Promise<Reply> {
  const { hostname, port } = new URL(on.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path: target, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  mkdirSync(path.join(root, 'about'), { recursive: true });
  mkdirSync(path.join(root, '目录'), { recursive: true });
  mkdirSync(sibling);
  mkdirSync(fonts);
  writeFileSync(path.join(root, 'index.html'), '<p>home</p>');
  writeFileSync(path.join(root, 'about', 'index.html'), '<p>about</p>');
  writeFileSync(path.join(root, '目录', 'index.html'), '<p>目录</p>');
  writeFileSync(path.join(root, 'style.css'), 'p { color: red }');
  writeFileSync(path.join(root, 'data.json'), '{}');
  writeFileSync(path.join(root, '报告.txt'), '报告');
  writeFileSync(path.join(root, '404.html'), '<p>not here</p>');
  writeFileSync(path.join(sibling, 'secret.txt'), SECRET);
  writeFileSync(path.join(work, 'secret.txt'), SECRET);
  writeFileSync(path.join(fonts, 'Font.ttf'), 'font bytes');
  // Links inside the root: one to a file outside, one to a folder outside, one that stays inside.
  symlinkSync(path.join(work, 'secret.txt'), path.join(root, 'leak.txt'));
  symlinkSync(sibling, path.join(root, 'leak-dir'));
  symlinkSync(path.join(root, 'style.css'), path.join(root, 'linked.css'));
  server = await serveStatic(root, 0, { extra: (p) => (p.startsWith('/_fonts/') ? path.join(fonts, path.basename(p)) : undefined) });
});

afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the static server', () => {
  it('serves pages, directories through their index.html, and assets with their type and caching', async () => {
    const home = await get('/');
    expect(home).toMatchObject({ status: 200, body: '<p>home</p>' });
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(home.headers['cache-control']).toBe('no-cache');
    expect(await get('/about/')).toMatchObject({ status: 200, body: '<p>about</p>' });
    expect(await get('/about/index.html')).toMatchObject({ status: 200, body: '<p>about</p>' });
    expect(await get('/about/?q=1#x')).toMatchObject({ status: 200, body: '<p>about</p>' });
    const css = await get('/style.css');
    expect(css).toMatchObject({ status: 200, body: 'p { color: red }' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers['cache-control']).toBe('public, max-age=86400');
    expect((await get('/data.json')).headers['cache-control']).toBe('no-cache');
    expect(await get('/linked.css')).toMatchObject({ status: 200, body: 'p { color: red }' });
    expect(await get(`/${encodeURIComponent('报告')}.txt`)).toMatchObject({ status: 200, body: '报告' });
  });

  it('redirects a directory without its slash to the address with it, still encoded', async () => {
    expect((await get('/about')).headers.location).toBe('/about/');
    const chinese = await get(`/${encodeURIComponent('目录')}`);
    expect(chinese.status).toBe(301);
    expect(chinese.headers.location).toBe(`/${encodeURIComponent('目录')}/`);
    expect(await get(`/${encodeURIComponent('目录')}/`)).toMatchObject({ status: 200, body: '<p>目录</p>' });
    // Never to another host.
    expect((await get('//about')).headers.location).toBe('/about/');
  });

  it('answers 404 with the site’s 404 page for what does not exist', async () => {
    expect(await get('/nothing.html')).toMatchObject({ status: 404, body: '<p>not here</p>' });
    expect((await get('/style.css/')).status).toBe(404);
  });

  it('serves the extra addresses from outside the root', async () => {
    const font = await get('/_fonts/Font.ttf');
    expect(font).toMatchObject({ status: 200, body: 'font bytes' });
    expect(font.headers['content-type']).toBe('font/ttf');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    expect(await get('/style.css', 'HEAD')).toMatchObject({ status: 200, body: '' });
    expect((await get('/style.css', 'POST')).status).toBe(405);
  });

  const absolute = path.join(work, 'secret.txt');
  const attempts = [
    '/../secret.txt',
    '/../site-secret/secret.txt',
    '/..%2fsecret.txt',
    '/..%2fsite-secret/secret.txt',
    '/..%2Fsite-secret%2Fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/site-secret/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/about/..%2f..%2fsecret.txt',
    '/.%2e/secret.txt',
    '/..%5csecret.txt',
    '/..%5c..%5csecret.txt',
    '/..\\secret.txt',
    '/%252e%252e/secret.txt',
    '/%252e%252e%252fsecret.txt',
    '/..%252fsite-secret/secret.txt',
    '/%c0%ae%c0%ae/secret.txt',
    '/secret.txt%00.html',
    '/style.css%00/../../secret.txt',
    absolute,
    `/${absolute}`,
    `/${encodeURIComponent(absolute)}`,
    `file://${absolute}`,
    `${'http://127.0.0.1'}/../secret.txt`,
    '/leak.txt',
    '/leak-dir',
    '/leak-dir/',
    '/leak-dir/secret.txt',
    '/%6ceak.txt',
  ];
  it.each(attempts)('never serves anything outside the root: %s', async (target) => {
    const reply = await get(target);
    expect([400, 403, 404]).toContain(reply.status);
    expect(reply.body).not.toContain(SECRET);
  });

  it('decodes an address once and refuses parent folders, backslashes and NUL', () => {
    expect(requestPath('/a/%E6%8A%A5.txt?x=1')).toEqual({ pathname: '/a/报.txt', raw: '/a/%E6%8A%A5.txt' });
    expect(requestPath('/%252e%252e/x')).toEqual({ pathname: '/%2e%2e/x', raw: '/%252e%252e/x' });
    expect(requestPath('/..%2fx')).toEqual({ status: 403 });
    expect(requestPath('/a%5cb')).toEqual({ status: 403 });
    expect(requestPath('/a%00b')).toEqual({ status: 403 });
    expect(requestPath('/%e0%a4%a')).toEqual({ status: 400 });
    expect(requestPath('x/y')).toEqual({ status: 400 });
  });
});

describe('the static server under a base path', () => {
  let under: StaticServer;
  beforeAll(async () => {
    under = await serveStatic(root, 0, { base: '/esg/2024/' });
  });
  afterAll(async () => {
    await under?.close();
  });
  const at = (target: string, method = 'GET') => get(target, method, under);

  it('serves the root’s files below the path, as a host publishing the site there would', async () => {
    expect(await at('/esg/2024/')).toMatchObject({ status: 200, body: '<p>home</p>' });
    expect(await at('/esg/2024/about/')).toMatchObject({ status: 200, body: '<p>about</p>' });
    expect(await at('/esg/2024/style.css')).toMatchObject({ status: 200, body: 'p { color: red }' });
    expect(await at(`/esg/2024/${encodeURIComponent('报告')}.txt`)).toMatchObject({ status: 200, body: '报告' });
  });

  it('redirects the root and the path without its slash to the path, and a folder to its slash, keeping the path', async () => {
    for (const target of ['/', '/esg/2024', '/?q=1']) {
      const reply = await at(target);
      expect(reply.status, target).toBe(302);
      expect(reply.headers.location, target).toBe('/esg/2024/');
    }
    expect(await at('/esg/2024/about')).toMatchObject({ status: 301, headers: { location: '/esg/2024/about/' } });
  });

  it('answers 404 with the site’s 404 page outside the path, and never serves outside the root', async () => {
    expect(await at('/about/')).toMatchObject({ status: 404, body: '<p>not here</p>' });
    expect(await at('/esg/2024x/about/')).toMatchObject({ status: 404, body: '<p>not here</p>' });
    expect(await at('/esg/2024/nothing/')).toMatchObject({ status: 404, body: '<p>not here</p>' });
    for (const target of ['/esg/2024/../secret.txt', '/esg/2024/%2e%2e/secret.txt', '/esg/2024/leak.txt', '/esg/../../secret.txt']) {
      const reply = await at(target);
      expect([400, 403, 404], target).toContain(reply.status);
      expect(reply.body).not.toContain(SECRET);
    }
  });
});
