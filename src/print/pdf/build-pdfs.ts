/**
 * Writes the PDFs of a built site: for every variant a reading edition
 * `pdf/<slug>-<variant>.pdf` and a printer edition `…-print.pdf` (bleed, crop
 * marks, TrimBox and BleedBox). The variant's print document is laid out
 * once, with the bleed, and printed once: the reading edition is that print
 * cut to the trimmed page; the printer edition keeps the bleed, gets its
 * marks and loses the tags and links (finish.ts). The print is read back once
 * to check that no text was lost or duplicated (its editions' text is its
 * own); each PDF is finished (metadata, fixed dates), written to a temporary
 * file and renamed into place only when all of that succeeded. The check and
 * the finishing run in a worker thread per variant (finish-thread.ts).
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Diagnostic } from '../../diagnostics.ts';
import { ReportError } from '../../diagnostics.ts';
import type { Report, Variant } from '../../content/report.ts';
import { pageSetupCss } from '../page-setup.ts';
import { pdfName, printDocumentPath, type Edition } from '../../render/print-routes.ts';
import { launchChromium } from '../../platform/browser.ts';
import { serveStatic } from '../../platform/static-server.ts';
import { basePath } from '../../content/site-address.ts';
import { convertToCmykPdfX } from './cmyk.ts';
import { documentDate } from './finish.ts';
import { FinishThread } from './finish-thread.ts';
import type { IntegrityProblem } from './integrity.ts';
import { PdfError, renderPdf } from './render.ts';
import { planLayout } from './schedule.ts';

export interface PdfBuildOptions {
  report: Report;
  /** The built site, holding print/<prefix>/index.html. */
  siteDir: string;
  /** Where the PDFs go (created if missing). */
  outDir: string;
  /** How the PDFs' paths are shown in messages. */
  publishDir: string;
  /** Time limit for one document's layout, in milliseconds. Default: 180 s. */
  timeoutMs?: number;
  /** Keep the print documents and their page layout here, for inspection. */
  keepDir?: string;
  /** Only these editions. Default: both. */
  editions?: Edition[];
  /** Also convert each printer edition to CMYK PDF/X-3 with Ghostscript (`…-print-cmyk.pdf`). */
  cmyk?: boolean;
  /**
   * Lay each document out in up to this many parts at once (render.ts).
   * Default: the processor cores divided among the documents laid out at
   * once — 1 when the variants already keep every core busy.
   */
  layoutParts?: number;
  /**
   * Memory the documents laid out at once may take, in MB (schedule.ts): fewer documents, or
   * fewer parts, at once when theirs would take more. Default: half the machine's memory.
   */
  memoryMb?: number;
  /** Where font subsets are kept between builds (fonts/subsets.ts). Default: none, always made. */
  fontCacheDir?: string;
  /** Told of each PDF as soon as it is finished and checked (the variants are laid out in parallel). */
  onPdf?: (result: PdfResult) => void;
}

export interface PdfResult {
  variant: string;
  edition: Edition;
  /** Where the PDF is published. */
  file: string;
  pages: number;
  /** How many parts the layout was split into. */
  layoutParts: number;
  /** The CMYK PDF/X-3 file made from the printer edition, when asked for. */
  cmykFile?: string;
  /** Wall-clock seconds for the whole PDF, and for its steps. */
  seconds: number;
  steps: { load: number; layout: number; print: number; finish: number; check: number };
}

/** Millimetres (or other print units) to PDF points. */
export function toPoints(length: string): number {
  const m = /^(\d+(?:\.\d+)?)(mm|cm|in|pt)$/.exec(length);
  if (!m) throw new Error(`not a length: ${length}`);
  const value = Number(m[1]);
  return { mm: (value * 72) / 25.4, cm: (value * 720) / 25.4, in: value * 72, pt: value }[m[2] as 'mm' | 'cm' | 'in' | 'pt'];
}

export async function buildPdfs(options: PdfBuildOptions): Promise<PdfResult[]> {
  const { report } = options;
  const editions = options.editions ?? ['reading', 'printer'];
  mkdirSync(options.outDir, { recursive: true });
  if (options.keepDir) mkdirSync(options.keepDir, { recursive: true });
  // Chromium first: when it cannot start, there is no server to stop.
  // Only the shipped fonts: nothing the PDFs print may come from the machine's own fonts.
  const { browser, close } = await launchChromium();
  // Served under the site's path, as the pages' addresses of styles and images expect.
  const base = basePath(report.site);
  const server = await serveStatic(options.siteDir, 0, { base }).catch(async (e: unknown) => {
    await close();
    throw e;
  });
  const date = documentDate(report);
  // Layout is single-threaded per document: as many documents at once as there are cores (up
  // to four), and the cores left over lay out parts of each document, as far as memory allows.
  const { parallel, parts: layoutParts } = planLayout({
    cores: os.availableParallelism(),
    documentBytes: report.variants.map((v) => statSync(path.join(options.siteDir, printDocumentPath(v), 'index.html')).size),
    memoryMb: options.memoryMb ?? os.totalmem() / 2 ** 21,
    parts: options.layoutParts,
  });
  // One layout per variant serves both editions: laid out with the bleed, the reading
  // edition is cut to the trimmed page and the printer edition gets its marks.
  const results: PdfResult[] = [];
  const problems: Diagnostic[] = [];
  try {
    let next = 0;
    const worker = async () => {
      while (next < report.variants.length) {
        const variant = report.variants[next++]!;
        try {
          results.push(...(await buildVariant(variant)));
        } catch (e) {
          if (e instanceof ReportError) problems.push(...e.diagnostics);
          else if (e instanceof PdfError)
            problems.push(
              ...editions.map((edition) => ({
                file: path.join(options.publishDir, pdfName(report, variant, edition)),
                message: e.message,
                ...(e.hint ? { hint: e.hint } : {}),
                severity: 'error' as const,
              })),
            );
          else throw e;
        }
      }
    };
    await Promise.all(Array.from({ length: parallel }, worker));
  } finally {
    await close();
    await server.close();
  }
  if (problems.length) throw new ReportError(problems);
  const order = (r: PdfResult) => report.variants.findIndex((v) => v.prefix === r.variant) * 2 + editions.indexOf(r.edition);
  return results.sort((a, b) => order(a) - order(b));

  async function buildVariant(variant: Variant): Promise<PdfResult[]> {
    // Started now, so it has loaded its modules when the print is ready (finish-thread.ts).
    const thread = new FinishThread();
    try {
      return await laidOutAndFinished(variant, thread);
    } finally {
      await thread.stop();
    }
  }

  async function laidOutAndFinished(variant: Variant, thread: FinishThread): Promise<PdfResult[]> {
    const started = performance.now();
    const withBleed = editions.includes('printer');
    const bleedPt = toPoints(report.print.bleed);
    const rendered = await renderPdf(browser, {
      url: server.url + base.replace(/\/$/, '') + printDocumentPath(variant),
      pageSetupCss: withBleed ? pageSetupCss(report.print, { printerEdition: true }) : undefined,
      timeoutMs: options.timeoutMs ?? 180_000,
      parts: layoutParts,
      fontCacheDir: options.fontCacheDir,
      // Each part's print is checked in the thread while the other parts still print.
      onPrinted: (index, part) => thread.check(index, part),
    });
    // One tagged print serves both editions (so a printer edition made alone has the same
    // bytes); the printer edition's tags and links are taken out when it is finished.
    // The pages' text was read in the browser during the print (render.ts): its time is the print's.
    const { loadMs, layoutMs } = rendered.timings;
    const shared = performance.now() - started - rendered.timings.printMs;
    const metadata = { ...rendered.metadata, keywords: ['ESG', report.organisation.name], date };
    const jobStarted = performance.now();
    const finished = await thread.run({
      layoutProblems: rendered.layoutProblems,
      editions: editions.map((edition) => ({
        metadata,
        bleedPt: edition === 'printer' ? bleedPt : undefined,
        trimPt: edition !== 'printer' && withBleed ? bleedPt : undefined,
      })),
    });
    const { problems } = finished;
    // Joining the parts' prints is the print's; what the job took beyond joining and finishing
    // (the checks of the parts, which started during the print, still running) is the check's.
    const printMs = rendered.timings.printMs + finished.joinMs;
    const checkMs = performance.now() - jobStarted - finished.joinMs - finished.editions.reduce((sum, e) => sum + e.finishMs, 0);
    const out: PdfResult[] = [];
    for (const [index, edition] of editions.entries()) {
      const printerEdition = edition === 'printer';
      const name = pdfName(report, variant, edition);
      const { bytes, finishMs } = finished.editions[index]!;
      const target = path.join(options.outDir, name);
      let cmykName: string | undefined;
      const tmp = `${target}.tmp-${process.pid}`;
      writeFileSync(tmp, bytes);
      try {
        if (options.keepDir) {
          writeFileSync(
            path.join(options.keepDir, `${path.basename(name, '.pdf')}.html`),
            readFileSync(path.join(options.siteDir, printDocumentPath(variant), 'index.html')),
          );
          writeFileSync(path.join(options.keepDir, `${path.basename(name, '.pdf')}.layout.json`), JSON.stringify(rendered.pages));
          writeFileSync(path.join(options.keepDir, `${path.basename(name, '.pdf')}.text.json`), JSON.stringify(rendered.text));
          // The PDF as laid out, even when the text check fails: to look at what went wrong.
          writeFileSync(path.join(options.keepDir, name), bytes);
        }
        if (problems.length) throw new ReportError(problems.slice(0, 20).map((p) => integrityDiagnostic(p, path.join(options.publishDir, name))));
        if (printerEdition && options.cmyk) {
          const cmykTarget = target.replace(/\.pdf$/, '-cmyk.pdf');
          const cmykTmp = `${cmykTarget}.tmp-${process.pid}`;
          try {
            convertToCmykPdfX(tmp, cmykTmp, rendered.metadata.title);
            renameSync(cmykTmp, cmykTarget);
            cmykName = path.basename(cmykTarget);
          } finally {
            rmSync(cmykTmp, { force: true });
          }
        }
        renameSync(tmp, target);
      } finally {
        rmSync(tmp, { force: true });
      }
      const result: PdfResult = {
        variant: variant.prefix,
        edition,
        file: path.join(options.publishDir, name),
        ...(cmykName ? { cmykFile: path.join(options.publishDir, cmykName) } : {}),
        pages: rendered.pages.length,
        layoutParts: rendered.timings.parts,
        // The layout, the print and the text check are shared: each edition counts them, plus its own finish.
        seconds: (shared + checkMs + printMs + finishMs) / 1000,
        steps: { load: loadMs / 1000, layout: layoutMs / 1000, print: printMs / 1000, finish: finishMs / 1000, check: checkMs / 1000 },
      };
      out.push(result);
      options.onPdf?.(result);
    }
    return out;
  }
}

const quote = (text: string) => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;

/** A problem of the text check as the editor reads it. */
export function integrityDiagnostic(p: IntegrityProblem, file: string): Diagnostic {
  const pages = p.pages.length > 1 ? `pages ${p.pages.join(', ')}` : `page ${p.pages[0]}`;
  const message = {
    missing: `text missing from ${pages}: ${quote(p.text)}`,
    duplicated: `text printed twice, on ${pages}: ${quote(p.text)}`,
    wrong: `the text layer of ${pages} has ${quote(p.found ?? '')} where the document has ${quote(p.text)} (copied or searched text would be wrong)`,
    hidden: `text laid out outside the text area of ${pages}, where it is not seen: ${quote(p.text)}`,
  }[p.kind];
  const hint =
    p.kind === 'wrong'
      ? 'a font maps this glyph to other characters; report it with this page'
      : 'the layout lost or repeated text at a page break; report it with this passage';
  return { file, message, hint, severity: 'error' };
}
