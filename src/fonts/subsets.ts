/**
 * Subsets of the shipped fonts for the website (WOFF2), made in a worker
 * thread and kept in a cache folder.
 *
 * Why a worker: WOFF2's Brotli compression takes one to two seconds per CJK
 * face and holds the thread it runs on. On the main thread it would hold up
 * the PDFs laid out beside it, whose browsers wait on the main thread.
 *
 * Why a cache: a subset depends only on its font file, its characters, its
 * format and the subsetter's version, all in the cache key. A rebuild whose
 * pages use the same characters reads the files back instead of compressing
 * them again. A damaged or missing cache only costs the time to make them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { fontPath, type FontFile } from './families.ts';

export interface SubsetRequest {
  file: FontFile;
  codePoints: readonly number[];
  format: 'woff2' | 'truetype';
}

const SUBSETTER_VERSION = (createRequire(import.meta.url)('subset-font/package.json') as { version: string }).version;

/** The cache file of a request: a digest of everything the subset's bytes depend on. */
export function subsetCacheKey(request: SubsetRequest, font: { path: string; size: number; mtimeMs: number }): string {
  const hash = createHash('sha256');
  hash.update(`subset-font ${SUBSETTER_VERSION}\n${request.format}\n${font.path}\n${font.size}\n${font.mtimeMs}\n`);
  hash.update(Uint32Array.from(request.codePoints));
  return `${hash.digest('hex').slice(0, 32)}.${request.format === 'woff2' ? 'woff2' : 'ttf'}`;
}

/**
 * The subsets, in the order asked. `cacheDir`: where made subsets are kept
 * and looked for (created when missing); none: always made.
 */
export async function makeSubsets(requests: readonly SubsetRequest[], options: { cacheDir?: string } = {}): Promise<Uint8Array[]> {
  const out: Array<Uint8Array | undefined> = [];
  const wanted: Array<{ index: number; key?: string; path: string; text: string; format: SubsetRequest['format'] }> = [];
  for (const [index, request] of requests.entries()) {
    const file = fontPath(request.file);
    const text = request.codePoints.map((cp) => String.fromCodePoint(cp)).join('');
    let key: string | undefined;
    if (options.cacheDir) {
      const stat = statSync(file);
      key = subsetCacheKey(request, { path: file, size: stat.size, mtimeMs: stat.mtimeMs });
      const cached = path.join(options.cacheDir, key);
      if (existsSync(cached)) {
        out[index] = readFileSync(cached);
        continue;
      }
    }
    wanted.push({ index, key, path: file, text, format: request.format });
  }
  if (!wanted.length) return out as Uint8Array[];
  const worker = new Worker(new URL('./subset-worker.mjs', import.meta.url));
  try {
    const made = await new Promise<Map<number, Uint8Array>>((resolve, reject) => {
      const results = new Map<number, Uint8Array>();
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`the font subsetter stopped (exit code ${code})`)));
      worker.on('message', (message: { id: number; bytes?: Uint8Array; error?: string }) => {
        if (message.error !== undefined) return reject(new Error(`could not subset a font: ${message.error}`));
        results.set(message.id, message.bytes!);
        if (results.size === wanted.length) resolve(results);
      });
      for (const w of wanted) worker.postMessage({ id: w.index, path: w.path, text: w.text, format: w.format });
    });
    for (const w of wanted) {
      const bytes = made.get(w.index)!;
      out[w.index] = bytes;
      if (options.cacheDir && w.key) {
        mkdirSync(options.cacheDir, { recursive: true });
        const target = path.join(options.cacheDir, w.key);
        writeFileSync(`${target}.tmp-${process.pid}`, bytes);
        renameSync(`${target}.tmp-${process.pid}`, target);
      }
    }
  } finally {
    await worker.terminate();
  }
  return out as Uint8Array[];
}
