import { describe, expect, it } from 'vitest';
import type { UseCase } from '../use-case/use-case-schema.ts';
import { assessedBusinessCase } from './assessed-business-case.ts';
import { resolveBusinessCase } from './resolve-business-case.ts';
import { simulateBusinessCase } from './simulate-business-case.ts';
import { stallProbability } from './stall-probability.ts';

const useCase: UseCase = {
  problem: { hoursPerWeek: 15, hourlyCost: 52 },
  expectations: { expectedAutomationRate: 0.95 },
};

describe('assessedBusinessCase', () => {
  it('takes the stall chance from the assessed factor risks and passes the gap findings to the assessment', () => {
    const { result, findings, assessment } = assessedBusinessCase({ useCase, runs: 1000, seed: 3 });
    const risks = Object.fromEntries(assessment.factors.map((f) => [f.id, f.risk]));
    expect(result.stall.source).toBe('assessment');
    expect(result.stall.probability).toBe(stallProbability({ factorRisks: risks }).probability);
    expect(findings.map((f) => f.id)).toContain('businessCase.automationGap');
    const expectations = assessment.factors.find((f) => f.id === 'expectations');
    expect(expectations?.findings.map((f) => f.id)).toContain('businessCase.automationGap');
  });

  it('draws the same numbers as a plain simulation with the same seed', () => {
    const { result } = assessedBusinessCase({ useCase, runs: 1000, seed: 3 });
    const plain = simulateBusinessCase({ inputs: resolveBusinessCase(useCase), runs: 1000, seed: 3 });
    expect(result.simulated).toEqual(plain.simulated);
  });

  it('still lets the use case override the stall chance', () => {
    const { result } = assessedBusinessCase({
      useCase: { ...useCase, businessCase: { stallProbability: 0.2 } },
      runs: 100,
    });
    expect(result.stall).toMatchObject({ probability: 0.2, source: 'override' });
  });
});
