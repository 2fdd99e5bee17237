/** Paged.js as a browser script, for the PDF build and the print preview. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
/** The package does not export this path; its CommonJS entry is lib/index.cjs, next to dist/. */
export const PAGED_JS_FILE = path.resolve(path.dirname(require.resolve('pagedjs')), '..', 'dist', 'paged.js');

let source: string | undefined;

/** Paged.js's source, read once per process. */
export function pagedJsSource(): string {
  return (source ??= readFileSync(PAGED_JS_FILE, 'utf8'));
}
