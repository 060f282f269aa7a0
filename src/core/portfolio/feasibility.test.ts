import { describe, expect, it } from 'vitest';
import {
  type ConditionStatus,
  FACTOR_IDS,
  type FactorId,
  type RiskLevel,
  SUCCESS_CONDITION_IDS,
} from '../assessment/assessment-types.ts';
import { FEASIBILITY_CAPS, feasibility } from './feasibility.ts';

const factors = (
  risk: RiskLevel,
  score: number,
  overrides: Partial<Record<FactorId, [RiskLevel, number]>> = {},
) =>
  FACTOR_IDS.map((id) => {
    const [r, s] = overrides[id] ?? [risk, score];
    return { id, risk: r, score: s };
  });
const conditions = (status: ConditionStatus) => SUCCESS_CONDITION_IDS.map((id) => ({ id, status }));

describe('feasibility', () => {
  it('is high when every factor is low risk and every condition met', () => {
    const f = feasibility({ factors: factors('low', 10), successConditions: conditions('met') });
    expect(f).toEqual({ score: 93, factorPart: 90, conditionPart: 100, cap: null });
  });

  it('weighs the factors three quarters and the conditions one quarter', () => {
    const f = feasibility({ factors: factors('low', 20), successConditions: conditions('not-met') });
    expect(f.score).toBe(60);
    expect(f.conditionPart).toBe(0);
  });

  it('counts an unknown condition for a quarter of a met one, a not-met one for nothing', () => {
    const unknown = feasibility({ factors: factors('low', 0), successConditions: conditions('unknown') });
    const notMet = feasibility({ factors: factors('low', 0), successConditions: conditions('not-met') });
    expect(unknown.conditionPart).toBe(25);
    expect(unknown.score).toBeGreaterThan(notMet.score);
  });

  it('caps a critical factor at the rethink corner whatever the other factors say', () => {
    const f = feasibility({
      factors: factors('low', 0, { problem: ['critical', 90] }),
      successConditions: conditions('met'),
    });
    expect(f.score).toBe(FEASIBILITY_CAPS.critical);
    expect(f.cap).toBe('critical');
  });

  it('caps two high factors lower than one', () => {
    const one = feasibility({
      factors: factors('low', 0, { data: ['high', 70] }),
      successConditions: conditions('met'),
    });
    const two = feasibility({
      factors: factors('low', 0, { data: ['high', 70], people: ['high', 70] }),
      successConditions: conditions('met'),
    });
    expect(one).toMatchObject({ score: FEASIBILITY_CAPS.oneHigh, cap: 'oneHigh' });
    expect(two).toMatchObject({ score: FEASIBILITY_CAPS.severalHigh, cap: 'severalHigh' });
  });

  it('names no cap when the figure was already below it', () => {
    const f = feasibility({ factors: factors('high', 95), successConditions: conditions('not-met') });
    expect(f.score).toBe(4);
    expect(f.cap).toBeNull();
  });

  it('never rises when a factor score rises (more measured risk, never more feasible)', () => {
    for (let s = 0; s < 100; s += 5) {
      const lower = feasibility({ factors: factors('medium', s), successConditions: conditions('unknown') });
      const higher = feasibility({
        factors: factors('medium', s + 5),
        successConditions: conditions('unknown'),
      });
      expect(higher.score).toBeLessThanOrEqual(lower.score);
    }
  });

  it('stays within 0 and 100, also for out-of-range scores', () => {
    expect(feasibility({ factors: factors('low', -20), successConditions: conditions('met') }).score).toBe(
      100,
    );
    expect(feasibility({ factors: factors('low', 300), successConditions: [] }).score).toBe(0);
  });
});
