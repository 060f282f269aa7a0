import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bootstrapDifference } from './bootstrap.ts';
import { medianOfSorted } from './brute-force-reference.ts';

function value<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error('expected ok');
  return result.value;
}

/** Every ordered resample of `values` (n^n of them, equally likely). */
function allResamples(values: readonly number[]): number[][] {
  let draws: number[][] = [[]];
  for (let i = 0; i < values.length; i++) draws = draws.flatMap((d) => values.map((v) => [...d, v]));
  return draws;
}

const statistics = {
  mean: (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length,
  median: (v: number[]) => medianOfSorted([...v].sort((a, b) => a - b)),
};

describe('bootstrapDifference', () => {
  it('estimates the difference pilot − baseline in mean and in median (hand computed)', () => {
    const baseline = [10, 12, 11, 13, 12, 14];
    const pilot = [9, 8, 10, 9, 7, 8];
    expect(value(bootstrapDifference({ baseline, pilot, statistic: 'mean', seed: 1 })).estimate).toBeCloseTo(
      -3.5,
      12,
    );
    // Medians: pilot 8.5, baseline 12.
    expect(value(bootstrapDifference({ baseline, pilot, statistic: 'median', seed: 1 })).estimate).toBe(-3.5);
  });

  it('gives the same interval for the same seed and another for another seed', () => {
    const options = {
      baseline: [10, 12, 11, 13, 12, 14],
      pilot: [9, 8, 10, 9, 7, 8],
      statistic: 'mean',
    } as const;
    const first = value(bootstrapDifference({ ...options, seed: 7 }));
    expect(value(bootstrapDifference({ ...options, seed: 7 }))).toEqual(first);
    expect(value(bootstrapDifference({ ...options, seed: 8 })).low).not.toBe(first.low);
    expect(first).toMatchObject({ method: 'percentile', resamples: 4000, seed: 7, confidence: 0.95 });
  });

  it('puts its bounds at the 2.5 % and 97.5 % points of the exact bootstrap distribution (all 27 × 27 resamples of 3 and 3)', () => {
    const week = fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(
        week,
        week,
        fc.constantFrom('mean' as const, 'median' as const),
        (baseline, pilot, statistic) => {
          const measure = statistics[statistic];
          const exact = allResamples(pilot).flatMap((p) =>
            allResamples(baseline).map((b) => measure(p) - measure(b)),
          );
          const share = (test: (d: number) => boolean) => exact.filter(test).length / exact.length;
          const { low, high } = value(
            bootstrapDifference({ baseline, pilot, statistic, seed: baseline[0] ?? 0, resamples: 20_000 }),
          );
          // Monte Carlo error on these shares is about 0.001 at 20 000 resamples; allow 0.01.
          const eps = 1e-9;
          expect(share((d) => d < low - eps)).toBeLessThanOrEqual(0.025 + 0.01);
          expect(share((d) => d <= low + eps)).toBeGreaterThanOrEqual(0.025 - 0.01);
          expect(share((d) => d > high + eps)).toBeLessThanOrEqual(0.025 + 0.01);
          expect(share((d) => d >= high - eps)).toBeGreaterThanOrEqual(0.025 - 0.01);
        },
      ),
      { numRuns: 10 },
    );
  });

  it('moves estimate and bounds by c when every pilot week moves by c', () => {
    const week = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 8 });
    fc.assert(
      fc.property(week, week, fc.integer({ min: -500, max: 500 }), fc.nat(), (baseline, pilot, c, seed) => {
        for (const statistic of ['mean', 'median'] as const) {
          const before = value(bootstrapDifference({ baseline, pilot, statistic, seed, resamples: 200 }));
          const after = value(
            bootstrapDifference({
              baseline,
              pilot: pilot.map((v) => v + c),
              statistic,
              seed,
              resamples: 200,
            }),
          );
          expect(after.estimate).toBeCloseTo(before.estimate + c, 8);
          expect(after.low).toBeCloseTo(before.low + c, 8);
          expect(after.high).toBeCloseTo(before.high + c, 8);
          expect(before.low).toBeLessThanOrEqual(before.high);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('says which sample has too few values', () => {
    expect(bootstrapDifference({ baseline: [1, 2, 3], pilot: [], statistic: 'mean', seed: 1 })).toEqual({
      ok: false,
      error: { reason: 'too-few-values', sample: 'pilot', needed: 3, actual: 0 },
    });
  });
});

describe('the bootstrap median', () => {
  it('gives the same interval as the median of a sorted copy, for any weeks (odd and even counts, ties)', () => {
    const week = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 3, maxLength: 15 });
    fc.assert(
      fc.property(week, week, fc.nat(), (baseline, pilot, seed) => {
        const sortedMedian = (values: number[]) => medianOfSorted([...values].sort((a, b) => a - b));
        const result = bootstrapDifference({ baseline, pilot, statistic: 'median', seed, resamples: 200 });
        if (!result.ok) throw new Error('three values a side are enough');
        expect(result.value.estimate).toBe(sortedMedian(pilot) - sortedMedian(baseline));
      }),
      { numRuns: 200 },
    );
  });
});
