/**
 * How many print documents are laid out at once, and in how many parts each:
 * every core busy, within a memory budget.
 *
 * A laid-out document's browser page holds every page of it, and its memory
 * grows with the document: measured here, about 320 MB for a 122-page report
 * (0.6 MB of HTML) and 0.9 to 1.1 GB for 600 pages (2.9 MB), plus what the
 * build holds of each PDF (its bytes, its text). Two such documents at once
 * need twice that. Parts cost about the same in all: each part's browser
 * page holds its own pages and prints them (render.ts, parts.ts). At 16× (a
 * 600-page report per script) laid out one script at a time in two parts,
 * the two part pages held about 500 MB each while they printed.
 */

/** Estimated peak memory for laying out and printing one document, from the size of its HTML. */
export function documentMemoryMb(htmlBytes: number): number {
  return 150 + 360 * (htmlBytes / 2 ** 20);
}

export interface LayoutPlan {
  /** Documents laid out at once. */
  parallel: number;
  /** Parts each document is laid out in at once (render.ts). */
  parts: number;
}

/**
 * As many documents at once as there are cores (up to four) and the largest
 * of them fits `memoryMb` that many times, at least one; the cores left over
 * lay out parts of each. `parts`, when given, is kept.
 */
export function planLayout(options: { cores: number; documentBytes: readonly number[]; memoryMb: number; parts?: number }): LayoutPlan {
  const { cores, documentBytes, memoryMb } = options;
  const largest = Math.max(0, ...documentBytes.map(documentMemoryMb));
  let parallel = Math.max(1, Math.min(cores, 4, documentBytes.length));
  while (parallel > 1 && parallel * largest > memoryMb) parallel--;
  return { parallel, parts: options.parts ?? Math.max(1, Math.floor(cores / parallel)) };
}
