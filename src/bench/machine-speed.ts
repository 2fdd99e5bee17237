/**
 * How fast this machine is right now, as one number to print beside the
 * benchmarks: the milliseconds a fixed task takes on one core (sorting and
 * serialising seeded random numbers, the kind of work the build's JavaScript
 * does). The same task on the same machine takes longer when other work
 * shares its cores, so taken at the start and the end of a run it shows how
 * much the machine's speed moved while the figures were measured.
 */
import { seededRandom } from './sample-text.ts';

/** Median milliseconds of `rounds` runs of the reference task. */
export function referenceTaskMs(rounds = 5): number {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const random = seededRandom(7);
    const started = performance.now();
    const numbers = Array.from({ length: 300_000 }, () => random());
    numbers.sort((a, b) => a - b);
    JSON.parse(JSON.stringify(numbers));
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}
