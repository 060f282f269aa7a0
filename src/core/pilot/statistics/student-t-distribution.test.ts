import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noncentralTUpperTail, studentTCdf, studentTQuantile } from './student-t-distribution.ts';

describe('studentTCdf', () => {
  it('matches the closed forms for 1 degree of freedom (Cauchy) and 2', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), (t) => {
        expect(studentTCdf({ t, degreesOfFreedom: 1 })).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 14);
        expect(studentTCdf({ t, degreesOfFreedom: 2 })).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 14);
      }),
      { numRuns: 100 },
    );
  });
});

describe('studentTQuantile', () => {
  it('matches the printed t table, two-sided 5 % (Abramowitz & Stegun, Table 26.10)', () => {
    const table: [number, number][] = [
      [1, 12.706],
      [2, 4.303],
      [5, 2.571],
      [10, 2.228],
      [20, 2.086],
      [30, 2.042],
    ];
    for (const [degreesOfFreedom, t] of table) {
      expect(studentTQuantile({ p: 0.975, degreesOfFreedom })).toBeCloseTo(t, 3);
      expect(studentTQuantile({ p: 0.025, degreesOfFreedom })).toBeCloseTo(-t, 3);
    }
  });

  it('inverts studentTCdf', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.integer({ min: 1, max: 120 }),
        (p, df) => {
          const t = studentTQuantile({ p, degreesOfFreedom: df });
          expect(studentTCdf({ t, degreesOfFreedom: df })).toBeCloseTo(p, 10);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('noncentralTUpperTail', () => {
  it("gives R's power.t.test(n = 20, delta = 1) example: power = 0.8689528", () => {
    // Two groups of 20, sd 1: df 38, noncentrality 1 × √(20·20/40) = √10, critical t = qt(0.975, 38).
    const t = studentTQuantile({ p: 0.975, degreesOfFreedom: 38 });
    expect(noncentralTUpperTail({ t, degreesOfFreedom: 38, noncentrality: Math.sqrt(10) })).toBeCloseTo(
      0.8689528,
      7,
    );
  });

  it('is the central upper tail when the noncentrality is 0', () => {
    fc.assert(
      fc.property(fc.double({ min: -6, max: 6, noNaN: true }), fc.integer({ min: 1, max: 100 }), (t, df) => {
        const central = 1 - studentTCdf({ t, degreesOfFreedom: df });
        expect(noncentralTUpperTail({ t, degreesOfFreedom: df, noncentrality: 0 })).toBeCloseTo(central, 7);
      }),
      { numRuns: 100 },
    );
  });
});
