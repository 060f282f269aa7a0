import { describe, expect, it } from 'vitest';
import { prefillPlan, timeValuation } from './pilot-plan.ts';

describe('timeValuation', () => {
  it.each([
    ['uur per week', 'hours-per-week'],
    ['Uren/week', 'hours-per-week'],
    ['hours a week', 'hours-per-week'],
    ['minuten', 'minutes-per-item'],
    ['minuten per factuur', 'minutes-per-item'],
    ['min/ticket', 'minutes-per-item'],
    ['uur per offerte', 'hours-per-item'],
    ['hours per order', 'hours-per-item'],
  ] as const)('reads "%s" as %s', (unit, valuedAs) => {
    expect(timeValuation(unit, 'down')).toBe(valuedAs);
  });

  it('leaves units that are not time, and time that should go up, unvalued', () => {
    for (const unit of ['procent', 'fractie van de facturen', 'euro', 'klanten per uur', 'minutenlang']) {
      expect(timeValuation(unit, 'down')).toBeUndefined();
    }
    expect(timeValuation('uur per week', 'up')).toBeUndefined();
    expect(timeValuation('uur per week', undefined)).toBeUndefined();
  });

  it('is part of the plan pre-filled from a use case', () => {
    const plan = prefillPlan({
      success: {
        kpis: [
          { name: 'handmatige invoertijd', unit: 'uur per week', baseline: 15, target: 6 },
          { name: 'foutpercentage', unit: 'fractie van de facturen', baseline: 0.03, target: 0.01 },
        ],
      },
    });
    expect(plan.primaryKpi?.valuedAs).toBe('hours-per-week');
    expect(plan.secondaryKpis?.[0]?.valuedAs).toBeUndefined();
  });
});
