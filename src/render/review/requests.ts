/**
 * How the live preview's review page asks the middleware for review data:
 * prerendered pages see neither request headers nor query strings, so the
 * review endpoint registers the paths it is about to fetch, and the
 * middleware (same server process) leaves each page's occurrences here.
 */
import type { Occurrence } from '../../convert/review.ts';

interface Registry {
  wanted: Set<string>;
  results: Map<string, Occurrence[]>;
}

const KEY = Symbol.for('bifolio.review-requests');

export function reviewRegistry(): Registry {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
  holder[KEY] ??= { wanted: new Set(), results: new Map() };
  return holder[KEY]!;
}
