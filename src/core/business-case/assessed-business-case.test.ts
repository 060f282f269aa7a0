import { describe, expect, it } from 'vitest';
import type { DataProfile } from '../data-profile/data-profile-types.ts';
import { CHANGE_ELEMENTS, type SurveyEvidence } from '../survey/survey-types.ts';
import type { UseCase } from '../use-case/use-case-schema.ts';
import {
  assessedBusinessCase,
  assessWithEvidence,
  businessCaseWithRisks,
  stallEvidenceOf,
} from './assessed-business-case.ts';
import { resolveBusinessCase } from './resolve-business-case.ts';
import { simulateBusinessCase } from './simulate-business-case.ts';
import { stallProbability } from './stall-probability.ts';

const useCase: UseCase = {
  problem: { hoursPerWeek: 15, hourlyCost: 52 },
  expectations: { expectedAutomationRate: 0.95 },
};

/** A file that cannot be used: the data factor's worst case. */
const unusable: DataProfile = {
  schemaVersion: 1,
  file: 'sensoren.csv',
  dataset: { rows: 12, columns: 3, duplicateRows: 0, encoding: 'utf-8', format: 'csv', bytes: 400 },
  columns: [],
  timeSeries: [],
  pii: [],
  readiness: { level: 'not-loadable', reasons: [] },
  issues: [{ code: 'TOO_FEW_ROWS', severity: 'critical', message: { key: 'profiler.x' } }],
};

describe('assessedBusinessCase', () => {
  it('takes the stall chance from the assessed factor risks and conditions, and passes the gap findings to the assessment', () => {
    const { result, findings, assessment } = assessedBusinessCase({ useCase, runs: 1000, seed: 3 });
    const factorRisks = Object.fromEntries(assessment.factors.map((f) => [f.id, f.risk]));
    const conditions = Object.fromEntries(assessment.successConditions.map((c) => [c.id, c.status]));
    expect(result.stall.source).toBe('assessment');
    expect(result.stall.probability).toBe(stallProbability({ factorRisks, conditions }).probability);
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

  it('weighs the data files: the stall chance follows the data factor of the files, not of the answers alone', () => {
    const answersOnly = assessedBusinessCase({ useCase, runs: 500 });
    const withFile = assessedBusinessCase({ useCase, runs: 500, dataProfiles: [unusable] });
    const level = (a: typeof withFile) => a.result.stall.contributions.find((c) => c.factor === 'data')?.risk;
    expect(level(withFile)).toBe(withFile.assessment.factors.find((f) => f.id === 'data')?.risk);
    expect(['high', 'critical']).toContain(level(withFile));
    expect(withFile.result.stall.probability).toBeGreaterThan(answersOnly.result.stall.probability);
  });

  it('weighs the employee survey and the feedback channel: the people factor and the stall chance follow them', () => {
    const people: UseCase = {
      ...useCase,
      people: {
        employeesInvolvedFrom: 'problem',
        communicationPlan: true,
        jobImpactCommunicated: true,
        trainingPlan: true,
        feedbackChannel: true,
        adoptionMonthsPlanned: 4,
      },
    };
    const survey: SurveyEvidence = {
      roundId: 'r1',
      wave: 'start',
      status: 'closed',
      openedOn: '2026-11-02',
      responses: 9,
      elements: CHANGE_ELEMENTS.map((id) => ({ id, mean: 2.2, disagreeShare: 0.6 })),
      perceptions: [],
      barrier: 'awareness',
    };
    const feedback = { received: 8, due: 6, handledInTime: 1, share: 1 / 6, actedOn: 0, overdue: 5 };
    const answersOnly = assessedBusinessCase({ useCase: people, runs: 500 });
    const measured = assessedBusinessCase({ useCase: people, runs: 500, survey, feedback });
    const findings = measured.assessment.factors.find((f) => f.id === 'people')?.findings.map((f) => f.id);
    expect(findings).toEqual(
      expect.arrayContaining(['people.survey.barrier.awareness', 'people.feedback.slow']),
    );
    const level = (a: typeof measured) =>
      a.result.stall.contributions.find((c) => c.factor === 'people')?.risk;
    expect(level(answersOnly)).toBe('low');
    expect(['high', 'critical']).toContain(level(measured));
    expect(measured.result.stall.probability).toBeGreaterThan(answersOnly.result.stall.probability);
  });
});

describe('businessCaseWithRisks', () => {
  it('gives the stall chance of the factor levels and conditions it is handed, without assessing again', () => {
    const assessment = assessWithEvidence(useCase, { dataProfiles: [unusable] });
    const { result } = businessCaseWithRisks({ useCase, stall: stallEvidenceOf(assessment), runs: 500 });
    expect(result.stall.contributions.map((c) => [c.factor, c.risk])).toEqual(
      assessment.factors.map((f) => [f.id, f.risk]),
    );
    expect(result.stall.conditionContributions.map((c) => [c.condition, c.status])).toEqual(
      assessment.successConditions.map((c) => [c.id, c.status]),
    );
    expect(result).toEqual(assessedBusinessCase({ useCase, runs: 500, dataProfiles: [unusable] }).result);
  });
});
