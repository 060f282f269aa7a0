import { describe, expect, it } from 'vitest';
import type { UseCase } from '../use-case/use-case-schema.ts';
import { notApplicableTest } from './not-applicable.ts';
import { assessSuccessConditions } from './success-conditions.ts';

const statuses = (u: UseCase) =>
  Object.fromEntries(
    assessSuccessConditions(u, notApplicableTest(u.notApplicable)).map((c) => [c.id, c.status]),
  );

describe('assessSuccessConditions', () => {
  it('everything unknown for an empty use case', () => {
    expect(Object.values(statuses({}))).toEqual(['unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
  });

  it('start small: one process for about six weeks is met; company-wide or long is not', () => {
    expect(statuses({ success: { pilot: { scope: 'one-process', weeks: 6 } } }).startSmall).toBe('met');
    expect(statuses({ success: { pilot: { scope: 'company-wide', weeks: 6 } } }).startSmall).toBe('not-met');
    expect(statuses({ success: { pilot: { scope: 'one-department', weeks: 30 } } }).startSmall).toBe(
      'not-met',
    );
    expect(statuses({ success: { pilot: { weeks: 6 } } }).startSmall).toBe('unknown');
  });

  it('measure: needs a KPI with baseline, target and how it is measured', () => {
    expect(statuses({ success: { kpis: [] } }).measure).toBe('not-met');
    expect(statuses({ success: { kpis: [{ name: 'uren', baseline: 15, target: 6 }] } }).measure).toBe(
      'not-met',
    );
    expect(
      statuses({
        success: { kpis: [{ name: 'uren', baseline: 15, target: 6, measuredHow: 'urenregistratie' }] },
      }).measure,
    ).toBe('met');
  });

  it('iterate: a plan without budget is not met', () => {
    expect(
      statuses({ success: { iterationPlan: true }, expectations: { budgetForIterations: false } }).iterate,
    ).toBe('not-met');
    expect(statuses({ success: { iterationPlan: true } }).iterate).toBe('met');
  });

  it('sponsor: only board level counts', () => {
    expect(statuses({ success: { sponsor: { level: 'board' } } }).sponsor).toBe('met');
    expect(statuses({ success: { sponsor: { level: 'management', name: 'x' } } }).sponsor).toBe('not-met');
    expect(statuses({ success: { sponsor: { name: 'Piet' } } }).sponsor).toBe('unknown');
  });

  it('human in the loop: near-total automation expected without an answer counts as not met', () => {
    expect(statuses({ expectations: { expectedAutomationRate: 1 } }).humanInTheLoop).toBe('not-met');
    expect(statuses({ expectations: { expectedAutomationRate: 0.5 } }).humanInTheLoop).toBe('unknown');
  });

  it('a condition marked not applicable is met and says so', () => {
    const [sponsor] = assessSuccessConditions({}, notApplicableTest(['success.sponsor'])).filter(
      (c) => c.id === 'sponsor',
    );
    expect(sponsor).toEqual({
      id: 'sponsor',
      status: 'met',
      evidence: { key: 'assessment.condition.notApplicable' },
    });
  });
});
