/**
 * `bifolio build`: validates the sources, builds the site into a temporary
 * directory beside the output, and swaps it into place only when the whole
 * build succeeded. A failed or interrupted build leaves the previous output
 * untouched.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build as astroBuild } from 'astro';
import { ReportError, type Diagnostic } from '../diagnostics.ts';
import { astroInlineConfig, type ProjectOptions } from './project.ts';
import { precheck } from './precheck.ts';
import { toDiagnostic } from './astro-errors.ts';
import { chapterGlossary, loadGlossary } from '../content/glossary.ts';
import { loadReport } from '../content/report.ts';
import type { ConversionContext } from '../convert/page.ts';
import { verifyConvertedDownloads, verifyConvertedPages } from '../output/verify.ts';

export interface BuildOptions extends ProjectOptions {
  /** Output directory. Default: `dist` in the project root. */
  outDir?: string;
}

export interface BuildResult {
  outDir: string;
  warnings: Diagnostic[];
  seconds: number;
}

export async function buildReport(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const outDir = path.resolve(options.outDir ?? path.join(options.root, 'dist'));
  const { diagnostics, chapters } = await precheck();
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new ReportError(diagnostics);
  const report = loadReport();
  const ctx: ConversionContext = {
    variants: report.variants,
    glossary: loadGlossary(),
    scopes: new Map(chapters.map((c) => [c.slug, chapterGlossary(c.frontmatter.glossary, c.file)])),
  };

  const tmpDir = `${outDir}.tmp-${process.pid}`;
  const cleanup = () => rmSync(tmpDir, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    cleanup();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    cleanup();
    try {
      await astroBuild({ ...astroInlineConfig(options), outDir: tmpDir });
    } catch (e) {
      throw new ReportError([toDiagnostic(e, options.root)]);
    }
    if (!existsSync(path.join(tmpDir, 'index.html'))) {
      throw new ReportError([{ file: tmpDir, message: 'the build finished without writing index.html', severity: 'error' }]);
    }
    const prefixes = new Map(report.variants.map((v) => [v.prefix, v.code]));
    const leaks = [...verifyConvertedPages(tmpDir, outDir, ctx), ...verifyConvertedDownloads(tmpDir, outDir, { ...ctx, prefixes })];
    if (leaks.length > 0) throw new ReportError(leaks);
    swapInto(tmpDir, outDir);
  } finally {
    cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return { outDir, warnings: diagnostics, seconds: (performance.now() - started) / 1000 };
}

/** Replaces `outDir` by `fresh` with two renames, so `outDir` is never half-written. */
function swapInto(fresh: string, outDir: string): void {
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  try {
    renameSync(fresh, outDir);
  } catch (e) {
    if (existsSync(old)) renameSync(old, outDir);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}
