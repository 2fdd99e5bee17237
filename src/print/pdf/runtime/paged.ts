/**
 * The parts of Paged.js's global (`window.Paged`, defined by dist/paged.js)
 * that the runtime uses, typed as far as the runtime relies on them. Read when
 * called, not when the bundle is evaluated: the bundle may be evaluated before
 * Paged.js (it is not in the PDF build), and it must not fail where there is none.
 */

/** Paged.js's Chunker as a handler sees it (`this.chunker`, the last argument of most hooks). */
export interface Chunker {
  /** The document as Paged.js parsed it: every element has a `data-ref`, which its copies on the pages share. */
  source: ParentNode;
}

/** Paged.js's Handler: a subclass's methods named after hooks are called by them. */
export interface Handler {
  chunker: Chunker;
}

export type HandlerClass = new (...args: any[]) => Handler;

/** What `Previewer.preview()` resolves to: the Chunker when the layout is done. */
export interface Flow {
  source: ParentNode;
  total: number;
}

export interface PagedGlobal {
  Handler: HandlerClass;
  registerHandlers(...handlers: HandlerClass[]): void;
  Previewer: new () => { preview(): Promise<Flow> };
}

/** Paged.js, as loaded in the page. */
export function paged(): PagedGlobal {
  return (window as unknown as { Paged: PagedGlobal }).Paged;
}

/** A break token: where the next page resumes (Paged.js's BreakToken). */
export interface BreakToken {
  node?: Node;
  offset?: number;
}
