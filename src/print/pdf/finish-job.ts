/**
 * What follows a variant's print, in one job: the prints of its parts joined
 * (join-pdfs.ts), the text check of the print
 * (integrity.ts: read back as a PDF reader reads it, compared with the laid-out
 * pages) and the finishing of each edition cut from it (finish.ts). The build
 * runs it in a worker thread (finish-thread.ts); it runs anywhere.
 */
import { finishPdf, type FinishOptions } from './finish.ts';
import { joinPdfs } from './join-pdfs.ts';
import { checkPrintedText, type IntegrityProblem } from './integrity.ts';
import type { LayoutProblem, PageText } from './page-text.ts';

export interface FinishJob {
  /** The print as Chromium made it, one PDF per part of the layout (render.ts). */
  prints: Uint8Array[];
  /** What the layout lost or hid, and the laid-out pages' text (render.ts). */
  layoutProblems: LayoutProblem[];
  text: PageText[];
  /** One finished PDF per entry, in order. */
  editions: FinishOptions[];
}

export interface FinishJobResult {
  problems: IntegrityProblem[];
  /** Joining the parts' prints (0 for one part). */
  joinMs: number;
  checkMs: number;
  editions: Array<{ bytes: Uint8Array; finishMs: number }>;
}

export async function checkAndFinish(job: FinishJob): Promise<FinishJobResult> {
  const joinStarted = performance.now();
  const pdf = await joinPdfs(job.prints);
  const joinMs = performance.now() - joinStarted;
  const checkStarted = performance.now();
  // The check reads the joined print once: its editions are cut from it, and finishing changes
  // only their boxes, tags, links and marks (no text), so their text is the print's.
  const problems = await checkPrintedText(job, pdf);
  const checkMs = performance.now() - checkStarted;
  const editions: FinishJobResult['editions'] = [];
  for (const options of job.editions) {
    const started = performance.now();
    const bytes = await finishPdf(pdf, options);
    editions.push({ bytes, finishMs: performance.now() - started });
  }
  return { problems, joinMs, checkMs, editions };
}
