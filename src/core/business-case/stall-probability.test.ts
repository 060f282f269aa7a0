import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ConditionStatus,
  FACTOR_IDS,
  RISK_LEVELS,
  type RiskLevel,
  SUCCESS_CONDITION_IDS,
} from '../assessment/assessment-types.ts';
import {
  BASE_STALL_PROBABILITY,
  committedLicenceMonths,
  STALL_CONDITION_MULTIPLIERS,
  STALL_ODDS_MULTIPLIERS,
  stallProbability,
} from './stall-probability.ts';

const odds = (p: number) => p / (1 - p);

describe('stallProbability', () => {
  it('is 70 % without an assessment, from the published failure rate', () => {
    const s = stallProbability({});
    expect(s.probability).toBeCloseTo(0.7, 12);
    expect(s.source).toBe('default');
    expect(BASE_STALL_PROBABILITY).toBe(0.7);
  });

  it('keeps 70 % for the neutral profile (every factor medium)', () => {
    const risks = Object.fromEntries(FACTOR_IDS.map((f) => [f, 'medium' as const]));
    const s = stallProbability({ factorRisks: risks });
    expect(s.probability).toBeCloseTo(0.7, 12);
    expect(s.source).toBe('assessment');
    expect(s.contributions).toHaveLength(5);
  });

  it('drops to about 15 % when every factor is low, and rises to about 96 % when every factor is high', () => {
    const all = (risk: RiskLevel) => Object.fromEntries(FACTOR_IDS.map((f) => [f, risk]));
    expect(stallProbability({ factorRisks: all('low') }).probability).toBeCloseTo(0.1535, 3);
    expect(stallProbability({ factorRisks: all('high') }).probability).toBeCloseTo(0.9607, 3);
  });

  it('multiplies the odds by one documented factor per assessed risk', () => {
    const s = stallProbability({ factorRisks: { problem: 'low', data: 'high' } });
    expect(odds(s.probability)).toBeCloseTo(
      odds(0.7) * STALL_ODDS_MULTIPLIERS.low * STALL_ODDS_MULTIPLIERS.high,
      12,
    );
    expect(s.oddsMultiplier).toBeCloseTo(0.96, 12);
  });

  it('lets an explicit override win', () => {
    const s = stallProbability({ factorRisks: { problem: 'critical' }, override: 0.25 });
    expect(s).toMatchObject({ probability: 0.25, source: 'override' });
  });

  it('never falls when any factor gets riskier (monotone), and stays strictly between 0 and 1', () => {
    const level = fc.constantFrom(...RISK_LEVELS);
    const profile = fc.record(
      { expectations: level, problem: level, data: level, people: level, partner: level },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(profile, fc.constantFrom(...FACTOR_IDS), (risks, factor) => {
        const before = stallProbability({ factorRisks: risks }).probability;
        const current = risks[factor];
        const idx = current === undefined ? 1 : RISK_LEVELS.indexOf(current);
        const worse = RISK_LEVELS[Math.min(3, idx + 1)] as RiskLevel;
        const after = stallProbability({ factorRisks: { ...risks, [factor]: worse } }).probability;
        expect(after).toBeGreaterThanOrEqual(before);
        expect(after > 0 && after < 1).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('differs with and without a board sponsor: the sponsor is the strongest predictor', () => {
    const risks = Object.fromEntries(FACTOR_IDS.map((f) => [f, 'medium' as const]));
    const board = stallProbability({ factorRisks: risks, conditions: { sponsor: 'met' } }).probability;
    const none = stallProbability({ factorRisks: risks, conditions: { sponsor: 'not-met' } }).probability;
    const unknown = stallProbability({ factorRisks: risks, conditions: { sponsor: 'unknown' } }).probability;
    expect(board).toBeCloseTo(0.651, 3);
    expect(none).toBeCloseTo(0.808, 3);
    expect(unknown).toBeCloseTo(0.7, 12);
    expect(board).toBeLessThan(unknown);
    expect(none).toBeGreaterThan(unknown);
    for (const id of SUCCESS_CONDITION_IDS) {
      expect(STALL_CONDITION_MULTIPLIERS.sponsor['not-met']).toBeGreaterThanOrEqual(
        STALL_CONDITION_MULTIPLIERS[id]['not-met'],
      );
    }
  });

  it('records each condition it counted, and an override still wins', () => {
    const s = stallProbability({ conditions: { sponsor: 'not-met', measure: 'met' } });
    expect(s.source).toBe('assessment');
    expect(s.conditionContributions).toEqual([
      { condition: 'measure', status: 'met', oddsMultiplier: 0.85 },
      { condition: 'sponsor', status: 'not-met', oddsMultiplier: 1.8 },
    ]);
    expect(s.oddsMultiplier).toBeCloseTo(0.85 * 1.8, 12);
    expect(stallProbability({ conditions: { sponsor: 'not-met' }, override: 0.3 }).probability).toBe(0.3);
  });

  it('never falls when a condition goes from met to unknown to not met', () => {
    const order: ConditionStatus[] = ['met', 'unknown', 'not-met'];
    const status = fc.constantFrom(...order);
    const profile = fc.record(
      { startSmall: status, measure: status, iterate: status, sponsor: status, humanInTheLoop: status },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(profile, fc.constantFrom(...SUCCESS_CONDITION_IDS), (conditions, id) => {
        const before = stallProbability({ conditions }).probability;
        const current = order.indexOf(conditions[id] ?? 'unknown');
        const worse = order[Math.min(2, current + 1)] as ConditionStatus;
        const after = stallProbability({ conditions: { ...conditions, [id]: worse } }).probability;
        expect(after).toBeGreaterThanOrEqual(before);
        expect(after > 0 && after < 1).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('committedLicenceMonths', () => {
  it('takes the contract of the vendor that gives the licence, else of the only vendor', () => {
    const vendors = [{ contractMonths: 36 }, { contractMonths: 12 }];
    expect(committedLicenceMonths({ vendors, vendorIndex: 1 })).toBe(12);
    expect(committedLicenceMonths({ vendors: [{ contractMonths: 24 }] })).toBe(24);
    expect(committedLicenceMonths({ vendors })).toBe(0);
    expect(committedLicenceMonths({ vendors: [{}] })).toBe(0);
    expect(committedLicenceMonths({ vendors: undefined })).toBe(0);
  });
});
