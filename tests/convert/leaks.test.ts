import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { getConverter } from '../../src/convert/converter.ts';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from '../../src/convert/charsets.ts';
import { findUnconvertedText } from '../../src/convert/leaks.ts';

const zhHant = getConverter('zh-Hant');
const options = { converterFor: (lang: string) => (lang === 'zh-Hant' ? zhHant : undefined) };
const find = (html: string) => findUnconvertedText(fromHtml(html, { fragment: true }), options);

describe('character classes', () => {
  const cls = (ch: string) => zhHant.classes[ch.charCodeAt(0)];
  it('marks characters that only occur in Simplified text', () => {
    for (const ch of '软数关发为温着裏') expect(cls(ch), ch).toBe(SIMPLIFIED_ONLY);
  });
  it('does not mark characters that are also correct Traditional', () => {
    for (const ch of '干台里注面后只于乾著') expect(cls(ch), ch).not.toBe(SIMPLIFIED_ONLY);
  });
  it('marks Traditional forms that never occur in Simplified text', () => {
    for (const ch of '關軟數發為裡') expect(cls(ch), ch).toBe(TRADITIONAL_ONLY);
    for (const ch of '干台乾著于') expect(cls(ch), ch).not.toBe(TRADITIONAL_ONLY);
  });
});

describe('findUnconvertedText', () => {
  it('reports Simplified characters left in Traditional text and attributes', () => {
    expect(find('<div lang="zh-Hant"><p>軟件与數據</p><img alt="数据"></div>')).toEqual([
      { text: '軟件与數據', characters: ['与'] },
      { text: '数据', characters: ['数'], attribute: 'alt' },
    ]);
  });

  it('does not report correct Traditional text, even where OpenCC is not idempotent', () => {
    expect(find('<p lang="zh-Hant">投資者對氣候信息披露的關注明顯增加，干涉臺風</p>')).toEqual([]);
  });

  it('ignores protected spans and other languages', () => {
    const html =
      '<div lang="zh-Hant"><code>数据</code><span data-no-convert>软件</span><span data-zh-override>數據</span>' +
      '<span lang="zh-Hans">简体</span><p lang="en">数据</p></div>';
    expect(find(html)).toEqual([]);
  });

  it('reports Simplified characters in the text of an inline override', () => {
    expect(find('<p lang="zh-Hant">我們的<span data-zh-override>数据</span>中心</p>')).toEqual([{ text: '数据', characters: ['数'], override: true }]);
  });

  it('reports Simplified characters a glossary entry wrote, naming the entry; protected terms stay exempt', () => {
    const layer = {
      id: 'test',
      layer: 'glossary' as const,
      terms: [
        { hans: '软件', hant: '软体', source: 'glossary.yaml:3' },
        { hans: '澄川云课堂', hant: '澄川云课堂', source: 'glossary.yaml:9' },
      ],
    };
    const converter = getConverter('zh-Hant', { glossary: [layer] });
    const tree = fromHtml('<p lang="zh-Hant">澄川云课堂的软体</p>', { fragment: true });
    expect(findUnconvertedText(tree, { converterFor: () => converter })).toEqual([
      { text: '澄川云课堂的软体', characters: ['软', '体'], glossary: ['glossary.yaml:3'] },
    ]);
  });
});
