import { describe, expect, it } from 'vitest';
import { overrideProblems, simplifiedLeft } from '../../src/content/traditional-forms.ts';

describe('Simplified characters in text written for Traditional pages', () => {
  it('names each character and what the converter makes of it, with the whole text converted', () => {
    expect(simplifiedLeft('软体', 'zh-Hant')).toEqual({
      characters: [
        { char: '软', becomes: '軟' },
        { char: '体', becomes: '體' },
      ],
      suggestion: '軟體',
    });
  });

  it('accepts Traditional text, and characters both scripts write', () => {
    for (const text of ['軟體', '持份者', '于立衡', '干涉與平台', '澄川雲']) expect(simplifiedLeft(text, 'zh-Hant'), text).toBeUndefined();
  });

  it('judges by the variant: 温 is a Hong Kong form, not a Traditional one', () => {
    expect(simplifiedLeft('温室氣體', 'zh-Hant-HK')).toBeUndefined();
    expect(simplifiedLeft('温室氣體', 'zh-Hant')?.characters).toEqual([{ char: '温', becomes: '溫' }]);
  });

  it('checks the overrides of <Zh> and the data-zh-* attributes of other elements', () => {
    expect(overrideProblems('Zh', { hant: '结束', hantTw: '結束' })).toEqual([
      {
        message: '<Zh hant="结束">: the text for Traditional pages still has Simplified characters: 结 → 結',
        hint: 'an override is printed exactly as written; write it in Traditional characters: hant="結束"',
      },
    ]);
    expect(overrideProblems('span', { 'data-zh-hant-tw': '软件' })[0]?.message).toBe(
      '<span data-zh-hant-tw="软件">: the text for Traditional pages still has Simplified characters: 软 → 軟',
    );
    expect(overrideProblems('Zh', { hant: '於' })).toEqual([]);
    expect(overrideProblems('Kpi', { hant: '软件' })).toEqual([]);
  });
});
