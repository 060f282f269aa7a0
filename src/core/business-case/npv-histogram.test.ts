import { describe, expect, it } from 'vitest';
import { npvHistogram } from './npv-histogram.ts';

describe('npvHistogram', () => {
  it('bins equal-width bars from the lowest to the highest NPV, shares adding up to 1', () => {
    const h = npvHistogram({ samples: { npvEur: Float64Array.of(-10, -5, 0, 5, 10, 10) } }, 4);
    expect(h.bins.map((b) => [b.fromEur, b.toEur, b.count])).toEqual([
      [-10, -5, 1],
      [-5, 0, 1],
      [0, 5, 1],
      [5, 10, 3],
    ]);
    expect(h.bins.reduce((s, b) => s + b.share, 0)).toBeCloseTo(1, 12);
    expect(h).toMatchObject({ runs: 6, minEur: -10, maxEur: 10 });
  });

  it('gives one bar when every run has the same NPV', () => {
    const h = npvHistogram({ samples: { npvEur: Float64Array.of(7, 7, 7) } }, 10);
    expect(h.bins).toEqual([{ fromEur: 7, toEur: 7, count: 3, share: 1 }]);
  });

  it('rejects a non-integer bin count', () => {
    expect(() => npvHistogram({ samples: { npvEur: Float64Array.of(1) } }, 2.5)).toThrow(/bins/);
  });
});
