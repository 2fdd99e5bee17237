/**
 * Links that leave the report open without handing the report's page to the
 * other site: `rel="noopener noreferrer"` on every link to another origin
 * (the report's own `site:` address counts as home). Runs on every page.
 */
import type { Element, Root, RootContent } from 'hast';

export function markExternalLinks(tree: Root, options: { site?: string } = {}): void {
  const home = options.site ? new URL(options.site).origin : undefined;
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (node.tagName === 'a' || node.tagName === 'area') mark(node, home);
      walk(node.children);
    }
  };
  walk(tree.children);
}

function mark(link: Element, home: string | undefined): void {
  const href = link.properties.href;
  if (typeof href !== 'string' || !/^(https?:)?\/\//i.test(href)) return;
  let origin: string;
  try {
    origin = new URL(href, 'https://report.invalid').origin;
  } catch {
    return;
  }
  if (origin === home) return;
  const rel = new Set(Array.isArray(link.properties.rel) ? link.properties.rel.map(String) : []);
  rel.add('noopener');
  rel.add('noreferrer');
  link.properties.rel = [...rel];
}
