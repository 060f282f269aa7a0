import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundedBins, roundingStep, roundTo } from './bin-edges.ts';

describe('roundedBins', () => {
  it('shows 500,95 – 1.000,9 as 500 – 1.000 (the edges the Data tab once showed)', () => {
    const bins = [
      { from: 1, to: 500.95, count: 4 },
      { from: 500.95, to: 1000.9, count: 2 },
      { from: 1000.9, to: 1500.85, count: 1 },
    ];
    expect(roundedBins(bins)).toEqual([
      { from: 0, to: 500, count: 4 },
      { from: 500, to: 1000, count: 2 },
      { from: 1000, to: 1500, count: 1 },
    ]);
  });

  it('rounds small bins to the decimals they need', () => {
    expect(
      roundedBins([
        { from: 0.5, to: 0.72, count: 1 },
        { from: 0.72, to: 0.94, count: 2 },
      ]),
    ).toEqual([
      { from: 0.5, to: 0.7, count: 1 },
      { from: 0.7, to: 0.9, count: 2 },
    ]);
  });

  it('keeps bins of width zero (a single value) as they are', () => {
    expect(roundedBins([{ from: 3.25, to: 3.25, count: 9 }])).toEqual([{ from: 3.25, to: 3.25, count: 9 }]);
  });

  it('keeps consecutive edges distinct and in order, and counts unchanged', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e5, noNaN: true }),
        fc.integer({ min: 2, max: 40 }),
        (start, width, n) => {
          const bins = Array.from({ length: n }, (_, i) => ({
            from: start + i * width,
            to: start + (i + 1) * width,
            count: i,
          }));
          const rounded = roundedBins(bins);
          for (let i = 0; i < n; i++) {
            expect(rounded[i]!.from).toBeLessThan(rounded[i]!.to);
            expect(rounded[i]!.count).toBe(i);
            expect(Math.abs(rounded[i]!.from - bins[i]!.from)).toBeLessThanOrEqual(
              width / 4 + 1e-6 * Math.abs(start),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('roundingStep', () => {
  it('is the largest power of ten up to half a bin', () => {
    expect(roundingStep(499.95)).toBe(100);
    expect(roundingStep(1000)).toBe(100);
    expect(roundingStep(0.22)).toBe(0.1);
    expect(roundingStep(3)).toBe(1);
  });
});

describe('roundTo', () => {
  it('leaves no floating-point tail', () => {
    expect(roundTo(0.7000000000000001, 0.1)).toBe(0.7);
    expect(roundTo(1234.5, 500)).toBe(1000);
  });
});
