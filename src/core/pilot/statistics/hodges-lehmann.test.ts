import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bruteForceULowerTail,
  medianOfSorted,
  normalDraws,
  sortedDifferences,
} from './brute-force-reference.ts';
import { hodgesLehmann } from './hodges-lehmann.ts';

function value<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error('expected ok');
  return result.value;
}

/**
 * k by brute force: one more than the largest u with P(U ≤ u) ≤ (1 − confidence)/2, at least 1; the
 * interval from the k-th smallest to the k-th largest difference misses with chance 2·P(U ≤ k − 1).
 */
function bruteForceK(m: number, n: number, confidence: number): { k: number; coverage: number } {
  const lowerTail = bruteForceULowerTail(m, n);
  let k = 1;
  lowerTail.forEach((p, u) => {
    if (p <= (1 - confidence) / 2 + 1e-12) k = Math.max(k, u + 1);
  });
  return { k, coverage: 1 - 2 * (lowerTail[k - 1] as number) };
}

// The permeability data of Hollander & Wolfe (1973), p. 69 (R's ?wilcox.test example).
const term = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
const early = [1.15, 0.88, 0.9, 0.74, 1.21];

describe('hodgesLehmann', () => {
  it('gives the Hollander & Wolfe permeability example, recomputed by brute force: 0.305 [−0.15, 0.76]', () => {
    // The same rule as R's wilcox.test(x, y, conf.int = TRUE): the k-th smallest and largest of the 50
    // differences, k from the exact U distribution of 10 against 5 (all 3003 rankings listed).
    const result = value(hodgesLehmann({ baseline: early, pilot: term }));
    const differences = sortedDifferences(early, term);
    const { k, coverage } = bruteForceK(5, 10, 0.95);
    expect(k).toBe(9);
    expect(result).toMatchObject({ k, method: 'exact', nominalConfidence: 0.95 });
    expect(result.estimate).toBeCloseTo(medianOfSorted(differences), 12);
    expect(result.low).toBe(differences[k - 1]);
    expect(result.high).toBe(differences[differences.length - k]);
    expect(result.confidence).toBeCloseTo(coverage, 12);
    expect([result.estimate, result.low, result.high]).toEqual([
      expect.closeTo(0.305, 12),
      expect.closeTo(-0.15, 12),
      expect.closeTo(0.76, 12),
    ]);
  });

  it('takes k = 6 for six weeks against six, from the printed critical value U = 5 (two-sided 5 %)', () => {
    const baseline = [10, 12, 11, 13, 12, 14];
    const pilot = [9, 8, 10, 9, 7, 8];
    const result = value(hodgesLehmann({ baseline, pilot }));
    const differences = sortedDifferences(baseline, pilot);
    expect(result.k).toBe(6);
    // P(U ≤ 5) = 19/924 for 6 against 6, counted over all 924 rankings.
    expect(bruteForceULowerTail(6, 6)[5]).toBeCloseTo(19 / 924, 14);
    expect(result.confidence).toBeCloseTo(1 - 38 / 924, 14);
    expect(result).toMatchObject({ estimate: -3.5, low: differences[5], high: differences[30] });
  });

  it('reaches only 90 % with three against three (1 − 2/20) and then spans all differences', () => {
    const result = value(hodgesLehmann({ baseline: [1, 2, 3], pilot: [5, 7, 9] }));
    expect(result).toMatchObject({ k: 1, low: 2, high: 8, estimate: 5 });
    expect(result.confidence).toBeCloseTo(0.9, 14);
    expect(result.confidence).toBeLessThan(result.nominalConfidence);
  });

  it('reaches 1 − 2/56 with three against five (C(8, 3) = 56 rankings)', () => {
    const result = value(hodgesLehmann({ baseline: [1, 2, 3], pilot: [5, 7, 9, 4, 6] }));
    expect(result.k).toBe(1);
    expect(result.confidence).toBeCloseTo(1 - 2 / 56, 14);
  });

  it('uses the normal approximation with continuity correction above 40 values', () => {
    const draw = normalDraws(3);
    const baseline = Array.from({ length: 30 }, draw);
    const pilot = Array.from({ length: 30 }, draw);
    const result = value(hodgesLehmann({ baseline, pilot }));
    // k = ⌊mn/2 − z·√(mn(m + n + 1)/12) + ½⌋ with z = 1.959964 (hand formula).
    const k = Math.floor(450 - 1.959964 * Math.sqrt((900 * 61) / 12) + 0.5);
    expect(result).toMatchObject({ method: 'normal-approximation', k });
    expect(result.confidence).toBeGreaterThan(0.945);
    expect(result.confidence).toBeLessThan(0.96);
  });

  it('gets nearly the same k from the normal approximation as from the exact distribution at 20 against 20', () => {
    const draw = normalDraws(4);
    const baseline = Array.from({ length: 20 }, draw);
    const pilot = Array.from({ length: 20 }, draw);
    const exact = value(hodgesLehmann({ baseline, pilot, method: 'exact' }));
    const normal = value(hodgesLehmann({ baseline, pilot, method: 'normal-approximation' }));
    expect(Math.abs(exact.k - normal.k)).toBeLessThanOrEqual(1);
    expect(exact.confidence).toBeGreaterThanOrEqual(0.95);
  });

  it('says which sample has too few values', () => {
    expect(hodgesLehmann({ baseline: [1, 2], pilot: [1, 2, 3] })).toEqual({
      ok: false,
      error: { reason: 'too-few-values', sample: 'baseline', needed: 3, actual: 2 },
    });
  });

  it('covers no shift in at least 90 % of 400 simulated pilots of six weeks against six (no effect)', () => {
    // Seeded and deterministic: fast-check picks five seeds from its own fixed seed.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.boolean(), (seed, isDiscrete) => {
        const draw = normalDraws(seed);
        // Discrete weekly counts (many ties) must be covered too: the closed interval is conservative.
        const week = () => (isDiscrete ? Math.round(3 + 1.5 * draw()) : 50 + 10 * draw());
        let covered = 0;
        const runs = 400;
        for (let r = 0; r < runs; r++) {
          const baseline = Array.from({ length: 6 }, week);
          const pilot = Array.from({ length: 6 }, week);
          const { low, high } = value(hodgesLehmann({ baseline, pilot }));
          if (low <= 0 && 0 <= high) covered += 1;
        }
        expect(covered / runs).toBeGreaterThanOrEqual(0.9);
      }),
      { numRuns: 5, seed: 20261201 },
    );
  });

  it('detects a larger true effect at least as often (same simulated weeks, shifted further)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (seed, a, b) => {
          const [small, large] = a <= b ? [a, b] : [b, a];
          const draw = normalDraws(seed);
          let detectedSmall = 0;
          let detectedLarge = 0;
          for (let r = 0; r < 50; r++) {
            const baseline = Array.from({ length: 6 }, draw);
            const noise = Array.from({ length: 6 }, draw);
            const shifted = (effect: number) => noise.map((v) => v + effect);
            if (value(hodgesLehmann({ baseline, pilot: shifted(small) })).low > 0) detectedSmall += 1;
            if (value(hodgesLehmann({ baseline, pilot: shifted(large) })).low > 0) detectedLarge += 1;
          }
          expect(detectedLarge).toBeGreaterThanOrEqual(detectedSmall);
        },
      ),
      { numRuns: 20 },
    );
  });

  const weeks = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 12 });

  it('contains its estimate, which is the median of the differences, and covers at least nominal when it can', () => {
    fc.assert(
      fc.property(weeks, weeks, fc.constantFrom(0.8, 0.9, 0.95, 0.99), (baseline, pilot, confidence) => {
        const result = value(hodgesLehmann({ baseline, pilot, confidence }));
        expect(result.low).toBeLessThanOrEqual(result.estimate);
        expect(result.estimate).toBeLessThanOrEqual(result.high);
        expect(result.estimate).toBe(medianOfSorted(sortedDifferences(baseline, pilot)));
        if (result.k > 1) expect(result.confidence).toBeGreaterThanOrEqual(confidence);
      }),
      { numRuns: 100 },
    );
  });

  it('moves estimate and bounds by c when every pilot week moves by c', () => {
    fc.assert(
      fc.property(weeks, weeks, fc.integer({ min: -500, max: 500 }), (baseline, pilot, c) => {
        const before = value(hodgesLehmann({ baseline, pilot }));
        const after = value(hodgesLehmann({ baseline, pilot: pilot.map((v) => v + c) }));
        expect(after.estimate).toBe(before.estimate + c);
        expect(after.low).toBe(before.low + c);
        expect(after.high).toBe(before.high + c);
        expect(after.confidence).toBe(before.confidence);
      }),
      { numRuns: 100 },
    );
  });
});
