import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTimeSeriesIssues, timeGapSeverity } from './find-time-series-issues.ts';
import { isAtLeast } from './level-readiness.ts';
import { testSeries as series } from './test-column-stats.ts';

const summary = (issues: ReturnType<typeof findTimeSeriesIssues>) =>
  issues.map((i) => `${i.code}:${i.severity}:${i.message.key.replace('profiler.issue.', '')}`);

describe('findTimeSeriesIssues', () => {
  it('a regular series without gaps has none', () => {
    expect(findTimeSeriesIssues([series()], 1)).toEqual([]);
  });
  it('gaps: low with good coverage, medium below 90 %, high below 50 %', () => {
    expect(summary(findTimeSeriesIssues([series({ gaps: 1, coverage: 0.95 })], 1))).toEqual([
      'TIME_GAPS:low:timeGaps',
    ]);
    expect(
      findTimeSeriesIssues([series({ gaps: 4, coverage: 0.8, longestGapStart: '2023-01-03 10:00:00' })], 1),
    ).toMatchObject([
      {
        severity: 'medium',
        count: 4,
        exampleValues: ['2023-01-03 10:00:00'],
        message: { params: { thresholdSeconds: 1200, coverageShare: 0.8, start: '2023-01-03 10:00:00' } },
      },
    ]);
    expect(summary(findTimeSeriesIssues([series({ gaps: 9, coverage: 0.4 })], 1))).toEqual([
      'TIME_GAPS:high:timeGaps',
    ]);
  });
  it('less coverage never makes TIME_GAPS milder', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b) => isAtLeast(timeGapSeverity(Math.min(a, b)), timeGapSeverity(Math.max(a, b))),
      ),
      { numRuns: 200 },
    );
  });
  it('hand-logged is high, irregular medium, named after the entity', () => {
    expect(
      summary(
        findTimeSeriesIssues(
          [
            series({ pattern: 'hand-logged', entity: 'pomp 1' }),
            series({ pattern: 'irregular', irregularity: 1.2 }),
          ],
          2,
        ),
      ),
    ).toEqual(['IRREGULAR_INTERVAL:high:handLogged', 'IRREGULAR_INTERVAL:medium:irregular']);
    expect(
      findTimeSeriesIssues([series({ pattern: 'hand-logged', entity: 'pomp 1' })], 1)[0]?.message.params,
    ).toMatchObject({ series: 'pomp 1' });
  });
  it('repeated timestamps are medium above 1 % of the readings; out-of-order ones low', () => {
    expect(summary(findTimeSeriesIssues([series({ duplicateTimestamps: 10 })], 1))).toEqual([
      'IRREGULAR_INTERVAL:low:duplicateTimestamps',
    ]);
    expect(summary(findTimeSeriesIssues([series({ duplicateTimestamps: 11, outOfOrder: 2 })], 1))).toEqual([
      'IRREGULAR_INTERVAL:medium:duplicateTimestamps',
      'IRREGULAR_INTERVAL:low:outOfOrder',
    ]);
  });
  it('lists the five worst series and summarises the others', () => {
    const many = Array.from({ length: 8 }, (_, i) => series({ entity: `s${i}`, gaps: 2, coverage: 0.95 }));
    const issues = findTimeSeriesIssues(many, 12);
    expect(issues).toHaveLength(6);
    expect(issues[5]).toMatchObject({
      code: 'TIME_GAPS',
      severity: 'info',
      message: { params: { count: 3, total: 12 } },
    });
  });
});
