import { describe, expect, it } from 'vitest';
import type { UseCase } from '../use-case/use-case-schema.ts';
import { EXPECTATION_GAP_FACTOR, expectationGapFindings } from './expectation-gap-findings.ts';
import { resolveBusinessCase } from './resolve-business-case.ts';
import { simulateBusinessCase } from './simulate-business-case.ts';

function findingsFor(useCase: UseCase) {
  const result = simulateBusinessCase({ inputs: resolveBusinessCase(useCase), runs: 2000, seed: 1 });
  return expectationGapFindings({ useCase, result });
}
const problem = { hoursPerWeek: 15, hourlyCost: 52 };

describe('expectationGapFindings', () => {
  it('belongs to the expectations factor', () => {
    expect(EXPECTATION_GAP_FACTOR).toBe('expectations');
  });

  it('returns nothing when expectations sit inside the evidence', () => {
    expect(
      findingsFor({ problem, expectations: { expectedAutomationRate: 0.5, expectedMonthsToValue: 4 } }),
    ).toEqual([]);
  });

  it('flags 95 % expected automation against a 20–60 % time-reduction range as high', () => {
    const [f] = findingsFor({ problem, expectations: { expectedAutomationRate: 0.95 } });
    expect(f).toMatchObject({
      id: 'businessCase.automationGap',
      severity: 'high',
      title: { key: 'businessCase.finding.automationGap.title' },
      evidence: {
        key: 'businessCase.finding.automationGap.evidence',
        params: { expected: 0.95, low: 0.2, high: 0.6 },
      },
    });
  });

  it('flags a modest overshoot as medium', () => {
    const [f] = findingsFor({ problem, expectations: { expectedAutomationRate: 0.7 } });
    expect(f?.severity).toBe('medium');
  });

  it('flags value expected within a month when adoption takes at least 3 months', () => {
    const found = findingsFor({ problem, expectations: { expectedMonthsToValue: 1 } });
    expect(found.map((f) => [f.id, f.severity])).toEqual([['businessCase.timeToValueGap', 'high']]);
  });

  it("flags the team's own likely values when they exceed the usual range", () => {
    const found = findingsFor({
      problem,
      businessCase: {
        timeReduction: { low: 0.7, likely: 0.8, high: 0.9 },
        monthsToFullEffect: { low: 0.5, likely: 1, high: 2 },
      },
    });
    expect(found.map((f) => f.id)).toEqual([
      'businessCase.reductionAboveTypical',
      'businessCase.adoptionFasterThanTypical',
    ]);
  });

  it('flags likely values at the optimistic edge of their own ranges', () => {
    const found = findingsFor({
      problem,
      businessCase: {
        timeReduction: { low: 0.05, likely: 0.6, high: 0.6 },
        errorReduction: { low: 0, likely: 0.6, high: 0.6 },
        oneOffCosts: { implementation: { low: 5000, likely: 5000, high: 40000 } },
        yearlyCosts: { licence: { low: 1000, likely: 1000, high: 12000 } },
      },
    });
    expect(found.map((f) => f.id)).toContain('businessCase.likelyAtOptimisticEdge');
  });
});
