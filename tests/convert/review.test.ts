import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../../src/content/glossary.ts';
import { ambiguousCharacters } from '../../src/convert/charsets.ts';
import { converterResolver } from '../../src/convert/page.ts';
import { convertTree, type TreeConversionOptions } from '../../src/convert/html.ts';
import { reviewSummaryText, summarizeReview } from '../../src/convert/review.ts';
import { renderReviewHtml } from '../../src/render/review/page.ts';

/** The review's occurrences of converting a page, from the conversion itself. */
const collectOccurrences = (tree: Parameters<typeof convertTree>[0], options: TreeConversionOptions, page: { path: string }) =>
  convertTree(tree, options, { page: page.path });

const glossary = checkGlossary(
  {
    terms: [
      { 'zh-Hans': '钟伟', 'zh-Hant': '鍾偉' },
      { 'zh-Hans': '利益相关方', 'zh-Hant': '持份者' },
    ],
    protected: [],
  },
  'content/glossary.yaml',
).glossary;
const converterFor = converterResolver({
  variants: [
    { code: 'zh-Hans', profile: undefined, vocabulary: 'kept' },
    { code: 'zh-Hant', profile: 'zh-Hant', vocabulary: 'kept' },
  ],
  glossary,
});
const page = `<main lang="zh-Hant"><h2 id="团队">团队</h2>
<p>首席财务官钟伟在发布会上发布了报告，理发师的头发，干部和干旱。</p>
<p>董事会主席<span data-zh-hant="于立衡">于立衡</span>于香港签署。</p>
<p>各利益相关方的意见汇总后由董事会复核。</p>
<pre>发布 = 1</pre><p lang="en">not 发</p></main>`;

const occurrences = collectOccurrences(fromHtml(page, { fragment: true }), { converterFor }, { path: '/zh-hant/team/' });
const find = (char: string, term: string) => occurrences.filter((o) => o.char === char && o.term === term);

describe('the occurrences of a conversion', () => {
  it('come with the same converted page as a conversion without them', () => {
    const split = page.replace('</main>', '<p title="理发师的头发">理<em>发</em>师说：“干部<b>和</b>干旱”，钟伟<a href="#x">发</a>布。</p></main>');
    const converted = (review?: { page: string }) => {
      const tree = fromHtml(split, { fragment: true });
      convertTree(tree, { converterFor }, review);
      return toHtml(tree);
    };
    expect(converted({ page: '/zh-hant/team/' })).toBe(converted());
    expect(converted()).toContain('理<em>髮</em>師');
  });

  it('records every ambiguous character with the deciding layer', () => {
    expect(find('钟', '钟伟')[0]).toMatchObject({ layer: 'glossary', chosen: '鍾', termOut: '鍾偉', source: 'content/glossary.yaml:?' });
    expect(find('发', '发布')).toHaveLength(2);
    expect(find('发', '发布')[0]).toMatchObject({ layer: 'builtin', chosen: '發', termOut: '發布' });
    expect(find('发', '理发师')[0]).toMatchObject({ layer: 'opencc', chosen: '髮', source: 'OpenCC: 理发师' });
    expect(find('干', '干旱')[0]).toMatchObject({ layer: 'opencc', chosen: '乾' });
    expect(find('于', '于立衡')[0]).toMatchObject({ layer: 'inline', chosen: '于' });
  });

  it('keeps the context, the heading and the page', () => {
    const o = find('发', '理发师')[0]!;
    expect(o.context[o.at]).toBe('发');
    expect(o.contextOut[o.at]).toBe('髮');
    expect(o).toMatchObject({ page: '/zh-hant/team/', heading: { id: '团队', text: '团队' }, variant: 'zh-Hant' });
  });

  it('places the chosen form in the published context even when a term before it changed length', () => {
    const o = find('复', '复核')[0]!;
    expect(o.contextOut.slice(o.atOut, o.atOut + o.lengthOut)).toBe('覆');
    expect(o.contextOut).toContain('持份者的意見匯總後由董事會覆核');
  });

  it('skips code and text in other languages', () => {
    expect(occurrences.filter((o) => o.context.includes('= 1') || o.context.includes('not'))).toEqual([]);
  });

  it('lists the characters an editor checks', () => {
    const ambiguous = ambiguousCharacters();
    for (const ch of '发干后里台只系面复制范松准冲了着于余汇并历钟种') expect(ambiguous.has(ch), ch).toBe(true);
    expect(ambiguous.get('发')).toEqual(['發', '髮']);
    expect(ambiguous.has('据')).toBe(false);
  });
});

describe('review summary and page', () => {
  const summary = summarizeReview('zh-Hant', occurrences, 1);

  it('groups by character and term, characters printed in several forms first', () => {
    const fa = summary.characters.find((c) => c.char === '发')!;
    expect(fa.chosen).toEqual({ 發: 2, 髮: 2 });
    expect(fa.terms.map((t) => `${t.term}→${t.termOut}`)).toEqual(expect.arrayContaining(['发布→發布', '理发师→理髮師', '头发→頭髮']));
    const firstSingle = summary.characters.findIndex((c) => Object.keys(c.chosen).length === 1);
    expect(summary.characters.slice(firstSingle).every((c) => Object.keys(c.chosen).length === 1)).toBe(true);
  });

  it('prints a summary by layer', () => {
    expect(reviewSummaryText(summary)).toMatch(
      /zh-Hant: \d+ occurrences of \d+ characters .* on 1 pages\n {2}decided by: OpenCC \d+, built-in table \d+, report glossary 1, inline override 1/,
    );
  });

  it('renders a page with a ready glossary entry per term and escapes text', () => {
    const html = renderReviewHtml(summary, { title: 'Review <zh-Hant>' });
    expect(html).toContain('<title>Review &lt;zh-Hant></title>');
    expect(html).toContain('  - zh-Hans: 理发师\n    zh-Hant: 理髮師');
    expect(html).toMatch(/<mark>发<\/mark>/);
    expect(html).not.toMatch(/<script/);
  });
});

describe('places to check first', () => {
  const doubtful = `<main lang="zh-Hant"><h2 id="产品">产品</h2><p>我们推出了澄川云服务，公司并发布了报告。</p></main>`;
  const found = collectOccurrences(fromHtml(doubtful, { fragment: true }), { converterFor }, { path: '/zh-hant/product/' });
  const summary = summarizeReview('zh-Hant', found, 1);

  it('lists choices made on weak evidence apart, before the characters', () => {
    expect(summary.doubts).toHaveLength(1);
    expect(summary.doubts[0]!.terms.map((t) => [t.term, t.termOut])).toEqual([['澄川云', '澄川雲']]);
    expect(reviewSummaryText(summary).split('\n')[0]).toBe('zh-Hant: 1 place to check first (weak evidence)');
    const html = renderReviewHtml(summary, { title: 'review' });
    expect(html.indexOf('Check these first')).toBeGreaterThan(-1);
    expect(html.indexOf('Check these first')).toBeLessThan(html.indexOf('<h2>Characters</h2>'));
  });

  it('a text without such a choice says so', () => {
    const plain = collectOccurrences(fromHtml('<main lang="zh-Hant"><p>公司并发布了报告。</p></main>', { fragment: true }), { converterFor }, { path: '/p/' });
    expect(reviewSummaryText(summarizeReview('zh-Hant', plain, 1)).split('\n')[0]).toBe('zh-Hant: no choice rests on weak evidence');
  });
});

describe('uncertain choices', () => {
  const html = `<main lang="zh-Hant"><h2 id="董事">董事</h2>
<p>独立非执行董事范晓钟女士担任主席。</p>
<p>范文先生出席了会议，肖建华先生致辞。</p>
<p>董事会主席</p><p>于立衡</p><p>于立衡于香港签署。</p></main>`;
  const found = collectOccurrences(fromHtml(html, { fragment: true }), { converterFor }, { path: '/zh-hant/board/' });
  const summary = summarizeReview('zh-Hant', found, 1);

  it('lists a personal name as one term, decided by the name layer', () => {
    const fan = found.find((o) => o.term === '范晓钟')!;
    expect(fan).toMatchObject({ char: '范', chosen: '范', termOut: '范曉鍾', layer: 'name' });
    expect(fan.doubt).toMatch(/钟 in a given name/);
  });

  it('a name recognised in a signature is a name everywhere on the page', () => {
    const yu = found.filter((o) => o.char === '于' && o.term === '于立衡');
    expect(yu.map((o) => o.chosen)).toEqual(['于', '于']);
    expect(found.find((o) => o.char === '于' && o.context.startsWith('于立衡于'))?.chosen).toBe('于');
  });

  it('puts uncertain choices first: a word that may be a name, a surname that may be written otherwise', () => {
    expect(found.find((o) => o.term.startsWith('范文'))?.doubt).toMatch(/范文 is converted as a word, but 先生 follows/);
    expect(found.find((o) => o.term === '肖建华')).toMatchObject({ char: '肖', chosen: '肖', layer: 'name' });
    expect(summary.doubts.length).toBeGreaterThan(0);
    expect(summary.characters[0]!.terms[0]!.doubt).toBeTruthy();
    expect(reviewSummaryText(summary)).toMatch(/^zh-Hant: \d+ places to check first/);
    expect(renderReviewHtml(summary, { title: 'Review' })).toContain('<p class="doubt">uncertain: ');
  });
});
