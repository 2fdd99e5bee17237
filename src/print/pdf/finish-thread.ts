/**
 * Runs a variant's text check and finishing (finish-job.ts) in a worker
 * thread of its own, started when the variant's layout starts.
 *
 * Why a thread: reading a 600-page print back (pdf.js) and finishing it
 * (pdf-lib) build hundreds of megabytes of objects, and a process's heap does
 * not shrink once grown. On the main thread they stayed with the build for
 * the next variant's layout and print, the build's peak; a thread's heap is
 * given back when it ends. The main thread also stays free for the browser
 * pages laid out beside it.
 *
 * Why started early: the thread loads its modules while Chromium lays the
 * document out, so the job waits for nothing.
 */
import { Worker } from 'node:worker_threads';
import type { FinishJob, FinishJobResult, PrintedPart } from './finish-job.ts';

type Answer = { result: FinishJobResult } | { error: string };

/**
 * One variant per thread: start it, hand it each part's print as it is made (`check`), `run` the
 * job once, `stop` it (also when the job was never run).
 */
export class FinishThread {
  readonly #worker = new Worker(new URL('./finish-worker.mjs', import.meta.url));
  readonly #answer: Promise<Answer>;

  constructor() {
    this.#answer = new Promise((resolve) => {
      this.#worker.once('message', resolve);
      this.#worker.once('error', (e: Error) => resolve({ error: e.message }));
      this.#worker.once('exit', (code) => resolve({ error: `it stopped (exit code ${code})` }));
    });
  }

  /**
   * Part `index` of the print (counted from 0), checked in the thread at once. The print's bytes are
   * handed over to the thread: the caller's copy is emptied.
   */
  check(index: number, part: PrintedPart): void {
    // A buffer of its own, so that handing it over takes nothing else with it.
    const { pdf } = part;
    const own = pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? pdf : pdf.slice();
    this.#worker.postMessage({ index, part: { ...part, pdf: own } }, [own.buffer as ArrayBuffer]);
  }

  /** Joins the parts handed over (check) and finishes, once every part is checked. */
  async run(job: FinishJob): Promise<FinishJobResult> {
    this.#worker.postMessage({ job });
    const answer = await this.#answer;
    if ('error' in answer) throw new Error(`could not check and finish the PDF: ${answer.error}`);
    return answer.result;
  }

  /** Ends the thread; its memory is given back. */
  async stop(): Promise<void> {
    await this.#worker.terminate();
  }
}
