/**
 * What follows a variant's print: the text check of each part's print
 * (integrity.ts: read back as a PDF reader reads it, compared with the
 * part's laid-out pages), the prints joined (join-pdfs.ts), and the
 * finishing of each edition cut from the joined print (finish.ts). The build
 * runs it in a worker thread (finish-thread.ts), where each part is checked as
 * soon as it is printed, while the other parts still print; it runs anywhere.
 */
import { finishPdf, type FinishOptions } from './finish.ts';
import { joinPdfs } from './join-pdfs.ts';
import { comparePrintedText, type IntegrityProblem } from './integrity.ts';
import type { LayoutProblem, PageText } from './page-text.ts';
import { readPdfText } from '../../pdf-text.ts';

/** One part's print as Chromium made it (render.ts), with its laid-out pages' text. */
export interface PrintedPart {
  pdf: Uint8Array;
  text: PageText[];
  /** The number of the part's first page in the whole document. */
  firstPage: number;
}

export interface FinishJob {
  /** What the layout lost or hid (render.ts). */
  layoutProblems: LayoutProblem[];
  /** One finished PDF per entry, in order. */
  editions: FinishOptions[];
}

export interface FinishJobResult {
  problems: IntegrityProblem[];
  /** Joining the parts' prints (0 for one part). */
  joinMs: number;
  editions: Array<{ bytes: Uint8Array; finishMs: number }>;
}

/**
 * Reads a part's print back and compares it with its laid-out pages. Its editions are cut from
 * the joined print, and joining and finishing change only pages' order, boxes, tags, links and
 * marks (no text), so their text is the parts'.
 */
export async function checkPart(part: PrintedPart): Promise<IntegrityProblem[]> {
  return comparePrintedText(part.text, await readPdfText(part.pdf), 0, part.firstPage);
}

/** Joins the parts' prints (in order) and finishes every edition; `checked` are the parts' checks (checkPart). */
export async function finishParts(
  parts: readonly PrintedPart[],
  checked: ReadonlyArray<Promise<IntegrityProblem[]>>,
  job: FinishJob,
): Promise<FinishJobResult> {
  const problems = [...job.layoutProblems, ...(await Promise.all(checked)).flat()];
  const joinStarted = performance.now();
  const pdf = await joinPdfs(parts.map((p) => p.pdf));
  const joinMs = performance.now() - joinStarted;
  const editions: FinishJobResult['editions'] = [];
  for (const options of job.editions) {
    const started = performance.now();
    const bytes = await finishPdf(pdf, options);
    editions.push({ bytes, finishMs: performance.now() - started });
  }
  return { problems, joinMs, editions };
}
