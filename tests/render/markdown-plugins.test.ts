/**
 * Bifolio's remark plugins on Markdown as editors write it: input → the HTML
 * the site renders.
 */
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { MARKDOWN_SYNTAX } from '../../src/content/markdown-syntax.ts';
import remarkCjkAutolink from '../../src/render/markdown/remark-cjk-autolink.ts';

function render(markdown: string): string {
  const processor = unified().use(remarkParse).use(MARKDOWN_SYNTAX).use(remarkCjkAutolink);
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  return toHtml(toHast(tree));
}

describe('literal autolinks in Chinese prose', () => {
  it('end at the first Chinese character or full-width mark, and are marked as addresses', () => {
    expect(render('详见https://example.com/report.pdf。下一句')).toBe(
      '<p>详见<a href="https://example.com/report.pdf" class="url">https://example.com/report.pdf</a>。下一句</p>',
    );
  });

  it('mark a link written with its address as its text, and leave other links alone', () => {
    expect(render('[https://example.com](https://example.com) 与 [年报](https://example.com/ar)')).toBe(
      '<p><a href="https://example.com" class="url">https://example.com</a> 与 <a href="https://example.com/ar">年报</a></p>',
    );
  });
});

describe('emphasis as Chinese editors write it', () => {
  it('is strong text next to Chinese characters and full-width punctuation', () => {
    expect(render('可用性达到**99.99%**的水平')).toBe('<p>可用性达到<strong>99.99%</strong>的水平</p>');
    expect(render('**“零排放”**园区')).toBe('<p><strong>“零排放”</strong>园区</p>');
    expect(render('（*注*）与*重点*。')).toBe('<p>（<em>注</em>）与<em>重点</em>。</p>');
  });

  it('keeps a single tilde as a tilde: 2021~2024 is a range', () => {
    expect(render('2021~2024年')).toBe('<p>2021~2024年</p>');
  });
});
