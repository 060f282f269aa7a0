import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageRanks, rankCorrelation, rankCorrelations } from './rank-correlation.ts';

describe('rankCorrelation', () => {
  it('gives average ranks to ties', () => {
    expect(Array.from(averageRanks(Float64Array.of(10, 20, 10, 30)))).toEqual([1.5, 3, 1.5, 4]);
  });

  it('is 1 for any increasing relation, −1 for a decreasing one, 0 for a constant', () => {
    const x = Float64Array.of(1, 2, 3, 4, 5);
    expect(rankCorrelation({ x, y: x.map((v) => v ** 3) })).toBeCloseTo(1, 12);
    expect(rankCorrelation({ x, y: x.map((v) => -Math.exp(v)) })).toBeCloseTo(-1, 12);
    expect(rankCorrelation({ x, y: Float64Array.of(2, 2, 2, 2, 2) })).toBe(0);
  });

  it('matches the textbook formula 1 − 6Σd² / (n(n² − 1)) when there are no ties', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer(), { minLength: 3, maxLength: 50 }), fc.integer(), (xs, seed) => {
        const n = xs.length;
        const ys = xs.map((_, i) => ((i + 1) * 2654435761 + seed) % 1000003);
        fc.pre(new Set(ys).size === n);
        const rank = (a: number[]) => a.map((v) => a.filter((w) => w < v).length + 1);
        const rx = rank(xs);
        const ry = rank(ys);
        const d2 = rx.reduce((s, r, i) => s + (r - (ry[i] as number)) ** 2, 0);
        const expected = 1 - (6 * d2) / (n * (n * n - 1));
        const x = Float64Array.from(xs);
        const y = Float64Array.from(ys);
        expect(rankCorrelation({ x, y })).toBeCloseTo(expected, 10);
        expect(rankCorrelations({ xs: [x, x], y })).toEqual([
          rankCorrelation({ x, y }),
          rankCorrelation({ x, y }),
        ]);
      }),
      { numRuns: 100 },
    );
  });
});
