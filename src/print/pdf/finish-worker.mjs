// The worker thread of finish-thread.ts: messages { index, part } (each checked at once), then one
// { job } (finish-job.ts); one answer { result } or { error }.
// Plain JavaScript that first registers Bifolio's TypeScript hooks, so it runs wherever Bifolio is installed.
import { parentPort } from 'node:worker_threads';

await import(new URL('../../../scripts/typescript-hooks.mjs', import.meta.url).href);
const { checkPart, finishParts } = await import('./finish-job.ts');

const parts = [];
const checked = [];
parentPort.on('message', async (message) => {
  if (message.part) {
    parts[message.index] = message.part;
    checked[message.index] = checkPart(message.part);
    // Reported with the job, not before.
    checked[message.index].catch(() => undefined);
    return;
  }
  try {
    const result = await finishParts(parts, checked, message.job);
    parentPort.postMessage(
      { result },
      result.editions.map((e) => e.bytes.buffer),
    );
  } catch (e) {
    parentPort.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
});
