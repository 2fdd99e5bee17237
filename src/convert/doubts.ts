/**
 * Where the converter's choice rests on weak evidence, so the review can
 * list those places first. A character with more than one Traditional form
 * is decided on its own (no phrase, glossary entry or table covers it)
 * inside a run of characters the segmenter could not make a word of — the
 * shape of personal names, brands and rare terms (钟|伟, 澄|川|云), where a
 * character's usual form is often not the owner's. A character that stands
 * as a word of its own between known words (公司|并|发布) is used in its
 * ordinary sense and is not doubted.
 */
import { ambiguousCharacters } from './charsets.ts';
import { slicePiece, type Piece } from './pieces.ts';
import { WordBreaks } from './word-breaks.ts';

export const UNKNOWN_WORD = 'one-to-many character decided on its own, in a word no dictionary knows (a name, brand or rare term?)';

/** Returns `pieces` with the doubtful characters split out and marked. */
export function markDoubts(text: string, pieces: Piece[]): Piece[] {
  const ambiguous = ambiguousCharacters();
  let breaks: WordBreaks | undefined;
  let modelled: WordBreaks | undefined;
  const out: Piece[] = [];
  let offset = 0;
  for (const piece of pieces) {
    const start = offset;
    offset += piece.src.length;
    const charLevel = piece.layer === 'opencc' && !piece.source && !piece.doubt;
    if (!charLevel || piece.src.length !== piece.out.length || ![...piece.src].some((c) => ambiguous.has(c))) {
      out.push(piece);
      continue;
    }
    let from = 0;
    for (let i = 0; i < piece.src.length; i++) {
      if (!ambiguous.has(piece.src[i]!)) continue;
      const at = start + i;
      breaks ??= new WordBreaks(text);
      modelled ??= new WordBreaks(text, 'jieba-new-words');
      // A word the model found where the dictionary found none: the character belongs to an unknown word.
      if (breaks.wordLength(at) !== 1 || modelled.wordLength(at) < 2) continue;
      // The unknown word (within this piece) is the term to confirm: 澄川云, not 云.
      const [ws, we] = modelled.wordAt(at);
      const a = Math.max(ws - start, from);
      const b = Math.min(we - start, piece.src.length);
      if (from < a) out.push(slicePiece(piece, from, a));
      out.push(slicePiece(piece, a, b, { source: `unknown word: ${piece.src.slice(a, b)}`, doubt: UNKNOWN_WORD }));
      from = b;
      i = b - 1;
    }
    if (from < piece.src.length) out.push(from === 0 ? piece : slicePiece(piece, from, piece.src.length));
  }
  return out;
}
