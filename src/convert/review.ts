/**
 * The conversion review: every occurrence of a Simplified character with
 * more than one Traditional counterpart (发 發/髮, 干 幹/乾/干, 台 臺/台/颱/檯 …),
 * with its context, the form chosen and the layer that chose it — OpenCC,
 * the built-in table, the glossary, or an inline override — grouped by term,
 * so an editor can confirm a choice or add a glossary entry.
 */
import type { Root } from 'hast';
import { ambiguousCharacters } from './charsets.ts';
import { walkConvertible, type TreeConversionOptions, type WalkContext } from './html.ts';
import { NameMemory } from './names.ts';
import type { Layer, Piece } from './pieces.ts';
import { escapeHtml } from '../html.ts';

export interface Occurrence {
  /** The ambiguous Simplified character. */
  char: string;
  /** Its Traditional form as published. */
  chosen: string;
  /** The unit the decision was made on: a phrase, a glossary term, or the character itself. */
  term: string;
  /** The term as published. */
  termOut: string;
  layer: Layer;
  /** Where the deciding entry is defined (glossary line, built-in key, OpenCC phrase). */
  source?: string;
  /** Why the choice rests on weak evidence (a possible personal name, a name's form, a character in an unknown word), listed first. */
  doubt?: string;
  /** Surrounding Simplified text, with the character at `at`. */
  context: string;
  at: number;
  /** The same stretch as published, with the character's form at `atOut` (`lengthOut` long). */
  contextOut: string;
  atOut: number;
  lengthOut: number;
  /** Page path and the heading the text follows. */
  page: string;
  heading?: { id: string; text: string };
  variant: string;
}

const CONTEXT = 14;

/**
 * Occurrences on one page, given its tree *before* conversion (the middleware
 * and the review both start from the rendered Simplified page).
 */
export function collectOccurrences(tree: Root, options: TreeConversionOptions, page: { path: string }): Occurrence[] {
  const ambiguous = ambiguousCharacters();
  const found: Occurrence[] = [];
  const heading = (ctx: WalkContext) => (ctx.heading ? { ...ctx.heading } : undefined);
  const record = (text: string, converted: Piece[], ctx: WalkContext) => {
    const pieces = wholeNames(converted);
    const out = pieces.map((p) => p.out).join('');
    // Where each source offset lands in the output; inside a piece that
    // changes length, a start snaps to the piece's start and an end to its end.
    const starts: Array<[number, number, Piece]> = [];
    let src = 0;
    let dst = 0;
    for (const p of pieces) {
      starts.push([src, dst, p]);
      src += p.src.length;
      dst += p.out.length;
    }
    const toOut = (offset: number, snap: 'start' | 'end' = 'start'): number => {
      for (let k = starts.length - 1; k >= 0; k--) {
        const [s0, d0, p] = starts[k]!;
        if (offset < s0) continue;
        if (p.src.length === p.out.length || offset === s0) return d0 + offset - s0;
        return snap === 'start' ? d0 : d0 + p.out.length;
      }
      return 0;
    };
    for (const [offset, , piece] of starts) {
      // An uncertain piece (a possible name, an unknown word) is one place: listed once, by its first
      // character with more than one form, or by its first character.
      const doubtAt = piece.doubt ? Math.max(0, piece.src.split('').findIndex((c) => ambiguous.has(c))) : -1;
      for (let i = 0; i < piece.src.length; i++) {
        const ch = piece.src[i]!;
        if (piece.doubt ? i !== doubtAt : !ambiguous.has(ch)) continue;
        const at = offset + i;
        const charLevel = piece.layer === 'opencc' && !piece.source;
        const sameLength = piece.src.length === piece.out.length;
        const start = Math.max(0, at - CONTEXT);
        const end = Math.min(text.length, at + CONTEXT + 1);
        const outStart = toOut(start);
        found.push({
          char: ch,
          chosen: sameLength ? piece.out[i]! : piece.out,
          term: charLevel ? ch : piece.src,
          termOut: charLevel ? (sameLength ? piece.out[i]! : piece.out) : piece.out,
          layer: piece.layer ?? 'none',
          ...(piece.source ? { source: piece.source } : {}),
          ...(piece.doubt ? { doubt: piece.doubt } : {}),
          context: text.slice(start, end),
          at: at - start,
          contextOut: out.slice(outStart, toOut(end, 'end')),
          atOut: toOut(at) - outStart,
          lengthOut: sameLength ? 1 : piece.out.length,
          page: page.path,
          heading: heading(ctx),
          variant: ctx.lang,
        });
      }
    }
  };
  // The page is one document for personal names, as when it is converted.
  const texts: string[] = [];
  const jobs: Array<(names: NameMemory) => void> = [];
  const at = (ctx: WalkContext): WalkContext => ({ lang: ctx.lang, ...(ctx.heading ? { heading: { ...ctx.heading } } : {}) });
  walkConvertible(structuredClone(tree), options, {
    sentence(nodes, converter, ctx) {
      const text = nodes.map((t) => t.value).join('');
      const here = at(ctx);
      texts.push(text);
      jobs.push((names) => record(text, converter.pieces(text, names), here));
    },
    attribute(node, property, converter, ctx) {
      const text = String(node.properties[property]);
      const here = at(ctx);
      texts.push(text);
      jobs.push((names) => record(text, converter.pieces(text, names), here));
    },
    override(source, value, ctx) {
      const pieces = [{ src: source, out: value, layer: 'inline' as const, source: `<Zh> ${source} → ${value}` }];
      const here = at(ctx);
      jobs.push(() => record(source, pieces, here));
    },
  });
  const names = new NameMemory().learn(texts);
  for (const job of jobs) job(names);
  return found;
}

/** The pieces of one personal name (its surname, each given-name character) as one piece: the name is the term. */
function wholeNames(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last && p.layer === 'name' && last.layer === 'name' && last.source === p.source) {
      const doubts = [...new Set([last.doubt, p.doubt].filter((d): d is string => !!d))];
      out[out.length - 1] = { ...last, src: last.src + p.src, out: last.out + p.out, ...(doubts.length ? { doubt: doubts.join('; ') } : {}) };
    } else {
      out.push(p);
    }
  }
  return out;
}

export interface TermGroup {
  term: string;
  termOut: string;
  layer: Layer;
  source?: string;
  doubt?: string;
  occurrences: Occurrence[];
}

export interface CharacterGroup {
  char: string;
  /** Every Traditional counterpart OpenCC's tables know for the character. */
  candidates: string[];
  /** Forms chosen, with counts. */
  chosen: Record<string, number>;
  terms: TermGroup[];
  total: number;
}

/** Places decided on weak evidence, by reason, then by term: what an editor checks first. */
export interface DoubtGroup {
  reason: string;
  total: number;
  terms: TermGroup[];
}

export interface ReviewSummary {
  variant: string;
  pages: number;
  occurrences: number;
  byLayer: Record<string, number>;
  /** Checked first; empty when every choice rests on a dictionary, a table or the glossary. */
  doubts: DoubtGroup[];
  characters: CharacterGroup[];
}

/** The term as a reviewer reads it: a doubted character with its neighbours. */
function doubtGroups(occurrences: Occurrence[]): DoubtGroup[] {
  const byReason = new Map<string, DoubtGroup>();
  for (const o of occurrences) {
    if (!o.doubt) continue;
    let group = byReason.get(o.doubt);
    if (!group) byReason.set(o.doubt, (group = { reason: o.doubt, total: 0, terms: [] }));
    group.total++;
    // Grouped by the word decided (a name), or by the character and two neighbours each side.
    const term = o.term.length > 1 ? o.term : o.context.slice(Math.max(0, o.at - 2), o.at + 3);
    const termOut = o.term.length > 1 ? o.termOut : o.chosen;
    let t = group.terms.find((x) => x.term === term && x.termOut === termOut);
    if (!t) group.terms.push((t = { term, termOut, layer: o.layer, occurrences: [] }));
    t.occurrences.push(o);
  }
  const groups = [...byReason.values()].sort((a, b) => b.total - a.total);
  for (const g of groups) g.terms.sort((a, b) => b.occurrences.length - a.occurrences.length);
  return groups;
}

/** Groups occurrences by character, then by term and deciding layer. */
export function summarizeReview(variant: string, occurrences: Occurrence[], pages: number): ReviewSummary {
  const ambiguous = ambiguousCharacters();
  const byChar = new Map<string, CharacterGroup>();
  const byLayer: Record<string, number> = {};
  for (const o of occurrences) {
    byLayer[o.layer] = (byLayer[o.layer] ?? 0) + 1;
    let group = byChar.get(o.char);
    if (!group) {
      group = { char: o.char, candidates: ambiguous.get(o.char) ?? [], chosen: {}, terms: [], total: 0 };
      byChar.set(o.char, group);
    }
    group.total++;
    group.chosen[o.chosen] = (group.chosen[o.chosen] ?? 0) + 1;
    let term = group.terms.find(
      (t) => t.term === o.term && t.termOut === o.termOut && t.layer === o.layer && t.source === o.source && t.doubt === o.doubt,
    );
    if (!term) {
      term = {
        term: o.term,
        termOut: o.termOut,
        layer: o.layer,
        ...(o.source ? { source: o.source } : {}),
        ...(o.doubt ? { doubt: o.doubt } : {}),
        occurrences: [],
      };
      group.terms.push(term);
    }
    term.occurrences.push(o);
  }
  // Characters with an uncertain choice first, then those printed in more
  // than one form: that is where choices were made.
  const forms = (c: CharacterGroup) => Object.keys(c.chosen).length;
  const doubtful = (c: CharacterGroup) => Number(c.terms.some((t) => t.doubt));
  const characters = [...byChar.values()].sort(
    (a, b) =>
      doubtful(b) - doubtful(a) || Number(forms(b) > 1) - Number(forms(a) > 1) || b.total - a.total || a.char.localeCompare(b.char),
  );
  for (const c of characters) c.terms.sort((a, b) => Number(!!b.doubt) - Number(!!a.doubt) || b.occurrences.length - a.occurrences.length);
  return { variant, pages, occurrences: occurrences.length, byLayer, doubts: doubtGroups(occurrences), characters };
}

const LAYER_NAMES: Record<string, string> = {
  opencc: 'OpenCC',
  builtin: 'built-in table',
  entity: 'named-entity table',
  name: 'personal name',
  glossary: 'report glossary',
  'chapter-glossary': 'chapter glossary',
  inline: 'inline override',
  none: '—',
};

export function reviewSummaryText(summary: ReviewSummary): string {
  const layers = Object.entries(summary.byLayer)
    .sort((a, b) => b[1] - a[1])
    .map(([layer, n]) => `${LAYER_NAMES[layer] ?? layer} ${n}`)
    .join(', ');
  const mixed = summary.characters.filter((c) => Object.keys(c.chosen).length > 1).map((c) => `${c.char}(${Object.keys(c.chosen).join('/')})`);
  const doubtful = summary.doubts.reduce((n, g) => n + g.total, 0);
  const doubtLines = summary.doubts.map(
    (g) => `    ${g.total} × ${g.reason}: ${g.terms.slice(0, 12).map((t) => `${t.term}→${t.termOut}`).join(' ')}${g.terms.length > 12 ? ' …' : ''}`,
  );
  return [
    doubtful ? `${summary.variant}: ${doubtful} place${doubtful === 1 ? '' : 's'} to check first (weak evidence)` : `${summary.variant}: no choice rests on weak evidence`,
    ...doubtLines,
    `${summary.variant}: ${summary.occurrences} occurrences of ${summary.characters.length} characters with more than one Traditional form, on ${summary.pages} pages`,
    `  decided by: ${layers || 'nothing to decide'}`,
    mixed.length ? `  printed in more than one form: ${mixed.slice(0, 30).join(' ')}${mixed.length > 30 ? ' …' : ''}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}


function highlight(text: string, at: number, length: number): string {
  return `${escapeHtml(text.slice(0, at))}<mark>${escapeHtml(text.slice(at, at + length))}</mark>${escapeHtml(text.slice(at + length))}`;
}

/** The review as a standalone HTML page (no scripts, no external resources). */
export function renderReviewHtml(
  summary: ReviewSummary,
  options: { title: string; pageUrl?: (o: Occurrence) => string; stylesheets?: string[] },
): string {
  const link = options.pageUrl ?? ((o: Occurrence) => `${o.page}${o.heading ? `#${encodeURIComponent(o.heading.id)}` : ''}`);
  const termSection = (t: TermGroup) => {
    const contexts = t.occurrences
      .slice(0, 12)
      .map(
        (o) =>
          `<li><a href="${escapeHtml(link(o))}">${escapeHtml(o.heading?.text ?? o.page)}</a> <span lang="zh-Hans">${highlight(o.context, o.at, 1)}</span> → <span lang="${escapeHtml(o.variant)}">${highlight(o.contextOut, o.atOut, o.lengthOut)}</span></li>`,
      )
      .join('');
    const more = t.occurrences.length > 12 ? `<li class="more">… ${t.occurrences.length - 12} more</li>` : '';
    const yaml =
      t.layer === 'glossary' || t.layer === 'chapter-glossary' || t.layer === 'inline'
        ? ''
        : `<details><summary>glossary entry</summary><pre>  - zh-Hans: ${escapeHtml(t.term)}\n    ${escapeHtml(summary.variant)}: ${escapeHtml(t.termOut)}</pre></details>`;
    const doubt = t.doubt ? `<p class="doubt">uncertain: ${escapeHtml(t.doubt)}</p>` : '';
    return `<section class="term"><h3><span lang="zh-Hans">${escapeHtml(t.term)}</span> → <span lang="${escapeHtml(summary.variant)}">${escapeHtml(t.termOut)}</span> <small>×${t.occurrences.length} · ${escapeHtml(LAYER_NAMES[t.layer] ?? t.layer)}${t.source ? ` · ${escapeHtml(t.source)}` : ''}</small></h3>${doubt}<ul>${contexts}${more}</ul>${yaml}</section>`;
  };
  const doubts = summary.doubts.length
    ? `<section class="doubts" id="check-first"><h2>Check these first</h2><p>Choices made on weak evidence. Confirm or correct each with a glossary entry: the entry decides the term everywhere and removes it from this list.</p>${summary.doubts
        .map((g) => `<h3 class="reason">${escapeHtml(g.reason)} <small>×${g.total}</small></h3>${g.terms.map(termSection).join('')}`)
        .join('')}</section>`
    : '<p id="check-first">No choice rests on weak evidence.</p>';
  const rows = summary.characters
    .map((c) => {
      const forms = Object.entries(c.chosen)
        .map(([form, n]) => `${escapeHtml(form)} ×${n}`)
        .join('，');
      return `<section class="char" id="c-${c.char.codePointAt(0)}"><h2><span lang="zh-Hans">${escapeHtml(c.char)}</span> <small>${escapeHtml(c.candidates.join(' '))} · here: ${forms}</small></h2>${c.terms.map(termSection).join('')}</section>`;
    })
    .join('\n');
  const index = summary.characters
    .map((c) => `<a href="#c-${c.char.codePointAt(0)}" lang="zh-Hans">${escapeHtml(c.char)}<sup>${c.total}</sup></a>`)
    .join(' ');
  const layers = Object.entries(summary.byLayer)
    .map(([l, n]) => `<li>${escapeHtml(LAYER_NAMES[l] ?? l)}: ${n}</li>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
${(options.stylesheets ?? []).map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n')}
<style>
body{font:15px/1.6 system-ui,'Noto Sans TC','Noto Sans SC',sans-serif;margin:0 auto;max-width:70rem;padding:1rem 1.5rem;color:#1d2521}
h1{font-size:1.5rem}h2{font-size:1.3rem;border-bottom:2px solid #0b6b4b;margin-top:2rem}h2 small,h3 small{font-weight:400;color:#56625c;font-size:.85rem}
h3{font-size:1rem;margin:1rem 0 .25rem}ul{margin:.25rem 0;padding-left:1.2rem}li{margin:.1rem 0}mark{background:#ffe08a;padding:0 .1em}
.index a{display:inline-block;margin:.1rem .3rem;text-decoration:none}.index sup{color:#56625c}pre{background:#f4f7f5;padding:.5rem;margin:.25rem 0}
details summary{cursor:pointer;color:#0a5c8a;font-size:.85rem}.more{color:#56625c}.doubt{margin:.1rem 0;color:#8a4b00;font-size:.9rem}
</style></head><body>
<h1>${escapeHtml(options.title)}</h1>
<p>${summary.occurrences} occurrences of ${summary.characters.length} characters with more than one Traditional form, on ${summary.pages} pages. To change a choice, add the glossary entry shown under a term to <code>content/glossary.yaml</code> (or write <code>&lt;Zh hant="…"&gt;</code> around one occurrence); to confirm one, do the same with the form shown.</p>
${doubts}
<h2>Decided by</h2><ul>${layers}</ul>
<h2>Characters</h2><p class="index">${index}</p>
${rows}
</body></html>
`;
}
