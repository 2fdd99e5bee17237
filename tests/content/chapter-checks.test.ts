/**
 * What a chapter may hold, checked where it is written (content/check,
 * content/html-policy.ts) and again in every built page (render/page/
 * sanitize.ts); and anchors for every heading.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { addressProblem, elementProblems } from '../../src/content/html-policy.ts';
import { parseChapter } from '../../src/content/outline/parse.ts';
import { sanitizeChapterText } from '../../src/render/page/sanitize.ts';

describe('the HTML policy', () => {
  it('refuses script addresses however they are written, and data: addresses as link targets only', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:x', 'JAVASCRIPT:x', 'vbscript:x', '\u0000javascript:x']) {
      expect(addressProblem('href', url), url).toBeDefined();
      expect(addressProblem('src', url), url).toBeDefined();
    }
    expect(addressProblem('href', 'data:text/html,<script>')).toBeDefined();
    expect(addressProblem('src', 'data:image/png;base64,AAAA')).toBeUndefined();
    for (const url of ['https://example.com', 'mailto:esg@example.com', '../environment/#能源', '#小结', 'tel:+85212345678']) expect(addressProblem('href', url), url).toBeUndefined();
  });

  it('refuses scripts, frames and event handlers, and allows the HTML of text', () => {
    expect(elementProblems('script', {}).map((p) => p.message)).toEqual(['<script> is not allowed in a chapter']);
    expect(elementProblems('IFRAME', { src: 'https://example.com' })).toHaveLength(1);
    expect(elementProblems('img', { src: 'a.png', onerror: 'x', OnLoad: 'y' })).toHaveLength(2);
    expect(elementProblems('iframe', { srcdoc: '<p>' }).map((p) => p.message)).toContain('the srcdoc attribute of <iframe> holds a page of its own');
    expect(elementProblems('div', { 'set:html': '<b>x</b>' })).toHaveLength(1);
    for (const tag of ['p', 'span', 'table', 'td', 'sup', 'sub', 'br', 'strong', 'figure', 'img', 'a', 'abbr', 'ruby']) expect(elementProblems(tag, { class: 'x', id: 'y', lang: 'en' }), tag).toEqual([]);
  });
});

describe('sanitising the chapter text of built pages', () => {
  const page = (prose: string) => fromHtml(`<html><body><nav><a href="/">首页</a></nav><main><div class="prose">${prose}</div></main><script type="module" src="/_astro/switcher.js"></script></body></html>`);

  it('takes out scripts, handlers and script links, names them on the chapter text, and leaves the page around it', () => {
    const tree = page('<p>文字<img src="a.png" alt="图" onerror="alert(1)"><a href="javascript:x">点</a></p><script>alert(2)</script>');
    const refused = sanitizeChapterText(tree);
    expect(refused).toEqual(expect.arrayContaining(['the onerror attribute of <img> would run a script', '<script> is not allowed in a chapter']));
    const html = toHtml(tree);
    expect(html).not.toMatch(/onerror="|href="javascript:|<script>alert/);
    expect(html).toContain('<img src="a.png" alt="图">');
    expect(html).toContain('data-refused=');
    // The site's own script, outside the chapter text, is not the chapter's.
    expect(html).toContain('<script type="module" src="/_astro/switcher.js"></script>');
  });

  it('leaves what the components produce as it is: charts, tables, forms, footnotes, ids', () => {
    const prose =
      '<h2 id="小结"><span class="heading-number">1.1</span> 小结</h2>' +
      '<figure class="kpi" id="kpi-energy" data-kpi-table="energy"><table class="kpi-table"><caption id="c1">能源</caption><thead><tr><th scope="col" colspan="2" style="text-align:right">二零二四年</th></tr></thead><tbody><tr data-code="A1"><th scope="row" rowspan="2">类别</th><td class="num">1,234</td></tr></tbody></table></figure>' +
      '<div class="kpi-chart" role="figure" aria-labelledby="t1"><svg viewBox="0 0 100 50" xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="t1"><title id="t1">图</title><defs><pattern id="p0" width="4" height="4" patternUnits="userSpaceOnUse"><path d="M0 0L4 4" stroke="#000" stroke-width="1"></path></pattern></defs><g class="bar" transform="translate(1 2)"><rect x="1" y="2" width="3" height="4" fill="url(#p0)" rx="1"></rect><text x="1" y="2" dy="0.3em" text-anchor="middle">12</text></g></svg></div>' +
      '<form class="feedback" action="mailto:esg@example.com" method="post" enctype="text/plain"><fieldset><legend>问题</legend><label for="q1">评分</label><input type="radio" id="q1" name="q1" value="5" aria-label="五分"><textarea id="q2" name="q2" rows="4"></textarea><button type="submit">发送</button></fieldset></form>' +
      '<p>注释<sup class="footnote-call">1</sup><span class="footnote" id="fn-1" lang="en">Note</span> <a href="../environment/#能源" class="url">链接</a> <span data-zh-override="臺" data-no-convert="">台</span></p>';
    const tree = page(prose);
    const before = toHtml(tree);
    expect(sanitizeChapterText(tree)).toEqual([]);
    expect(toHtml(tree)).toBe(before);
  });
});

describe('heading anchors', () => {
  it('gives a heading of punctuation only a numbered anchor of its own', () => {
    const source = parseChapter('/report/chapters/a.mdx', '---\ntitle: 一章\norder: 1\n---\n\n## 小结\n\n## ——\n\n## ？\n\n## ——\n')!;
    const ids = source.items.headings.map((h) => h.id);
    expect(ids).toEqual(['小结', 'section-2', 'section-3', 'section-4']);
  });
});
