import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertHtml } from '../../src/convert/html.ts';
import { converterResolver } from '../../src/convert/page.ts';
import { FIXTURES } from '../support/paths.ts';

const dir = path.join(FIXTURES, 'html');
const converterFor = converterResolver({
  variants: [
    { code: 'zh-Hans', profile: undefined, vocabulary: 'kept' },
    { code: 'zh-Hant', profile: 'zh-Hant', vocabulary: 'kept' },
  ],
});

describe('HTML conversion fixtures (input → expected)', () => {
  for (const input of readdirSync(dir).filter((f) => f.endsWith('.input.html'))) {
    it(input.replace('.input.html', ''), () => {
      const html = readFileSync(path.join(dir, input), 'utf8');
      const expected = readFileSync(path.join(dir, input.replace('.input.', '.expected.')), 'utf8');
      const fragment = !/^<!doctype/i.test(html);
      expect(convertHtml(html, { converterFor, fragment })).toBe(expected);
    });
  }
});

describe('HTML conversion rules', () => {
  const convert = (html: string) => convertHtml(html, { converterFor, fragment: true });

  it('leaves a page in the source script unchanged but for override markers', () => {
    const html = '<div lang="zh-Hans"><p>软件<span data-zh-hant="軟體">软件</span></p></div>';
    expect(convert(html)).toBe('<div lang="zh-Hans"><p>软件<span>软件</span></p></div>');
  });

  it('does not convert text whose language is not known to the report', () => {
    expect(convert('<div lang="ja"><p>软件</p></div>')).toBe('<div lang="ja"><p>软件</p></div>');
  });

  it('matches lang case-insensitively', () => {
    expect(convert('<p lang="zh-hant">软件</p>')).toBe('<p lang="zh-hant">軟件</p>');
  });

  it('converts a Traditional block nested in a Simplified page', () => {
    expect(convert('<div lang="zh-Hans">软件<section lang="zh-Hant">软件</section>软件</div>')).toBe(
      '<div lang="zh-Hans">软件<section lang="zh-Hant">軟件</section>软件</div>',
    );
  });
});
