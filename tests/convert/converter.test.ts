import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getConverter } from '../../src/convert/converter.ts';
import { FIXTURES, ROOT } from '../support/paths.ts';

interface Case {
  in: string;
  out: string;
  note?: string;
}

const zhHant = getConverter('zh-Hant');

describe('zh-Hant text fixtures', () => {
  const cases = parse(readFileSync(path.join(FIXTURES, 'convert', 'zh-Hant.yaml'), 'utf8')) as Case[];
  it.each(cases)('$in → $out', (c) => {
    expect(zhHant.convert(c.in)).toBe(c.out);
  });
});

describe('the OpenCC layer agrees with opencc-js', () => {
  // The sample report's chapters are real report prose. Without Bifolio's
  // own layers, and apart from the punctuation rules (quotes), the engine
  // must produce exactly what opencc-js's own converters produce.
  const chapters = path.join(ROOT, 'content', 'chapters');
  const withoutQuotes = (s: string) => s.replace(/[“”‘’「」『』"]/g, '"');
  const pairs = [
    ['zh-Hant', OpenCC.Converter({ from: 'cn', to: 'tw' })],
    ['zh-Hant-HK', OpenCC.Converter({ from: 'cn', to: 'hk' })],
  ] as const;
  for (const [profile, reference] of pairs) {
    const engine = getConverter(profile, { builtin: false });
    for (const file of readdirSync(chapters).filter((f) => f.endsWith('.mdx'))) {
      it(`${profile}: ${file}`, () => {
        const text = readFileSync(path.join(chapters, file), 'utf8');
        expect(withoutQuotes(engine.convert(text))).toBe(withoutQuotes(reference(text)));
      });
    }
  }
  it('zh-Hant-TW with regional vocabulary agrees with cn → twp', () => {
    const engine = getConverter('zh-Hant-TW', { builtin: false, vocabulary: 'regional' });
    const reference = OpenCC.Converter({ from: 'cn', to: 'twp' });
    const text = '软件开发需要数据、网络和信息，用户通过程序观看视频';
    expect(engine.convert(text)).toBe(reference(text));
    expect(engine.convert(text)).toBe('軟體開發需要資料、網路和資訊，使用者通過程式觀看影片');
  });
});

describe('convertRuns', () => {
  it('converts a phrase that crosses run boundaries as one phrase', () => {
    // 理发师 is a phrase (髮); 发 alone would become 發.
    expect(zhHant.convertRuns(['理', '发', '师'])).toEqual(['理', '髮', '師']);
    expect(zhHant.convert('发')).toBe('發');
  });

  it('gives each run its own share and keeps every run’s length here', () => {
    const runs = ['我们发布了', '软', '件，用于数据', '中心。'];
    const out = zhHant.convertRuns(runs);
    expect(out.join('')).toBe(zhHant.convert(runs.join('')));
    expect(out.map((s) => s.length)).toEqual(runs.map((s) => s.length));
  });

  it('handles empty runs and runs of plain ASCII', () => {
    expect(zhHant.convertRuns(['', 'abc', '', '数据', ''])).toEqual(['', 'abc', '', '數據', '']);
  });

  it('splits a length-changing regional phrase as a whole', () => {
    const twp = getConverter('zh-Hant-TW', { vocabulary: 'regional' });
    const out = twp.convertRuns(['出租', '车司机']);
    expect(out.join('')).toBe('計程車司機');
  });

  it('keeps surrogate pairs whole at run boundaries', () => {
    const out = zhHant.convertRuns(['𠮷', '发', '𠮷']);
    expect(out).toEqual(['𠮷', '發', '𠮷']);
  });

  it('applies the quote rule across runs', () => {
    expect(zhHant.convertRuns(['“引', '号”'])).toEqual(['「引', '號」']);
  });
});
