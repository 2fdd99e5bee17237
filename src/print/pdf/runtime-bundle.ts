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

/** Calls one of the runtime's functions in the page (added by addPrintRuntime) and returns what it returns. */
export function callRuntime<Name extends keyof PrintRuntime>(
  page: Page,
  name: Name,
  ...args: Parameters<PrintRuntime[Name]>
): Promise<Awaited<ReturnType<PrintRuntime[Name]>>> {
  // Runs in the page: nothing from this module's scope.
  return page.evaluate(([fn, params]) => (window as unknown as { __bifolio: Record<string, (...a: unknown[]) => unknown> }).__bifolio[fn]!(...params), [
    name,
    args,
  ] as [string, unknown[]]) as Promise<Awaited<ReturnType<PrintRuntime[Name]>>>;
}
