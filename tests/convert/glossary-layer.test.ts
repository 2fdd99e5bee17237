/** How glossary layers stack with the built-in table, OpenCC and inline overrides. */
import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../../src/content/glossary.ts';
import { glossaryLayer } from '../../src/convert/glossary.ts';
import type { GlossaryData } from '../../src/content/glossary-schema.ts';
import { getConverter } from '../../src/convert/converter.ts';
import { convertHtml } from '../../src/convert/html.ts';
import { converterResolver } from '../../src/convert/page.ts';

const glossary = (data: Partial<GlossaryData>) => checkGlossary({ terms: [], protected: [], ...data }, 'glossary.yaml').glossary;

const report = glossary({
  terms: [
    { 'zh-Hans': '发布', 'zh-Hant': '發佈' },
    { 'zh-Hans': '利益相关方', 'zh-Hant': '持份者' },
  ],
  protected: ['余志明'],
});
const chapter = glossary({ terms: [{ 'zh-Hans': '利益相关方', 'zh-Hant': '相關人士' }] });

const withReport = getConverter('zh-Hant', { glossary: [glossaryLayer(report, 'zh-Hant', 'glossary')] });

describe('glossary in the converter', () => {
  it('beats the built-in table (发布 → 發布) and applies inside what it would match', () => {
    expect(withReport.convert('公司并发布了报告，在发布会上')).toBe('公司並發佈了報告，在發佈會上');
  });

  it('keeps protected terms exactly as written', () => {
    expect(withReport.convert('独立非执行董事余志明先生')).toBe('獨立非執行董事余志明先生');
    expect(getConverter('zh-Hant').convert('余志明')).toBe('餘志明');
  });

  it('reports the glossary line that decided', () => {
    const piece = withReport.pieces('利益相关方').find((p) => p.layer === 'glossary');
    expect(piece).toMatchObject({ src: '利益相关方', out: '持份者', source: 'glossary.yaml:?' });
  });

  it('a chapter layer beats the report layer', () => {
    const both = getConverter('zh-Hant', {
      glossary: [glossaryLayer(chapter, 'zh-Hant', 'chapter-glossary'), glossaryLayer(report, 'zh-Hant', 'glossary')],
    });
    expect(both.convert('利益相关方的意见')).toBe('相關人士的意見');
    expect(both.pieces('利益相关方')[0]!.layer).toBe('chapter-glossary');
  });

  it('converting the output again changes nothing', () => {
    const out = withReport.convert('利益相关方余志明发布了报告');
    expect(withReport.convert(out)).toBe(out);
  });
});

describe('layers in a page', () => {
  const ctx = {
    variants: [
      { code: 'zh-Hans', profile: undefined, vocabulary: 'kept' as const },
      { code: 'zh-Hant', profile: 'zh-Hant' as const, vocabulary: 'kept' as const },
    ],
    glossary: report,
    scopes: new Map([['environment', chapter]]),
  };
  const convert = (html: string) => convertHtml(html, { converterFor: converterResolver(ctx), fragment: true });

  it('an inline override beats the glossary', () => {
    expect(convert('<p lang="zh-Hant">请<span data-zh-hant="發表">发布</span>，再发布</p>')).toBe(
      '<p lang="zh-Hant">請<span data-zh-override="">發表</span>，再發佈</p>',
    );
  });

  it('a chapter glossary applies inside its scope only', () => {
    expect(convert('<main lang="zh-Hant"><h1>利益相关方</h1><div data-glossary-scope="environment"><p>利益相关方</p></div></main>')).toBe(
      '<main lang="zh-Hant"><h1>持份者</h1><div data-glossary-scope="environment"><p>相關人士</p></div></main>',
    );
  });
});
