/** Settings shared by the commands that run Astro. */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { AstroInlineConfig } from 'astro';
import { locationOf } from '../sources/report-location.ts';

export interface ProjectOptions {
  /** Bifolio's own folder (where astro.config.mjs is). */
  root: string;
  /** Print Astro's own progress output. */
  verbose?: boolean;
}

/** Bifolio is installed in a report's node_modules (not run from its own repository). */
export function isInstalled(root: string): boolean {
  return path.resolve(root).split(path.sep).includes('node_modules');
}

function contentOf(root: string): string {
  return path.resolve(process.env.BIFOLIO_CONTENT ?? path.join(root, 'content'));
}

/**
 * The folder Bifolio writes its working files to (Astro's generated types and
 * content store, server chunks): in its own repository, itself; installed in a
 * report, the report's `.bifolio/`, so nothing is written into node_modules.
 */
export function workDir(root: string): string {
  return isInstalled(root) ? path.join(locationOf(contentOf(root)).projectDir, '.bifolio') : root;
}

/**
 * Where the build keeps what it can reuse in the next one (font subsets): in
 * `.bifolio/cache/` of a report Bifolio is installed in, else in its own
 * `node_modules/.cache/bifolio/`. Entries are named by digests of their
 * inputs, so reports may share it.
 */
export function buildCacheDir(root: string): string {
  return isInstalled(root) ? path.join(workDir(root), 'cache', 'bifolio') : path.join(root, 'node_modules', '.cache', 'bifolio');
}

/**
 * The working directory of an Astro build: the report's folder when Bifolio
 * is installed in it (the server chunks then find the report's node_modules),
 * else Bifolio's own folder.
 */
export function astroCwd(root: string): string {
  return isInstalled(root) ? locationOf(contentOf(root)).projectDir : root;
}

/**
 * Inline Astro config. The content directory reaches Astro through
 * `BIFOLIO_CONTENT` (set by the CLI); each content directory gets its own
 * cache so two reports never share a content store. Installed in a report,
 * Astro's root is the report's `.bifolio/` while its sources, public files
 * and configuration stay in the package.
 */
export function astroInlineConfig(options: ProjectOptions): AstroInlineConfig {
  const content = contentOf(options.root);
  const logLevel = options.verbose ? 'info' : 'warn';
  if (isInstalled(options.root)) {
    const work = workDir(options.root);
    mkdirSync(work, { recursive: true });
    return {
      root: work,
      srcDir: path.join(options.root, 'src'),
      publicDir: path.join(options.root, 'public'),
      // Astro reads the config file's path relative to the root.
      configFile: path.relative(work, path.join(options.root, 'astro.config.mjs')),
      cacheDir: path.join(work, 'cache'),
      logLevel,
    };
  }
  const isDefault = content === path.resolve(options.root, 'content');
  const cacheDir = isDefault
    ? undefined
    : path.join(options.root, 'node_modules', '.astro', `content-${createHash('sha256').update(content).digest('hex').slice(0, 12)}`);
  return {
    root: options.root,
    logLevel,
    ...(cacheDir ? { cacheDir } : {}),
  };
}
