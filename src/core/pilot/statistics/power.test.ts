import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalDraws } from './brute-force-reference.ts';
import { kpiPowerCheck, pilotPower, RANK_TEST_EFFICIENCY, rankTestPower } from './power.ts';

function value<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error('expected ok');
  return result.value;
}

const baseline = [40, 44, 38, 42, 41, 45];

describe('rankTestPower', () => {
  it("is the t test's power with the sample sizes scaled by 3/π: R's power.t.test(n = 20, delta = 1) = 0.8689528", () => {
    // Undo the efficiency so the noncentrality is exactly √10, as in R's documented example.
    const power = rankTestPower({
      standardisedEffect: 1 / Math.sqrt(RANK_TEST_EFFICIENCY),
      baselineCount: 20,
      pilotCount: 20,
      alpha: 0.05,
    });
    expect(power).toBeCloseTo(0.8689528, 6);
  });

  it('is zero when the exact rank test cannot reach 5 % at all (2 / C(m + n, n) > 0.05)', () => {
    const huge = { standardisedEffect: 100, alpha: 0.05 };
    expect(rankTestPower({ ...huge, baselineCount: 3, pilotCount: 3 })).toBe(0); // 2/20
    expect(rankTestPower({ ...huge, baselineCount: 6, pilotCount: 2 })).toBe(0); // 2/28
    expect(rankTestPower({ ...huge, baselineCount: 6, pilotCount: 3 })).toBeCloseTo(1, 6); // 2/84
  });

  it('is close to the simulated power of the exact rank test at 10 against 10 (printed critical value U = 23)', () => {
    // 2000 seeded pilots with a true shift of 1.5 SD; the exact two-sided 5 % test rejects when U ≤ 23
    // or U ≥ 77 (the table value for 10 and 10). Simulated power ≈ the approximation within 0.05.
    const draw = normalDraws(11);
    let detected = 0;
    const runs = 2000;
    for (let r = 0; r < runs; r++) {
      const before = Array.from({ length: 10 }, draw);
      const after = Array.from({ length: 10 }, () => draw() + 1.5);
      const u = after.reduce((s, a) => s + before.filter((b) => a > b).length, 0);
      if (u >= 77) detected += 1;
    }
    const approximate = rankTestPower({
      standardisedEffect: 1.5,
      baselineCount: 10,
      pilotCount: 10,
      alpha: 0.05,
    });
    expect(Math.abs(approximate - detected / runs)).toBeLessThan(0.05);
  });

  it('never falls when the effect grows or the pilot runs longer', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 4, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 3, max: 30 }),
        fc.integer({ min: 1, max: 51 }),
        (effect, more, baselineCount, pilotCount) => {
          const at = (standardisedEffect: number, weeks: number) =>
            rankTestPower({ standardisedEffect, baselineCount, pilotCount: weeks, alpha: 0.05 });
          const power = at(effect, pilotCount);
          expect(at(effect + more, pilotCount)).toBeGreaterThanOrEqual(power - 1e-9);
          expect(at(effect, pilotCount + 1)).toBeGreaterThanOrEqual(power - 1e-9);
          expect(power).toBeGreaterThanOrEqual(0);
          expect(power).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('pilotPower', () => {
  it('measures the effect in baseline standard deviations (sample SD, hand computed √(20/3))', () => {
    const result = value(
      pilotPower({ baseline, pilotWeeks: 6, smallestEffect: { shift: 6, direction: 'decrease' } }),
    );
    expect(result.baselineSd).toBeCloseTo(Math.sqrt(20 / 3), 12);
    expect(result.standardisedEffect).toBeCloseTo(6 / Math.sqrt(20 / 3), 12);
    expect(result.direction).toBe('decrease');
    expect(result.power).toBe(
      rankTestPower({
        standardisedEffect: result.standardisedEffect,
        baselineCount: 6,
        pilotCount: 6,
        alpha: 0.05,
      }),
    );
    expect(result.isPowered).toBe(result.power >= 0.8);
  });

  it('names the fewest weeks that reach 80 % power, and no direction changes the answer', () => {
    const week = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 12 });
    fc.assert(
      fc.property(
        week,
        fc.double({ min: 1, max: 80, noNaN: true }),
        fc.integer({ min: 1, max: 12 }),
        (base, shift, weeks) => {
          const up = pilotPower({
            baseline: base,
            pilotWeeks: weeks,
            smallestEffect: { shift, direction: 'increase' },
          });
          const down = pilotPower({
            baseline: base,
            pilotWeeks: weeks,
            smallestEffect: { shift, direction: 'decrease' },
          });
          fc.pre(up.ok && down.ok);
          if (!up.ok || !down.ok) return;
          expect(down.value.power).toBe(up.value.power);
          expect(down.value.weeksNeeded).toBe(up.value.weeksNeeded);
          const powerAt = (n: number) =>
            rankTestPower({
              standardisedEffect: up.value.standardisedEffect,
              baselineCount: base.length,
              pilotCount: n,
              alpha: 0.05,
            });
          const needed = up.value.weeksNeeded;
          if (needed === null) {
            expect(powerAt(52)).toBeLessThan(0.8);
          } else {
            expect(powerAt(needed)).toBeGreaterThanOrEqual(0.8);
            if (needed > 1) expect(powerAt(needed - 1)).toBeLessThan(0.8);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('says no pilot length will do when the baseline is too short for the effect', () => {
    // Three baseline weeks, effect 0.5 SD: even endless pilots leave the noncentrality near 0.5·√3·0.98.
    const result = value(
      pilotPower({
        baseline: [10, 12, 14],
        pilotWeeks: 6,
        smallestEffect: { shift: 1, direction: 'increase' },
      }),
    );
    expect(result.weeksNeeded).toBeNull();
    expect(result.isPowered).toBe(false);
  });

  it('reports a baseline without spread, and one with too few weeks, as values', () => {
    const effect = { shift: 1, direction: 'increase' } as const;
    expect(pilotPower({ baseline: [5, 5, 5, 5], pilotWeeks: 6, smallestEffect: effect })).toEqual({
      ok: false,
      error: { reason: 'no-spread' },
    });
    expect(pilotPower({ baseline: [5, 6], pilotWeeks: 6, smallestEffect: effect })).toEqual({
      ok: false,
      error: { reason: 'too-few-values', sample: 'baseline', needed: 3, actual: 2 },
    });
  });
});

describe('kpiPowerCheck', () => {
  it('lists the KPIs a six-week pilot can judge', () => {
    const check = kpiPowerCheck({
      pilotWeeks: 6,
      candidates: [
        { kpi: 'minutesPerInvoice', baseline, smallestEffect: { shift: 6, direction: 'decrease' } },
        {
          kpi: 'errorRate',
          baseline: [0.05, 0.09, 0.02, 0.07, 0.04, 0.08],
          smallestEffect: { shift: 0.01, direction: 'decrease' },
        },
        { kpi: 'flat', baseline: [3, 3, 3], smallestEffect: { shift: 1, direction: 'increase' } },
      ],
    });
    expect(check.poweredKpis).toEqual(['minutesPerInvoice']);
    expect(check.kpis.map((k) => k.kpi)).toEqual(['minutesPerInvoice', 'errorRate', 'flat']);
    expect(check.kpis[2]?.result).toEqual({ ok: false, error: { reason: 'no-spread' } });
  });
});
