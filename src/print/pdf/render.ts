/**
 * Lays one print document out with Paged.js in Chromium and prints it with
 * the CSS page size, as a tagged (accessible) PDF with bookmarks. A long
 * document can be laid out in parts, each in a browser page of its own
 * (Paged.js runs on one thread per page, and so does the print): each part's
 * pages are made the pages they are in the whole document
 * (runtime/join-parts.ts), then every part is printed at once in its own
 * page, and the prints are joined afterwards (join-pdfs.ts). A Paged.js
 * error in the page console, an error thrown by the layout, or a layout that
 * runs past the time limit fails with the reason. No script of the document
 * runs: only Paged.js and Bifolio's print runtime (runtime/, see serveDocument).
 */
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { pagedJsSource } from './paged-file.ts';
import { addPrintRuntime, callRuntime, evaluateJson } from './runtime-bundle.ts';
import type { PageLayout } from './runtime/index.ts';
import { checkLayout, collectPageText, sourceTexts, type LayoutProblem, type PageText } from './page-text.ts';
import { pagesOfParts, splitPrintDocument } from './parts.ts';
import { documentFonts, type DocumentFonts } from './font-subsets.ts';
import { htmlText } from '../../html.ts';
import { codePointsOf, describeCharacter, uncovered } from '../../fonts/coverage.ts';

export interface RenderOptions {
  /** Address of the print document. */
  url: string;
  /** Replaces the document's page setup (`style[data-page-setup]`), e.g. to add bleed and marks. */
  pageSetupCss?: string;
  /**
   * `subsets` (default): the document's `@font-face` rules (`style[data-fonts]`,
   * added when missing) are replaced by subsets of the shipped fonts holding
   * the document's characters (font-subsets.ts); a character no shipped font
   * has fails the layout. `as-is`: the document's own rules.
   */
  fonts?: 'subsets' | 'as-is';
  /** Where font subsets are kept between builds (fonts/subsets.ts). Default: none, always made. */
  fontCacheDir?: string;
  /** Time limit for loading and layout, in milliseconds. */
  timeoutMs: number;
  /**
   * Lay the document out in up to this many parts at once, split between
   * chapters (parts.ts: a part has at least `MIN_PART_CHARS` characters of
   * text). Default: 1, the whole document in one page.
   */
  parts?: number;
  /** The least text worth a part of its own. Default: `MIN_PART_CHARS` (parts.ts). */
  minPartChars?: number;
  /**
   * Told of each part's print (the whole document: one part) as soon as it is made and its text
   * read, with the number of its first page in the whole document, while other parts may still
   * print. It may take the print's bytes (hand them over to a thread), which empties them in `prints`.
   */
  onPrinted?: (index: number, part: { pdf: Buffer; text: PageText[]; firstPage: number }) => void;
}

export interface RenderedPdf {
  /** The print, one PDF per part in order: one PDF when laid out in one part (join-pdfs.ts joins them). */
  prints: Buffer[];
  pages: PageLayout[];
  /** The text of every laid-out page, to compare the PDF with (integrity.ts). */
  text: PageText[];
  /** Text the layout lost, repeated or put where it is not seen (page-text.ts). */
  layoutProblems: LayoutProblem[];
  /** Title, subject and author as the (converted) document states them. */
  metadata: { title: string; subject: string; author: string; lang: string };
  /**
   * `parts`: how many parts the layout was split into. `printMs` runs from the print's start to the PDF
   * and the pages' text, which is read while the PDF is composited (page-text.ts).
   */
  timings: { loadMs: number; layoutMs: number; printMs: number; parts: number };
}

/** A PDF that could not be made, with the reason in plain words (and how to fix it, when the input is at fault). */
export class PdfError extends Error {
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
  }
}

/** Where the document's font subsets are served from, on the document's own origin. */
const SUBSET_PREFIX = '/_bifolio/document-fonts/';

/**
 * Messages from the page that mean the layout cannot be trusted (failed loads are reported by
 * the response handler; scripts of the document refused by the content policy are meant to be).
 */
function isLayoutProblem(type: string, text: string): boolean {
  if (/^Failed to load resource/.test(text)) return false;
  if (/violates the following Content Security Policy directive/.test(text)) return false;
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
  const contexts: BrowserContext[] = [];
  const problems: Array<string | Promise<string>> = [];
  const openPage = async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    watch(page, problems);
    return page;
  };
  try {
    // The browser page opens while the document is fetched and its fonts are subset.
    const first = openPage();
    first.catch(() => undefined);
    return await withTimeout(layOutAndPrint(first, openPage, options, problems), options.timeoutMs);
  } finally {
    // A document still loading when the layout is given up (the time limit): the answer to its
    // request (serveDocument) fails once its page is closed, which is no error of the layout.
    await Promise.all(contexts.flatMap((c) => c.pages()).map((p) => p.unrouteAll({ behavior: 'ignoreErrors' })));
    await Promise.all(contexts.map((c) => c.close()));
  }
}

/** Collects what the page reports that means its layout cannot be trusted. */
function watch(page: Page, problems: Array<string | Promise<string>>): void {
  page.on('console', (message) => {
    if (isLayoutProblem(message.type(), message.text())) problems.push(describe(message));
  });
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  // Loads the content policy refused, and navigations away from the document (serveDocument), are meant to fail.
  page.on('requestfailed', (request) => {
    if (request.isNavigationRequest() || request.failure()?.errorText === 'csp') return;
    problems.push(`could not load ${new URL(request.url()).pathname}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    // The browser asks for a favicon on its own; the document does not use one.
    if (response.status() >= 400 && pathname !== '/favicon.ico') problems.push(`could not load ${pathname}: status ${response.status()}`);
  });
}

/**
 * What the print document may not do while it is laid out: run a script of its own (inline or
 * external, an event handler such as onerror or onload, a javascript: address), nor hold a frame,
 * a plug-in or a worker that could run one. Sent as a response header, it holds from the first
 * byte; a policy the document states in a meta tag can only add to it. Paged.js and the print runtime
 * are evaluated through the DevTools protocol, which the policy does not govern.
 */
const CONTENT_POLICY =
  "script-src 'none'; script-src-attr 'none'; object-src 'none'; frame-src 'none'; child-src 'none'; worker-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * Serves `html` (the print document, or one part of it) in place of the site's copy, with the
 * content policy. The page loads it once and goes nowhere else: a later navigation (a meta refresh
 * to a page without the policy) is answered with 204 No Content, which leaves the document in place.
 */
async function serveDocument(page: Page, url: string, html: string): Promise<void> {
  const target = new URL(url).href;
  let served = false;
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (!request.isNavigationRequest()) return route.continue();
    if (served || request.frame() !== page.mainFrame() || new URL(request.url()).href !== target) return route.fulfill({ status: 204 });
    served = true;
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': CONTENT_POLICY }, body: html });
  });
}

/**
 * Loads the print document (or one part of it) with the document's font subsets, adds Paged.js
 * and the print runtime, and registers the handlers, with the part's own id generator.
 */
async function load(page: Page, options: RenderOptions, part: number, html: string, fonts: Map<string, Uint8Array>): Promise<void> {
  await serveDocument(page, options.url, html);
  // Registered after the document's route, so it is asked first.
  if (fonts.size) {
    await page.route(`**${SUBSET_PREFIX}*`, (route) => {
      const bytes = fonts.get(decodeURIComponent(new URL(route.request().url()).pathname.slice(SUBSET_PREFIX.length)));
      return bytes ? route.fulfill({ status: 200, contentType: 'font/ttf', body: Buffer.from(bytes) }) : route.fulfill({ status: 404 });
    });
  }
  await page.goto(options.url, { waitUntil: 'load' });
  // Not a script element: the content policy would refuse it.
  await page.evaluate(pagedJsSource());
  await addPrintRuntime(page);
  await callRuntime(page, 'registerPrintHandlers', { part });
}

/**
 * The print document with its page setup and `@font-face` rules replaced,
 * before the browser sees it (so it never loads the fonts it would replace).
 * A document without `style[data-fonts]` gets the font rules first in its head.
 */
export function withStyles(html: string, styles: { pageSetupCss?: string; fontCss?: string }): string {
  let out = html;
  for (const [attribute, css] of [
    ['data-page-setup', styles.pageSetupCss],
    ['data-fonts', styles.fontCss],
  ] as const) {
    if (css === undefined) continue;
    const safe = css.replace(/<\/style/gi, '<\\/style');
    const style = new RegExp(`(<style\\b[^>]*\\b${attribute}\\b[^>]*>)[\\s\\S]*?(</style>)`);
    if (style.test(out)) out = out.replace(style, (_, open: string, close: string) => open + safe + close);
    else if (attribute === 'data-fonts' && /<head\b[^>]*>/i.test(out))
      out = out.replace(/<head\b[^>]*>/i, (head) => `${head}<style data-fonts>${safe}</style>`);
    else throw new PdfError(`the print document has no <style ${attribute}>`);
  }
  return out;
}

/** The document's fonts (font-subsets.ts), after making sure the shipped fonts draw every character. */
async function subsetsFor(html: string, cacheDir: string | undefined): Promise<DocumentFonts> {
  const text = htmlText(html);
  const missing = uncovered(codePointsOf(text));
  if (missing.length) {
    throw new PdfError(
      `no font Bifolio ships has ${missing.length === 1 ? 'the character' : 'the characters'} ${missing.slice(0, 10).map(describeCharacter).join(', ')}${missing.length > 10 ? ` and ${missing.length - 10} more` : ''}: ${missing.length === 1 ? 'it' : 'they'} would print as empty boxes`,
      'use another character, or show it as an image with the character as its alt text',
    );
  }
  // The serif typefaces only when the document's styles (the brand's, the report's) name them.
  const styles = [...html.matchAll(/<style\b([^>]*)>([\s\S]*?)<\/style>/gi)]
    .filter((m) => !/\bdata-fonts\b/.test(m[1]!))
    .map((m) => m[2])
    .join('\n');
  return documentFonts(text, SUBSET_PREFIX, styles, { cacheDir });
}

/** One part of the document, laid out in a browser page of its own (the whole document: one part). */
interface LaidOutPart {
  page: Page;
  /** Each element's text in the part's source (page-text.ts). */
  source: Array<[string, string]>;
}

async function layOutAndPrint(
  opening: Promise<Page>,
  openPage: () => Promise<Page>,
  options: RenderOptions,
  problems: Array<string | Promise<string>>,
): Promise<RenderedPdf> {
  const fail = async (what: string) => {
    if (problems.length) throw new PdfError(`${what}: ${(await Promise.all(problems)).join('; ')}`);
  };
  const loadStarted = performance.now();
  const response = await fetch(options.url);
  if (!response.ok) throw new PdfError(`the print document ${new URL(options.url).pathname} answered ${response.status}`);
  const original = await response.text();
  const fonts = options.fonts === 'as-is' ? undefined : await subsetsFor(original, options.fontCacheDir);
  const files = new Map((fonts?.files ?? []).map((f) => [f.name, f.bytes]));
  const html = withStyles(original, { pageSetupCss: options.pageSetupCss, fontCss: fonts?.css });
  // Each part is a document of its own, served in place of the whole one.
  const documents = (options.parts ?? 1) > 1 ? splitPrintDocument(html, options.parts!, options.minPartChars) : [html];
  const layOut = async (page: Page): Promise<LaidOutPart> => {
    await callRuntime(page, 'layOutPages');
    return { page, source: await evaluateJson(page, sourceTexts) };
  };
  const later = documents.slice(1).map(async (part, i) => {
    const other = await openPage();
    await load(other, options, i + 1, part, files);
    return layOut(other);
  });
  // Settled before anything is thrown, so no part is left running unobserved.
  const laterDone = Promise.allSettled(later);
  const page = await opening;
  await load(page, options, 0, documents[0]!, files);
  const loadMs = performance.now() - loadStarted;
  const layoutStarted = performance.now();
  const first = await layOut(page);
  const parts = [first, ...valuesOf(await laterDone)];
  const placed = parts.length > 1 ? await placeParts(parts.map((p) => p.page)) : { firstPages: [1], links: [] };
  if (parts.length === 1) await callRuntime(page, 'fillPageReferences');
  const layoutMs = performance.now() - layoutStarted;
  await fail('Paged.js reported a problem while laying out the pages');
  const printStarted = performance.now();
  const prints = valuesOf(
    await Promise.allSettled(
      parts.map(async (part, i) => {
        const firstPage = placed.firstPages[i]!;
        const done = await printPart(part, firstPage - 1, parts.length > 1 ? placed.links : undefined);
        options.onPrinted?.(i, { pdf: done.pdf, text: done.text, firstPage });
        return done;
      }),
    ),
  );
  const metadata = await page.evaluate(() => ({
    title: document.title,
    subject: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
    author: document.querySelector('.cover-org')?.textContent?.trim() ?? '',
    lang: document.documentElement.lang,
  }));
  const printMs = performance.now() - printStarted;
  await fail('the browser reported a problem while printing');
  return {
    prints: prints.map((p) => p.pdf),
    pages: prints.flatMap((p) => p.pages),
    text: prints.flatMap((p) => p.text),
    layoutProblems: prints.flatMap((p) => p.layoutProblems),
    metadata,
    timings: { loadMs, layoutMs, printMs, parts: documents.length },
  };
}

/**
 * Makes each part's pages the pages they are in the whole document (runtime/join-parts.ts):
 * numbered on, with a blank page where the next part would start on the left, running strings
 * carried over, and every page reference filled in from all parts. Returns the number of each
 * part's first page, and the addresses of all parts' links within the document.
 */
async function placeParts(pages: Page[]): Promise<{ firstPages: number[]; links: string[] }> {
  const summaries = await Promise.all(pages.map((p) => callRuntime(p, 'partPages')));
  const { firstPages, blankAfter, total } = pagesOfParts(summaries.map((s) => s.count));
  // The first page of each id, as one layout would have it (an id of any name, `__proto__` too).
  const pageOf = new Map<string, string>();
  for (const [i, { ids }] of summaries.entries()) {
    for (const [id, n] of ids) if (!pageOf.has(id)) pageOf.set(id, String(firstPages[i]! + n - 1));
  }
  let carried: Record<string, string> = {};
  for (const [i, page] of pages.entries()) {
    const last = await callRuntime(page, 'placePart', { firstPage: firstPages[i]!, total, blankAfter: blankAfter[i]!, carried });
    carried = { ...carried, ...last };
  }
  await Promise.all(pages.map((p) => callRuntime(p, 'fillPageReferences', Object.fromEntries(pageOf))));
  return { firstPages, links: [...new Set(summaries.flatMap((s) => s.links))] };
}

interface PartPrint {
  pdf: Buffer;
  pages: PageLayout[];
  text: PageText[];
  layoutProblems: LayoutProblem[];
}

/**
 * Prints one part (or the whole document) and reads its pages' layout and text. The text is
 * read while the PDF is made: the print lays out and paints the pages in one task of the page
 * (so the text is read before or after it, from the same layout), then the browser's print
 * compositor makes the PDF in a process of its own while the page is free again. Pages named in
 * problems are counted in the whole document: `before` pages come before the part's. A part of
 * several gets `links`, the addresses of all parts' links, to hold their targets (runtime/join-parts.ts).
 */
async function printPart({ page, source }: LaidOutPart, before: number, links?: string[]): Promise<PartPrint> {
  const pages = await callRuntime(page, 'collectLayout');
  if (links) await callRuntime(page, 'holdLinkTargets', links);
  const printing = page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
  const reading = (async () => {
    const layoutProblems = await evaluateJson(page, checkLayout, source);
    const { pages: text, hidden } = await evaluateJson(page, collectPageText);
    const onPages = (problem: LayoutProblem) => ({ ...problem, pages: problem.pages.map((n) => n + before) });
    return { layoutProblems: [...layoutProblems, ...hidden].map(onPages), text };
  })();
  // Both settle before either is thrown, so nothing is left running unobserved.
  const [printed, read] = await Promise.allSettled([printing, reading]);
  if (printed.status === 'rejected') throw printed.reason;
  if (read.status === 'rejected') throw read.reason;
  return { pdf: printed.value, pages, ...read.value };
}

/** The values of promises of one kind settled together (so that none was left running unobserved), or the first one's failure. */
function valuesOf<T>(settled: Array<PromiseSettledResult<T>>): T[] {
  for (const result of settled) if (result.status === 'rejected') throw result.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<T>).value);
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new PdfError(
            `layout did not finish within the time limit of ${ms >= 10_000 ? Math.round(ms / 1000) : ms / 1000} s (raise it with --pdf-timeout <seconds>)`,
          ),
        ),
      ms,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
