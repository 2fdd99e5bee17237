/**
 * `bifolio build`: validates the sources and builds the site into a temporary
 * directory beside the output (both in a child process, site-process.ts),
 * lays out the PDFs from its print documents, and swaps it into place only
 * when the whole build succeeded. A failed or interrupted build leaves the
 * previous output untouched. `bifolio pdf` does the same but replaces only
 * the PDFs.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ReportError, type Diagnostic } from '../diagnostics.ts';
import { buildCacheDir, type ProjectOptions } from './astro-project.ts';
import { buildSite } from './site-process.ts';
import { loadReport } from '../content/report.ts';
import { reportFile } from '../sources/paths.ts';
import { buildPdfs, type PdfResult } from '../print/pdf/build-pdfs.ts';
import type { Edition } from '../render/print-routes.ts';
import { writeSearchIndex } from './search-index.ts';
import { writeWebFonts } from './web-fonts.ts';

export interface BuildOptions extends ProjectOptions {
  /** Output directory. Default: `dist` in the project root. */
  outDir?: string;
  /** `pdf`: build everything but replace only the PDFs in the output. Default: `all`. */
  only?: 'all' | 'pdf';
  /** Keep the print documents and their page layout in this directory (for inspection). */
  keepPrintDir?: string;
  /** Time limit for laying out one PDF. Default: 180 s. */
  pdfTimeoutMs?: number;
  /** Also write CMYK PDF/X-3 printer editions (needs Ghostscript). */
  cmyk?: boolean;
  /** Lay each PDF out in up to this many parts at once. Default: the cores not busy with other PDFs. */
  layoutParts?: number;
  /** Memory the PDFs laid out at once may take, in MB. Default: half the machine's memory. */
  pdfMemoryMb?: number;
  /** `pdf` only: lay out only this variant's PDFs (its code, e.g. `zh-Hant`). Default: every variant. */
  pdfVariant?: string;
  /** `pdf` only: only this edition. Default: both. */
  pdfEdition?: Edition;
  /** Told as each step starts and as each PDF is finished, for a progress display. */
  onProgress?: (event: BuildProgress) => void;
}

/** A step of the build, in the order they run (`fonts` and `search` not for `pdf`). */
export type BuildStep = 'check' | 'site' | 'verify' | 'fonts' | 'search' | 'pdfs';

export type BuildProgress =
  /** A step starts; for `pdfs`, how many PDFs it lays out. */
  | { kind: 'step'; step: BuildStep; pdfs?: number }
  /** A PDF is finished and checked (in the order they finish, not the report's). */
  | { kind: 'pdf'; pdf: PdfResult };

export interface BuildResult {
  outDir: string;
  warnings: Diagnostic[];
  seconds: number;
  /**
   * Wall-clock seconds of each step: source checks, site (Astro), conversion check, web fonts, search index, PDFs.
   * The web fonts and the search index are written while the PDFs are laid out: their seconds overlap the PDFs'.
   */
  phases: { check: number; site: number; verify: number; fonts: number; search: number; pdfs: number };
  pdfs: PdfResult[];
}

export async function buildReport(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const outDir = path.resolve(options.outDir ?? path.join(options.root, 'dist'));
  const phases = { check: 0, site: 0, verify: 0, fonts: 0, search: 0, pdfs: 0 };
  let mark = started;
  const lap = (phase: keyof typeof phases) => {
    const now = performance.now();
    phases[phase] = (now - mark) / 1000;
    mark = now;
  };
  const step = (name: BuildStep, pdfs?: number) => options.onProgress?.({ kind: 'step', step: name, ...(pdfs === undefined ? {} : { pdfs }) });
  // The report and the variants asked for, read once the sources passed their check.
  let report: ReturnType<typeof loadReport> | undefined;
  const chosenVariants = () => {
    report = loadReport();
    const variants = options.pdfVariant ? report.variants.filter((v) => v.code.toLowerCase() === options.pdfVariant!.toLowerCase()) : report.variants;
    if (variants.length > 0) return variants;
    throw new ReportError([
      {
        file: reportFile(),
        message: `there is no variant "${options.pdfVariant}"`,
        hint: `the report's variants are ${report.variants.map((v) => v.code).join(', ')}`,
        severity: 'error',
      },
    ]);
  };
  let variants: ReturnType<typeof chosenVariants> = [];
  const tmpDir = `${outDir}.tmp-${process.pid}`;
  let pdfs: PdfResult[] = [];
  const cleanup = () => rmSync(tmpDir, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    cleanup();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let warnings: Diagnostic[] = [];
  try {
    cleanup();
    step('check');
    // In a process of its own, with the check of the sources and of the pages' conversion: their memory is
    // given back before the PDFs are laid out.
    const sources = await buildSite(
      { root: options.root, verbose: options.verbose, outDir: tmpDir, publishDir: outDir },
      {
        onChecked: () => {
          variants = chosenVariants();
          lap('check');
          step('site');
        },
        onBuilt: () => {
          lap('site');
          step('verify');
        },
      },
    );
    warnings = sources.warnings;
    if (sources.problems.length > 0) throw new ReportError(sources.problems);
    lap('verify');
    // The web fonts (a worker thread) and the search index (Pagefind's own process) need only the pages: they are
    // written while the PDFs are laid out, and the build waits for all of them.
    const beside = async <T>(phase: 'fonts' | 'search', work: () => Promise<T>) => {
      const begun = performance.now();
      step(phase);
      try {
        return await work();
      } finally {
        phases[phase] = (performance.now() - begun) / 1000;
      }
    };
    // Font subsets, the web's and the PDFs', are kept between builds (fonts/subsets.ts).
    const fontCacheDir = path.join(buildCacheDir(options.root), 'fonts');
    // Settled before anything is thrown, so no step is left running when the build fails.
    const siteWork =
      options.only === 'pdf'
        ? Promise.resolve()
        : Promise.allSettled([
            beside('fonts', () => writeWebFonts(tmpDir, { publishDir: outDir, cacheDir: fontCacheDir })),
            beside('search', () => writeSearchIndex(tmpDir)),
          ]).then((results) => {
            for (const r of results) if (r.status === 'rejected') throw r.reason;
          });
    const editions: Edition[] = options.pdfEdition ? [options.pdfEdition] : ['reading', 'printer'];
    step('pdfs', variants.length * editions.length);
    mark = performance.now();
    const pdfsDone = buildPdfs({
      report: { ...report!, variants },
      editions,
      siteDir: tmpDir,
      outDir: path.join(tmpDir, 'pdf'),
      publishDir: path.join(outDir, 'pdf'),
      keepDir: options.keepPrintDir,
      timeoutMs: options.pdfTimeoutMs,
      cmyk: options.cmyk,
      layoutParts: options.layoutParts,
      memoryMb: options.pdfMemoryMb,
      fontCacheDir,
      onPdf: (pdf) => options.onProgress?.({ kind: 'pdf', pdf }),
    });
    const [site, built] = await Promise.allSettled([siteWork, pdfsDone]);
    // A page the web fonts cannot draw fails the PDFs as well: its message, about the page, comes alone.
    if (site.status === 'rejected') throw site.reason;
    if (built.status === 'rejected') throw built.reason;
    pdfs = built.value;
    lap('pdfs');
    // The print documents are the PDFs' source, not pages of the website.
    rmSync(path.join(tmpDir, 'print'), { recursive: true, force: true });
    if (options.only === 'pdf' && (options.pdfVariant || options.pdfEdition)) {
      // Some PDFs only: each replaces its own file; the others stay.
      mkdirSync(path.join(outDir, 'pdf'), { recursive: true });
      for (const name of readdirSync(path.join(tmpDir, 'pdf'))) renameSync(path.join(tmpDir, 'pdf', name), path.join(outDir, 'pdf', name));
    } else if (options.only === 'pdf') swapInto(path.join(tmpDir, 'pdf'), path.join(outDir, 'pdf'));
    else swapInto(tmpDir, outDir);
  } finally {
    cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return { outDir, warnings, seconds: (performance.now() - started) / 1000, phases, pdfs };
}

/** Replaces `outDir` by `fresh` with two renames, so `outDir` is never half-written. */
function swapInto(fresh: string, outDir: string): void {
  mkdirSync(path.dirname(outDir), { recursive: true });
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
