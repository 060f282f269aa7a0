import { seededRandom } from '../../business-case/seeded-random.ts';

/*
 * For the tests only: slow, obvious reference computations that share no code with the methods they
 * check, and a seeded source of normal draws for simulations.
 */

/** Every way to choose `size` of the indices 0 … count − 1, in lexicographic order. */
export function* combinations(count: number, size: number, from = 0): Generator<number[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= count - size; i++) {
    for (const rest of combinations(count, size - 1, i + 1)) yield [i, ...rest];
  }
}

/** Midranks by counting: rank = 1 + (values below) + (other values equal) / 2. */
export function countedMidranks(values: readonly number[]): number[] {
  return values.map((v) => {
    const below = values.filter((w) => w < v).length;
    const equal = values.filter((w) => w === v).length;
    return below + (equal + 1) / 2;
  });
}

/** All m·n differences pilot − baseline, sorted ascending. */
export function sortedDifferences(baseline: readonly number[], pilot: readonly number[]): number[] {
  return pilot.flatMap((p) => baseline.map((b) => p - b)).sort((a, b) => a - b);
}

/** The median of a sorted list. */
export function medianOfSorted(sorted: readonly number[]): number {
  const h = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[h] as number)
    : ((sorted[h - 1] as number) + (sorted[h] as number)) / 2;
}

/**
 * P(U ≤ u) for untied samples of sizes m and n, for every u, by listing all C(m + n, n) rankings and
 * counting the pairs each puts in order.
 */
export function bruteForceULowerTail(m: number, n: number): number[] {
  const counts = new Array<number>(m * n + 1).fill(0);
  let all = 0;
  for (const chosen of combinations(m + n, n)) {
    let u = 0;
    for (const rank of chosen) for (let r = 0; r < rank; r++) if (!chosen.includes(r)) u += 1;
    counts[u] = (counts[u] as number) + 1;
    all += 1;
  }
  let cumulative = 0;
  return counts.map((c) => {
    cumulative += c;
    return cumulative / all;
  });
}

/** A seeded stream of standard normal draws (Box–Muller on the project's seeded uniform generator). */
export function normalDraws(seed: number): () => number {
  const next = seededRandom(seed);
  return () => {
    const u = 1 - next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
}
