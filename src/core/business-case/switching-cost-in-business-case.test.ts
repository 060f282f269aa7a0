import { describe, expect, it } from 'vitest';
import type { UseCase } from '../use-case/use-case-schema.ts';
import { assessedBusinessCase } from './assessed-business-case.ts';
import { resolveBusinessCase } from './resolve-business-case.ts';
import { SWITCHING_TORNADO_SHARE, simulateBusinessCase } from './simulate-business-case.ts';

/** The selected vendor's switching cost in the business case: stall scenario, exit cost, tornado. */

const useCase: UseCase = {
  problem: { hoursPerWeek: 15, hourlyCost: 52, volumePerWeek: 200, errorRate: 0.03, costPerError: 75 },
  partner: { vendors: [{ name: 'Acme', yearlyCost: 6000, contractMonths: 24 }] },
};
const inputs = resolveBusinessCase(useCase);
const base = {
  inputs,
  runs: 2000,
  seed: 7,
  factorRisks: { partner: 'high' as const },
  committedLicenceMonths: 24,
};

describe('switching cost in the business case', () => {
  it('leaves the result unchanged when absent', () => {
    const without = simulateBusinessCase(base);
    const withUndefined = simulateBusinessCase({ ...base, switchingCost: undefined });
    expect(withUndefined.expected).toEqual(without.expected);
    expect(withUndefined.switching).toBeUndefined();
    expect('switching' in without).toBe(false);
  });

  it('keeps every draw of a project that reaches production identical', () => {
    const without = simulateBusinessCase(base);
    const withCost = simulateBusinessCase({
      ...base,
      switchingCost: { low: 10_000, likely: 20_000, high: 40_000 },
    });
    expect(withCost.simulated).toEqual(without.simulated);
    expect(withCost.tornado).toEqual(without.tornado);
    expect(withCost.samples.npvEur).toEqual(without.samples.npvEur);
  });

  it('makes a stalled project pay it, instead of the committed licence it contains', () => {
    const without = simulateBusinessCase(base);
    const zero = simulateBusinessCase({ ...base, switchingCost: { low: 0, likely: 0, high: 0 } });
    const fixed = simulateBusinessCase({
      ...base,
      switchingCost: { low: 30_000, likely: 30_000, high: 30_000 },
    });
    const p = without.stall.probability;
    // A zero switching cost removes the committed licence months (24 months of €6 000 a year).
    expect(zero.expected.npvEur).toBeGreaterThan(without.expected.npvEur);
    expect(zero.switching?.replacesCommittedLicence).toBe(true);
    expect(fixed.switching?.stalledMeanEur).toBe(30_000);
    expect(zero.expected.npvEur - fixed.expected.npvEur).toBeCloseTo(p * 30_000, 6);
  });

  it('never raises the expected NPV when the switching cost rises', () => {
    let previous = Number.POSITIVE_INFINITY;
    for (const likely of [0, 5_000, 20_000, 80_000]) {
      const r = simulateBusinessCase({ ...base, switchingCost: { low: likely, likely, high: likely * 2 } });
      expect(r.expected.npvEur).toBeLessThanOrEqual(previous);
      previous = r.expected.npvEur;
    }
  });

  it('reports the exit at the end of the horizon, discounted, and a tornado entry when it matters', () => {
    const r = simulateBusinessCase({ ...base, switchingCost: { low: 10_000, likely: 20_000, high: 60_000 } });
    const s = r.switching;
    expect(s).toBeDefined();
    if (!s) return;
    const factor = (1 + inputs.discountRate) ** -inputs.horizonYears;
    expect(s.exitCostPresentValueEur).toBeCloseTo(20_000 * factor, 6);
    expect(s.npvWithExitEur).toBeCloseTo(r.tornado.baseNpvEur - 20_000 * factor, 6);
    expect(s.tornadoBar).not.toBeNull();
    expect(s.tornadoBar?.swingEur).toBeCloseTo(50_000 * factor, 6);
    expect(s.tornadoBar?.npvAtHighEur).toBeLessThan(s.tornadoBar?.npvAtLowEur ?? 0);

    const small = simulateBusinessCase({
      ...base,
      switchingCost: { low: 1_000, likely: 1_000, high: 1_050 },
    });
    const top = small.tornado.bars[0]?.swingEur ?? 0;
    expect(50 * factor).toBeLessThan(SWITCHING_TORNADO_SHARE * top);
    expect(small.switching?.tornadoBar).toBeNull();
  });

  it('refuses an unordered range', () => {
    expect(() => simulateBusinessCase({ ...base, switchingCost: { low: 5, likely: 1, high: 9 } })).toThrow();
  });

  it('passes through assessedBusinessCase, and changes nothing there when absent', () => {
    const plain = assessedBusinessCase({ useCase, runs: 500, seed: 2 });
    const again = assessedBusinessCase({ useCase, runs: 500, seed: 2, switchingCost: undefined });
    expect(again.result.expected).toEqual(plain.result.expected);
    const withCost = assessedBusinessCase({
      useCase,
      runs: 500,
      seed: 2,
      switchingCost: { low: 40_000, likely: 50_000, high: 90_000 },
    });
    expect(withCost.result.switching?.range.likely).toBe(50_000);
    expect(withCost.result.expected.npvEur).toBeLessThan(plain.result.expected.npvEur);
    expect(withCost.result.simulated).toEqual(plain.result.simulated);
  });
});
