/**
 * Lays one print document out with Paged.js in Chromium and prints it with
 * the CSS page size, once for each PDF wanted from that layout. A Paged.js error in the page console, a page script
 * error, or a layout that runs past the time limit fails with the reason.
 */
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { PAGED_JS_FILE as PAGED_JS } from './paged-file.ts';
import { collectLayout, registerPrintHandlers, runPagedLayout, type PageLayout } from './paged-runtime.ts';

export interface RenderOptions {
  /** Address of the print document. */
  url: string;
  /** Replaces the document's page setup (`style[data-page-setup]`), e.g. to add bleed and marks. */
  pageSetupCss?: string;
  /** Time limit for loading and layout, in milliseconds. */
  timeoutMs: number;
  /**
   * The PDFs printed from the one layout, each tagged (accessible) or not.
   * Default: one tagged PDF.
   */
  prints?: Array<{ tagged: boolean }>;
}

export interface RenderedPdf {
  /** One per entry of `prints`. */
  pdfs: Buffer[];
  pages: PageLayout[];
  /** Title, subject and author as the (converted) document states them. */
  metadata: { title: string; subject: string; author: string; lang: string };
  /** `printMs`: per print. */
  timings: { loadMs: number; layoutMs: number; printMs: number[] };
}

/** A PDF that could not be made, with the reason in plain words. */
export class PdfError extends Error {}

/** Messages from the page that mean the layout cannot be trusted (failed loads are reported by the response handler). */
function isLayoutProblem(type: string, text: string): boolean {
  if (/^Failed to load resource/.test(text)) return false;
  return type === 'error' || /Unable to layout item/i.test(text);
}

/** A console message with the text of the element it names (Paged.js logs the node it could not lay out). */
async function describe(message: ConsoleMessage): Promise<string> {
  const parts = await Promise.all(
    message.args().map((arg) =>
      arg
        .evaluate((value) => {
          if (value instanceof Element) return `<${value.tagName.toLowerCase()}> “${(value.textContent ?? '').trim().slice(0, 80)}”`;
          if (value instanceof Node) return `“${(value.textContent ?? '').trim().slice(0, 80)}”`;
          return String(value);
        })
        .catch(() => ''),
    ),
  );
  return parts.filter(Boolean).join(' ').trim() || message.text();
}

/**
 * Renders one document in a context of its own: a renderer process of its
 * own, so documents can be laid out in parallel.
 */
export async function renderPdf(browser: Browser, options: RenderOptions): Promise<RenderedPdf> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: Array<string | Promise<string>> = [];
  page.on('console', (message) => {
    if (isLayoutProblem(message.type(), message.text())) problems.push(describe(message));
  });
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`could not load ${new URL(request.url()).pathname}: ${request.failure()?.errorText ?? 'failed'}`));
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    // The browser asks for a favicon on its own; the document does not use one.
    if (response.status() >= 400 && pathname !== '/favicon.ico') problems.push(`could not load ${pathname}: status ${response.status()}`);
  });
  try {
    return await withTimeout(layOutAndPrint(page, options, problems), options.timeoutMs);
  } finally {
    await context.close();
  }
}

async function layOutAndPrint(page: Page, options: RenderOptions, problems: Array<string | Promise<string>>): Promise<RenderedPdf> {
  const fail = async (what: string) => {
    if (problems.length) throw new PdfError(`${what}: ${(await Promise.all(problems)).join('; ')}`);
  };
  const loadStarted = performance.now();
  const response = await page.goto(options.url, { waitUntil: 'load' });
  if (!response?.ok()) throw new PdfError(`the print document ${new URL(options.url).pathname} answered ${response?.status() ?? 'nothing'}`);
  if (options.pageSetupCss !== undefined) {
    await page.evaluate((css) => {
      const style = document.querySelector('style[data-page-setup]');
      if (!style) throw new Error('the print document has no page setup');
      style.textContent = css;
    }, options.pageSetupCss);
  }
  await page.addScriptTag({ path: PAGED_JS });
  await page.evaluate(registerPrintHandlers, {});
  const loadMs = performance.now() - loadStarted;
  const layoutStarted = performance.now();
  await page.evaluate(runPagedLayout);
  const layoutMs = performance.now() - layoutStarted;
  await fail('Paged.js reported a problem while laying out the pages');
  const pages = await page.evaluate(collectLayout);
  const metadata = await page.evaluate(() => ({
    title: document.title,
    subject: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
    author: document.querySelector('.cover-org')?.textContent?.trim() ?? '',
    lang: document.documentElement.lang,
  }));
  const pdfs: Buffer[] = [];
  const printMs: number[] = [];
  for (const { tagged } of options.prints ?? [{ tagged: true }]) {
    const started = performance.now();
    pdfs.push(await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged }));
    printMs.push(performance.now() - started);
  }
  await fail('the browser reported a problem while printing');
  return { pdfs, pages, metadata, timings: { loadMs, layoutMs, printMs } };
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PdfError(`layout did not finish within the time limit of ${ms >= 10_000 ? Math.round(ms / 1000) : ms / 1000} s (raise it with --pdf-timeout <seconds>)`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
