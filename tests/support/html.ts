/** Helpers for reading built pages. */
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root } from 'hast';

export function readPage(file: string): Root {
  return fromHtml(readFileSync(file, 'utf8'));
}

export function* elements(node: Nodes): Generator<Element> {
  if (node.type === 'element') yield node;
  if ('children' in node) for (const child of node.children) yield* elements(child as Nodes);
}

export function select(tree: Nodes, test: (el: Element) => boolean): Element[] {
  return [...elements(tree)].filter(test);
}

export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((c) => textOf(c as Nodes)).join('');
  return '';
}

export function hasClass(el: Element, name: string): boolean {
  const cls = el.properties.className;
  return Array.isArray(cls) && cls.includes(name);
}
