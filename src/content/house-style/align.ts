/**
 * Character alignment of two comparable texts — the converted Simplified
 * edition and the published Traditional one — that tells apart where they
 * differ and where they simply are not the same passage.
 *
 * Anchors are runs of characters that occur exactly once in each text, so
 * passages may come in any order (pages or columns read in another order, a
 * paragraph moved). From each anchor the alignment is extended character by
 * character both ways; where the texts differ, it resumes only if they agree
 * again within a few characters and then for several characters running, so
 * every difference it records has agreeing text on both sides. Where they do
 * not agree again (another passage, a paragraph in one edition only, a
 * running head), the stretch ends and nothing beyond it is compared.
 */
import { isHan } from './normalise.ts';

export interface AlignOptions {
  /** Length of an anchor. */
  anchor?: number;
  /** How far apart, at most, the two texts may resume agreeing after a difference. */
  maxGap?: number;
  /** How many characters must agree after a difference for it to count. */
  resume?: number;
  /** Stretches with fewer agreeing characters are dropped. */
  minStretch?: number;
  /** How many characters must agree after the last difference before a stretch ends. */
  trusted?: number;
}

/**
 * A place where the texts differ: a[a0, a1) is printed b[b0, b1). Either side
 * may be empty; where both have one character, it is one character printed
 * as another.
 */
export interface Difference {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  stretch: number;
}

export interface Alignment {
  /** For each character of `a`, the character of `b` it agrees with, or -1. */
  aToB: Int32Array;
  /** For each character of `a`, its stretch, or -1 when not aligned. */
  stretchOfA: Int32Array;
  /** For each character of `a` inside a difference, the difference's index, or -1. */
  differenceOfA: Int32Array;
  differences: Difference[];
  /** Characters of `a` that agree with `b`. */
  agreeing: number;
  stretches: number;
}

const DEFAULTS: Required<AlignOptions> = { anchor: 6, maxGap: 8, resume: 5, minStretch: 16, trusted: 10 };

/** Anchors: windows of `k` characters, with at least three ideographs, found once in `a` and once in `b`. */
function anchors(a: string, b: string, k: number): Array<[number, number]> {
  const once = (text: string) => {
    const seen = new Map<string, number>();
    for (let i = 0; i + k <= text.length; i++) {
      const gram = text.slice(i, i + k);
      seen.set(gram, seen.has(gram) ? -1 : i);
    }
    return seen;
  };
  const inA = once(a);
  const inB = once(b);
  const out: Array<[number, number]> = [];
  for (const [gram, i] of inA) {
    if (i < 0) continue;
    const j = inB.get(gram);
    if (j === undefined || j < 0) continue;
    let han = 0;
    for (let t = 0; t < k; t++) if (isHan(gram.charCodeAt(t))) han++;
    if (han >= 3) out.push([i, j]);
  }
  return out.sort((x, y) => x[0] - y[0]);
}

/** Gaps (da, db) to try after a difference, smallest first, substitutions of equal length before others. */
function gapOrder(maxGap: number): Array<[number, number]> {
  const gaps: Array<[number, number]> = [];
  for (let da = 0; da <= maxGap; da++) for (let db = 0; db <= maxGap; db++) if (da + db > 0) gaps.push([da, db]);
  return gaps.sort((x, y) => x[0] + x[1] - (y[0] + y[1]) || Math.abs(x[0] - x[1]) - Math.abs(y[0] - y[1]) || x[0] - y[0]);
}

export function align(a: string, b: string, options: AlignOptions = {}): Alignment {
  const { anchor, maxGap, resume, minStretch, trusted } = { ...DEFAULTS, ...options };
  const gaps = gapOrder(maxGap);
  const aToB = new Int32Array(a.length).fill(-1);
  const stretchOfA = new Int32Array(a.length).fill(-1);
  const differenceOfA = new Int32Array(a.length).fill(-1);
  const usedA = new Uint8Array(a.length);
  const usedB = new Uint8Array(b.length);
  const differences: Difference[] = [];
  let agreeing = 0;
  let stretches = 0;

  /** The texts agree for `n` characters from (i, j) going in direction `dir`, on characters not yet used. */
  const outside = (x: number, y: number) => x < 0 || y < 0 || x >= a.length || y >= b.length;
  /**
   * The texts agree for `n` characters from (i, j) going in direction `dir`,
   * on characters not yet used — or, two at least, up to the end of a text.
   */
  const agree = (i: number, j: number, n: number, dir: 1 | -1): boolean => {
    for (let t = 0; t < n; t++) {
      const x = i + dir * t;
      const y = j + dir * t;
      if (outside(x, y)) return t >= 2;
      if (usedA[x] || usedB[y] || a.charCodeAt(x) !== b.charCodeAt(y)) return false;
    }
    return true;
  };

  /**
   * Walks from (i, j) in direction `dir` (i, j: the first characters to look
   * at), collecting agreeing pairs and differences until the texts part.
   */
  const walk = (i: number, j: number, dir: 1 | -1) => {
    const pairs: Array<[number, number]> = [];
    const found: Array<Omit<Difference, 'stretch'>> = [];
    /** How many pairs came before each difference. */
    const at: number[] = [];
    const taken = (x: number, y: number) => outside(x, y) || usedA[x] || usedB[y];
    let parted = true;
    for (;;) {
      while (!taken(i, j) && a.charCodeAt(i) === b.charCodeAt(j)) {
        pairs.push([i, j]);
        i += dir;
        j += dir;
      }
      // The end of either text, or a place another stretch has: the stretch ends here.
      if (outside(i, j)) parted = false;
      if (taken(i, j)) break;
      const gap = gaps.find(([da, db]) => agree(i + dir * da, j + dir * db, resume, dir) && !spansUsed(i, da, j, db, dir));
      if (!gap) break;
      const [da, db] = gap;
      const [a0, a1] = dir === 1 ? [i, i + da] : [i - da + 1, i + 1];
      const [b0, b1] = dir === 1 ? [j, j + db] : [j - db + 1, j + 1];
      found.push({ a0, a1, b0, b1 });
      at.push(pairs.length);
      i += dir * da;
      j += dir * db;
    }
    // Where the texts part, they may have agreed again by chance a little before: only a difference
    // followed by a long agreeing run counts, and the stretch ends before those that are not.
    while (parted && found.length && pairs.length - at[at.length - 1]! < trusted) {
      pairs.length = at.pop()!;
      found.pop();
    }
    return { pairs, found };
  };

  /** A difference may not take characters another stretch has. */
  const spansUsed = (i: number, da: number, j: number, db: number, dir: 1 | -1) => {
    for (let t = 0; t < da; t++) if (usedA[i + dir * t]) return true;
    for (let t = 0; t < db; t++) if (usedB[j + dir * t]) return true;
    return false;
  };

  for (const [i, j] of anchors(a, b, anchor)) {
    if (usedA[i] || usedB[j]) continue;
    const right = walk(i, j, 1);
    const left = walk(i - 1, j - 1, -1);
    const pairs = [...left.pairs, ...right.pairs];
    if (pairs.length < minStretch) continue;
    const id = stretches++;
    for (const [x, y] of pairs) {
      aToB[x] = y;
      stretchOfA[x] = id;
      usedA[x] = 1;
      usedB[y] = 1;
    }
    agreeing += pairs.length;
    for (const found of [...left.found, ...right.found]) {
      for (const d of refine(a, b, found)) {
        for (let y = d.b0; y < d.b1; y++) usedB[y] = 1;
        if (d.same) {
          for (let x = d.a0; x < d.a1; x++) {
            aToB[x] = d.b0 + x - d.a0;
            stretchOfA[x] = id;
            usedA[x] = 1;
          }
          agreeing += d.a1 - d.a0;
          continue;
        }
        const index = differences.length;
        differences.push({ a0: d.a0, a1: d.a1, b0: d.b0, b1: d.b1, stretch: id });
        for (let x = d.a0; x < d.a1; x++) {
          stretchOfA[x] = id;
          differenceOfA[x] = index;
          usedA[x] = 1;
        }
      }
    }
  }
  return { aToB, stretchOfA, differenceOfA, differences, agreeing, stretches };
}

type Span = Omit<Difference, 'stretch'>;

/** The longest run of two or more characters (or a punctuation mark) `a[a0, a1)` and `b[b0, b1)` share, as [i, j, length]. */
function sharedRun(a: string, b: string, d: Span): [number, number, number] | undefined {
  let best: [number, number, number] | undefined;
  for (let i = d.a0; i < d.a1; i++) {
    for (let j = d.b0; j < d.b1; j++) {
      let n = 0;
      while (i + n < d.a1 && j + n < d.b1 && a.charCodeAt(i + n) === b.charCodeAt(j + n)) n++;
      // One character is enough when it is punctuation: no word goes across it.
      if ((n >= 2 || (n === 1 && !isHan(a.charCodeAt(i)))) && (!best || n > best[2])) best = [i, j, n];
    }
  }
  return best;
}

/**
 * A difference cut into what really differs: around runs of two or more
 * characters both sides share (用戶和企業客戶 / 使用者和企業顧客: 用戶 / 使用者,
 * and 客戶 / 顧客) and around punctuation (志願者，志願者 / 義工，義工), and
 * where both sides have the same length, character by
 * character (數據 / 資料: 數 / 資 and 據 / 料), so that a word inside a
 * longer difference still has its own place.
 */
function refine(a: string, b: string, d: Span): Array<Span & { same: boolean }> {
  if (d.a1 - d.a0 === d.b1 - d.b0) {
    return Array.from({ length: d.a1 - d.a0 }, (_, k) => ({
      a0: d.a0 + k,
      a1: d.a0 + k + 1,
      b0: d.b0 + k,
      b1: d.b0 + k + 1,
      same: a.charCodeAt(d.a0 + k) === b.charCodeAt(d.b0 + k),
    }));
  }
  const run = sharedRun(a, b, d);
  if (!run) return [{ ...d, same: false }];
  const [i, j, n] = run;
  return [
    ...(i > d.a0 || j > d.b0 ? refine(a, b, { a0: d.a0, a1: i, b0: d.b0, b1: j }) : []),
    { a0: i, a1: i + n, b0: j, b1: j + n, same: true },
    ...(i + n < d.a1 || j + n < d.b1 ? refine(a, b, { a0: i + n, a1: d.a1, b0: j + n, b1: d.b1 }) : []),
  ];
}

/**
 * Where `a[a0, a1)` is printed in `b`, when the alignment says so plainly:
 * the span lies in one stretch and cuts no difference in two. Undefined
 * otherwise.
 */
export function alignedSpan(al: Alignment, a0: number, a1: number): [number, number] | undefined {
  if (a0 >= a1 || a1 > al.aToB.length) return undefined;
  const stretch = al.stretchOfA[a0]!;
  if (stretch < 0) return undefined;
  for (let x = a0; x < a1; x++) {
    if (al.stretchOfA[x] !== stretch) return undefined;
    const d = al.differenceOfA[x]!;
    if (d >= 0) {
      const diff = al.differences[d]!;
      if (diff.a0 < a0 || diff.a1 > a1) return undefined;
    }
  }
  const first = al.differenceOfA[a0]!;
  const last = al.differenceOfA[a1 - 1]!;
  const b0 = first >= 0 ? al.differences[first]!.b0 : al.aToB[a0]!;
  const b1 = last >= 0 ? al.differences[last]!.b1 : al.aToB[a1 - 1]! + 1;
  return [b0, b1];
}
