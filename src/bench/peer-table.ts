/**
 * The peers table: Bifolio's one reading PDF beside each peer's print of the
 * same document (seconds, pages, Bifolio ÷ peer), and the targets against
 * them — at most half the time of the fastest paginating peer (Paged.js or
 * WeasyPrint) and at most 1.8 times Chromium's own tagged print.
 */
import type { PeerRow } from './peers.ts';
import { markdownTable } from './stats.ts';

export interface PeerComparison {
  /** What the document is: `2.2× synthetic`, `002_….txt`. */
  input: string;
  bifolio: { seconds: number; pages: number };
  peers: PeerRow[];
  /** The whole build of the same report (site, two reading and two printer PDFs), when it was measured in the run. */
  wholeBuild?: { seconds: number };
}

interface PeerTarget {
  what: string;
  measured: string;
  met: boolean | undefined;
}

const s1 = (n: number) => n.toFixed(1);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

/** The fastest measured peer of a kind. */
export function fastest(peers: readonly PeerRow[], kind: PeerRow['kind']): PeerRow | undefined {
  return peers.filter((p) => p.kind === kind && p.seconds !== undefined).sort((a, b) => a.seconds! - b.seconds!)[0];
}

export function peerTargets(c: PeerComparison): PeerTarget[] {
  const paginating = fastest(c.peers, 'paginating');
  const floor = fastest(c.peers, 'floor');
  const b = c.bifolio.seconds;
  return [
    {
      what: `${c.input}: one reading PDF ≤ 0.5× the fastest paginating peer (Paged.js or WeasyPrint)`,
      measured: paginating ? `${s1(b)} s ÷ ${s1(paginating.seconds!)} s (${paginating.peer}) = ${ratio(b, paginating.seconds!)}` : '–',
      met: paginating ? b <= 0.5 * paginating.seconds! : undefined,
    },
    {
      what: `${c.input}: one reading PDF ≤ 1.8× Chromium's own tagged print`,
      measured: floor ? `${s1(b)} s ÷ ${s1(floor.seconds!)} s = ${ratio(b, floor.seconds!)}` : '–',
      met: floor ? b <= 1.8 * floor.seconds! : undefined,
    },
    ...(c.wholeBuild
      ? [
          {
            what: `${c.input}: whole build (site, 2 reading + 2 printer PDFs) ≤ 2.5× one tagged Chromium print of one script's document`,
            measured: floor ? `${s1(c.wholeBuild.seconds)} s ÷ ${s1(floor.seconds!)} s = ${ratio(c.wholeBuild.seconds, floor.seconds!)}` : '–',
            met: floor ? c.wholeBuild.seconds <= 2.5 * floor.seconds! : undefined,
          },
        ]
      : []),
  ];
}

export function peersTable(comparisons: readonly PeerComparison[]): string {
  return markdownTable(
    ['document', 'engine', 'pages', 's (median)', 'Bifolio ÷ peer'],
    comparisons.flatMap((c) => [
      [
        c.input,
        '**Bifolio** (`bifolio pdf --variant zh-Hans --edition reading`: layout, print, finish, text check)',
        String(c.bifolio.pages),
        s1(c.bifolio.seconds),
        '1.00×',
      ],
      ...c.peers.map((p) =>
        p.seconds === undefined
          ? [c.input, p.peer, '–', p.skipped ?? 'not measured', '–']
          : [c.input, p.peer, String(p.pages ?? '–'), s1(p.seconds), ratio(c.bifolio.seconds, p.seconds)],
      ),
    ]),
  );
}

export function peerTargetsTable(comparisons: readonly PeerComparison[], mark: (ok: boolean | undefined) => string): string {
  return markdownTable(
    ['target', 'measured', ''],
    comparisons.flatMap(peerTargets).map((t) => [t.what, t.measured, mark(t.met)]),
  );
}
