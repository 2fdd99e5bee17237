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
      '<div lang="zh-Hant"><code>数据</code><span data-no-convert>软件</span><span data-zh-override>数据</span>' +
      '<span lang="zh-Hans">简体</span><p lang="en">数据</p></div>';
    expect(find(html)).toEqual([]);
  });
});
