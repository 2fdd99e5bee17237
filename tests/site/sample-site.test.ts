/**
 * The sample report, built once by the real CLI (tests/support/build-sample.ts),
 * checked page by page in both scripts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { getConverter } from '../../src/convert/converter.ts';
import { findUnconvertedText } from '../../src/convert/leaks.ts';
import { converterResolver } from '../../src/convert/page.ts';
import { loadReport } from '../../src/content/report.ts';
import { loadGlossary } from '../../src/content/glossary.ts';
import { elements, hasClass, readPage, select, textOf } from '../support/html.ts';
import { ROOT, SAMPLE_SITE } from '../support/paths.ts';

const report = loadReport(path.join(ROOT, 'content', 'report.yaml'));
const converterFor = converterResolver({ variants: report.variants, glossary: loadGlossary(path.join(ROOT, 'content', 'glossary.yaml')) });
const zhHant = getConverter('zh-Hant');
const chapterFiles = readdirSync(path.join(ROOT, 'content', 'chapters')).filter((f) => f.endsWith('.mdx'));

function chapterDirs(prefix: string): string[] {
  const dir = path.join(SAMPLE_SITE, prefix);
  return (
    readdirSync(dir, { withFileTypes: true })
      // Every page directory but the search results page is a chapter.
      .filter((d) => d.isDirectory() && d.name !== 'search' && existsSync(path.join(dir, d.name, 'index.html')))
      .map((d) => d.name)
      .sort()
  );
}

function page(prefix: string, slug?: string): Root {
  return readPage(path.join(SAMPLE_SITE, prefix, ...(slug ? [slug] : []), 'index.html'));
}

const slugs = chapterDirs('zh-hans');
const prose = (tree: Root) => select(tree, (el) => hasClass(el, 'prose'))[0]!;

describe('pages', () => {
  it('publishes every chapter in both scripts', () => {
    expect(slugs.length).toBe(chapterFiles.length);
    expect(slugs.length).toBeGreaterThanOrEqual(6);
    expect(chapterDirs('zh-hant')).toEqual(slugs);
  });

  it('has a landing page linking both scripts, each block in its own language', () => {
    const landing = readPage(path.join(SAMPLE_SITE, 'index.html'));
    const sections = select(landing, (el) => el.tagName === 'section' && typeof el.properties.lang === 'string');
    expect(sections.map((s) => s.properties.lang)).toEqual(['zh-Hans', 'zh-Hant']);
    const links = sections.map((s) => select(s, (el) => el.tagName === 'a')[0]!.properties.href);
    expect(links).toEqual(['/zh-hans/', '/zh-hant/']);
    expect(textOf(sections[1]!)).toContain(zhHant.convert(report.title));
    expect(textOf(sections[0]!)).toContain(report.title);
  });

  it('orders the sidebar by frontmatter order', () => {
    const sidebar = select(page('zh-hans', slugs[0]), (el) => hasClass(el, 'chapter-list'))[0]!;
    const hrefs = select(sidebar, (el) => el.tagName === 'a').map((a) => String(a.properties.href));
    const chapterLinks = hrefs.filter((h) => h.split('/').length === 4);
    const ordered = chapterFiles
      .map((f) => ({ f, order: Number(/^order:\s*(\d+)/m.exec(readFileSync(path.join(ROOT, 'content', 'chapters', f), 'utf8'))![1]) }))
      .sort((a, b) => a.order - b.order);
    expect(chapterLinks.length).toBe(ordered.length);
  });
});

describe('Traditional pages', () => {
  const pages = ['', ...slugs];

  it.each(pages)('zh-hant/%s has no Simplified character left outside protected spans', (slug) => {
    expect(findUnconvertedText(page('zh-hant', slug || undefined), { converterFor })).toEqual([]);
  });

  it('the landing page has no Simplified character left in its Traditional block', () => {
    expect(findUnconvertedText(readPage(path.join(SAMPLE_SITE, 'index.html')), { converterFor })).toEqual([]);
  });

  it('the Simplified pages, read as if they were Traditional, would be reported (the check can fail)', () => {
    const hans = page('zh-hans', 'environment');
    const asIfTraditional = findUnconvertedText(hans, { converterFor: () => zhHant });
    expect(asIfTraditional.length).toBeGreaterThan(10);
  });

  it.each(slugs)('zh-hant/%s is converted: title, headings and meta description', (slug) => {
    const hans = page('zh-hans', slug);
    const hant = page('zh-hant', slug);
    const h = (tree: Root) => select(tree, (el) => /^h[1-4]$/.test(el.tagName)).map(textOf);
    expect(h(hant)).toEqual(h(hans).map((t) => zhHant.convert(t)));
    const title = (tree: Root) => textOf(select(tree, (el) => el.tagName === 'title')[0]!);
    expect(title(hant)).toBe(zhHant.convert(title(hans)));
    const desc = (tree: Root) => select(tree, (el) => el.tagName === 'meta' && el.properties.name === 'description')[0]?.properties.content;
    if (desc(hans)) expect(desc(hant)).toBe(zhHant.convert(String(desc(hans))));
  });

  it('keeps inline overrides and no-convert spans exactly as written', () => {
    const letter = page('zh-hant', 'chairman-letter');
    const override = select(letter, (el) => el.properties.dataZhOverride !== undefined);
    expect(override.map(textOf)).toEqual(['于立衡']);
    const community = page('zh-hant', 'community');
    const kept = select(community, (el) => el.properties.dataNoConvert !== undefined);
    expect(kept.map(textOf)).toEqual(['澄川云课堂']);
  });

  it('applies the report glossary and the chapter glossary', () => {
    const governance = textOf(prose(page('zh-hant', 'esg-governance')));
    expect(governance).toContain('首席財務官鍾偉先生'); // report glossary term
    expect(governance).toContain('余志明先生'); // protected: OpenCC alone writes 餘志明
    expect(governance).toContain('范曉鍾女士'); // the chapter's own glossary
    expect(governance).toContain('持份者的意見'); // 利益相关方 → 持份者
    // The protected brand stays as written wherever it occurs, not only inside <NoConvert>.
    expect(textOf(prose(page('zh-hant', 'community')))).not.toContain('澄川雲課堂');
  });

  it('leaves text marked lang="en" alone', () => {
    const hans = select(page('zh-hans', 'about-this-report'), (el) => el.properties.lang === 'en').map(textOf);
    const hant = select(page('zh-hant', 'about-this-report'), (el) => el.properties.lang === 'en').map(textOf);
    expect(hans.length).toBeGreaterThan(3);
    expect(hant).toEqual(hans);
  });
});

describe('what must be identical in both scripts', () => {
  it.each(slugs)('%s: code blocks, inline code, ids and URLs', (slug) => {
    const hans = page('zh-hans', slug);
    const hant = page('zh-hant', slug);
    const code = (tree: Root) => select(tree, (el) => ['pre', 'code', 'kbd'].includes(el.tagName)).map((el) => toHtml(el));
    expect(code(hant)).toEqual(code(hans));
    const ids = (tree: Root) => [...elements(tree)].map((el) => el.properties.id).filter(Boolean);
    expect(ids(hant)).toEqual(ids(hans));
    const urls = (tree: Root) =>
      [...elements(prose(tree))]
        .flatMap((el: Element) => [el.properties.href, el.properties.src])
        .filter((u): u is string => typeof u === 'string')
        .map((u) => u.replace(/^\/(downloads\/)?zh-han[st]\//, '/$1VARIANT/'));
    expect(urls(hant)).toEqual(urls(hans));
  });

  it('the sample really has code blocks and external links to compare', () => {
    const appendix = page('zh-hant', 'appendix');
    expect(select(appendix, (el) => el.tagName === 'pre').length).toBeGreaterThanOrEqual(2);
    expect(select(appendix, (el) => el.tagName === 'a' && String(el.properties.href).startsWith('https://')).length).toBeGreaterThan(1);
  });
});

describe('script switcher and languages', () => {
  for (const variant of report.variants) {
    it.each(['', ...slugs])(`${variant.prefix}/%s: lang and switcher`, (slug) => {
      const tree = page(variant.prefix, slug || undefined);
      const html = select(tree, (el) => el.tagName === 'html')[0]!;
      expect(html.properties.lang).toBe(variant.code);
      const switcher = select(tree, (el) => hasClass(el, 'script-switcher'))[0]!;
      const links = select(switcher, (el) => el.tagName === 'a');
      expect(links.map((a) => a.properties.lang)).toEqual(report.variants.map((v) => v.code));
      for (const [i, a] of links.entries()) {
        const href = String(a.properties.href);
        const target = report.variants[i]!;
        expect(href).toBe(`/${target.prefix}/${slug ? `${slug}/` : ''}`);
        expect(existsSync(path.join(SAMPLE_SITE, href, 'index.html'))).toBe(true);
        expect(a.properties.ariaCurrent === 'page').toBe(target.code === variant.code);
      }
      const alternates = select(tree, (el) => el.tagName === 'link' && el.properties.rel?.toString() === 'alternate');
      expect(alternates.map((l) => l.properties.hrefLang)).toEqual(report.variants.map((v) => v.code));
    });
  }
});

describe('links to the PDFs', () => {
  it('every page of a script links its PDF in the header; the landing and home pages link both editions', () => {
    for (const variant of report.variants) {
      for (const slug of [undefined, ...slugs]) {
        const links = select(page(variant.prefix, slug), (el) => el.tagName === 'a' && hasClass(el, 'pdf-link')).map((a) => String(a.properties.href));
        expect(links, `${variant.prefix}/${slug ?? ''}`).toEqual([`/pdf/${report.slug}-${variant.prefix}.pdf`]);
      }
      const home = select(page(variant.prefix), (el) => el.tagName === 'a' && String(el.properties.href).startsWith('/pdf/')).map((a) =>
        String(a.properties.href),
      );
      expect(home).toContain(`/pdf/${report.slug}-${variant.prefix}-print.pdf`);
    }
    const landing = readPage(path.join(SAMPLE_SITE, 'index.html'));
    const hrefs = select(landing, (el) => el.tagName === 'a' && String(el.properties.href).startsWith('/pdf/')).map((a) => String(a.properties.href));
    expect(hrefs).toHaveLength(report.variants.length * 2);
    for (const href of hrefs) expect(existsSync(path.join(SAMPLE_SITE, href)), href).toBe(true);
  });
});

describe('metadata', () => {
  const meta = (tree: Root, property: string) => select(tree, (el) => el.tagName === 'meta' && el.properties.property === property)[0]?.properties.content;
  const links = (tree: Root, rel: string) => select(tree, (el) => el.tagName === 'link' && String(el.properties.rel) === rel);

  it('gives every chapter page a canonical URL, absolute hreflang alternates and Open Graph tags', () => {
    for (const slug of slugs) {
      for (const [prefix, locale] of [
        ['zh-hans', 'zh_CN'],
        ['zh-hant', 'zh_HK'],
      ] as const) {
        const tree = page(prefix, slug);
        expect(links(tree, 'canonical').map((l) => l.properties.href)).toEqual([`${report.site}/${prefix}/${slug}/`]);
        expect(links(tree, 'alternate').map((l) => [l.properties.hrefLang, l.properties.href])).toEqual([
          ['zh-Hans', `${report.site}/zh-hans/${slug}/`],
          ['zh-Hant', `${report.site}/zh-hant/${slug}/`],
        ]);
        expect(meta(tree, 'og:locale')).toBe(locale);
        expect(meta(tree, 'og:type')).toBe('article');
        expect(meta(tree, 'og:url')).toBe(`${report.site}/${prefix}/${slug}/`);
        const title = textOf(select(tree, (el) => el.tagName === 'title')[0]!);
        expect(meta(tree, 'og:title')).toBe(title);
      }
    }
  });

  it('has a 404 page in both scripts', () => {
    const tree = readPage(path.join(SAMPLE_SITE, '404.html'));
    const sections = select(tree, (el) => el.tagName === 'section' && typeof el.properties.lang === 'string');
    expect(sections.map((s) => s.properties.lang)).toEqual(['zh-Hans', 'zh-Hant']);
    expect(textOf(sections[0]!)).toContain('找不到该页面');
    expect(textOf(sections[1]!)).toContain('找不到該頁面');
    expect(select(sections[1]!, (el) => el.tagName === 'form').map((f) => f.properties.action)).toEqual(['/zh-hant/search/']);
  });

  it('lists every page of both scripts in the sitemap, with its alternates', () => {
    const xml = readFileSync(path.join(SAMPLE_SITE, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    for (const slug of slugs) for (const prefix of ['zh-hans', 'zh-hant']) expect(locs).toContain(`${report.site}/${prefix}/${slug}/`);
    expect(locs.length).toBe(1 + 2 * (slugs.length + 1));
    expect(xml.match(/<xhtml:link rel="alternate"/g)!.length).toBe(2 * 2 * (slugs.length + 1));
  });
});

describe('safe output', () => {
  const htmlFiles = readdirSync(SAMPLE_SITE, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name));

  it('every page carries a Content-Security-Policy without inline script, and has none', () => {
    expect(htmlFiles.length).toBeGreaterThan(30);
    for (const file of htmlFiles) {
      const tree = readPage(file);
      const csp = select(tree, (el) => el.tagName === 'meta' && String(el.properties.httpEquiv).toLowerCase() === 'content-security-policy');
      expect(csp.length, file).toBe(1);
      const policy = String(csp[0]!.properties.content);
      const scriptSrc = /script-src ([^;]*)/.exec(policy)![1]!;
      expect(scriptSrc, file).not.toMatch(/'unsafe-inline'|'unsafe-eval'|data:|\*/);
      // No head entries in the sample's report.yaml: no other site is allowed anything.
      expect(policy, file).not.toMatch(/https?:/);
      expect(
        select(tree, (el) => el.tagName === 'script' && !el.properties.src),
        file,
      ).toEqual([]);
      const handlers = select(tree, (el) => Object.keys(el.properties).some((k) => /^on[A-Z]/.test(k)));
      expect(
        handlers.map((el) => el.tagName),
        file,
      ).toEqual([]);
    }
  });

  it('links to other sites open without handing over the report page', () => {
    let external = 0;
    for (const file of htmlFiles) {
      for (const a of select(readPage(file), (el) => el.tagName === 'a' && /^https?:\/\//.test(String(el.properties.href)))) {
        if (String(a.properties.href).startsWith(report.site!)) continue;
        external++;
        expect(a.properties.rel, `${file}: ${a.properties.href}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      }
    }
    expect(external).toBeGreaterThan(0);
  });
});
