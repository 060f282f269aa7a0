import { describe, expect, it } from 'vitest';
import { nextWeek, readDay } from './baseline-editor.tsx';
import { fieldErrorsOf, normalisePath } from './pilot-types.ts';

describe('baseline days', () => {
  it('adds whole weeks in UTC, across a change to winter time and a year end', () => {
    expect(nextWeek('2026-10-19')).toBe('2026-10-26');
    expect(nextWeek('2026-12-28')).toBe('2027-01-04');
    expect(nextWeek('2026-11-30', -8)).toBe('2026-10-05');
  });

  it('reads a pasted day written the Dutch way or as ISO, and nothing else', () => {
    expect(readDay('5-10-2026')).toBe('2026-10-05');
    expect(readDay('05/10/2026')).toBe('2026-10-05');
    expect(readDay('2026-10-05')).toBe('2026-10-05');
    expect(readDay('week 3')).toBeNull();
    expect(readDay('')).toBeNull();
  });
});

describe('field problems from the API', () => {
  it('keys a 400 by the plan path, without body. and with indexes as segments', () => {
    expect(normalisePath('body.plan.secondaryKpis.0.smallestEffect')).toBe(
      'plan.secondaryKpis.0.smallestEffect',
    );
    expect(normalisePath('plan.secondaryKpis[0].smallestEffect')).toBe('plan.secondaryKpis.0.smallestEffect');
  });

  it('joins two problems on one field and ignores details without problems', () => {
    const errors = fieldErrorsOf({
      problems: [
        { path: 'body.plan.startDate', message: 'geen geldige datum' },
        { path: 'body.plan.startDate', message: 'ligt na het einde' },
        { path: 'body.plan.weeks', message: 'te groot' },
      ],
    });
    expect(errors).toEqual({
      'plan.startDate': 'geen geldige datum; ligt na het einde',
      'plan.weeks': 'te groot',
    });
    expect(fieldErrorsOf(undefined)).toEqual({});
  });
});
