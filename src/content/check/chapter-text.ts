/**
 * Checks of a chapter's text that `check` and every build run (a remark
 * plugin on the parsed chapter), each problem at its line with the fix:
 * - HTML a chapter may not hold, event handlers and script addresses
 *   (content/html-policy.ts);
 * - footnotes: a call without its note is published as `[^note]`; a note
 *   nobody calls is not published at all;
 * - images that cannot be published: from another site (the build is
 *   offline), by an absolute path, or from outside the report's folder;
 *   links to files by a path on the editor's machine.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Definition, FootnoteDefinition, FootnoteReference, Image, Link, Root, Text } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import type { Diagnostic } from '../../diagnostics.ts';
import { addressProblem, elementProblems } from '../html-policy.ts';

export interface ChapterTextOptions {
  file: string;
  problems: Diagnostic[];
  /** The report's folder: images must be inside it. */
  contentDir: string;
}

interface Positioned {
  position?: { start: { line: number; column: number } };
}

const at = (node: Positioned) => ({ line: node.position?.start.line, column: node.position?.start.column });

/** A JSX element's attributes as written: strings, `true` for a bare one, the source of an expression. */
function jsxAttributes(node: unknown): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (const a of (node as { attributes?: Array<{ type: string; name?: string; value?: unknown }> }).attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
    const v = a.value;
    out[a.name] = v === null || v === undefined ? true : typeof v === 'string' ? v : String((v as { value?: unknown }).value ?? '');
  }
  return out;
}

/** Where the i-th character of a text node is in the file (its lines counted). */
function placeIn(node: Text, index: number): { line?: number; column?: number } {
  const start = node.position?.start;
  if (!start) return {};
  const before = node.value.slice(0, index);
  const lines = before.split('\n');
  return lines.length === 1 ? { line: start.line, column: start.column + index } : { line: start.line + lines.length - 1, column: lines[lines.length - 1]!.length + 1 };
}

export default function remarkCheckChapterText(options: ChapterTextOptions) {
  const { file, problems, contentDir } = options;
  const error = (node: Positioned, message: string, hint: string, severity: 'error' | 'warning' = 'error') => problems.push({ file, ...at(node), message, hint, severity });

  return (tree: Root) => {
    const called = new Set<string>();
    const defined = new Map<string, FootnoteDefinition>();

    visit(tree, (node) => {
      switch (node.type) {
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          const name = (node as { name?: string | null }).name;
          if (!name) break;
          const attributes = jsxAttributes(node);
          // Components start with a capital letter and are Bifolio's own (or imported): only HTML given as a string is refused.
          if (/^[A-Z]/.test(name)) {
            if ('set:html' in attributes) for (const p of elementProblems(name, { 'set:html': attributes['set:html']! })) error(node, p.message, p.hint);
            break;
          }
          for (const p of elementProblems(name, attributes)) error(node, p.message, p.hint);
          break;
        }
        case 'html': {
          // Raw HTML (in Markdown chapters): the same rules, at the block's place.
          const tree = fromHtml((node as { value: string }).value, { fragment: true });
          visit(tree, 'element', (el: Element) => {
            const attributes = Object.fromEntries(Object.entries(el.properties).map(([k, v]) => [k.toLowerCase(), v === true ? true : String(v)])) as Record<string, string | true>;
            for (const p of elementProblems(el.tagName, attributes)) error(node, p.message, p.hint);
          });
          break;
        }
        case 'link':
        case 'definition': {
          const { url } = node as Link | Definition;
          const p = addressProblem('href', url) ?? localFileLink(url);
          if (p) error(node, `the link “${url}”: ${p.message}`, p.hint);
          break;
        }
        case 'image': {
          const image = node as Image;
          const p = addressProblem('src', image.url) ?? unpublishableImage(image.url, file, contentDir);
          if (p) error(node, p.message === 'not found' ? `image not found: ${image.url}` : `the image “${image.url}”: ${p.message}`, p.hint);
          break;
        }
        case 'footnoteReference':
          called.add((node as FootnoteReference).identifier);
          break;
        case 'footnoteDefinition':
          defined.set((node as FootnoteDefinition).identifier, node as FootnoteDefinition);
          break;
        case 'inlineCode':
        case 'code':
          return 'skip';
        default:
          break;
      }
      return undefined;
    });

    // A call whose note does not exist is not a footnote to the parser: it stays text, `[^note]`.
    visit(tree, 'text', (node: Text) => {
      for (const m of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) {
        if (defined.has(m[1]!.toLowerCase())) continue;
        problems.push({
          file,
          ...placeIn(node, m.index),
          message: `the footnote call [^${m[1]}] has no note: it would be printed as it is written`,
          hint: `add the note on a line of its own, e.g. at the end of the chapter: [^${m[1]}]: 注释的内容`,
          severity: 'error',
        });
      }
    });
    for (const [id, definition] of defined) {
      if (!called.has(id)) error(definition, `the note [^${definition.label ?? id}] is never called, so it is not published`, `call it where it belongs with [^${definition.label ?? id}], or delete it`, 'warning');
    }
  };
}

/** An image that cannot be published, whatever its file: from another site, by an absolute path, or outside the report's folder. */
function unpublishableImage(url: string, file: string, contentDir: string): { message: string; hint: string } | undefined {
  const copy = 'copy the file into the report’s images/ folder and write its path relative to the chapter: ![description](../images/name.png)';
  if (/^(https?:)?\/\//i.test(url)) return { message: 'an image from another site cannot be published (the report is built offline, and its PDFs must not depend on another site)', hint: copy };
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^data:/i.test(url)) return { message: 'this kind of address cannot be published as an image', hint: copy };
  if (url.startsWith('/') || /^[a-z]:[\\/]/i.test(url)) return { message: 'an absolute path points at a file on this computer, which the published report does not have', hint: copy };
  if (/^data:/i.test(url)) return undefined;
  const target = path.resolve(path.dirname(file), decodeURIComponentSafe(url.split(/[?#]/)[0]!));
  const relative = path.relative(contentDir, target);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return { message: 'the file is outside the report’s folder, so it is not published with it', hint: copy };
  if (!existsSync(target)) return { message: 'not found', hint: `no file at ${path.relative(process.cwd(), target)}; image paths are relative to the chapter file` };
  return undefined;
}

/** A link to a file by a path on this computer (file:, C:\…, /Users/…). */
function localFileLink(url: string): { message: string; hint: string } | undefined {
  if (/^file:/i.test(url) || /^[a-z]:[\\/]/i.test(url) || /^\/(Users|home|mnt|tmp|var|private|Volumes)\//.test(url)) {
    return { message: 'a path on this computer means nothing to readers', hint: 'link to the file on a website, [text](https://…), or to a chapter, [text](../chapter/)' };
  }
  return undefined;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
