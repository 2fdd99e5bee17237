import { describe, expect, it } from 'vitest';
import { composePieces, splitByRuns, type Piece } from '../../src/convert/pieces.ts';

const src = (ps: Piece[]) => ps.map((p) => p.src).join('');
const out = (ps: Piece[]) => ps.map((p) => p.out).join('');

describe('composePieces', () => {
  it('composes character-for-character mappings', () => {
    const a: Piece[] = [
      { src: 'ab', out: 'AB' },
      { src: 'c', out: 'C' },
    ];
    const b: Piece[] = [
      { src: 'A', out: '1' },
      { src: 'BC', out: '23' },
    ];
    const c = composePieces(a, b);
    expect(src(c)).toBe('abc');
    expect(out(c)).toBe('123');
    // every boundary can be kept because every piece maps char for char
    expect(c.map((p) => p.src)).toEqual(['a', 'b', 'c']);
  });

  it('keeps a length-changing piece whole', () => {
    const a: Piece[] = [
      { src: 'x', out: 'x' },
      { src: 'yz', out: 'Y' },
    ];
    const b: Piece[] = [{ src: 'xY', out: 'Q' }];
    const c = composePieces(a, b);
    expect(c).toEqual([{ src: 'xyz', out: 'Q' }]);
  });

  it('merges a second-stage phrase that spans first-stage pieces', () => {
    const a: Piece[] = [
      { src: 'ab', out: 'AB' },
      { src: 'cde', out: 'X' },
    ];
    const b: Piece[] = [
      { src: 'A', out: 'A' },
      { src: 'BX', out: 'pqr' },
    ];
    const c = composePieces(a, b);
    expect(src(c)).toBe('abcde');
    expect(out(c)).toBe('Apqr');
  });
});

describe('splitByRuns', () => {
  it('splits a length-preserving conversion at run boundaries', () => {
    expect(splitByRuns([{ src: 'abcd', out: 'ABCD' }], ['a', 'bc', 'd'])).toEqual(['A', 'BC', 'D']);
  });

  it('gives an uncuttable piece to the run where it starts', () => {
    expect(
      splitByRuns(
        [
          { src: 'ab', out: 'Z' },
          { src: 'c', out: 'C' },
        ],
        ['a', 'bc'],
      ),
    ).toEqual(['Z', 'C']);
  });
});
