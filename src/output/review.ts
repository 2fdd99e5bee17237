/**
 * `bifolio review`: builds the site once in a scratch directory, collecting
 * from every page what the conversion decided for characters with more than
 * one Traditional form, and writes one review page per converted variant.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build as astroBuild } from 'astro';
import { ReportError } from '../diagnostics.ts';
import { reportFile } from '../sources/paths.ts';
import { loadReport } from '../content/report.ts';
import { summarizeReview, type Occurrence, type ReviewSummary } from '../convert/review.ts';
import { renderReviewHtml } from '../render/review/page.ts';
import { fontStylesheetFiles } from '../render/review/fonts.ts';
import { toDiagnostic } from './astro-errors.ts';
import { precheck } from '../content/check/precheck.ts';
import { astroCwd, astroInlineConfig, type ProjectOptions } from './astro-project.ts';

export interface ReviewOptions extends ProjectOptions {
  /** Where the review pages go. Default: `review/` in the project root. */
  outDir?: string;
  /** Only this variant. Default: every converted variant. */
  variant?: string;
}

export interface ReviewResult {
  files: string[];
  summaries: ReviewSummary[];
}

export async function reviewReport(options: ReviewOptions): Promise<ReviewResult> {
  const { diagnostics } = await precheck();
  if (diagnostics.some((d) => d.severity === 'error')) throw new ReportError(diagnostics);
  const report = loadReport();
  const variants = report.variants.filter((v) => v.profile && (!options.variant || v.code.toLowerCase() === options.variant.toLowerCase()));
  if (variants.length === 0) {
    throw new ReportError([
      { file: reportFile(), message: `the report publishes no converted variant${options.variant ? ` "${options.variant}"` : ''}`, severity: 'error' },
    ]);
  }

  const scratch = mkdtempSync(path.join(os.tmpdir(), 'bifolio-review-'));
  const dataDir = path.join(scratch, 'data');
  mkdirSync(dataDir);
  const previous = process.env.BIFOLIO_REVIEW_DIR;
  process.env.BIFOLIO_REVIEW_DIR = dataDir;
  try {
    // In Bifolio's folder (installed: the report's, see astroCwd): Astro puts its server chunks in
    // the output, or in .astro/ of the working directory when the output is outside it, and they
    // must find Bifolio's dependencies.
    const cwd = process.cwd();
    process.chdir(astroCwd(options.root));
    try {
      await astroBuild({ ...astroInlineConfig(options), outDir: path.join(scratch, 'site') });
    } catch (e) {
      throw new ReportError([toDiagnostic(e, options.root)]);
    } finally {
      process.chdir(cwd);
    }
    const pages = readdirSync(dataDir).map((f) => JSON.parse(readFileSync(path.join(dataDir, f), 'utf8')) as { page: string; occurrences: Occurrence[] });
    const outDir = path.resolve(options.outDir ?? path.join(options.root, 'review'));
    mkdirSync(outDir, { recursive: true });
    const files: string[] = [];
    const summaries: ReviewSummary[] = [];
    for (const variant of variants) {
      const own = pages.filter((p) => p.page.startsWith(`/${variant.prefix}/`));
      const occurrences = pages.flatMap((p) => p.occurrences).filter((o) => o.variant === variant.code && o.page.startsWith(`/${variant.prefix}/`));
      const summary = summarizeReview(variant.code, occurrences, own.length);
      const file = path.join(outDir, `${variant.code}.html`);
      writeFileSync(
        file,
        renderReviewHtml(summary, {
          title: `Conversion review: ${report.shortTitle} (${variant.code})`,
          stylesheets: fontStylesheetFiles(),
          pageUrl: (o) => `http://127.0.0.1:4321${o.page}${o.heading ? `#${encodeURIComponent(o.heading.id)}` : ''}`,
        }),
      );
      files.push(file);
      summaries.push(summary);
    }
    return { files, summaries };
  } finally {
    if (previous === undefined) delete process.env.BIFOLIO_REVIEW_DIR;
    else process.env.BIFOLIO_REVIEW_DIR = previous;
    rmSync(scratch, { recursive: true, force: true });
  }
}
