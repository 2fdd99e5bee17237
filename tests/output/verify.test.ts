import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkGlossary } from '../../src/content/glossary.ts';
import { verifyConvertedPages } from '../../src/output/verify.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'bifolio-verify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function page(rel: string, body: string, lang = 'zh-Hant'): void {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `<!doctype html><html lang="${lang}"><head><title>標題</title></head><body>${body}</body></html>`);
}

page('zh-hant/ok/index.html', '<h2 id="a">數據</h2><p>軟件與數據，干涉與平台。</p><code>数据</code><p lang="zh-Hans">简体引文</p>');
page('zh-hant/leak/index.html', '<h2 id="能源">能源</h2><p>已轉換的文字，但这里漏了。</p><img alt="图表" src="x.png">');
page('zh-hant/glossary/index.html', '<p>產品澄川云课堂的介紹</p>');
page('zh-hans/index.html', '<p>简体页面里的软件</p>', 'zh-Hans');

const ctx = {
  variants: [
    { code: 'zh-Hans', profile: undefined, vocabulary: 'kept' as const },
    { code: 'zh-Hant', profile: 'zh-Hant' as const, vocabulary: 'kept' as const },
  ],
  glossary: checkGlossary({ terms: [], protected: ['澄川云课堂'] }, 'glossary.yaml').glossary,
};

describe('leak check of a finished build', () => {
  const diagnostics = verifyConvertedPages(dir, 'dist', ctx);

  it('names the page, the heading and the text that kept Simplified characters', () => {
    expect(diagnostics.map((d) => [d.file, d.message])).toEqual([
      [path.join('dist', 'zh-hant', 'leak', 'index.html'), 'Simplified text on a Traditional page under #能源: "已轉換的文字，但这里漏了。" holds 这'],
      [path.join('dist', 'zh-hant', 'leak', 'index.html'), 'Simplified text on a Traditional page (attribute alt) under #能源: "图表" holds 图'],
    ]);
    expect(diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });

  it('accepts protected glossary terms, code, Simplified quotations and Simplified pages', () => {
    expect(diagnostics.some((d) => d.file.includes('glossary') || d.file.includes('zh-hans') || d.file.includes('/ok/'))).toBe(false);
  });
});
