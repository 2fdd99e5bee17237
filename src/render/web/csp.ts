/**
 * The Content-Security-Policy every built page carries (as a `<meta>`, so it
 * holds on any static host). Scripts only from the site's own files — no
 * inline script, no eval; WebAssembly for Pagefind's search. Style attributes
 * stay allowed (table column alignment, code highlighting), style elements
 * only from files. Not set in `dev`, where Vite injects inline scripts.
 *
 * A `head` entry of report.yaml (a statistics script, a stylesheet, an icon
 * from another site) adds exactly its file's origin to the directives that
 * file needs, and nothing else: a script may load from that origin and send
 * to it (script-src, connect-src), a stylesheet load from it (style-src), an
 * icon or a preloaded image be shown from it (img-src).
 */
import { HEAD_URL_ATTRIBUTE, type HeadEntry } from '../../content/report-schema.ts';

type Directive = 'script-src' | 'style-src' | 'img-src' | 'font-src' | 'connect-src';

const BASE_POLICY: Array<[string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['style-src-attr', "'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self' mailto:"],
];

export const CONTENT_SECURITY_POLICY = BASE_POLICY.map(([name, value]) => `${name} ${value}`).join('; ');

/** What a preloaded file (`<link rel=preload as=…>`) is used as, and the directive that governs it. */
const PRELOAD_AS: Record<string, Directive> = { script: 'script-src', style: 'style-src', image: 'img-src', font: 'font-src', fetch: 'connect-src' };

/** The directives a head entry's file is loaded under. */
export function headEntryDirectives(entry: HeadEntry): Directive[] {
  if (entry.tag === 'script') return ['script-src', 'connect-src'];
  if (entry.tag !== 'link') return [];
  const rel = String(entry.attrs.rel ?? '')
    .toLowerCase()
    .split(/\s+/);
  const as = String(entry.attrs.as ?? '').toLowerCase();
  const out = new Set<Directive>();
  if (rel.includes('stylesheet')) out.add('style-src');
  if (rel.includes('icon') || rel.includes('apple-touch-icon')) out.add('img-src');
  if (rel.includes('modulepreload')) out.add('script-src');
  if ((rel.includes('preload') || rel.includes('prefetch')) && PRELOAD_AS[as]) out.add(PRELOAD_AS[as]);
  return [...out];
}

/** The origin of a head entry's file (`https://plausible.io`), if it has one. */
export function headEntryOrigin(entry: HeadEntry): string | undefined {
  const attribute = HEAD_URL_ATTRIBUTE[entry.tag];
  const value = attribute ? entry.attrs[attribute] : undefined;
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The policy of the pages, with each head entry's origin added where its file needs it. */
export function contentSecurityPolicy(head: readonly HeadEntry[] = []): string {
  const added = new Map<string, string[]>();
  for (const entry of head) {
    const origin = headEntryOrigin(entry);
    if (!origin) continue;
    for (const directive of headEntryDirectives(entry)) {
      const list = added.get(directive) ?? [];
      if (!list.includes(origin)) list.push(origin);
      added.set(directive, list);
    }
  }
  return BASE_POLICY.map(([name, value]) => `${name} ${[value, ...(added.get(name) ?? [])].join(' ')}`).join('; ');
}
