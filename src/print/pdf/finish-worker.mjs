// The worker thread of finish-thread.ts: one message { job } (finish-job.ts), one answer { result } or { error }.
// Plain JavaScript that first registers Bifolio's TypeScript hooks, so it runs wherever Bifolio is installed.
import { parentPort } from 'node:worker_threads';

await import(new URL('../../../scripts/typescript-hooks.mjs', import.meta.url).href);
const { checkAndFinish } = await import('./finish-job.ts');

parentPort.once('message', async (job) => {
  try {
    const result = await checkAndFinish(job);
    parentPort.postMessage(
      { result },
      result.editions.map((e) => e.bytes.buffer),
    );
  } catch (e) {
    parentPort.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
});
