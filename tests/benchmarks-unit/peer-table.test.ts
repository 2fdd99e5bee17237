import { describe, expect, it } from 'vitest';
import { fastest, peersTable, peerTargets, type PeerComparison } from '../../src/bench/peer-table.ts';

const comparison: PeerComparison = {
  input: '1× synthetic',
  bifolio: { seconds: 6, pages: 74 },
  peers: [
    { peer: 'Paged.js, tagged', kind: 'paginating', seconds: 16, pages: 70 },
    { peer: 'Paged.js, untagged', kind: 'paginating', seconds: 12, pages: 70 },
    { peer: 'Chromium, tagged', kind: 'floor', seconds: 3, pages: 40 },
    { peer: 'WeasyPrint', kind: 'paginating', skipped: 'not installed' },
  ],
};

describe('the peers table', () => {
  it('takes the fastest measured peer of a kind', () => {
    expect(fastest(comparison.peers, 'paginating')?.peer).toBe('Paged.js, untagged');
    expect(fastest(comparison.peers, 'other')).toBeUndefined();
  });

  it('marks the targets against the fastest paginating peer and Chromium’s tagged print', () => {
    const [paginating, floor] = peerTargets(comparison);
    expect(paginating!.met).toBe(true);
    expect(paginating!.measured).toContain('= 0.50×');
    expect(floor!.met).toBe(false);
    expect(floor!.measured).toContain('= 2.00×');
    expect(peerTargets({ ...comparison, peers: [] }).map((t) => t.met)).toEqual([undefined, undefined]);
  });

  it('marks the whole-build target against one tagged Chromium print when the run built the same report', () => {
    expect(peerTargets(comparison)).toHaveLength(2);
    const whole = peerTargets({ ...comparison, wholeBuild: { seconds: 7.5 } })[2]!;
    expect(whole.what).toContain('whole build');
    expect(whole.measured).toBe('7.5 s ÷ 3.0 s = 2.50×');
    expect(whole.met).toBe(true);
    expect(peerTargets({ ...comparison, wholeBuild: { seconds: 7.6 } })[2]!.met).toBe(false);
  });

  it('gives ratios Bifolio ÷ peer, and why a peer was not measured', () => {
    const table = peersTable([comparison]);
    expect(table).toContain('| 1× synthetic | Paged.js, tagged | 70 | 16.0 | 0.38× |');
    expect(table).toContain('| 1× synthetic | WeasyPrint | – | not installed | – |');
  });
});
