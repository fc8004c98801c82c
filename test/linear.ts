import { expect } from 'vitest';

export interface LinearityOptions {
  /** The smaller input size; the larger one is ten times it. */
  n: number;
  /**
   * The largest ratio of the two times that passes. Linear work gives about 10, quadratic work
   * about 100; 40 leaves room for a noisy shared CI machine, and for memory effects (a large
   * string lands in a slower part of the heap) that cost the large input more per character.
   */
  maxRatio?: number;
  /** Timed rounds per size; the fastest counts. @default 3 */
  rounds?: number;
}

/**
 * Fails unless `fn` on input of size 10n takes at most `maxRatio` times as long as on size n,
 * both timed in the same run.
 *
 * Every call gets an input of its own from `make` (built before the clock starts): V8 caches the
 * results of some string and regex operations on the same string, which would make repeated
 * calls look free. A round at size n is ten calls, so both sizes are timed over about the same
 * amount of work and neither is lost in the timer's resolution. The fastest of a few rounds
 * counts, so a pause from another process on a loaded machine does not.
 */
export function expectLinear<T>(
  make: (n: number, index: number) => T,
  fn: (input: T) => unknown,
  { n, maxRatio = 40, rounds = 3 }: LinearityOptions,
): { small: number; large: number; ratio: number } {
  let index = 0;
  const time = (size: number, calls: number) => {
    let best = Number.POSITIVE_INFINITY;
    for (let round = 0; round < rounds; round++) {
      const inputs = Array.from({ length: calls }, () => make(size, index++));
      const start = performance.now();
      for (const input of inputs) fn(input);
      best = Math.min(best, (performance.now() - start) / calls);
    }
    return best;
  };
  // Warm up, so the first timed call does not pay for compiling the code.
  fn(make(n, index++));
  fn(make(n * 10, index++));
  const small = time(n, 10);
  const large = time(n * 10, 1);
  const ratio = large / small;
  expect(
    ratio,
    `time for n=${n * 10} (${large.toFixed(3)} ms) over n=${n} (${small.toFixed(3)} ms)`,
  ).toBeLessThan(maxRatio);
  return { small, large, ratio };
}
