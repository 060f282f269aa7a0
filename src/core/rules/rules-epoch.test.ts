import { describe, expect, it } from 'vitest';
import { DATES } from './rules-data.ts';
import { rulesEpoch } from './rules-epoch.ts';

describe('rulesEpoch', () => {
  it('moves on exactly the days a rule starts to apply', () => {
    for (const { date } of DATES) {
      const dayBefore = new Date(`${date}T00:00:00Z`);
      dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
      expect(rulesEpoch(date)).toBe(date);
      expect(rulesEpoch(dayBefore.toISOString().slice(0, 10))).not.toBe(date);
    }
  });

  it('is "before" before the first date', () => {
    expect(rulesEpoch('1900-01-01')).toBe('before');
  });
});
