/**
 * The conversion review as a standalone HTML page (no scripts, no external
 * resources but the font stylesheets given): the places to check first, then
 * every character with more than one Traditional form, term by term, each
 * with its contexts before and after and the glossary entry that would
 * decide it. Built as a tree, so every text and attribute is escaped.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { LAYER_NAMES, type Occurrence, type ReviewSummary, type TermGroup } from '../../convert/review.ts';

const STYLE = `body{font:15px/1.6 system-ui,'Noto Sans TC','Noto Sans SC',sans-serif;margin:0 auto;max-width:70rem;padding:1rem 1.5rem;color:#1d2521}
h1{font-size:1.5rem}h2{font-size:1.3rem;border-bottom:2px solid #0b6b4b;margin-top:2rem}h2 small,h3 small{font-weight:400;color:#56625c;font-size:.85rem}
h3{font-size:1rem;margin:1rem 0 .25rem}ul{margin:.25rem 0;padding-left:1.2rem}li{margin:.1rem 0}mark{background:#ffe08a;padding:0 .1em}
.index a{display:inline-block;margin:.1rem .3rem;text-decoration:none}.index sup{color:#56625c}pre{background:#f4f7f5;padding:.5rem;margin:.25rem 0}
details summary{cursor:pointer;color:#0a5c8a;font-size:.85rem}.more{color:#56625c}.doubt{margin:.1rem 0;color:#8a4b00;font-size:.9rem}`;

/** Contexts shown per term; the rest are counted. */
const SHOWN = 12;

export interface ReviewPageOptions {
  title: string;
  /** Where an occurrence is on the site; default: its page path and heading anchor. */
  pageUrl?: (o: Occurrence) => string;
  /** Font stylesheets (URLs). */
  stylesheets?: string[];
}

/** `text` with `length` characters at `at` marked. */
function highlight(text: string, at: number, length: number): ElementContent[] {
  return [{ type: 'text', value: text.slice(0, at) }, h('mark', text.slice(at, at + length)), { type: 'text', value: text.slice(at + length) }];
}

const layerName = (layer: string) => LAYER_NAMES[layer] ?? layer;

function termSection(t: TermGroup, variant: string, link: (o: Occurrence) => string): Element {
  const decidedByEditor = t.layer === 'glossary' || t.layer === 'chapter-glossary' || t.layer === 'inline';
  return h('section.term', [
    h('h3', [
      h('span', { lang: 'zh-Hans' }, t.term),
      ' → ',
      h('span', { lang: variant }, t.termOut),
      ' ',
      h('small', `×${t.occurrences.length} · ${layerName(t.layer)}${t.source ? ` · ${t.source}` : ''}`),
    ]),
    t.doubt ? h('p.doubt', `uncertain: ${t.doubt}`) : undefined,
    h('ul', [
      ...t.occurrences.slice(0, SHOWN).map((o) =>
        h('li', [
          h('a', { href: link(o) }, o.heading?.text ?? o.page),
          ' ',
          h('span', { lang: 'zh-Hans' }, highlight(o.context, o.at, 1)),
          ' → ',
          h('span', { lang: o.variant }, highlight(o.contextOut, o.atOut, o.lengthOut)),
        ]),
      ),
      t.occurrences.length > SHOWN ? h('li.more', `… ${t.occurrences.length - SHOWN} more`) : undefined,
    ]),
    decidedByEditor ? undefined : h('details', [h('summary', 'glossary entry'), h('pre', `  - zh-Hans: ${t.term}\n    ${variant}: ${t.termOut}`)]),
  ]);
}

/** The review page of one variant. */
export function renderReviewHtml(summary: ReviewSummary, options: ReviewPageOptions): string {
  const link = options.pageUrl ?? ((o: Occurrence) => `${o.page}${o.heading ? `#${encodeURIComponent(o.heading.id)}` : ''}`);
  const term = (t: TermGroup) => termSection(t, summary.variant, link);
  const doubts = summary.doubts.length
    ? h('section.doubts#check-first', [
        h('h2', 'Check these first'),
        h('p', 'Choices made on weak evidence. Confirm or correct each with a glossary entry: the entry decides the term everywhere and removes it from this list.'),
        ...summary.doubts.flatMap((g) => [h('h3.reason', [g.reason, ' ', h('small', `×${g.total}`)]), ...g.terms.map(term)]),
      ])
    : h('p#check-first', 'No choice rests on weak evidence.');
  const characters = summary.characters.map((c) =>
    h(`section.char#c-${c.char.codePointAt(0)}`, [
      h('h2', [
        h('span', { lang: 'zh-Hans' }, c.char),
        ' ',
        h('small', `${c.candidates.join(' ')} · here: ${Object.entries(c.chosen).map(([form, n]) => `${form} ×${n}`).join('，')}`),
      ]),
      ...c.terms.map(term),
    ]),
  );
  const page = h('html', { lang: 'en' }, [
    h('head', [
      h('meta', { charset: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', options.title),
      ...(options.stylesheets ?? []).map((href) => h('link', { rel: 'stylesheet', href })),
      h('style', STYLE),
    ]),
    h('body', [
      h('h1', options.title),
      h('p', [
        `${summary.occurrences} occurrences of ${summary.characters.length} characters with more than one Traditional form, on ${summary.pages} pages. To change a choice, add the glossary entry shown under a term to `,
        h('code', 'content/glossary.yaml'),
        ' (or write ',
        h('code', '<Zh hant="…">'),
        ' around one occurrence); to confirm one, do the same with the form shown.',
      ]),
      doubts,
      h('h2', 'Decided by'),
      h('ul', Object.entries(summary.byLayer).map(([layer, n]) => h('li', `${layerName(layer)}: ${n}`))),
      h('h2', 'Characters'),
      h(
        'p.index',
        summary.characters.flatMap((c, i) => [i ? ' ' : '', h('a', { href: `#c-${c.char.codePointAt(0)}`, lang: 'zh-Hans' }, [c.char, h('sup', String(c.total))])]),
      ),
      ...characters,
    ]),
  ]);
  return `<!doctype html>\n${toHtml(page, { characterReferences: { useNamedReferences: true } })}\n`;
}
