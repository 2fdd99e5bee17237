/**
 * Paged.js names elements with ids made from the clock and Math.random
 * (utils.js `UUID()`: `new Date().getTime()`, `performance.now()`,
 * `Math.random()`); footnotes become link targets in the PDF, so the names
 * reach its bytes. A fixed clock and a seeded generator make them the same
 * every time. Parts of one document laid out apart (render.ts) get generators
 * of their own, so their names differ.
 */

/** A seeded generator of numbers in [0, 1) (mulberry32), one sequence per part. */
export function seededRandom(part = 0): () => number {
  let seed = (0x2f6b3a1d + part * 0x9e3779b9) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Replaces the page's random numbers and clocks for good: nothing else runs in the print document. */
export function fixRandomAndClock(part = 0): void {
  Math.random = seededRandom(part);
  Date.prototype.getTime = () => 0;
  performance.now = () => 0;
}
