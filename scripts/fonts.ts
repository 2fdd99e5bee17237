/**
 * Puts Bifolio's font files in place: for every family of
 * `src/fonts/families.ts`, the weights it uses (and no other) are copied from
 * the `@expo-google-fonts` development packages into `fonts/<family>/`,
 * with the family's licence beside them. `npm install` runs this in Bifolio's
 * own repository (`prepare`), and so does `npm pack`, so the published
 * package ships one copy of each family, two weights, and needs no font
 * package of its own.
 *
 *   node scripts/fonts.ts          fill fonts/ (files already there are kept)
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ALL_FAMILIES, FONTS_DIR } from '../src/fonts/families.ts';

const require = createRequire(import.meta.url);

/** A hard link where the file system allows one (no second copy on disk), else a copy; written under a temporary name first. */
function place(from: string, to: string): void {
  if (existsSync(to) && statSync(to).size === statSync(from).size) return;
  const temporary = `${to}.tmp-${process.pid}`;
  rmSync(temporary, { force: true });
  try {
    linkSync(from, temporary);
  } catch {
    copyFileSync(from, temporary);
  }
  renameSync(temporary, to);
}

let bytes = 0;
let files = 0;
for (const family of ALL_FAMILIES) {
  const dir = path.join(FONTS_DIR, family.key);
  mkdirSync(dir, { recursive: true });
  for (const file of family.files) {
    const source = require.resolve(file.source);
    place(source, path.join(FONTS_DIR, file.shipped));
    bytes += statSync(source).size;
    files++;
  }
  const pkg = packageOf(family.files[0]!.source);
  place(require.resolve(`${pkg}/LICENSE_FONT`), path.join(dir, 'OFL.txt'));
}
console.error(`fonts/: ${files} files of ${ALL_FAMILIES.length} families, ${(bytes / 1e6).toFixed(0)} MB`);

/** `@expo-google-fonts/noto-sans-sc` out of a file's module path. */
function packageOf(source: string): string {
  return source.split('/').slice(0, 2).join('/');
}
