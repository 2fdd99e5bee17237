/**
 * The entry of the print runtime: the code that runs inside the print
 * document in Chromium, next to Paged.js. Bundled into one browser script
 * (../runtime-bundle.ts) that puts these functions on `window.__bifolio`;
 * the PDF build and the print preview call them there. See README.md.
 *
 * Evaluating this module has that one effect: Node never imports it, only its types.
 */
import { collectLayout } from './collect-layout.ts';
import { registerPrintHandlers } from './handlers.ts';
import { holdLinkTargets, partPages, placePart } from './join-parts.ts';
import { layOutPages } from './layout.ts';
import { fillPageReferences } from './page-references.ts';

export type { PageLayout } from './collect-layout.ts';

const runtime = { registerPrintHandlers, layOutPages, fillPageReferences, partPages, placePart, holdLinkTargets, collectLayout };

/** What the bundle puts on `window.__bifolio`. */
export type PrintRuntime = typeof runtime;

(window as unknown as { __bifolio: PrintRuntime }).__bifolio = runtime;
