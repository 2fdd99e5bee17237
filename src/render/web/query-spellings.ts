/** Spellings of a search query in the page's script (used by search.ts in the browser). */

/** At most this many spellings of one query are searched. */
const MAX_SPELLINGS = 12;

/**
 * The query in the page's script: each character by its preferred form,
 * then spellings with the other forms of one-to-many characters (台风 →
 * 臺風, 颱風), preferred first.
 */
export function spellings(query: string, map: Record<string, string>, max = MAX_SPELLINGS): string[] {
  let out = [''];
  for (const c of query) {
    const forms = [...(map[c] ?? c)];
    const next: string[] = [];
    for (const form of forms) for (const prefix of out) next.push(prefix + form);
    out = next.slice(0, max);
  }
  return out;
}
