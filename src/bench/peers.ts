/**
 * Other ways of printing the very print document Bifolio lays out, measured
 * on this machine in the same Chromium: stock Paged.js (its own
 * `Previewer().preview()`, none of Bifolio's handlers) and Chromium's own
 * print of the HTML (no pagination engine: the floor of any Chromium-based
 * one), each printed tagged and untagged; WeasyPrint when the `weasyprint`
 * command is on PATH; Typst when its Node.js compiler can be imported. The
 * document is served as Bifolio serves it (its site's assets, the shipped
 * fonts under /_bifolio/fonts/) to a Chromium that sees only the shipped
 * fonts. Seconds run from opening the page to the PDF's bytes; medians of the runs.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { launchChromium, shippedFontsConfig } from '../platform/browser.ts';
import { serveStatic } from '../platform/static-server.ts';
import { FONT_URL_PREFIX, printFontFile } from '../print/fonts.ts';
import { PAGED_JS_FILE, pagedJsSource } from '../print/pdf/paged-file.ts';
import { median } from './stats.ts';

export interface PeerRow {
  peer: string;
  /** Median seconds and the PDF's pages, or why the peer was not measured. */
  seconds?: number;
  pages?: number;
  skipped?: string;
  /** `paginating`: lays out pages itself (Paged.js, WeasyPrint); `floor`: Chromium's own print, tagged. */
  kind: 'paginating' | 'floor' | 'other';
}

export interface PeerDocument {
  /** The built site, for the document's styles and images. */
  siteDir: string;
  /** The print document (HTML), as the build kept it. */
  html: string;
  /** Scratch directory for the peers' PDFs. */
  work: string;
}

const DOCUMENT_PATH = '/_bench/print-document.html';
/** The version of the project's Paged.js, from its package.json beside dist/. */
const PAGED_JS_VERSION = (JSON.parse(readFileSync(path.join(path.dirname(PAGED_JS_FILE), '..', 'package.json'), 'utf8')) as { version: string }).version;

/** The site, with the document at DOCUMENT_PATH and the shipped fonts where its `@font-face` rules look for them. */
function serveDocument(doc: PeerDocument) {
  return serveStatic(doc.siteDir, 0, {
    extra: (pathname) =>
      pathname === DOCUMENT_PATH ? doc.html : pathname.startsWith(FONT_URL_PREFIX) ? printFontFile(pathname.slice(FONT_URL_PREFIX.length)) : undefined,
  });
}

async function pageCount(bytes: Uint8Array): Promise<number> {
  return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
}

/** One print in a fresh context; `paged` lays the document out with stock Paged.js first. */
async function printOnce(browser: Browser, url: string, paged: boolean, tagged: boolean): Promise<{ seconds: number; bytes: Buffer }> {
  // Read before the clock starts, as Bifolio's own run has it in memory.
  const script = paged ? pagedJsSource() : undefined;
  const started = performance.now();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    if (script) {
      await page.evaluate(script);
      await page.evaluate(async () => {
        const { Previewer } = (window as unknown as { Paged: { Previewer: new () => { preview(): Promise<unknown> } } }).Paged;
        await new Previewer().preview();
      });
    }
    const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: tagged, tagged });
    return { seconds: (performance.now() - started) / 1000, bytes };
  } finally {
    await context.close();
  }
}

async function chromiumRows(doc: PeerDocument, runs: number, log: (line: string) => void): Promise<PeerRow[]> {
  const { browser, close } = await launchChromium();
  const server = await serveDocument(doc);
  const rows: PeerRow[] = [];
  try {
    const url = server.url + DOCUMENT_PATH;
    for (const [peer, paged, tagged] of [
      [`Paged.js ${PAGED_JS_VERSION} (stock), tagged`, true, true],
      [`Paged.js ${PAGED_JS_VERSION} (stock), untagged`, true, false],
      ['Chromium print, no Paged.js, tagged', false, true],
      ['Chromium print, no Paged.js, untagged', false, false],
    ] as const) {
      const seconds: number[] = [];
      let pages = 0;
      for (let i = 0; i < runs; i++) {
        const run = await printOnce(browser, url, paged, tagged);
        pages = await pageCount(run.bytes);
        seconds.push(run.seconds);
        log(`  ${peer} ${i + 1}/${runs}: ${pages} pages in ${run.seconds.toFixed(1)} s`);
      }
      rows.push({ peer, seconds: median(seconds), pages, kind: paged ? 'paginating' : tagged ? 'floor' : 'other' });
    }
  } finally {
    await close();
    await server.close();
  }
  return rows;
}

/** The command's file when it is on PATH. */
function onPath(command: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, command);
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/** `weasyprint <url> out.pdf`, timed, with the same document served the same way and only the shipped fonts. */
async function weasyPrintRow(doc: PeerDocument, runs: number, log: (line: string) => void): Promise<PeerRow> {
  const peer = 'WeasyPrint';
  const command = onPath('weasyprint');
  if (!command) return { peer, kind: 'paginating', skipped: 'not installed (no `weasyprint` on PATH)' };
  const server = await serveDocument(doc);
  try {
    const out = path.join(doc.work, 'weasyprint.pdf');
    const seconds: number[] = [];
    for (let i = 0; i < runs; i++) {
      rmSync(out, { force: true });
      const started = performance.now();
      // Asynchronous: the server answering it runs in this process.
      const status = await new Promise<number | null>((resolve) => {
        spawn(command, [server.url + DOCUMENT_PATH, out], { stdio: 'ignore', env: { ...process.env, FONTCONFIG_FILE: shippedFontsConfig() } })
          .on('exit', resolve)
          .on('error', () => resolve(null));
      });
      if (status !== 0 || !existsSync(out)) return { peer, kind: 'paginating', skipped: `failed (exit ${status})` };
      seconds.push((performance.now() - started) / 1000);
      log(`  ${peer} ${i + 1}/${runs}: ${seconds.at(-1)!.toFixed(1)} s`);
    }
    return { peer, kind: 'paginating', seconds: median(seconds), pages: await pageCount(readFileSync(out)) };
  } finally {
    await server.close();
  }
}

/** Typst takes its own markup, not HTML: only whether its compiler is there is told. */
async function typstRow(): Promise<PeerRow> {
  const peer = 'Typst (typst-ts-node-compiler)';
  const name = '@myriaddreamin/typst-ts-node-compiler';
  try {
    await import(name);
  } catch {
    return { peer, kind: 'other', skipped: `not installed (\`${name}\` cannot be imported)` };
  }
  return { peer, kind: 'other', skipped: 'installed, but the print document has no Typst source to compile: not measured' };
}

export async function measurePeers(doc: PeerDocument, runs: number, log: (line: string) => void): Promise<PeerRow[]> {
  return [...(await chromiumRows(doc, runs, log)), await weasyPrintRow(doc, runs, log), await typstRow()];
}
