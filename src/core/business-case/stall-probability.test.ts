import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACTOR_IDS, RISK_LEVELS, type RiskLevel } from '../assessment/assessment-types.ts';
import { BASE_STALL_PROBABILITY, STALL_ODDS_MULTIPLIERS, stallProbability } from './stall-probability.ts';

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
});
