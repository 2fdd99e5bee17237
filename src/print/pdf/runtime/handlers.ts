/**
 * Registers Bifolio's Paged.js handlers, before the layout (layout.ts), and
 * prepares the document for them. The order of registration is the order in
 * which Paged.js calls the handlers' hooks, after its own.
 */
import { hyphensWhereHyphenated } from './break-hyphens.ts';
import { codeBlocks } from './code-blocks.ts';
import { fixRandomAndClock } from './determinism.ts';
import { keepTogether } from './keep-together.ts';
import { recoverLateOverflow } from './late-overflow.ts';
import { fewerOverflowChecks } from './overflow-checks.ts';
import { indexSource } from './source-index.ts';
import { holdPageReferences } from './page-references.ts';
import { paged } from './paged.ts';
import { skipFinishedPages } from './skip-finished-pages.ts';
import { takePrintStrings } from './strings.ts';
import { tableColumns } from './table-columns.ts';
import { repeatTableHeaders } from './table-headers.ts';

export interface PrintHandlerOptions {
  /** Keep finished pages in the browser's layout: the print preview shows pages as they are laid out. Default: skip them. */
  skipFinishedPages?: boolean;
  /** Which part of a document laid out in parts this page lays out (render.ts): its own ids. Default: 0. */
  part?: number;
}

/**
 * Registers the handlers:
 * - tables that continue on a new page repeat their header rows and caption
 *   (with "continued"), inserted while the page is laid out so that their
 *   height is accounted for (table-headers.ts);
 * - squeezed tables get readable column widths (table-columns.ts);
 * - long code blocks break between lines (code-blocks.ts);
 * - where a page would end, it ends earlier rather than leave a table's
 *   header without rows, a heading without text, or one line of a paragraph
 *   alone at the foot or the head of a page (keep-together.ts), and a KPI
 *   category taller than a page continues on the next (kpi-groups.ts);
 * - what late footnotes push off a page goes to the next (late-overflow.ts);
 * - a page ending inside a word gets a hyphen only where the browser was hyphenating (break-hyphens.ts);
 * - finished pages leave the browser's layout (skip-finished-pages.ts);
 * - pages are checked for overflow every quarter page rather than after every node (overflow-checks.ts),
 *   and Paged.js finds source elements in an index rather than by searching the whole source (source-index.ts).
 */
export function registerPrintHandlers(options: PrintHandlerOptions = {}): void {
  const Paged = paged();
  const strings = takePrintStrings();
  holdPageReferences();
  fixRandomAndClock(options?.part ?? 0);
  const { Handler } = Paged;
  Paged.registerHandlers(
    repeatTableHeaders(Handler, strings),
    tableColumns(Handler),
    codeBlocks(Handler),
    keepTogether(Handler),
    recoverLateOverflow(Handler),
    hyphensWhereHyphenated(Handler),
    fewerOverflowChecks(Handler),
    indexSource(Handler),
    // The print preview shows pages as they are laid out, so it keeps them in view.
    ...(options?.skipFinishedPages === false ? [] : [skipFinishedPages(Handler)]),
  );
}
