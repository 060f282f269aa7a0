import { invariant } from '../../result.ts';

/**
 * counts[s] = the number of ways to choose `size` of the `scores` (whole numbers ≥ 0) whose sum is s.
 * With scores 2 × (mid)rank this is the exact permutation distribution of a rank sum, ties included;
 * a knapsack-style recursion in O(scores × size × total) rather than listing every subset.
 * Counts stay exact integers while they are below 2^53 (any 40 values); beyond that, exact ratios.
 *
 * @example Array.from(subsetSumCounts({ scores: [1, 2, 3], size: 2 })) // [0, 0, 0, 1, 1, 1, 0]: sums 3, 4 and 5 once each
 */
export function subsetSumCounts(options: { scores: readonly number[]; size: number }): Float64Array {
  const { scores, size } = options;
  invariant(Number.isInteger(size) && size >= 0 && size <= scores.length, `cannot choose ${size} scores`);
  let total = 0;
  for (const s of scores) {
    invariant(Number.isInteger(s) && s >= 0, `scores must be whole numbers ≥ 0, got ${s}`);
    total += s;
  }
  const width = total + 1;
  // ways[k * width + s]: subsets of k scores seen so far with sum s.
  const ways = new Float64Array((size + 1) * width);
  ways[0] = 1;
  let reach = 0;
  let seen = 0;
  for (const score of scores) {
    seen += 1;
    reach += score;
    for (let k = Math.min(seen, size); k >= 1; k--) {
      const row = k * width;
      const previous = (k - 1) * width;
      for (let s = reach; s >= score; s--) {
        const add = ways[previous + s - score] as number;
        if (add !== 0) ways[row + s] = (ways[row + s] as number) + add;
      }
    }
  }
  return ways.slice(size * width, (size + 1) * width);
}

/**
 * The exact null distribution of the Mann–Whitney U statistic for untied samples of sizes m and n:
 * counts[u] for u = 0 … m·n, out of C(m + n, n) equally likely rankings.
 *
 * @example Array.from(untiedUCounts({ baselineCount: 2, pilotCount: 2 })) // [1, 1, 2, 1, 1]
 */
export function untiedUCounts(options: { baselineCount: number; pilotCount: number }): Float64Array {
  const { baselineCount: m, pilotCount: n } = options;
  // Scores 0 … N−1 are ranks minus one; the smallest possible sum of n of them is n(n−1)/2, i.e. U = 0.
  const scores = Array.from({ length: m + n }, (_, i) => i);
  const counts = subsetSumCounts({ scores, size: n });
  const offset = (n * (n - 1)) / 2;
  return counts.slice(offset, offset + m * n + 1);
}
