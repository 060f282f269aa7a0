import { describe, expect, it } from 'vitest';
import type { Assessment, FactorResult } from '../assessment/assessment-types.ts';
import { compareAssessments } from './compare-assessments.ts';

const factor = (
  id: FactorResult['id'],
  risk: FactorResult['risk'],
  findingIds: string[] = [],
): FactorResult => ({
  id,
  risk,
  score: { low: 10, medium: 40, high: 70, critical: 90 }[risk],
  findings: findingIds.map((fid) => ({
    id: fid,
    severity: 'high',
    title: { key: `t.${fid}` },
    evidence: { key: 'e' },
    advice: { key: 'a' },
  })),
});

const assessment = (overrides: Partial<Assessment>): Assessment => ({
  schemaVersion: 1,
  verdict: 'fix-first',
  verdictReason: { key: 'r' },
  factors: [
    factor('expectations', 'low'),
    factor('problem', 'medium'),
    factor('data', 'high', ['data.noHistory']),
  ],
  successConditions: [],
  statusQuoCost: null,
  actions: [],
  ...overrides,
});

describe('compareAssessments', () => {
  it('finds nothing between identical assessments', () => {
    expect(compareAssessments(assessment({}), assessment({}))).toEqual([]);
  });

  it('reports the verdict first, then worsened before improved factors, then findings', () => {
    const before = assessment({});
    const after = assessment({
      verdict: 'rethink',
      factors: [
        factor('expectations', 'critical', ['exp.total']),
        factor('problem', 'low'),
        factor('data', 'high'),
      ],
    });
    const changes = compareAssessments(before, after);
    expect(changes.map((c) => c.kind)).toEqual([
      'verdict',
      'risk',
      'risk',
      'finding-new',
      'finding-resolved',
    ]);
    expect(changes[1]).toMatchObject({ factor: 'expectations', from: 'low', to: 'critical' });
    expect(changes[2]).toMatchObject({ factor: 'problem', from: 'medium', to: 'low' });
    expect(changes[4]).toMatchObject({ findingId: 'data.noHistory' });
  });

  it('reports a changed status-quo cost', () => {
    const withCost = assessment({
      statusQuoCost: {
        perYear: 52_260,
        isPartial: false,
        breakdown: {
          labourPerYear: 40_560,
          errorsPerYear: 11_700,
          labourPerWeek: 780,
          errorsPerWeek: 225,
          weeksPerYear: 52,
        },
      },
    });
    expect(compareAssessments(assessment({}), withCost)).toEqual([
      { kind: 'status-quo-cost', fromPerYear: null, toPerYear: 52_260 },
    ]);
  });
});
