/**
 * The print runtime (runtime/: Bifolio's Paged.js handlers and what runs
 * after the layout, in the print document in Chromium) as one browser
 * script, bundled from its TypeScript sources with esbuild when first asked
 * for and kept for the life of the process: nothing is written, so it works
 * the same from this repository and from a report's node_modules.
 *
 * The PDF build evaluates the script through the DevTools protocol after
 * Paged.js (the print document's content policy refuses scripts of its own),
 * then calls the functions it puts on `window.__bifolio` with `callRuntime`;
 * the print preview loads it from PRINT_RUNTIME_URL (preview/integration.ts).
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { PrintRuntime } from './runtime/index.ts';

let bundle: Promise<string> | undefined;

/** The runtime as one browser script (an IIFE), bundled once per process. */
export function printRuntimeSource(): Promise<string> {
  bundle ??= bundleRuntime().catch((error: unknown) => {
    bundle = undefined;
    throw error;
  });
  return bundle;
}

async function bundleRuntime(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./runtime/index.ts', import.meta.url))],
    // Module names in the script's comments are relative to this folder (runtime/…), wherever Bifolio is.
    absWorkingDir: fileURLToPath(new URL('.', import.meta.url)),
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    // The code as written, as Chromium runs it: nothing lowered, nothing renamed but clashes.
    target: 'esnext',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
    // Bifolio's tsconfig.json extends Astro's, which a report may not resolve the same way: only what matters here.
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } },
  });
  return result.outputFiles[0]!.text;
}

/** Adds the runtime to a page, after Paged.js (the handlers extend its classes when registered). */
export async function addPrintRuntime(page: Page): Promise<void> {
  await page.evaluate(await printRuntimeSource());
}

/**
 * Runs `fn` in the page with `arg` and returns its (awaited) result. Both go
 * across as one JSON string, which the page and Node.js read natively:
 * Playwright's own transfer walks a structured value item by item in the
 * page, and for a long document's pages, texts and boxes (hundreds of
 * thousands of items) that took seconds (4.1 s → 0.9 s for the page texts of
 * 616 pages). So a value must be plain JSON data: no `undefined` in arrays,
 * no `NaN`, dates or maps. `fn` runs in the page: nothing from its module's scope.
 */
export async function evaluateJson<Arg, Result>(page: Page, fn: (arg: Arg) => Result, arg?: Arg): Promise<Awaited<Result>> {
  const input = JSON.stringify(JSON.stringify(arg ?? null));
  const json = await page.evaluate(`(async () => JSON.stringify(await (${fn.toString()})(JSON.parse(${input}))) ?? 'null')()`);
  return JSON.parse(json as string) as Awaited<Result>;
}

/** Calls one of the runtime's functions in the page (added by addPrintRuntime) and returns what it returns (as evaluateJson). */
export function callRuntime<Name extends keyof PrintRuntime>(
  page: Page,
  name: Name,
  ...args: Parameters<PrintRuntime[Name]>
): Promise<Awaited<ReturnType<PrintRuntime[Name]>>> {
  return evaluateJson(
    page,
    // Runs in the page: nothing from this module's scope.
    ([fn, params]: [string, unknown[]]) => (window as unknown as { __bifolio: Record<string, (...a: unknown[]) => unknown> }).__bifolio[fn]!(...params),
    [name, args],
  ) as Promise<Awaited<ReturnType<PrintRuntime[Name]>>>;
}
