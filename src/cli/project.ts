/** Settings shared by the commands that run Astro. */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { AstroInlineConfig } from 'astro';

export interface ProjectOptions {
  /** The project root (where astro.config.mjs is). */
  root: string;
  /** Print Astro's own progress output. */
  verbose?: boolean;
}

/**
 * Inline Astro config. The content directory reaches Astro through
 * `BIFOLIO_CONTENT` (set by the CLI); each content directory gets its own
 * cache so two reports never share a content store.
 */
export function astroInlineConfig(options: ProjectOptions): AstroInlineConfig {
  const content = path.resolve(process.env.BIFOLIO_CONTENT ?? path.join(options.root, 'content'));
  const isDefault = content === path.resolve(options.root, 'content');
  const cacheDir = isDefault
    ? undefined
    : path.join(options.root, 'node_modules', '.astro', `content-${createHash('sha256').update(content).digest('hex').slice(0, 12)}`);
  return {
    root: options.root,
    logLevel: options.verbose ? 'info' : 'warn',
    ...(cacheDir ? { cacheDir } : {}),
  };
}
