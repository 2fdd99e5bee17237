import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as hb from 'harfbuzzjs';
import { NOTO_SANS_MONO, NOTO_SANS_SC } from '../../src/fonts/families.ts';
import { makeSubsets, subsetCacheKey } from '../../src/fonts/subsets.ts';

const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'bifolio-subsets-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const cps = (text: string) => [...new Set([...text].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);

/** The characters a font file maps (read back with HarfBuzz, as a browser would). */
function charactersOf(bytes: Uint8Array): number[] {
  return [...new hb.Face(new hb.Blob(bytes)).collectUnicodes()].sort((a, b) => a - b);
}

describe('font subsets (worker thread, cache)', () => {
  const mono = { file: NOTO_SANS_MONO.files[0]!, codePoints: cps('Bifolio 2024'), format: 'truetype' as const };
  const cjk = { file: NOTO_SANS_SC.files[0]!, codePoints: cps('环境社会管治'), format: 'woff2' as const };

  it('makes each subset in the order asked, holding exactly the characters asked for', async () => {
    const [a, b] = await makeSubsets([mono, cjk]);
    expect(charactersOf(a!)).toEqual(mono.codePoints);
    expect(new TextDecoder().decode(b!.slice(0, 4))).toBe('wOF2');
  });

  it('keeps what it made in the cache and reads it back instead of making it again', async () => {
    const first = await makeSubsets([mono, cjk], { cacheDir });
    expect(readdirSync(cacheDir).sort()).toHaveLength(2);
    // A cached file is what is returned: overwrite one and ask again.
    const [name] = readdirSync(cacheDir).filter((n) => n.endsWith('.ttf'));
    writeFileSync(path.join(cacheDir, name!), 'cached');
    const again = await makeSubsets([mono, cjk], { cacheDir });
    expect(new TextDecoder().decode(again[0])).toBe('cached');
    expect(Buffer.compare(Buffer.from(again[1]!), Buffer.from(first[1]!))).toBe(0);
  });

  it('names a cache entry by every input: characters, format, font file', () => {
    const font = { path: '/fonts/mono/400.ttf', size: 100, mtimeMs: 1 };
    const key = subsetCacheKey(mono, font);
    expect(subsetCacheKey({ ...mono, codePoints: cps('Bifolio 2025') }, font)).not.toBe(key);
    expect(subsetCacheKey({ ...mono, format: 'woff2' }, font)).not.toBe(key);
    expect(subsetCacheKey(mono, { ...font, mtimeMs: 2 })).not.toBe(key);
    expect(subsetCacheKey(mono, { ...font, path: '/fonts/mono/700.ttf' })).not.toBe(key);
    expect(subsetCacheKey(mono, { ...font })).toBe(key);
  });

  it('creates the cache folder when it is missing', async () => {
    const fresh = path.join(cacheDir, 'a', 'b');
    await makeSubsets([mono], { cacheDir: fresh });
    expect(existsSync(fresh)).toBe(true);
  });
});
