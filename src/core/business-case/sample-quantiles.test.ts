import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleQuantiles } from './sample-quantiles.ts';
import { countQuantile } from './simulate-business-case.ts';

/** PERCENTILE.INC on a sorted copy: the definition we promise. */
function byDefinition(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const k = Math.floor(h);
  const lower = s[k] as number;
  return k + 1 < s.length ? lower + (h - k) * ((s[k + 1] as number) - lower) : lower;
}

describe('sampleQuantiles', () => {
  it('equals PERCENTILE.INC on a sorted copy and leaves the input untouched', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 300 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }),
        (ints, ps) => {
          const values = Float64Array.from(ints);
          const before = values.slice();
          const got = sampleQuantiles({ values, probabilities: ps });
          ps.forEach((p, i) => {
            expect(got[i]).toBeCloseTo(byDefinition(ints, p), 9);
          });
          expect(values).toEqual(before);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('returns observed values with nearestRank, and handles Infinity (payback beyond the horizon)', () => {
    const values = Float64Array.of(5, Infinity, 3, 12, Infinity, 7, 9, 4, 6, 8);
    expect(sampleQuantiles({ values, probabilities: [0.1, 0.5, 0.9], method: 'nearestRank' })).toEqual([
      3,
      7,
      Infinity,
    ]);
    expect(sampleQuantiles({ values, probabilities: [0.95] })).toEqual([Infinity]);
  });
});

describe('countQuantile', () => {
  it('equals the nearest-rank quantile of the months it counts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 1, max: 36 }), fc.constant(Number.POSITIVE_INFINITY)), {
          minLength: 1,
        }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (months, probability) => {
          const counts = new Uint32Array(38);
          for (const m of months) counts[Number.isFinite(m) ? m : 37]! += 1;
          const [expected] = sampleQuantiles({
            values: Float64Array.from(months),
            probabilities: [probability],
            method: 'nearestRank',
          });
          expect(countQuantile({ counts, total: months.length, probability })).toBe(expected);
        },
      ),
      { numRuns: 100 },
    );
  });
});
