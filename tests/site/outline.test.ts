/**
 * The sample report as a whole: computed numbering, cross-references,
 * footnotes, the disclosure index, the blocks and the feedback form, on the
 * website and in the print documents, in both scripts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { codeList } from '../../src/content/disclosures/codes.ts';
import { buildOutline } from '../../src/content/outline/outline.ts';
import { readChapterSources } from '../../src/content/outline/parse.ts';
import { loadReport } from '../../src/content/report.ts';
import { readKpiTables } from '../../src/kpi/read.ts';
import { getConverter } from '../../src/convert/converter.ts';
import { hasClass, readPage, select, textOf } from '../support/html.ts';
import { ROOT, SAMPLE_PRINT, SAMPLE_SITE } from '../support/paths.ts';

const content = path.join(ROOT, 'content');
const report = loadReport(path.join(content, 'report.yaml'));
const kpi = readKpiTables(path.join(content, 'data', 'kpi'));
const outline = buildOutline(readChapterSources(path.join(content, 'chapters')), {
  numbering: report.numbering,
  disclosures: report.disclosures,
  kpiTitles: new Map([...kpi.tables.values()].map((t) => [t.id, t.title])),
});
const hant = getConverter('zh-Hant');
const VARIANTS = [
  { prefix: 'zh-hans', text: (s: string) => s },
  { prefix: 'zh-hant', text: (s: string) => hant.convert(s) },
];
const page = (prefix: string, slug: string) => readPage(path.join(SAMPLE_SITE, prefix, slug, 'index.html'));
const byId = (tree: Root, id: string) => select(tree, (el) => el.properties.id === id)[0];

describe('the sample outline', () => {
  it('has no errors, front matter, at least six numbered chapters and appendices', () => {
    expect(outline.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const kinds = outline.chapters.map((c) => c.kind);
    expect(kinds.filter((k) => k === 'chapter').length).toBeGreaterThanOrEqual(6);
    expect(kinds.indexOf('chapter')).toBeGreaterThan(kinds.lastIndexOf('front'));
    expect(kinds.lastIndexOf('chapter')).toBeLessThan(kinds.indexOf('appendix'));
    expect(outline.chapters.filter((c) => c.kind === 'chapter').map((c) => c.number)).toEqual(['第一章', '第二章', '第三章', '第四章', '第五章', '第六章']);
  });

  it('numbers tables and figures through the report without gaps', () => {
    for (const kind of ['table', 'figure'] as const) {
      const numbers = outline.chapters.flatMap((c) => c.items.filter((i) => i.kind === kind).map((i) => i.number));
      const prefix = kind === 'table' ? '表' : '图';
      expect(numbers.length).toBeGreaterThanOrEqual(4);
      expect(numbers).toEqual(numbers.map((_, i) => `${prefix}${i + 1}`));
    }
  });
});

describe.each(VARIANTS)('$prefix pages', ({ prefix, text }) => {
  it('print chapter and section numbers from the outline', () => {
    for (const chapter of outline.chapters) {
      const tree = page(prefix, chapter.slug);
      const h1 = select(tree, (el) => el.tagName === 'h1')[0]!;
      expect(textOf(h1).replace(/\s/g, '')).toBe(text(`${chapter.number ?? ''}${chapter.title}`).replace(/\s/g, ''));
      for (const heading of chapter.headings) {
        const el = byId(tree, heading.id)!;
        expect(el?.tagName, `${chapter.slug}#${heading.id}`).toBe(`h${heading.depth}`);
        const number = select(el, (e) => hasClass(e, 'heading-number')).map(textOf);
        expect(number).toEqual(heading.number ? [heading.number] : []);
      }
    }
  });

  it('link every cross-reference to an element that exists, labelled with its number', () => {
    let checked = 0;
    for (const chapter of outline.chapters) {
      for (const a of select(page(prefix, chapter.slug), (el) => el.tagName === 'a' && hasClass(el, 'xref'))) {
        const url = new URL(String(a.properties.href), 'http://site.invalid');
        const [, variant, slug] = url.pathname.split('/');
        expect(variant).toBe(prefix);
        const target = page(prefix, slug!);
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor) expect(byId(target, anchor), `${chapter.slug} → ${url.pathname}${url.hash}`).toBeDefined();
        const label = textOf(a);
        const heading = anchor ? byId(target, anchor)! : select(target, (el) => el.tagName === 'h1')[0]!;
        const numberEl = select(heading, (el) => hasClass(el, 'heading-number') || hasClass(el, 'item-number') || hasClass(el, 'chapter-number'))[0];
        if (numberEl) expect(label.startsWith(textOf(numberEl)), label).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  it('number footnotes per chapter, with back-links', () => {
    let chaptersWithNotes = 0;
    for (const chapter of outline.chapters) {
      const tree = page(prefix, chapter.slug);
      const calls = select(tree, (el) => el.tagName === 'a' && el.properties.dataFootnoteRef !== undefined);
      if (calls.length === 0) continue;
      chaptersWithNotes++;
      expect(calls.map(textOf)).toEqual(calls.map((_, i) => String(i + 1)));
      for (const call of calls) {
        const note = byId(tree, decodeURIComponent(String(call.properties.href).slice(1)))!;
        const back = select(note, (el) => el.tagName === 'a' && el.properties.dataFootnoteBackref !== undefined)[0]!;
        expect(decodeURIComponent(String(back.properties.href).slice(1))).toBe(String(call.properties.id));
      }
    }
    expect(chaptersWithNotes).toBeGreaterThanOrEqual(3);
  });

  it('render every block type', () => {
    const classes = [
      'chapter-opener-block',
      'key-figures',
      'key-figure',
      'case-study',
      'highlight-box',
      'pull-quote',
      'figure',
      'table-figure',
      'signature-block',
      'timeline',
      'term-list',
      'disclosure-index',
      'feedback-form',
    ];
    const found = new Set<string>();
    for (const chapter of outline.chapters) {
      const tree = page(prefix, chapter.slug);
      for (const c of classes) if (select(tree, (el) => hasClass(el, c)).length) found.add(c);
    }
    expect([...found].sort()).toEqual([...classes].sort());
  });

  it('label case studies and open topic chapters with sections and SDG tags', () => {
    for (const chapter of outline.chapters.filter((c) => c.kind === 'chapter')) {
      const tree = page(prefix, chapter.slug);
      const opener = select(tree, (el) => hasClass(el, 'chapter-opener-block'))[0]!;
      const list = select(opener, (el) => hasClass(el, 'opener-sections'))[0]!;
      const sections = select(list, (el) => el.tagName === 'a').map((a) => decodeURIComponent(String(a.properties.href).slice(1)));
      expect(sections).toEqual(chapter.headings.filter((h) => h.depth === 2).map((h) => h.id));
      expect(select(opener, (el) => hasClass(el, 'sdg')).length, chapter.slug).toBeGreaterThan(0);
      if (chapter.slug === 'environment') expect(textOf(select(opener, (el) => hasClass(el, 'opener-tagline'))[0]!)).toBe(text('用更少的电，算更多的数'));
      for (const box of select(tree, (el) => hasClass(el, 'case-study')))
        expect(textOf(select(box, (el) => hasClass(el, 'block-label'))[0]!)).toBe(text('案例'));
    }
  });
});

describe('the disclosure index', () => {
  const hkex = codeList('hkex');
  it.each(VARIANTS)('lists every HKEX code with where it is covered or why not ($prefix)', ({ prefix, text }) => {
    const tree = page(prefix, 'disclosure-index');
    const table = byId(tree, 'disclosure-index-hkex')!;
    const rows = select(table, (el) => el.tagName === 'tr' && el.properties.dataCode !== undefined);
    expect(rows.map((r) => String(r.properties.dataCode))).toEqual(hkex.codes.map((c) => c.code));
    const coverage = outline.coverage.get('hkex')!;
    for (const row of rows) {
      const code = String(row.properties.dataCode);
      const links = select(row, (el) => el.tagName === 'a' && hasClass(el, 'xref'));
      if (coverage.has(code)) {
        expect(links.length, code).toBe(coverage.get(code)!.length);
        for (const a of links) {
          const url = new URL(String(a.properties.href), 'http://site.invalid');
          expect(existsSync(path.join(SAMPLE_SITE, url.pathname, 'index.html'))).toBe(true);
          if (url.hash) expect(byId(page(prefix, url.pathname.split('/')[2]!), decodeURIComponent(url.hash.slice(1)))).toBeDefined();
        }
      } else {
        expect(links, code).toEqual([]);
        expect(textOf(row)).toContain(text(report.disclosures.explanations[code]!));
      }
    }
    expect(Object.keys(report.disclosures.explanations).length).toBeGreaterThan(0);
  });

  it('lists the GRI codes the report covers', () => {
    const rows = select(
      byId(page('zh-hans', 'disclosure-index'), 'disclosure-index-gri')!,
      (el) => el.tagName === 'tr' && el.properties.dataCode !== undefined,
    );
    expect(rows.map((r) => String(r.properties.dataCode)).sort()).toEqual([...outline.coverage.get('gri')!.keys()].sort());
    expect(rows.length).toBeGreaterThanOrEqual(20);
  });
});

describe('print documents', () => {
  const doc = (prefix: string): Root => readPage(path.join(SAMPLE_PRINT, `${report.slug}-${prefix}.html`));

  it.each(VARIANTS)('give cross-references a page number placeholder and links inside the document ($prefix)', ({ prefix, text }) => {
    const tree = doc(prefix);
    const ids = new Set(select(tree, (el) => typeof el.properties.id === 'string').map((el) => String(el.properties.id)));
    const pages = select(tree, (el) => hasClass(el, 'xref-page'));
    expect(pages.length).toBeGreaterThanOrEqual(20);
    for (const span of pages) {
      expect(textOf(span)).toBe(text('（见第页）'));
      const a = select(span, (el) => hasClass(el, 'xref-page-number'))[0] as Element;
      expect(ids.has(decodeURIComponent(String(a.properties.href).slice(1))), String(a.properties.href)).toBe(true);
    }
  });

  it('print the feedback questionnaire with tick boxes and lines to write on, not a form', () => {
    const tree = doc('zh-hant');
    expect(select(tree, (el) => el.tagName === 'form')).toEqual([]);
    expect(select(tree, (el) => hasClass(el, 'tick-box')).length).toBeGreaterThanOrEqual(20);
    expect(select(tree, (el) => hasClass(el, 'write-lines')).length).toBe(1);
  });

  it('the web form sends the answers by e-mail and needs no script', () => {
    const form = select(page('zh-hant', 'feedback'), (el) => el.tagName === 'form' && hasClass(el, 'feedback-form'))[0]!;
    expect(String(form.properties.action)).toMatch(/^mailto:/);
    expect(select(form, (el) => el.tagName === 'input' && el.properties.type === 'checkbox').map((i) => String(i.properties.value))).toEqual(
      outline.chapters.filter((c) => c.kind === 'chapter').map((c) => hant.convert(c.title)),
    );
  });

  it('the sample print documents exist', () => {
    expect(readFileSync(path.join(SAMPLE_PRINT, `${report.slug}-zh-hans.html`), 'utf8').length).toBeGreaterThan(1000);
  });
});
