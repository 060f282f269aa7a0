import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProfileIssue } from './data-profile-types.ts';
import {
  findColumnIssues,
  missingSeverity,
  nearDuplicateIssue,
  needsMissingStretch,
} from './find-column-issues.ts';
import { isAtLeast } from './level-readiness.ts';
import { testColumnStats as column, times } from './test-column-stats.ts';

const codes = (issues: ProfileIssue[]) => issues.map((i) => `${i.code}:${i.severity}:${i.message.key}`);
const find = (issues: ProfileIssue[], key: string) =>
  issues.find((i) => i.message.key === `profiler.issue.${key}`);
const numbers = (n: number) => Array.from({ length: n }, (_, i) => String(i % 40));

describe('findColumnIssues: missing values', () => {
  it('a clean column has no issues', () => {
    expect(findColumnIssues(column(numbers(100)))).toEqual([]);
  });
  it('an empty column is EMPTY_COLUMN, not MISSING', () => {
    expect(codes(findColumnIssues(column(times(20, ''))))).toEqual([
      'EMPTY_COLUMN:low:profiler.issue.emptyColumn',
    ]);
  });
  it('warns from 1 % missing, medium from 20 %, high from 50 %', () => {
    const withMissing = (n: number) => column([...numbers(100 - n), ...times(n, '')]);
    expect(findColumnIssues(withMissing(0))).toEqual([]);
    expect(find(findColumnIssues(withMissing(1)), 'missing')).toMatchObject({
      severity: 'low',
      share: 0.01,
      count: 1,
      column: 'c',
    });
    expect(find(findColumnIssues(withMissing(20)), 'missing')?.severity).toBe('medium');
    expect(find(findColumnIssues(withMissing(50)), 'missing')?.severity).toBe('high');
  });
  it('counts absent values (NULL) and missing tokens as missing', () => {
    const c = column([...numbers(90), ...times(5, null), ...times(5, 'n.v.t.')]);
    expect(c.missing).toBe(10);
    expect(find(findColumnIssues(c), 'missing')?.share).toBe(0.1);
  });
  it('a mostly empty text column stays low: a remarks field', () => {
    const c = column([...times(10, 'zie bon'), ...times(90, '')]);
    expect(c.type).toBe('text');
    expect(find(findColumnIssues(c), 'missing')?.severity).toBe('low');
  });
  it('a larger missing share never lowers the severity', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('integer', 'decimal', 'date', 'text', 'boolean' as const),
        (a, b, type) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          return isAtLeast(missingSeverity(hi, type), missingSeverity(lo, type));
        },
      ),
      { numRuns: 200 },
    );
  });
  it('more missing rows in a column never make its MISSING issue milder', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const severity = (n: number) =>
          find(findColumnIssues(column(numbers(100), { missing: n, nonMissing: 100 - n })), 'missing')
            ?.severity;
        const low = severity(lo);
        const high = severity(hi);
        return low === undefined || (high !== undefined && isAtLeast(high, low));
      }),
      { numRuns: 100 },
    );
  });
});

describe('findColumnIssues: the longest stretch of missing rows', () => {
  const c = column([...times(40, ''), ...numbers(60)]);
  it('is wanted only for a MISSING issue with enough rows, outside free text', () => {
    expect(needsMissingStretch(c)).toBe(true);
    expect(needsMissingStretch(column([...times(5, ''), ...numbers(95)]))).toBe(false);
    expect(needsMissingStretch(column([...times(40, ''), ...times(60, 'tekst')]))).toBe(false);
    expect(needsMissingStretch(column(times(40, '')))).toBe(false);
  });
  it('is named, with its period, when it holds most of the missing rows', () => {
    const stretch = { fromRow: 1, toRow: 40, rows: 40, period: { from: '2020-01-01', to: '2020-02-09' } };
    expect(find(findColumnIssues({ ...c, missingStretch: stretch }), 'missingStretch')).toMatchObject({
      severity: 'medium',
      exampleRows: [1, 40],
      message: {
        params: { column: 'c', count: 40, share: 0.4, from: 1, to: 40, period: ' (2020-01-01 – 2020-02-09)' },
      },
    });
  });
  it('is not named when it is short or a small part of the missing rows', () => {
    expect(
      find(findColumnIssues({ ...c, missingStretch: { fromRow: 3, toRow: 11, rows: 9 } }), 'missing'),
    ).toBeDefined();
    expect(
      find(findColumnIssues({ ...c, missingStretch: { fromRow: 3, toRow: 17, rows: 15 } }), 'missing'),
    ).toBeDefined();
    expect(
      find(findColumnIssues({ ...c, missingStretch: { fromRow: 3, toRow: 22, rows: 20 } }), 'missingStretch'),
    ).toBeDefined();
  });
});

describe('findColumnIssues: placeholders', () => {
  it('reports missing tokens from the first one, medium from one row in twenty', () => {
    const few = find(findColumnIssues(column([...numbers(99), 'n.v.t.'])), 'disguisedMissing');
    expect(few).toMatchObject({ severity: 'low', count: 1, exampleValues: ['n.v.t.'], exampleRows: [100] });
    expect(few?.message.params).toMatchObject({ values: '"n.v.t."' });
    const many = find(findColumnIssues(column([...numbers(95), ...times(5, '#N/B')])), 'disguisedMissing');
    expect(many?.severity).toBe('medium');
  });
  it('reports each sentinel number as medium', () => {
    const issues = findColumnIssues(column(numbers(100), { sentinels: [-999999999] }));
    expect(find(issues, 'sentinel')).toMatchObject({
      code: 'DISGUISED_MISSING',
      severity: 'medium',
      exampleValues: ['-999999999'],
    });
  });
});

describe('findColumnIssues: shape of the column', () => {
  it('CONSTANT for one value over several rows', () => {
    expect(codes(findColumnIssues(column(times(5, 'ja'))))).toContain(
      'CONSTANT:info:profiler.issue.constant',
    );
    expect(findColumnIssues(column(['ja']))).toEqual([]);
  });
  it('UNIQUE for a complete text or integer column without repeats', () => {
    expect(find(findColumnIssues(column(['a1', 'b2', 'c3'])), 'unique')?.severity).toBe('info');
    expect(find(findColumnIssues(column(['1', '2', '3'])), 'unique')).toBeDefined();
    expect(find(findColumnIssues(column(['1,5', '2,5', '3,5'])), 'unique')).toBeUndefined();
    expect(find(findColumnIssues(column(['a1', 'b2', 'c3', ''])), 'unique')).toBeUndefined();
  });
  it('HIGH_CARDINALITY for text with many distinct values that still repeat', () => {
    const ids = Array.from({ length: 60 }, (_, i) => `klant ${i}`);
    expect(find(findColumnIssues(column([...ids, ...ids.slice(0, 20)])), 'highCardinality')).toMatchObject({
      severity: 'info',
      message: { params: { distinct: 60 } },
    });
    expect(find(findColumnIssues(column(ids)), 'highCardinality')).toBeUndefined();
    expect(find(findColumnIssues(column([...ids, ...ids, ...ids])), 'highCardinality')).toBeUndefined();
  });
});

describe('findColumnIssues: values of another type', () => {
  it('MIXED_TYPES from the first odd value, medium from 5 %', () => {
    const one = find(findColumnIssues(column([...numbers(99), 'fout'])), 'mixedTypes');
    expect(one).toMatchObject({ severity: 'low', count: 1, exampleValues: ['fout'], exampleRows: [100] });
    expect(one?.message.params).toMatchObject({ type: 'profiler.type.integer', values: '"fout"' });
    expect(
      find(findColumnIssues(column([...numbers(90), ...times(10, 'fout')])), 'mixedTypes')?.severity,
    ).toBe('medium');
  });
  it('text columns have no MIXED_TYPES', () => {
    expect(find(findColumnIssues(column(['a', 'b', '3'])), 'mixedTypes')).toBeUndefined();
  });
  it('decimal comma and decimal point in one column is medium', () => {
    const c = column(numbers(10), {
      inference: { ...column(numbers(10)).inference, hasMixedDecimalSeparators: true },
    });
    expect(find(findColumnIssues(c), 'mixedDecimalSeparators')?.severity).toBe('medium');
  });
});

describe('findColumnIssues: dates', () => {
  it('formats that differ only by a time of day are low; different formats medium', () => {
    const time = find(
      findColumnIssues(column(['1-2-2023', '2-2-2023', '3-2-2023 10:00'])),
      'mixedDateFormats',
    );
    expect(time?.severity).toBe('low');
    const other = find(findColumnIssues(column(['1-2-2023', '2-2-2023', '2023-02-04'])), 'mixedDateFormats');
    expect(other).toMatchObject({ severity: 'medium', exampleValues: ['1-2-2023', '2023-02-04'] });
  });
  it('a day-month order that conflicts within the column is medium', () => {
    const base = column(['1-2-2023', '2-2-2023']);
    const c = { ...base, inference: { ...base.inference, hasConflictingDateOrder: true } };
    expect(find(findColumnIssues(c), 'conflictingDateOrder')?.severity).toBe('medium');
  });
});

describe('findColumnIssues: numbers written with decorations', () => {
  it('NUMBER_AS_TEXT medium from 1 % of the values, with examples', () => {
    const issue = find(
      findColumnIssues(column([...times(50, '12 %'), ...times(50, '13 %')])),
      'numberAsText',
    );
    expect(issue).toMatchObject({
      severity: 'medium',
      count: 100,
      share: 1,
      exampleValues: ['12 %', '13 %'],
    });
  });
  it('several units are MIXED_UNITS; spellings of one unit too', () => {
    expect(
      find(findColumnIssues(column([...times(5, '12 kg'), ...times(5, '300 g')])), 'mixedUnits'),
    ).toMatchObject({
      severity: 'medium',
      message: { params: { units: 'kg, g' } },
    });
    const spellings = find(
      findColumnIssues(column([...times(5, '12 kg'), ...times(5, '3 KG')])),
      'unitSpellings',
    );
    expect(spellings?.message.params).toMatchObject({ count: 2 });
  });
  it('numbers with and without their unit are MIXED_UNITS when both are common', () => {
    const c = column([...times(50, '12 kg'), ...times(50, '13')]);
    expect(find(findColumnIssues(c), 'unitMissing')).toMatchObject({
      severity: 'medium',
      count: 50,
      exampleValues: ['13'],
    });
    expect(find(findColumnIssues(column([...times(50, '12 kg')])), 'unitMissing')).toBeUndefined();
  });
});

describe('findColumnIssues: distribution', () => {
  it('OUTLIERS are low, with their share of the values and example rows', () => {
    const issue = find(
      findColumnIssues(column(numbers(100), { outliers: { count: 2, rows: [7, 9] } })),
      'outliers',
    );
    expect(issue).toMatchObject({ severity: 'low', count: 2, share: 0.02, exampleRows: [7, 9] });
  });
  it('SKEWED above |3|, only with more than two distinct values', () => {
    expect(find(findColumnIssues(column(numbers(100), { skewness: 4.26 })), 'skewed')).toMatchObject({
      severity: 'info',
      message: { params: { skewness: 4.3 } },
    });
    expect(find(findColumnIssues(column(numbers(100), { skewness: -3.5 })), 'skewed')).toBeDefined();
    expect(find(findColumnIssues(column(numbers(100), { skewness: 2.9 })), 'skewed')).toBeUndefined();
    expect(find(findColumnIssues(column(['0', '1'], { skewness: 9 })), 'skewed')).toBeUndefined();
  });
});

describe('findColumnIssues: encoding damage', () => {
  it('is high from the first damaged value, with the repaired spelling', () => {
    const issue = find(findColumnIssues(column(['Súdwest-Fryslân', 'SÃºdwest-FryslÃ¢n'])), 'encodingDamage');
    expect(issue).toMatchObject({ severity: 'high', count: 1, exampleRows: [2] });
    expect(issue?.message.params).toMatchObject({
      example: 'SÃºdwest-FryslÃ¢n',
      repaired: 'Súdwest-Fryslân',
    });
  });
});

describe('nearDuplicateIssue', () => {
  const cities = [...times(300, 'Amsterdam'), ...times(2, 'Amsterdm'), ...times(100, 'Utrecht')];
  it('names rare spellings next to their frequent value, medium from 1 % of the values', () => {
    const issue = nearDuplicateIssue(column([...cities, 'Utrehct']));
    expect(issue).toMatchObject({
      code: 'NEAR_DUPLICATE_VALUES',
      severity: 'low',
      count: 3,
      exampleValues: ['Amsterdm', 'Utrehct'],
      exampleRows: [301, 403],
      message: { params: { count: 2, pairs: '"Amsterdm" → "Amsterdam", "Utrehct" → "Utrecht"' } },
    });
    expect(nearDuplicateIssue(column([...cities, ...times(4, 'Amsterdm')]))?.severity).toBe('medium');
  });
  it('looks only at fully counted text columns', () => {
    expect(nearDuplicateIssue(column(cities, { isExact: false }))).toBeUndefined();
    expect(nearDuplicateIssue(column(cities, { type: 'date' }))).toBeUndefined();
    expect(nearDuplicateIssue(column(times(10, 'Amsterdam')))).toBeUndefined();
  });
});
