import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DatasetStats } from './column-stats.ts';
import { duplicateRowsIssue, judgeDataset, parseErrorsIssue, tooFewRowsIssue } from './judge-dataset.ts';
import { isAtLeast } from './level-readiness.ts';
import { testColumnStats as column, testSeries as series, times } from './test-column-stats.ts';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => String(i % 40));

const dataset = (over: Partial<DatasetStats> = {}): DatasetStats => ({
  rows: 1000,
  rejected: { count: 0, lines: [] },
  hasMixedEncoding: false,
  duplicateRows: 0,
  duplicateExampleRows: [],
  columns: [{ ...column(numbers(1000)), name: 'waarde' }],
  shifted: [],
  timeSeries: [],
  seriesCount: 0,
  ...over,
});

describe('dataset rules', () => {
  it('PARSE_ERRORS is low for a stray line, medium above 1 % of the rows', () => {
    expect(parseErrorsIssue(1000, { count: 0, lines: [] })).toBeUndefined();
    expect(parseErrorsIssue(999, { count: 1, lines: [17] })).toMatchObject({
      severity: 'low',
      share: 0.001,
      exampleLines: [17],
      message: { params: { count: 1, lines: '17' } },
    });
    expect(parseErrorsIssue(980, { count: 20, lines: [1, 2, 3, 4, 5, 6] })).toMatchObject({
      severity: 'medium',
      message: { params: { lines: '1, 2, 3, 4, 5' } },
    });
  });
  it('DUPLICATE_ROWS: one duplicate among many is nothing, a few are info, 1 % low, 10 % medium', () => {
    expect(duplicateRowsIssue(1000, 0, [])).toBeUndefined();
    expect(duplicateRowsIssue(1000, 1, [3, 9])).toBeUndefined();
    expect(duplicateRowsIssue(1000, 2, [3, 9])).toMatchObject({ severity: 'info', exampleRows: [3, 9] });
    expect(duplicateRowsIssue(1000, 10, [3, 9])?.severity).toBe('low');
    expect(duplicateRowsIssue(1000, 100, [3, 9])?.severity).toBe('medium');
    expect(duplicateRowsIssue(50, 1, [3, 9])?.severity).toBe('low');
  });
  it('more duplicate rows never lower the severity', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const low = duplicateRowsIssue(1000, lo, [])?.severity;
        const high = duplicateRowsIssue(1000, hi, [])?.severity;
        return low === undefined || (high !== undefined && isAtLeast(high, low));
      }),
      { numRuns: 200 },
    );
  });
  it('TOO_FEW_ROWS: high below 30, medium below 500; none for an empty file', () => {
    expect(tooFewRowsIssue(0)).toBeUndefined();
    expect(tooFewRowsIssue(29)?.severity).toBe('high');
    expect(tooFewRowsIssue(30)).toMatchObject({
      severity: 'medium',
      message: { params: { rows: 30, needed: 500 } },
    });
    expect(tooFewRowsIssue(500)).toBeUndefined();
  });
  it('more rows never make TOO_FEW_ROWS more severe', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1000 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const fewer = tooFewRowsIssue(lo)?.severity;
        const more = tooFewRowsIssue(hi)?.severity;
        return more === undefined || (fewer !== undefined && isAtLeast(fewer, more));
      }),
      { numRuns: 200 },
    );
  });
});

describe('judgeDataset', () => {
  it('a clean file is A with no issues', () => {
    const j = judgeDataset(dataset());
    expect(j.issues).toEqual([]);
    expect(j.columnIssues).toEqual([[]]);
    expect(j.readiness.level).toBe('A');
  });
  it('a file mixing encodings has a high ENCODING_DAMAGE issue and stops at C', () => {
    const j = judgeDataset(dataset({ hasMixedEncoding: true }));
    expect(j.issues).toEqual([
      {
        code: 'ENCODING_DAMAGE',
        severity: 'high',
        message: { key: 'profiler.issue.mixedEncoding', params: {} },
      },
    ]);
    expect(j.readiness.level).toBe('C');
  });
  it('sorts dataset issues most severe first and keeps the order of the checks within a severity', () => {
    const j = judgeDataset(
      dataset({
        rows: 100,
        rejected: { count: 1, lines: [4] },
        duplicateRows: 20,
        duplicateExampleRows: [1, 2],
        columns: [{ ...column(numbers(100)), name: 'waarde' }],
      }),
    );
    expect(j.issues.map((i) => `${i.code}:${i.severity}`)).toEqual([
      'DUPLICATE_ROWS:medium',
      'TOO_FEW_ROWS:medium',
      'PARSE_ERRORS:low',
    ]);
    expect(j.readiness.level).toBe('C');
  });
  it('puts column issues on their column, shifted values on both columns', () => {
    const city = { ...column([...times(8, 'Gary IN'), ...times(92, 'Utrecht')]), name: 'city' };
    const state = { ...column([...times(8, ''), ...times(46, 'UT'), ...times(46, 'IN')]), name: 'state' };
    const j = judgeDataset(
      dataset({
        rows: 100,
        columns: [city, state],
        shifted: [
          {
            receiver: 'state',
            sender: 'city',
            receiverEmpty: 8,
            receiverFilled: 92,
            matchedWhereEmpty: 8,
            matchedWhereFilled: 0,
            exampleRow: 1,
            exampleValue: 'Gary IN',
          },
        ],
      }),
    );
    expect(j.columnIssues[0]?.map((i) => i.message.key)).toContain('profiler.issue.shiftedValues');
    expect(j.columnIssues[1]?.map((i) => i.message.key)).toEqual([
      'profiler.issue.shiftedValuesInto',
      'profiler.issue.missing',
    ]);
  });
  it('judges the label column it is told about, on that column', () => {
    const failure = { ...column([...times(990, '0'), ...times(10, '1')]), name: 'failure' };
    const j = judgeDataset(
      dataset({ columns: [failure], label: { column: 'failure', chosenBy: 'profiler' } }),
    );
    expect(j.labels).toMatchObject({
      column: 'failure',
      chosenBy: 'profiler',
      minorityCount: 10,
      minorityShare: 0.01,
    });
    expect(j.columnIssues[0]?.map((i) => `${i.code}:${i.severity}`)).toContain('IMBALANCE:high');
    expect(j.readiness.level).toBe('B');
  });
  it('reports an empty label once, as missing labels, not also as missing values', () => {
    const code = { ...column([...times(600, ''), ...times(380, 'E0'), ...times(20, 'E1')]), name: 'code' };
    const j = judgeDataset(dataset({ columns: [code], label: { column: 'code', chosenBy: 'caller' } }));
    const missing = j.columnIssues[0]?.filter((i) => i.code === 'MISSING') ?? [];
    expect(missing.map((i) => i.message.key)).toEqual(['profiler.issue.labelsMissing']);
    expect(missing[0]?.share).toBe(0.6);
  });
  it('lists personal data on its column and in pii', () => {
    const mail = { ...column(Array.from({ length: 10 }, (_, i) => `p${i}@voorbeeld.nl`)), name: 'mail' };
    const j = judgeDataset(dataset({ columns: [mail] }));
    expect(j.pii).toEqual([{ column: 'mail', kind: 'email', share: 1 }]);
    expect(j.columnIssues[0]?.map((i) => i.code)).toContain('PII_EMAIL');
  });
  it('time-series issues stay at dataset level and block band A', () => {
    const j = judgeDataset(dataset({ timeSeries: [series({ gaps: 3, coverage: 0.8 })], seriesCount: 1 }));
    expect(j.issues.map((i) => `${i.code}:${i.severity}`)).toEqual(['TIME_GAPS:medium']);
    expect(j.readiness.level).toBe('B');
  });
  it('no rows at all is not loadable', () => {
    expect(judgeDataset(dataset({ rows: 0, columns: [] })).readiness.level).toBe('not-loadable');
  });
});
