// Makes font subsets off the main thread (src/fonts/subsets.ts): each message is { id, path, text, format }, each
// answer { id, bytes } or { id, error }. Plain JavaScript, so it runs without TypeScript hooks wherever Bifolio is installed.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import subsetFont from 'subset-font';

const files = new Map();
parentPort.on('message', async ({ id, path, text, format }) => {
  try {
    if (!files.has(path)) files.set(path, readFileSync(path));
    const bytes = await subsetFont(files.get(path), text, { targetFormat: format });
    parentPort.postMessage({ id, bytes });
  } catch (e) {
    parentPort.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
