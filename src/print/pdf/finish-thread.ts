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
import type { FinishJob, FinishJobResult } from './finish-job.ts';

type Answer = { result: FinishJobResult } | { error: string };

/** One job per thread: start it, `run` the job once, `stop` it (also when the job was never run). */
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

  /** Joins, checks and finishes. The prints' bytes are handed over to the thread: the caller's copies are emptied. */
  async run(job: FinishJob): Promise<FinishJobResult> {
    // Buffers of their own, so that handing them over takes nothing else with them.
    const prints = job.prints.map((pdf) => (pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? pdf : pdf.slice()));
    this.#worker.postMessage(
      { ...job, prints },
      prints.map((pdf) => pdf.buffer as ArrayBuffer),
    );
    const answer = await this.#answer;
    if ('error' in answer) throw new Error(`could not check and finish the PDF: ${answer.error}`);
    return answer.result;
  }

  /** Ends the thread; its memory is given back. */
  async stop(): Promise<void> {
    await this.#worker.terminate();
  }
}
