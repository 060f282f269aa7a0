import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combinations, countedMidranks } from './brute-force-reference.ts';
import { mannWhitney } from './mann-whitney.ts';

// Hollander & Wolfe (1973), p. 69: permeability of the chorioamnion at term (x) and at 12–26 weeks (y);
// the two-sample example of R's ?wilcox.test, which prints W = 35 and, for alternative "greater",
// p = 0.1272 exact and p = 0.1103 for the large-sample approximation without continuity correction.
const term = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
const early = [1.15, 0.88, 0.9, 0.74, 1.21];

function value<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error('expected ok');
  return result.value;
}

/** Two-sided exact p-value by listing every split of the pooled midranks (the reference). */
function bruteForcePValue(baseline: number[], pilot: number[]): number {
  const ranks = countedMidranks([...baseline, ...pilot]);
  const observed = ranks.slice(baseline.length).reduce((s, r) => s + r, 0);
  let lower = 0;
  let upper = 0;
  let all = 0;
  for (const chosen of combinations(ranks.length, pilot.length)) {
    const sum = chosen.reduce((s, i) => s + (ranks[i] as number), 0);
    if (sum <= observed + 1e-9) lower += 1;
    if (sum >= observed - 1e-9) upper += 1;
    all += 1;
  }
  return Math.min(1, (2 * Math.min(lower, upper)) / all);
}

describe('mannWhitney', () => {
  it("gives R's ?wilcox.test example (Hollander & Wolfe 1973): W = 35, exact p = 2 × 0.1272", () => {
    const exact = value(mannWhitney({ baseline: early, pilot: term }));
    expect(exact.u).toBe(35);
    expect(exact.method).toBe('exact');
    expect(exact.pValue / 2).toBeCloseTo(0.1272, 4);
    expect(exact.probabilityPilotHigher).toBe(0.7);
  });

  it("gives the same example's large-sample p = 2 × 0.1103 without continuity correction", () => {
    const normal = value(
      mannWhitney({
        baseline: early,
        pilot: term,
        method: 'normal-approximation',
        continuityCorrection: false,
      }),
    );
    expect(normal.method).toBe('normal-approximation');
    expect(normal.pValue / 2).toBeCloseTo(0.1103, 4);
  });

  it('gives 2 × 1/20 when three pilot weeks all beat three baseline weeks (hand count: C(6, 3) = 20)', () => {
    expect(value(mannWhitney({ baseline: [1, 2, 3], pilot: [4, 5, 6] }))).toEqual({
      u: 9,
      probabilityPilotHigher: 1,
      pValue: 0.1,
      method: 'exact',
      hasTies: false,
    });
  });

  it('uses the tie-corrected variance in the normal approximation (SciPy 1.17 mannwhitneyu, asymptotic)', () => {
    const baseline = [3, 4, 4, 5, 6, 6, 6, 7];
    const pilot = [5, 6, 7, 7, 8, 8, 9, 9];
    const corrected = value(mannWhitney({ baseline, pilot, method: 'normal-approximation' }));
    expect(corrected.u).toBe(56);
    expect(corrected.hasTies).toBe(true);
    expect(corrected.pValue).toBeCloseTo(0.012373083197209915, 12);
    const plain = value(
      mannWhitney({ baseline, pilot, method: 'normal-approximation', continuityCorrection: false }),
    );
    expect(plain.pValue).toBeCloseTo(0.010632790432951695, 12);
  });

  it('is exact with ties: the p-value equals the count over every split of the midranks', () => {
    const week = fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 3, maxLength: 6 });
    fc.assert(
      fc.property(week, week, (baseline, pilot) => {
        const result = value(mannWhitney({ baseline, pilot }));
        expect(result.pValue).toBeCloseTo(bruteForcePValue(baseline, pilot), 12);
        const u = pilot.reduce(
          (s, p) => s + baseline.reduce((t, b) => t + (p > b ? 1 : p === b ? 0.5 : 0), 0),
          0,
        );
        expect(result.u).toBe(u);
      }),
      { numRuns: 100 },
    );
  });

  it('is symmetric: swapping the samples turns U into m·n − U and keeps the p-value', () => {
    const week = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 3, maxLength: 12 });
    fc.assert(
      fc.property(week, week, (baseline, pilot) => {
        const forward = value(mannWhitney({ baseline, pilot }));
        const backward = value(mannWhitney({ baseline: pilot, pilot: baseline }));
        expect(backward.u).toBe(baseline.length * pilot.length - forward.u);
        expect(backward.pValue).toBeCloseTo(forward.pValue, 12);
      }),
      { numRuns: 100 },
    );
  });

  it('has a normal approximation within 0.02 of the exact p-value at 15 against 15', () => {
    const week = fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 15, maxLength: 15 });
    fc.assert(
      fc.property(week, week, (baseline, pilot) => {
        const exact = value(mannWhitney({ baseline, pilot, method: 'exact' }));
        const normal = value(mannWhitney({ baseline, pilot, method: 'normal-approximation' }));
        expect(Math.abs(exact.pValue - normal.pValue)).toBeLessThan(0.02);
      }),
      { numRuns: 30 },
    );
  });

  it('switches to the normal approximation above 40 values and gives p = 1 when all values are equal', () => {
    const many = Array.from({ length: 21 }, (_, i) => i);
    expect(value(mannWhitney({ baseline: many, pilot: many.map((v) => v + 0.5) })).method).toBe(
      'normal-approximation',
    );
    expect(value(mannWhitney({ baseline: [4, 4, 4], pilot: [4, 4, 4] })).pValue).toBe(1);
    expect(
      value(mannWhitney({ baseline: [4, 4, 4], pilot: [4, 4, 4], method: 'normal-approximation' })).pValue,
    ).toBe(1);
  });

  it('says which sample has too few values instead of guessing', () => {
    expect(mannWhitney({ baseline: [1, 2, 3], pilot: [1, 2] })).toEqual({
      ok: false,
      error: { reason: 'too-few-values', sample: 'pilot', needed: 3, actual: 2 },
    });
  });
});
