import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseLabels, findLabelColumn, imbalanceSeverity } from './analyse-labels.ts';
import { isAtLeast } from './level-readiness.ts';
import { testColumnStats as column, times } from './test-column-stats.ts';

const named = (name: string, values: (string | null)[]) => ({ ...column(values), name });

describe('findLabelColumn', () => {
  const failure = named('Machine failure', [...times(90, '0'), ...times(10, '1')]);
  const target = named('target', [...times(50, 'ja'), ...times(50, 'nee')]);
  const temp = named('temperatuur', [...times(50, '1,5'), ...times(50, '2,5')]);
  it('takes the caller’s column', () => {
    expect(findLabelColumn([failure, temp], 'temperatuur')).toBe(temp);
  });
  it('prefers an exact label name, else a name containing one, with few values', () => {
    expect(findLabelColumn([failure, target])).toBe(target);
    expect(findLabelColumn([temp, failure])).toBe(failure);
    expect(findLabelColumn([temp])).toBeUndefined();
  });
  it('skips decimals, single values and many values', () => {
    expect(findLabelColumn([named('label', [...times(5, '1,5'), ...times(5, '2,5')])])).toBeUndefined();
    expect(findLabelColumn([named('label', times(10, 'ja'))])).toBeUndefined();
    expect(
      findLabelColumn([
        named(
          'label',
          Array.from({ length: 20 }, (_, i) => `k${i}`),
        ),
      ]),
    ).toBeUndefined();
  });
});

describe('analyseLabels', () => {
  it('counts the classes and rates the minority', () => {
    const r = analyseLabels(named('failure', [...times(900, '0'), ...times(100, '1')]), 'profiler');
    expect(r.labels).toEqual({
      column: 'failure',
      chosenBy: 'profiler',
      classes: [
        { value: '0', count: 900 },
        { value: '1', count: 100 },
      ],
      minorityShare: 0.1,
      minorityCount: 100,
      missing: 0,
    });
    expect(r.issues).toMatchObject([{ code: 'IMBALANCE', severity: 'low', exampleValues: ['1'] }]);
  });
  it('a single class is high', () => {
    expect(analyseLabels(named('y', times(10, 'ja')), 'caller').issues).toMatchObject([
      { code: 'IMBALANCE', severity: 'high', message: { key: 'profiler.issue.singleClass' } },
    ]);
  });
  it('missing labels are medium, high above 5 % of the rows', () => {
    const few = analyseLabels(
      named('y', [...times(490, 'a'), ...times(500, 'b'), ...times(10, '')]),
      'caller',
    );
    expect(few.issues).toMatchObject([{ code: 'MISSING', severity: 'medium', count: 10 }]);
    const many = analyseLabels(
      named('y', [...times(450, 'a'), ...times(450, 'b'), ...times(100, '')]),
      'caller',
    );
    expect(many.issues).toMatchObject([{ code: 'MISSING', severity: 'high', share: 0.1 }]);
  });
  it('imbalance: low below 20 %, medium below 10 %, high below 2 % or 50 examples', () => {
    expect(imbalanceSeverity(0.3, 1000)).toBeUndefined();
    expect(imbalanceSeverity(0.15, 1000)).toBe('low');
    expect(imbalanceSeverity(0.05, 1000)).toBe('medium');
    expect(imbalanceSeverity(0.01, 1000)).toBe('high');
    expect(imbalanceSeverity(0.4, 49)).toBe('high');
  });
  it('a smaller or rarer minority never makes IMBALANCE milder', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        (s1, s2, n1, n2) => {
          const worse = imbalanceSeverity(Math.min(s1, s2), Math.min(n1, n2));
          const better = imbalanceSeverity(Math.max(s1, s2), Math.max(n1, n2));
          return better === undefined || (worse !== undefined && isAtLeast(worse, better));
        },
      ),
      { numRuns: 200 },
    );
  });
});
