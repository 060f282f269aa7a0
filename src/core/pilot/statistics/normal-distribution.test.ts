import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from './normal-distribution.ts';

describe('normalCdf', () => {
  it('matches the printed table of the normal distribution (Abramowitz & Stegun, Table 26.1)', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1)).toBeCloseTo(0.841344746068543, 14);
    expect(normalCdf(1.96)).toBeCloseTo(0.97500210485178, 14);
    expect(normalCdf(3)).toBeCloseTo(0.99865010196837, 14);
    expect(normalCdf(-3)).toBeCloseTo(0.00134989803163, 14);
  });

  it('is symmetric and monotone', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (x, d) => {
          expect(normalCdf(-x)).toBeCloseTo(1 - normalCdf(x), 14);
          expect(normalCdf(x + d)).toBeGreaterThanOrEqual(normalCdf(x));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('normalQuantile', () => {
  it('gives the familiar critical values 1.959964 (two-sided 5 %) and 1.644854 (one-sided 5 %)', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.95)).toBeCloseTo(1.644853626951472, 12);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 14);
  });

  it('inverts normalCdf, also far in the tails', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p) => {
        const x = normalQuantile(p);
        expect(Math.abs(normalCdf(x) - p)).toBeLessThan(1e-12 + 1e-9 * Math.min(p, 1 - p));
      }),
      { numRuns: 200 },
    );
  });
});
