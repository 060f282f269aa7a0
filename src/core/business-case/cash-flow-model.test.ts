import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScenarioPoint } from './business-case-types.ts';
import { createCashFlowModel, evaluateScenario, monthlyCashFlow } from './cash-flow-model.ts';
import { paybackMonth } from './payback-month.ts';

const money = (max: number) => fc.double({ min: 0, max, noNaN: true });
const arbitraryCase = fc.record({
  horizonYears: fc.integer({ min: 1, max: 10 }),
  discountRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
  labourPerYearEur: money(200_000),
  errorsPerYearEur: money(100_000),
  point: fc.record({
    timeReduction: fc.double({ min: 0, max: 1, noNaN: true }),
    errorReduction: fc.double({ min: 0, max: 1, noNaN: true }),
    'oneOffCosts.implementation': money(80_000),
    'oneOffCosts.dataPreparation': money(30_000),
    'oneOffCosts.trainingAndChange': money(20_000),
    'yearlyCosts.licence': money(30_000),
    'yearlyCosts.maintenance': money(10_000),
    'yearlyCosts.humanReview': money(10_000),
    monthsToFullEffect: fc.double({ min: 0, max: 30, noNaN: true }),
  }),
});

describe('evaluateScenario (closed form)', () => {
  it('equals the month-by-month table: NPV to 1e-9 relative, payback exactly', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ point, ...modelOptions }) => {
        const model = createCashFlowModel(modelOptions);
        const outcome = evaluateScenario(model, point as ScenarioPoint);
        const rows = monthlyCashFlow(model, point as ScenarioPoint);
        const npv = rows.reduce((s, r) => s + r.presentValueEur, 0);
        const scale = Math.max(
          1,
          rows.reduce((s, r) => s + Math.abs(r.presentValueEur), 0),
        );
        expect(Math.abs(outcome.npvEur - npv)).toBeLessThanOrEqual(1e-9 * scale);
        expect(outcome.paybackMonth).toBe(paybackMonth({ cashFlows: rows.map((r) => r.netEur) }));
      }),
      { numRuns: 300 },
    );
  });

  it('computes the invoice example: €780 + €450 a week, half of it saved', () => {
    const model = createCashFlowModel({
      horizonYears: 3,
      discountRate: 0,
      labourPerYearEur: 780 * 52,
      errorsPerYearEur: 450 * 52,
    });
    const outcome = evaluateScenario(model, {
      timeReduction: 0.5,
      errorReduction: 0.5,
      'oneOffCosts.implementation': 12_000,
      'oneOffCosts.dataPreparation': 4_000,
      'oneOffCosts.trainingAndChange': 3_000,
      'yearlyCosts.licence': 4_800,
      'yearlyCosts.maintenance': 2_000,
      'yearlyCosts.humanReview': 0,
      monthsToFullEffect: 4,
    });
    expect(outcome.savingsPerYearEur).toBe(31_980);
    expect(outcome.netBenefitPerYearEur).toBe(25_180);
    // Undiscounted: 36 months of savings minus the ramp shortfall (3/4 + 2/4 + 1/4 of a month) and costs.
    expect(outcome.npvEur).toBeCloseTo((31_980 / 12) * (36 - 1.5) - 6_800 * 3 - 19_000, 6);
  });

  it('counts months before full effect as ramp: R = 4 gives 1/4, 2/4, 3/4, then 1', () => {
    const model = createCashFlowModel({
      horizonYears: 1,
      discountRate: 0.08,
      labourPerYearEur: 1200,
      errorsPerYearEur: 0,
    });
    const rows = monthlyCashFlow(model, {
      timeReduction: 1,
      errorReduction: 0,
      'oneOffCosts.implementation': 0,
      'oneOffCosts.dataPreparation': 0,
      'oneOffCosts.trainingAndChange': 0,
      'yearlyCosts.licence': 0,
      'yearlyCosts.maintenance': 0,
      'yearlyCosts.humanReview': 0,
      monthsToFullEffect: 4,
    });
    expect(rows.slice(0, 6).map((r) => r.ramp)).toEqual([0, 0.25, 0.5, 0.75, 1, 1]);
    expect(rows).toHaveLength(13);
  });
});
