import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UseCase } from '../use-case/use-case-schema.ts';
import {
  BUSINESS_CASE_INPUT_IDS,
  type BusinessCaseInputId,
  type ResolvedBusinessCase,
} from './business-case-types.ts';
import { evaluateScenario } from './cash-flow-model.ts';
import { rangeMean } from './range-quantile-table.ts';
import { resolveBusinessCase } from './resolve-business-case.ts';
import { cashFlowModelFor, likelyPoint, simulateBusinessCase } from './simulate-business-case.ts';

const invoice: UseCase = {
  problem: { hoursPerWeek: 15, hourlyCost: 52, volumePerWeek: 200, errorRate: 0.03, costPerError: 75 },
  businessCase: {
    timeReduction: { low: 0.3, likely: 0.5, high: 0.7 },
    errorReduction: { low: 0.2, likely: 0.5, high: 0.7 },
    oneOffCosts: {
      implementation: { low: 8000, likely: 12000, high: 20000 },
      dataPreparation: { low: 2000, likely: 4000, high: 8000 },
      trainingAndChange: { low: 1500, likely: 3000, high: 5000 },
    },
    yearlyCosts: {
      licence: { low: 3600, likely: 4800, high: 7200 },
      maintenance: { low: 1000, likely: 2000, high: 4000 },
    },
    monthsToFullEffect: { low: 3, likely: 4, high: 6 },
  },
};

/** A case whose NPV straddles zero, so P(NPV > 0) is a real probability, not 0 or 1. */
const marginal: UseCase = {
  problem: { hoursPerWeek: 8, hourlyCost: 45 },
  businessCase: {
    timeReduction: { low: 0.1, likely: 0.35, high: 0.6 },
    oneOffCosts: {
      implementation: { low: 5000, likely: 9000, high: 20000 },
      dataPreparation: { low: 0, likely: 1000, high: 3000 },
      trainingAndChange: { low: 0, likely: 1000, high: 2000 },
    },
    yearlyCosts: {
      licence: { low: 500, likely: 1000, high: 2000 },
      maintenance: { low: 0, likely: 500, high: 1000 },
    },
  },
};

function withRange(
  inputs: ResolvedBusinessCase,
  id: BusinessCaseInputId,
  range: { low: number; likely: number; high: number },
) {
  return { ...inputs, ranges: { ...inputs.ranges, [id]: { ...range, source: 'input' as const } } };
}

function flatten(inputs: ResolvedBusinessCase): ResolvedBusinessCase {
  const ranges = { ...inputs.ranges };
  for (const id of BUSINESS_CASE_INPUT_IDS) {
    const r = ranges[id];
    ranges[id] = { low: r.likely, likely: r.likely, high: r.likely, source: r.source };
  }
  return { ...inputs, ranges };
}

describe('simulateBusinessCase', () => {
  const inputs = resolveBusinessCase(invoice);

  it('gives a bit-identical result for the same seed', () => {
    const a = simulateBusinessCase({ inputs, runs: 5000, seed: 42, withRankCorrelation: true });
    const b = simulateBusinessCase({ inputs, runs: 5000, seed: 42, withRankCorrelation: true });
    expect(b).toEqual(a);
    expect(Array.from(b.samples.npvEur)).toEqual(Array.from(a.samples.npvEur));
  });

  it('reproduces the deterministic result exactly when low = likely = high everywhere', () => {
    const flat = flatten(inputs);
    const r = simulateBusinessCase({ inputs: flat, runs: 2000, seed: 3 });
    const d = r.deterministic.npvEur;
    expect(r.simulated.npvEur.p10).toBe(d);
    expect(r.simulated.npvEur.p50).toBe(d);
    expect(r.simulated.npvEur.p90).toBe(d);
    expect(r.samples.npvEur.every((v) => v === d)).toBe(true);
    expect(r.simulated.savingsPerYearEur.p50).toBe(r.deterministic.savingsPerYearEur);
    expect(r.simulated.paybackMonth.p50).toBe(r.deterministic.paybackMonth);
    expect(r.simulated.npvEur.meanStdError).toBeLessThan(1e-6);
  });

  it('has a mean NPV equal to the NPV at the PERT means when the ramp is fixed (the model is linear then)', () => {
    const fixedRamp = withRange(inputs, 'monthsToFullEffect', { low: 4, likely: 4, high: 4 });
    const r = simulateBusinessCase({ inputs: fixedRamp, runs: 40_000, seed: 11 });
    const meanPoint = likelyPoint(fixedRamp);
    for (const id of BUSINESS_CASE_INPUT_IDS)
      meanPoint[id] = rangeMean({ range: fixedRamp.ranges[id], distribution: 'pert' });
    const exact = evaluateScenario(cashFlowModelFor(fixedRamp), meanPoint).npvEur;
    expect(Math.abs(r.simulated.npvEur.mean - exact)).toBeLessThan(4 * r.simulated.npvEur.meanStdError);
  });

  it('gives different seeds different results, within the Monte Carlo error it reports', () => {
    const m = resolveBusinessCase(marginal);
    const reference = simulateBusinessCase({ inputs: m, runs: 200_000, seed: 999 });
    const seeds = Array.from({ length: 40 }, (_, i) => i + 1);
    const results = seeds.map((seed) => simulateBusinessCase({ inputs: m, runs: 2000, seed }));
    expect(new Set(results.map((r) => r.simulated.npvEur.mean)).size).toBe(seeds.length);
    const zMean = results.map(
      (r) =>
        (r.simulated.npvEur.mean - reference.simulated.npvEur.mean) /
        Math.hypot(r.simulated.npvEur.meanStdError, reference.simulated.npvEur.meanStdError),
    );
    const zProb = results.map(
      (r) =>
        (r.simulated.probabilityNpvPositive - reference.simulated.probabilityNpvPositive) /
        Math.hypot(
          r.simulated.probabilityNpvPositiveStdError,
          reference.simulated.probabilityNpvPositiveStdError,
        ),
    );
    const zExpected = results.map(
      (r) =>
        (r.expected.npvEur - reference.expected.npvEur) /
        Math.hypot(r.expected.npvStdErrorEur, reference.expected.npvStdErrorEur),
    );
    expect(reference.simulated.probabilityNpvPositive).toBeGreaterThan(0.2);
    expect(reference.simulated.probabilityNpvPositive).toBeLessThan(0.8);
    for (const z of [zMean, zProb, zExpected]) {
      // About 95 % should fall within 1.96 standard errors; none should be far out.
      expect(z.filter((v) => Math.abs(v) < 1.96).length).toBeGreaterThanOrEqual(34);
      expect(Math.max(...z.map(Math.abs))).toBeLessThan(4);
    }
  }, 30_000); // 280 000 simulated runs: about 1 s alone, 2 s beside a CPU hog; no bound on speed here

  it('weighs in the stall chance: a stalled project spends its share of the one-off costs and saves nothing', () => {
    const withStall = { ...inputs, stallProbabilityOverride: 0.4, stalledCostShare: 0.5 };
    const r = simulateBusinessCase({ inputs: withStall, runs: 20_000, seed: 5 });
    const oneOffMean =
      rangeMean({ range: inputs.ranges['oneOffCosts.implementation'], distribution: 'pert' }) +
      rangeMean({ range: inputs.ranges['oneOffCosts.dataPreparation'], distribution: 'pert' }) +
      rangeMean({ range: inputs.ranges['oneOffCosts.trainingAndChange'], distribution: 'pert' });
    const approx = 0.6 * r.simulated.npvEur.mean - 0.4 * 0.5 * oneOffMean;
    expect(Math.abs(r.expected.npvEur - approx)).toBeLessThan(100);
    expect(r.expected.probabilityNpvPositive).toBeCloseTo(0.6 * r.simulated.probabilityNpvPositive, 12);
    expect(r.stall).toMatchObject({ probability: 0.4, source: 'override', stalledCostShare: 0.5 });
  });

  it('a stalled project also pays the licence its contract commits it to (contract months × yearly cost)', () => {
    const withStall = { ...inputs, stallProbabilityOverride: 0.4, stalledCostShare: 0.5 };
    const free = simulateBusinessCase({ inputs: withStall, runs: 20_000, seed: 5 });
    const bound = simulateBusinessCase({
      inputs: withStall,
      runs: 20_000,
      seed: 5,
      committedLicenceMonths: 24,
    });
    const licenceMean = rangeMean({ range: inputs.ranges['yearlyCosts.licence'], distribution: 'pert' });
    const model = cashFlowModelFor(inputs);
    const committedPv = (licenceMean * (model.discountSum[24] as number)) / 12;
    // Same seed, same draws: the difference is the stalled runs' discounted licence payments (the
    // sample mean of the licence differs from its PERT mean by a few euros of Monte Carlo error).
    expect(Math.abs(free.expected.npvEur - bound.expected.npvEur - 0.4 * committedPv)).toBeLessThan(30);
    expect(bound.stall.committedLicenceMonths).toBe(24);
    expect(bound.simulated.npvEur.mean).toBe(free.simulated.npvEur.mean);
    const capped = simulateBusinessCase({
      inputs: withStall,
      runs: 100,
      seed: 5,
      committedLicenceMonths: 120,
    });
    expect(capped.stall.committedLicenceMonths).toBe(model.horizonMonths);
  });

  it('lets the success conditions move the stall chance: no board sponsor stalls more often', () => {
    const withSponsor = simulateBusinessCase({ inputs, runs: 100, seed: 1, conditions: { sponsor: 'met' } });
    const without = simulateBusinessCase({ inputs, runs: 100, seed: 1, conditions: { sponsor: 'not-met' } });
    expect(without.stall.probability).toBeGreaterThan(withSponsor.stall.probability);
    expect(without.expected.npvEur).toBeLessThan(withSponsor.expected.npvEur);
  });

  it('uses the assessment risk profile for the stall chance when there is no override', () => {
    const r = simulateBusinessCase({
      inputs,
      runs: 100,
      seed: 1,
      factorRisks: { problem: 'low', data: 'critical' },
    });
    expect(r.stall.source).toBe('assessment');
    expect(r.stall.probability).toBeGreaterThan(0.7);
  });

  it('ranks the time reduction first for the invoice example: measure it first in the pilot', () => {
    const r = simulateBusinessCase({ inputs, runs: 5000, seed: 1, withRankCorrelation: true });
    expect(r.measureFirst).toBe('timeReduction');
    expect(r.tornado.bars[0]?.rankCorrelation).toBeGreaterThan(0.5);
    const swings = r.tornado.bars.map((b) => b.swingEur);
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
    expect(r.tornado.baseNpvEur).toBe(r.deterministic.npvEur);
  });

  it('rejects a run count outside 1 … 1 000 000 as a programming error', () => {
    expect(() => simulateBusinessCase({ inputs, runs: 0 })).toThrow(/runs/);
  });
});

describe('simulateBusinessCase properties', () => {
  const base = resolveBusinessCase(invoice);
  const costIds: BusinessCaseInputId[] = [
    'oneOffCosts.implementation',
    'oneOffCosts.dataPreparation',
    'oneOffCosts.trainingAndChange',
    'yearlyCosts.licence',
    'yearlyCosts.maintenance',
    'yearlyCosts.humanReview',
  ];

  it('more cost never raises the NPV (deterministic, and every simulated run with the same seed)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...costIds),
        fc.double({ min: 0, max: 50_000, noNaN: true }),
        fc.integer({ min: 0, max: 1000 }),
        (id, extra, seed) => {
          const r = base.ranges[id];
          const more = withRange(base, id, {
            low: r.low + extra,
            likely: r.likely + extra,
            high: r.high + extra,
          });
          const a = simulateBusinessCase({ inputs: base, runs: 500, seed });
          const b = simulateBusinessCase({ inputs: more, runs: 500, seed });
          expect(b.deterministic.npvEur).toBeLessThanOrEqual(a.deterministic.npvEur);
          for (let i = 0; i < 500; i++)
            expect(b.samples.npvEur[i]!).toBeLessThanOrEqual(a.samples.npvEur[i]! + 1e-6);
          expect(b.simulated.npvEur.p10).toBeLessThanOrEqual(a.simulated.npvEur.p10 + 1e-6);
          expect(b.expected.npvEur).toBeLessThanOrEqual(a.expected.npvEur + 1e-6);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('a higher likely cost never raises the deterministic NPV', () => {
    fc.assert(
      fc.property(fc.constantFrom(...costIds), fc.double({ min: 0, max: 1, noNaN: true }), (id, t) => {
        const r = base.ranges[id];
        const higher = withRange(base, id, {
          low: r.low,
          likely: r.likely + t * (r.high - r.likely),
          high: r.high,
        });
        const model = cashFlowModelFor(base);
        expect(evaluateScenario(model, likelyPoint(higher)).npvEur).toBeLessThanOrEqual(
          evaluateScenario(model, likelyPoint(base)).npvEur,
        );
      }),
      { numRuns: 100 },
    );
  });

  it('a wider range never narrows the P10–P90 band of the NPV (same seed, 4 000 runs, 3 % tolerance)', () => {
    const bounds: Record<BusinessCaseInputId, number> = {
      timeReduction: 1,
      errorReduction: 1,
      'oneOffCosts.implementation': 1e6,
      'oneOffCosts.dataPreparation': 1e6,
      'oneOffCosts.trainingAndChange': 1e6,
      'yearlyCosts.licence': 1e6,
      'yearlyCosts.maintenance': 1e6,
      'yearlyCosts.humanReview': 1e6,
      monthsToFullEffect: 120,
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...BUSINESS_CASE_INPUT_IDS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 1000 }),
        (id, down, up, seed) => {
          const r = base.ranges[id];
          const low = r.low - down * r.low;
          const high = r.high + up * (bounds[id] === 1 ? 1 - r.high : r.high);
          const wide = withRange(base, id, { low, likely: r.likely, high });
          const a = simulateBusinessCase({ inputs: base, runs: 4000, seed });
          const b = simulateBusinessCase({ inputs: wide, runs: 4000, seed });
          const bandA = a.simulated.npvEur.p90 - a.simulated.npvEur.p10;
          const bandB = b.simulated.npvEur.p90 - b.simulated.npvEur.p10;
          expect(bandB).toBeGreaterThanOrEqual(bandA * 0.97);
        },
      ),
      { numRuns: 30 },
    );
  });
});
