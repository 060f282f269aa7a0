import { describe, expect, it } from 'vitest';
import { classifyTimeSeries } from './classify-time-series.ts';

describe('classifyTimeSeries', () => {
  const base = {
    readings: 1001,
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
  it('two readings have no rhythm to call regular', () => {
    expect(
      classifyTimeSeries({ ...base, readings: 2, intervals: 1, medianIntervalSeconds: 600, irregularity: 0 }),
    ).toBe('irregular');
  });
});
