/**
 * Builds synthetic reports with the real `bifolio` command and measures them:
 * the whole build (site, search index, reading and printer PDFs of every
 * variant) with the time of each step, and one PDF laid out alone
 * (`bifolio pdf --variant … --edition reading`), with the peak memory of the
 * whole process tree. Timings are medians of the runs.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildCacheDir } from '../output/astro-project.ts';
import { measure } from './process-tree.ts';
import { median } from './stats.ts';
import { writeSyntheticReport, type SyntheticReport } from './synthetic-report.ts';

interface Timings {
  seconds: number;
  phases: { check: number; site: number; verify: number; fonts: number; search: number; pdfs: number };
  pdfs: Array<{ variant: string; edition: 'reading' | 'printer'; pages: number; layoutParts: number; seconds: number; steps: Record<string, number> }>;
}

export interface BuildFigures {
  scale: number;
  report: SyntheticReport;
  runs: number;
  /** Pages of the reading edition, per variant prefix. */
  pages: Record<string, number>;
  /** Medians, in seconds. */
  total: number;
  site: number;
  pdfs: number;
  /** Median seconds of each PDF in the build, by `<prefix> <edition>`. */
  perPdf: Record<string, number>;
  peakMemoryMb: number;
}

export interface PdfAloneFigures {
  scale: number;
  pages: number;
  /** Median seconds for the one PDF, and of its steps: load, layout, print, finish and text check. */
  seconds: number;
  layout: number;
  steps: Record<string, number>;
  /** How many parts the layout was split into. */
  layoutParts: number;
  peakMemoryMb: number;
}

export interface BenchPaths {
  root: string;
  cli: string;
  /** Scratch directory for reports and outputs. */
  work: string;
  env?: NodeJS.ProcessEnv;
}

/** The build's time before the PDFs start: checks, the site and its conversion check (the web fonts and the search index are written beside the PDFs). */
function siteSeconds({ phases }: Timings): number {
  return phases.check + phases.site + phases.verify;
}

export function prepareReport(paths: BenchPaths, scale: number): { dir: string; report: SyntheticReport } {
  const dir = path.join(paths.work, `report-${scale}x`);
  const report = writeSyntheticReport({ sampleDir: path.join(paths.root, 'content'), outDir: dir, scale });
  return { dir, report };
}

async function runBifolio(paths: BenchPaths, args: string[]): Promise<{ timings: Timings; peakMemory: number; seconds: number }> {
  const timingsFile = path.join(paths.work, `timings-${process.pid}.json`);
  rmSync(timingsFile, { force: true });
  // Every run makes its font subsets (web and PDF): what a first build costs, not a rebuild's cache hit.
  rmSync(buildCacheDir(paths.root), { recursive: true, force: true });
  // Large reports take longer than the default time limit for one layout: the bench measures, it does not limit.
  const result = await measure(process.execPath, [paths.cli, ...args, '--timings', timingsFile, '--pdf-timeout', '1800'], { cwd: paths.root, env: paths.env });
  if (result.status !== 0) throw new Error(`bifolio ${args.join(' ')} failed (${result.status}):\n${result.stderr || result.stdout}`);
  return { timings: JSON.parse(readFileSync(timingsFile, 'utf8')) as Timings, peakMemory: result.peakMemory, seconds: result.seconds };
}

/** Runs at a size: large reports take minutes per build, so they get at most two. */
export function runsAt(scale: number, runs: number): number {
  return scale >= 10 ? Math.min(runs, 2) : runs;
}

export async function benchBuild(paths: BenchPaths, scale: number, asked: number, log: (line: string) => void): Promise<BuildFigures> {
  const runs = runsAt(scale, asked);
  const { dir, report } = prepareReport(paths, scale);
  const out = path.join(paths.work, `dist-${scale}x`);
  mkdirSync(paths.work, { recursive: true });
  const samples: Array<Awaited<ReturnType<typeof runBifolio>>> = [];
  for (let i = 0; i < runs; i++) {
    const run = await runBifolio(paths, ['build', '--content', dir, '--out', out]);
    log(
      `  ${scale}× build ${i + 1}/${runs}: ${run.seconds.toFixed(1)} s (site ${siteSeconds(run.timings).toFixed(1)} s, PDFs ${run.timings.phases.pdfs.toFixed(1)} s), ${Math.round(run.peakMemory / 2 ** 20)} MB`,
    );
    samples.push(run);
  }
  const perPdf: Record<string, number> = {};
  for (const key of samples[0]!.timings.pdfs.map((p) => `${p.variant} ${p.edition}`)) {
    perPdf[key] = median(samples.map((s) => s.timings.pdfs.find((p) => `${p.variant} ${p.edition}` === key)!.seconds));
  }
  const pages = Object.fromEntries(samples[0]!.timings.pdfs.filter((p) => p.edition === 'reading').map((p) => [p.variant, p.pages]));
  return {
    scale,
    report,
    runs,
    pages,
    total: median(samples.map((s) => s.seconds)),
    site: median(samples.map((s) => siteSeconds(s.timings))),
    pdfs: median(samples.map((s) => s.timings.phases.pdfs)),
    perPdf,
    peakMemoryMb: Math.max(...samples.map((s) => s.peakMemory)) / 2 ** 20,
  };
}

/** One reading PDF of the source variant, laid out by itself. */
export async function benchPdfAlone(paths: BenchPaths, scale: number, asked: number, variant: string, log: (line: string) => void): Promise<PdfAloneFigures> {
  const { dir } = prepareReport(paths, scale);
  return { scale, ...(await benchPdfOf(paths, dir, `${scale}×`, runsAt(scale, asked), variant, log)) };
}

/** `bifolio pdf --variant … --edition reading` of the report in `dir`, `runs` times. */
export async function benchPdfOf(
  paths: BenchPaths,
  dir: string,
  label: string,
  runs: number,
  variant: string,
  log: (line: string) => void,
): Promise<Omit<PdfAloneFigures, 'scale'>> {
  const out = path.join(paths.work, `dist-${path.basename(dir)}-pdf`);
  const samples: Array<Awaited<ReturnType<typeof runBifolio>>> = [];
  for (let i = 0; i < runs; i++) {
    const run = await runBifolio(paths, ['pdf', '--content', dir, '--out', out, '--variant', variant, '--edition', 'reading']);
    const pdf = run.timings.pdfs[0]!;
    log(`  ${label} one PDF ${i + 1}/${runs}: ${pdf.pages} pages in ${pdf.seconds.toFixed(1)} s (layout ${pdf.steps.layout!.toFixed(1)} s)`);
    samples.push(run);
  }
  return {
    pages: samples[0]!.timings.pdfs[0]!.pages,
    seconds: median(samples.map((s) => s.timings.pdfs[0]!.seconds)),
    layout: median(samples.map((s) => s.timings.pdfs[0]!.steps.layout!)),
    steps: Object.fromEntries(Object.keys(samples[0]!.timings.pdfs[0]!.steps).map((k) => [k, median(samples.map((s) => s.timings.pdfs[0]!.steps[k]!))])),
    layoutParts: samples[0]!.timings.pdfs[0]!.layoutParts,
    peakMemoryMb: Math.max(...samples.map((s) => s.peakMemory)) / 2 ** 20,
  };
}

/**
 * Builds the report in `dir` once (not timed) keeping its print documents (BIFOLIO_KEEP_PRINT):
 * the built site, for the documents' styles and images, and the reading document of `prefix`.
 */
export async function keepPrintDocument(paths: BenchPaths, dir: string, prefix: string): Promise<{ siteDir: string; html: string }> {
  const siteDir = path.join(paths.work, `dist-${path.basename(dir)}-site`);
  const keep = path.join(paths.work, `print-${path.basename(dir)}`);
  rmSync(keep, { recursive: true, force: true });
  await runBifolio({ ...paths, env: { ...(paths.env ?? process.env), BIFOLIO_KEEP_PRINT: keep } }, ['build', '--content', dir, '--out', siteDir]);
  const html = readdirSync(keep).find((f) => f.endsWith(`-${prefix}.html`));
  if (!html) throw new Error(`the build kept no reading document of ${prefix}`);
  return { siteDir, html: path.join(keep, html) };
}
