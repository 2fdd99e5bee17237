/**
 * Search results (the search page only): converts the query to the page's
 * script with the character map, asks the Pagefind index of the page's
 * language, and lists the matching passages. Nothing here runs on chapter
 * pages: their search box is a plain form that opens this page.
 */
interface PagefindResult {
  /** The page's id in the index: the same page found by two spellings has the same id. */
  id: string;
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

import { spellings } from './query-spellings.ts';

const MAX_RESULTS = 20;

async function run(): Promise<void> {
  const box = document.getElementById('search-results');
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  if (!box || !input) return;
  // The page's own words, converted with the page like all its text.
  const messages: Record<string, string> = {};
  for (const el of document.querySelectorAll<HTMLElement>('[data-message]')) messages[el.dataset.message!] = el.textContent ?? '';
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (!query) {
    box.textContent = messages.empty ?? '';
    return;
  }
  try {
    const [map, pagefind] = await Promise.all([
      fetch(box.dataset.map!).then((r) => r.json() as Promise<Record<string, string>>),
      import(/* @vite-ignore */ box.dataset.index!) as Promise<Pagefind>,
    ]);
    // The index holds the pages' paths in the site; their addresses carry the site's base path.
    await pagefind.options({ excerptLength: 40, baseUrl: box.dataset.base ?? '/' });
    const searches = await Promise.all(spellings(query, map).map((q) => pagefind.search(q)));
    // Pages found by any spelling, those of the preferred spelling first.
    const byId = new Map<string, PagefindResult>();
    for (const s of searches) for (const r of s.results) if (!byId.has(r.id)) byId.set(r.id, r);
    const found = [...byId.values()];
    const results = await Promise.all(found.slice(0, MAX_RESULTS).map((r) => r.data()));
    box.replaceChildren();
    const summary = document.createElement('p');
    summary.className = 'search-summary';
    summary.textContent = results.length ? (messages.count ?? '').replace('{n}', String(found.length)) : (messages.nothing ?? '').replace('{q}', query);
    box.append(summary);
    if (!results.length) return;
    const list = document.createElement('ol');
    list.className = 'search-results';
    for (const r of results) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = r.url;
      link.textContent = r.meta.title ?? r.url;
      const excerpt = document.createElement('p');
      // Pagefind's excerpt is the page's own text, escaped, with <mark> around the matches.
      excerpt.innerHTML = r.excerpt;
      item.append(link, excerpt);
      list.append(item);
    }
    box.append(list);
  } catch (e) {
    box.textContent = messages.failed ?? '';
    console.error(e);
  }
}

void run();
