/**
 * The differences of an alignment that can be house style — ideographs
 * printed as other ideographs or left out, not punctuation, figures or page
 * numbers — as the Simplified characters they concern.
 */
import type { Comparison } from './compare.ts';
import { allHan } from './normalise.ts';

/** Simplified characters [c0, c1) the publisher printed otherwise than the converter. */
export interface Differing {
  c0: number;
  c1: number;
}

export function differingCharacters(cmp: Comparison): Differing[] {
  const { a, b } = cmp;
  const out: Differing[] = [];
  const add = (a0: number, a1: number, b0: number, b1: number) => {
    if (a0 >= a1) return;
    if (!allHan(a.text.slice(a0, a1)) || (b1 > b0 && !allHan(b.text.slice(b0, b1)))) return;
    const [c0, c1] = cmp.toS(a0, a1);
    if (allHan(cmp.simplified.text.slice(c0, c1))) out.push({ c0, c1 });
  };
  for (const { a0, a1, b0, b1 } of cmp.alignment.differences) add(a0, a1, b0, b1);
  return out;
}
