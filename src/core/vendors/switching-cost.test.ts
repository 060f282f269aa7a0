import { describe, expect, it } from 'vitest';
import { SWITCHING_DEFAULTS, switchingCost } from './switching-cost.ts';

describe('switchingCost', () => {
  it('adds the remaining contract, migration, retraining and parallel running', () => {
    const cost = switchingCost(
      {
        yearlyCost: 6_000,
        contractMonths: 24,
        migration: { low: 1_000, likely: 3_000, high: 8_000 },
        retrainingHours: 20,
        parallelMonths: 2,
      },
      { hourlyCost: 60 },
    );
    expect(cost.parts).toEqual({
      remainingContract: 12_000,
      migration: { low: 1_000, likely: 3_000, high: 8_000 },
      retraining: 1_200,
      parallelRunning: 1_000,
    });
    expect([cost.low, cost.likely, cost.high]).toEqual([15_200, 17_200, 22_200]);
    expect(cost.assumptions).toEqual([]);
  });

  it('falls back to the documented defaults and names each one', () => {
    const cost = switchingCost({}, {});
    expect(cost.parts.remainingContract).toBe(0);
    expect(cost.parts.migration).toEqual(SWITCHING_DEFAULTS.migration);
    expect(cost.parts.retraining).toBe(SWITCHING_DEFAULTS.retrainingHours * SWITCHING_DEFAULTS.hourlyCost);
    expect(cost.assumptions.map((m) => m.key)).toEqual([
      'vendors.switching.assumption.noYearlyCost',
      'vendors.switching.assumption.contractMonths',
      'vendors.switching.assumption.migration',
      'vendors.switching.assumption.retrainingHours',
      'vendors.switching.assumption.hourlyCost',
      'vendors.switching.assumption.parallelMonths',
    ]);
  });

  it("takes the yearly cost and contract from the vendor's answers when the owner gives none", () => {
    const cost = switchingCost(
      { migration: { low: 0, likely: 0, high: 0 }, retrainingHours: 0, parallelMonths: 0 },
      { yearlyCostFromAnswers: 7_000, contractMonthsFromAnswers: 36, hourlyCost: 50 },
    );
    expect(cost.likely).toBe(21_000);
    expect(cost.assumptions).toEqual([
      { key: 'vendors.switching.assumption.yearlyCostFromAnswers', params: { eur: 7_000 } },
    ]);
  });

  it("prefers the owner's figures over the answers", () => {
    const cost = switchingCost(
      {
        yearlyCost: 1_200,
        contractMonths: 12,
        migration: { low: 0, likely: 0, high: 0 },
        retrainingHours: 0,
        parallelMonths: 0,
      },
      { yearlyCostFromAnswers: 99_000, contractMonthsFromAnswers: 60 },
    );
    expect(cost.likely).toBe(1_200);
  });

  it('keeps low ≤ likely ≤ high', () => {
    const cost = switchingCost({ yearlyCost: 5_000 }, { hourlyCost: 40 });
    expect(cost.low).toBeLessThanOrEqual(cost.likely);
    expect(cost.likely).toBeLessThanOrEqual(cost.high);
  });
});
