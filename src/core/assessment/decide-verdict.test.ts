import { describe, expect, it } from 'vitest';
import { msg } from '../message.ts';
import type { FactorId, FactorResult, RiskLevel, SuccessConditionResult } from './assessment-types.ts';
import { decideVerdict } from './decide-verdict.ts';

const factors = (risks: Partial<Record<FactorId, RiskLevel>>): FactorResult[] =>
  (['expectations', 'problem', 'data', 'people', 'partner'] as const).map((id) => ({
    id,
    risk: risks[id] ?? 'low',
    score: 0,
    findings: [],
  }));
const conditions = (statuses: SuccessConditionResult['status'][]): SuccessConditionResult[] =>
  (['startSmall', 'measure', 'iterate', 'sponsor', 'humanInTheLoop'] as const).map((id, i) => ({
    id,
    status: statuses[i] ?? 'met',
    evidence: msg('x'),
  }));

describe('decideVerdict', () => {
  it('is ready when nothing is high and the conditions are met', () => {
    expect(decideVerdict(factors({ data: 'medium' }), conditions([])).verdict).toBe('ready');
  });

  it('allows one unknown success condition for ready, not two', () => {
    expect(decideVerdict(factors({}), conditions(['unknown'])).verdict).toBe('ready');
    expect(decideVerdict(factors({}), conditions(['unknown', 'unknown'])).verdict).toBe('fix-first');
  });

  it('a condition not met means fix-first', () => {
    const d = decideVerdict(factors({}), conditions(['met', 'met', 'met', 'not-met']));
    expect(d.verdict).toBe('fix-first');
    expect(d.reason.key).toBe('assessment.verdict.reason.fixFirstConditions');
  });

  it('a critical problem means rethink, even when everything else is fine', () => {
    const d = decideVerdict(factors({ problem: 'critical' }), conditions([]));
    expect(d.verdict).toBe('rethink');
    expect(d.reason.key).toBe('assessment.verdict.reason.problemCritical');
  });

  it('a high problem alone is fix-first', () => {
    expect(decideVerdict(factors({ problem: 'high' }), conditions([])).verdict).toBe('fix-first');
  });

  it('two critical factors other than problem are still fix-first', () => {
    expect(
      decideVerdict(factors({ expectations: 'critical', partner: 'critical' }), conditions([])).verdict,
    ).toBe('fix-first');
  });

  it('three high or critical factors at once mean rethink', () => {
    const d = decideVerdict(factors({ data: 'high', people: 'critical', partner: 'high' }), conditions([]));
    expect(d.verdict).toBe('rethink');
    expect(d.reason).toEqual(msg('assessment.verdict.reason.severalFactors', { count: 3 }));
    expect(d.blockingFactors).toEqual(['data', 'people', 'partner']);
  });
});
