/**
 * The conversion review: every occurrence of a Simplified character with
 * more than one Traditional counterpart (发 發/髮, 干 幹/乾/干, 台 臺/台/颱/檯 …),
 * with its context, the form chosen and the layer that chose it — OpenCC,
 * the built-in table, the glossary, or an inline override — grouped by term,
 * so an editor can confirm a choice or add a glossary entry.
 */
import { ambiguousCharacters } from './charsets.ts';
import type { Layer, Piece } from './pieces.ts';

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

/** Where a text is on its page, for its occurrences. */
export interface OccurrencePlace {
  page: string;
  heading?: { id: string; text: string };
  variant: string;
}

/**
 * The occurrences in one converted text, from the pieces its conversion was
 * made of. `convertTree` calls this for every text it converts when asked for
 * the review (the middleware and `bifolio review`), so the review shows what
 * the page was converted with, in the same pass.
 */
export function occurrencesOf(text: string, converted: Piece[], place: OccurrencePlace): Occurrence[] {
  const ambiguous = ambiguousCharacters();
  const found: Occurrence[] = [];
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
    const doubtAt = piece.doubt
      ? Math.max(
          0,
          piece.src.split('').findIndex((c) => ambiguous.has(c)),
        )
      : -1;
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
        page: place.page,
        ...(place.heading ? { heading: { ...place.heading } } : {}),
        variant: place.variant,
      });
    }
  }
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
    let term = group.terms.find((t) => t.term === o.term && t.termOut === o.termOut && t.layer === o.layer && t.source === o.source && t.doubt === o.doubt);
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
    (a, b) => doubtful(b) - doubtful(a) || Number(forms(b) > 1) - Number(forms(a) > 1) || b.total - a.total || a.char.localeCompare(b.char),
  );
  for (const c of characters) c.terms.sort((a, b) => Number(!!b.doubt) - Number(!!a.doubt) || b.occurrences.length - a.occurrences.length);
  return { variant, pages, occurrences: occurrences.length, byLayer, doubts: doubtGroups(occurrences), characters };
}

/** What each layer is called in the review. */
export const LAYER_NAMES: Record<string, string> = {
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
    (g) =>
      `    ${g.total} × ${g.reason}: ${g.terms
        .slice(0, 12)
        .map((t) => `${t.term}→${t.termOut}`)
        .join(' ')}${g.terms.length > 12 ? ' …' : ''}`,
  );
  return [
    doubtful
      ? `${summary.variant}: ${doubtful} place${doubtful === 1 ? '' : 's'} to check first (weak evidence)`
      : `${summary.variant}: no choice rests on weak evidence`,
    ...doubtLines,
    `${summary.variant}: ${summary.occurrences} occurrences of ${summary.characters.length} characters with more than one Traditional form, on ${summary.pages} pages`,
    `  decided by: ${layers || 'nothing to decide'}`,
    mixed.length ? `  printed in more than one form: ${mixed.slice(0, 30).join(' ')}${mixed.length > 30 ? ' …' : ''}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}
