import { describe, expect, it } from 'vitest';
import { FACTOR_IDS, SUCCESS_CONDITION_IDS } from '../assessment/assessment-types.ts';
import { type PortfolioRowInput, portfolioRow, sortPortfolio } from './portfolio.ts';

function input(overrides: Partial<PortfolioRowInput> = {}): PortfolioRowInput {
  return {
    organisation: { id: 'o1', name: 'Bakkerij Jansen' },
    useCase: { id: 'u1', title: 'Facturen', status: 'assessing' },
    assessment: {
      verdict: 'fix-first',
      factors: FACTOR_IDS.map((id) => ({ id, risk: 'medium' as const, score: 40 })),
      successConditions: SUCCESS_CONDITION_IDS.map((id) => ({ id, status: 'met' as const })),
    },
    businessCase: {
      simulated: { netBenefitPerYearEur: { p10: -1000, p50: 12_000, p90: 30_000 } },
      deterministic: { oneOffEur: 25_000 },
    },
    decision: null,
    model: { storedVersion: 5, hasStoredAssessment: true, currentVersion: 5 },
    ...overrides,
  };
}

describe('portfolioRow', () => {
  it('carries the net yearly benefit, the likely one-off cost, the verdict and the feasibility', () => {
    const row = portfolioRow(input());
    expect(row).toMatchObject({
      organisationId: 'o1',
      organisationName: 'Bakkerij Jansen',
      useCaseId: 'u1',
      verdict: 'fix-first',
      yearlyBenefitEur: { p10: -1000, p50: 12_000, p90: 30_000 },
      oneOffCostEur: 25_000,
      feasibility: 70,
      decision: null,
      predictedVsRealised: null,
      modelVersion: 5,
      isOlderModel: false,
    });
  });

  it('marks an assessment stored by an older model version, or before versions were recorded', () => {
    expect(
      portfolioRow(input({ model: { storedVersion: 4, hasStoredAssessment: true, currentVersion: 5 } }))
        .isOlderModel,
    ).toBe(true);
    expect(
      portfolioRow(input({ model: { storedVersion: null, hasStoredAssessment: true, currentVersion: 5 } }))
        .isOlderModel,
    ).toBe(true);
    expect(
      portfolioRow(input({ model: { storedVersion: null, hasStoredAssessment: false, currentVersion: 5 } }))
        .isOlderModel,
    ).toBe(false);
  });

  it("shows a decided pilot's outcome and what it predicted against what it measured", () => {
    const row = portfolioRow(
      input({
        decision: {
          outcome: 'go',
          on: '2026-11-20',
          predictedVsRealised: {
            predicted: { p10: 5000, p50: 9000, p90: 14_000 },
            realised: { estimate: 11_000, low: 8000, high: 13_000 },
            position: 'within',
          },
        },
      }),
    );
    expect(row.decision).toBe('go');
    expect(row.decidedOn).toBe('2026-11-20');
    expect(row.predictedVsRealised).toEqual({
      predictedEur: { p10: 5000, p50: 9000, p90: 14_000 },
      realisedEur: 11_000,
      position: 'within',
    });
  });
});

describe('sortPortfolio', () => {
  it('groups by organisation name and puts the highest P50 first', () => {
    const a = portfolioRow(input({ organisation: { id: 'o2', name: 'Zeeman' } }));
    const b = portfolioRow(
      input({
        useCase: { id: 'u2', title: 'Planning', status: 'idea' },
        businessCase: {
          simulated: { netBenefitPerYearEur: { p10: 0, p50: 50_000, p90: 90_000 } },
          deterministic: { oneOffEur: 1 },
        },
      }),
    );
    const c = portfolioRow(input());
    expect(sortPortfolio([a, c, b]).map((r) => r.useCaseId + r.organisationId)).toEqual([
      'u2o1',
      'u1o1',
      'u1o2',
    ]);
  });
});
