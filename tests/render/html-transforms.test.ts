/**
 * HTML tree transforms, each on its fixtures: the Markdown pipeline's rehype
 * plugins and the page transforms of the middleware.
 * tests/fixtures/transforms/<name>.input.html → <name>.expected.html.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { markEnglish } from '../../src/render/page/mark-english.ts';
import { markExternalLinks } from '../../src/render/page/external-links.ts';
import rehypeTableScroll from '../../src/render/markdown/rehype-table-scroll.ts';
import { FIXTURES } from '../support/paths.ts';

const dir = path.join(FIXTURES, 'transforms');
const TRANSFORMS: Record<string, (tree: Root) => void> = {
  'mark-english': markEnglish,
  // The fixture report's own address is https://esg.example.com.
  'external-links': (tree) => markExternalLinks(tree, { site: 'https://esg.example.com/' }),
  'table-scroll': (tree) => rehypeTableScroll()(tree),
};

describe('HTML transforms (input → expected)', () => {
  for (const input of readdirSync(dir).filter((f) => f.endsWith('.input.html'))) {
    const name = input.replace('.input.html', '');
    it(name, () => {
      const tree = fromHtml(readFileSync(path.join(dir, input), 'utf8'), { fragment: true });
      TRANSFORMS[name]!(tree);
      expect(toHtml(tree)).toBe(readFileSync(path.join(dir, `${name}.expected.html`), 'utf8'));
    });
  }
});
