import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZBusinessCase } from '../use-case/use-case-schema.ts';
import { BUSINESS_CASE_DEFAULTS } from './business-case-defaults.ts';
import { resolveBusinessCase } from './resolve-business-case.ts';

describe('resolveBusinessCase status quo (shared statusQuoCost)', () => {
  it('computes the invoice example: 15 h × €52 = €780 a week plus 200 × 3 % × €75 = €450 a week', () => {
    const s = resolveBusinessCase({
      problem: { hoursPerWeek: 15, hourlyCost: 52, volumePerWeek: 200, errorRate: 0.03, costPerError: 75 },
    }).statusQuo;
    expect(s.breakdown.labourPerWeek).toBe(780);
    expect(s.breakdown.errorsPerWeek).toBeCloseTo(450, 9);
    expect(s.breakdown.labourPerYear).toBe(40_560);
    expect(s.breakdown.errorsPerYear).toBeCloseTo(23_400, 9);
    expect(s.perYear).toBeCloseTo(63_960, 9);
    expect(s.isPartial).toBe(false);
  });

  it('marks a missing part as partial rather than inventing it, and honours weeksPerYear', () => {
    const s = resolveBusinessCase({
      problem: { hoursPerWeek: 10, hourlyCost: 50, weeksPerYear: 46 },
    }).statusQuo;
    expect(s).toMatchObject({
      perYear: 23_000,
      isPartial: true,
      breakdown: { errorsPerYear: 0, weeksPerYear: 46 },
    });
    expect(resolveBusinessCase({}).statusQuo).toMatchObject({ perYear: 0, isPartial: true });
  });
});

describe('resolveBusinessCase', () => {
  it('fills every missing input with its documented default and says so', () => {
    const r = resolveBusinessCase({ businessCase: { timeReduction: { low: 0.3, likely: 0.5, high: 0.7 } } });
    expect(r.ranges.timeReduction).toEqual({ low: 0.3, likely: 0.5, high: 0.7, source: 'input' });
    expect(r.ranges.monthsToFullEffect).toEqual({
      ...BUSINESS_CASE_DEFAULTS.monthsToFullEffect,
      source: 'default',
    });
    expect(r).toMatchObject({
      horizonYears: 3,
      discountRate: 0.08,
      distribution: 'pert',
      stalledCostShare: 0.5,
      stallProbabilityOverride: undefined,
    });
  });
});

describe('the businessCase JSON Schema', () => {
  it('states the default of every range and setting in its description', () => {
    const schema = z.toJSONSchema(ZBusinessCase) as {
      properties: Record<
        string,
        { description?: string; properties?: Record<string, { description?: string }> }
      >;
    };
    const p = schema.properties;
    expect(p.timeReduction?.description).toContain('Default when absent: 0.2 / 0.4 / 0.6');
    expect(p.monthsToFullEffect?.description).toContain('3 / 4 / 6');
    expect(p.oneOffCosts?.properties?.implementation?.description).toContain('10000 / 20000 / 45000');
    expect(p.yearlyCosts?.properties?.humanReview?.description).toContain('0 / 0 / 0');
    expect(p.discountRate?.description).toContain('0.08');
    expect(p.horizonYears?.description).toContain('3');
    expect(p.stallProbability?.description).toContain('0.7');
    expect(p.stalledCostShare?.description).toContain('0.5');
    expect(p.distribution?.description).toContain('pert');
  });
});
