import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForceULowerTail, combinations } from './brute-force-reference.ts';
import { subsetSumCounts, untiedUCounts } from './rank-sum-distribution.ts';

function bruteForceCounts(scores: number[], size: number): number[] {
  const total = scores.reduce((s, v) => s + v, 0);
  const counts = new Array<number>(total + 1).fill(0);
  for (const chosen of combinations(scores.length, size)) {
    const sum = chosen.reduce((s, i) => s + (scores[i] as number), 0);
    counts[sum] = (counts[sum] as number) + 1;
  }
  return counts;
}

describe('subsetSumCounts', () => {
  it('agrees with listing every subset, ties (repeated scores) included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 10 }),
        fc.nat(),
        (scores, pick) => {
          const size = pick % (scores.length + 1);
          expect(Array.from(subsetSumCounts({ scores, size }))).toEqual(bruteForceCounts(scores, size));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('untiedUCounts', () => {
  it('gives the printed critical values of U for a two-sided 5 % test (the usual textbook table)', () => {
    // Critical value: the largest u with 2·P(U ≤ u) ≤ 0.05. Table: 4,4 → 0; 5,5 → 2; 6,6 → 5; 7,7 → 8;
    // 8,8 → 13; 10,10 → 23; 5,10 → 8.
    const table: [number, number, number][] = [
      [4, 4, 0],
      [5, 5, 2],
      [6, 6, 5],
      [7, 7, 8],
      [8, 8, 13],
      [10, 10, 23],
      [5, 10, 8],
    ];
    for (const [m, n, critical] of table) {
      const counts = untiedUCounts({ baselineCount: m, pilotCount: n });
      const all = counts.reduce((s, c) => s + c, 0);
      const lowerTail = (u: number) => counts.slice(0, u + 1).reduce((s, c) => s + c, 0) / all;
      expect(2 * lowerTail(critical)).toBeLessThanOrEqual(0.05);
      expect(2 * lowerTail(critical + 1)).toBeGreaterThan(0.05);
    }
  });

  it('is symmetric, sums to C(m + n, n), and matches brute-force ranks for small samples', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 }), (m, n) => {
        const counts = Array.from(untiedUCounts({ baselineCount: m, pilotCount: n }));
        expect(counts).toHaveLength(m * n + 1);
        expect(counts).toEqual([...counts].reverse());
        const all = counts.reduce((s, c) => s + c, 0);
        let binomial = 1;
        for (let i = 1; i <= n; i++) binomial = (binomial * (m + i)) / i;
        expect(all).toBe(Math.round(binomial));
        let cumulative = 0;
        const lowerTail = counts.map((c) => {
          cumulative += c;
          return cumulative / all;
        });
        bruteForceULowerTail(m, n).forEach((p, u) => {
          expect(lowerTail[u]).toBeCloseTo(p, 12);
        });
      }),
      { numRuns: 40 },
    );
  });
});
