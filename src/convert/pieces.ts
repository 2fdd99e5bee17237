/**
 * Alignment between a source string and its conversion, as a list of pieces.
 * Joining every `src` gives the source, joining every `out` the result. A
 * piece can be split inside only when its source and output have the same
 * length (a character-for-character mapping); otherwise it moves as a whole.
 */

/** Which layer of a profile decided a piece of text. */
export type Layer = 'opencc' | 'builtin' | 'entity' | 'name' | 'glossary' | 'chapter-glossary' | 'inline' | 'none';

export interface Piece {
  src: string;
  out: string;
  /** The layer that decided this piece (absent: unchanged text nobody decided on). */
  layer?: Layer;
  /** Where the deciding entry is defined (glossary file and line, built-in table key). */
  source?: string;
  /**
   * Why the choice rests on weak evidence (a one-to-many character outside
   * any known word, a possible personal name, a learned entry with
   * conflicts); absent when the choice is certain. The review lists these first.
   */
  doubt?: string;
}

/**
 * Characters `a` to `b` of a piece whose source and output have the same
 * length (character for character), with `marks` (a source, a doubt) added.
 */
export function slicePiece(piece: Piece, a: number, b: number, marks: Pick<Piece, 'source' | 'doubt'> = {}): Piece {
  return { ...piece, src: piece.src.slice(a, b), out: piece.out.slice(a, b), ...marks };
}

/** Appends a piece, merging runs of unchanged text of the same layer so lists stay short. */
export function pushPiece(pieces: Piece[], src: string, out: string, layer?: Layer, source?: string, doubt?: string): void {
  if (src === '' && out === '') return;
  const last = pieces[pieces.length - 1];
  if (last && src === out && last.src === last.out && last.layer === layer && last.source === source && last.doubt === doubt) {
    last.src += src;
    last.out += out;
  } else {
    const piece: Piece = { src, out };
    if (layer) piece.layer = layer;
    if (source) piece.source = source;
    if (doubt) piece.doubt = doubt;
    pieces.push(piece);
  }
}

/**
 * Composes `first` (a → b) with `second` (b → c) into pieces a → c. Piece
 * boundaries survive where both lists have one at the same offset of b, or
 * where a character-for-character piece can be cut to match. The layer of
 * `first` is kept.
 */
export function composePieces(first: Piece[], second: Piece[]): Piece[] {
  const result: Piece[] = [];
  let i = 0;
  let j = 0;
  // Remainders of the current piece of each list, after cuts.
  let a = copy(first[0]);
  let b = copy(second[0]);
  let accSrc = '';
  let accOut = '';
  let layer: Layer | undefined;
  const emit = (src: string, out: string) => {
    pushPiece(result, src, out, layer ?? a?.layer);
    layer = undefined;
  };
  while (a && b) {
    layer ??= a.layer;
    if (a.out.length === b.src.length) {
      emit(accSrc + a.src, accOut + b.out);
      accSrc = accOut = '';
      a = copy(first[++i]);
      b = copy(second[++j]);
    } else if (a.out.length < b.src.length) {
      // `a` ends inside `b`: cut `b` if it maps character for character.
      const n = a.out.length;
      if (b.src.length === b.out.length && isCut(b.out, n) && isCut(b.src, n)) {
        emit(accSrc + a.src, accOut + b.out.slice(0, n));
        accSrc = accOut = '';
        b = { src: b.src.slice(n), out: b.out.slice(n) };
      } else {
        accSrc += a.src;
        accOut += b.out;
        b = { src: b.src.slice(n), out: '' };
      }
      a = copy(first[++i]);
    } else {
      // `b` ends inside `a`: cut `a` if it maps character for character.
      const n = b.src.length;
      if (a.src.length === a.out.length && isCut(a.out, n) && isCut(a.src, n)) {
        emit(accSrc + a.src.slice(0, n), accOut + b.out);
        accSrc = accOut = '';
        a = { ...a, src: a.src.slice(n), out: a.out.slice(n) };
      } else {
        accOut += b.out;
        a = { ...a, out: a.out.slice(n) };
      }
      b = copy(second[++j]);
    }
  }
  if (accSrc || accOut) pushPiece(result, accSrc, accOut, layer);
  return result;
}

function copy(piece: Piece | undefined): Piece | undefined {
  return piece && { ...piece };
}

/** True when offset `n` of `s` does not fall inside a surrogate pair. */
function isCut(s: string, n: number): boolean {
  if (n <= 0 || n >= s.length) return true;
  const c = s.charCodeAt(n);
  return c < 0xdc00 || c > 0xdfff;
}

/**
 * Splits the output of `pieces` at the source offsets that separate `runs`
 * (whose concatenation is the pieces' source). A piece that straddles a run
 * boundary and cannot be cut goes to the run where it starts.
 */
export function splitByRuns(pieces: Piece[], runs: readonly string[]): string[] {
  const outputs = runs.map(() => '');
  let run = 0;
  let runLeft = runs[0]?.length ?? 0;
  for (const piece of pieces) {
    let src = piece.src;
    let out = piece.out;
    while (src.length > 0) {
      while (runLeft === 0 && run < runs.length - 1) runLeft = runs[++run]!.length;
      if (src.length <= runLeft) {
        outputs[run] += out;
        runLeft -= src.length;
        break;
      }
      const n = runLeft;
      if (src.length === out.length && isCut(src, n) && isCut(out, n)) {
        outputs[run] += out.slice(0, n);
        out = out.slice(n);
      } else {
        outputs[run] += out;
        out = '';
      }
      src = src.slice(n);
      runLeft = 0;
    }
  }
  return outputs;
}
