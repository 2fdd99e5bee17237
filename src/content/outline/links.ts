/**
 * Links written in chapters to other pages of the report: `[保护环境](../environment/#能源管理)`,
 * `[见下文](#排放概况)`, `<a href="/zh-hans/community/">`. A link to a chapter
 * that does not exist, or to an anchor its target chapter does not have, is a
 * problem; links with a scheme (https:, mailto:) and links to files outside
 * the chapter pages (downloads, PDFs) are not checked here.
 */
import type { OutlineChapter } from './outline.ts';

/** A chapter page seen from another: /<script>/<slug>/, so `../slug/` is a sibling chapter. */
const PAGE_BASE = 'https://report.invalid/__script__/';

export interface LinkProblem {
  message: string;
  hint: string;
}

export function linkProblem(chapters: ReadonlyMap<string, OutlineChapter>, from: OutlineChapter, url: string): LinkProblem | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return undefined;
  let resolved: URL;
  try {
    resolved = new URL(url, `${PAGE_BASE}${from.slug}/`);
  } catch {
    return { message: `the link "${url}" is not a valid address`, hint: 'write a path such as ../environment/#能源管理' };
  }
  const segments = resolved.pathname.split('/').filter(Boolean).map(decode);
  // /<script>/<slug>/ (written relative, or absolute with a script prefix such as /zh-hans/).
  const isScript = (s: string | undefined) => s === '__script__' || /^zh(-[a-z]+)*$/i.test(s ?? '');
  if (!isScript(segments[0]) || segments.length > 2) return undefined;
  const slug = segments[1];
  if (slug === undefined || slug === 'search') return undefined;
  const chapter = chapters.get(slug);
  if (!chapter) {
    return {
      message: `the link "${url}" goes to a chapter "${slug}" that does not exist`,
      hint: `chapter addresses: ${[...chapters.keys()].join(', ')}; or use <Ref to="…" />, which is checked and numbered`,
    };
  }
  const anchor = decode(resolved.hash.slice(1));
  if (!anchor || anchors(chapter).has(anchor) || /^user-content-fn(ref)?-/.test(anchor)) return undefined;
  const ids = [...anchors(chapter)].filter((id) => id !== 'content');
  return {
    message: `the link "${url}" goes to "#${anchor}", which chapter ${chapter.slug} does not have`,
    hint: `headings and ids in ${chapter.slug}: ${ids.slice(0, 12).join(', ') || 'none'}${ids.length > 12 ? ' …' : ''}`,
  };
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Every id a chapter page has for its text: headings, tables and figures, and ids given in components. */
function anchors(chapter: OutlineChapter): Set<string> {
  return new Set([...chapter.headings.map((h) => h.id), ...chapter.items.map((i) => i.anchor), ...chapter.source.items.ids.keys(), 'content']);
}
