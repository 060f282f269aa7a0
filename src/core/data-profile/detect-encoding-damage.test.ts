import { describe, expect, it } from 'vitest';
import { classifyTimeSeries } from './classify-time-series.ts';
import { hasEncodingDamage, repairEncodingDamage } from './detect-encoding-damage.ts';

describe('encoding damage', () => {
  it('spots mojibake and repairs it', () => {
    expect(hasEncodingDamage('SÃºdwest-FryslÃ¢n')).toBe(true);
    expect(hasEncodingDamage('cafÃ©')).toBe(true);
    expect(hasEncodingDamage('Súdwest-Fryslân')).toBe(false);
    expect(hasEncodingDamage('â‚¬ 12')).toBe(true);
    expect(repairEncodingDamage('SÃºdwest-FryslÃ¢n')).toBe('Súdwest-Fryslân');
    expect(repairEncodingDamage('â‚¬ 12')).toBe('€ 12');
    expect(repairEncodingDamage('plain')).toBeUndefined();
  });
});

describe('classifyTimeSeries', () => {
  const base = {
    intervals: 1000,
    gaps: 0,
    longestGapSeconds: 600,
    timeOfDaySpreadSeconds: 0,
    isDateOnly: false,
  };
  it('a steady logger is regular', () => {
    expect(classifyTimeSeries({ ...base, medianIntervalSeconds: 600, irregularity: 0.01 })).toBe('regular');
  });
  it('daily readings at changing times with gaps of weeks are hand-logged', () => {
    expect(
      classifyTimeSeries({
        ...base,
        medianIntervalSeconds: 86_400,
        irregularity: 1.4,
        gaps: 30,
        longestGapSeconds: 46 * 86_400,
        timeOfDaySpreadSeconds: 3 * 3600,
      }),
    ).toBe('hand-logged');
  });
  it('a fast logger with dropouts is irregular, not hand-logged', () => {
    expect(
      classifyTimeSeries({
        ...base,
        medianIntervalSeconds: 60,
        irregularity: 2,
        gaps: 50,
        longestGapSeconds: 86_400,
      }),
    ).toBe('irregular');
  });
});
