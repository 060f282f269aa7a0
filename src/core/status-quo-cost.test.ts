import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusQuoCost } from './status-quo-cost.ts';
import { ZUseCase } from './use-case/use-case-schema.ts';

describe('statusQuoCost', () => {
  it('reproduces the source example: 15 h × €52 = €780 a week, plus 3 % errors × €75', () => {
    const cost = statusQuoCost({
      hoursPerWeek: 15,
      hourlyCost: 52,
      volumePerWeek: 250,
      errorRate: 0.03,
      costPerError: 75,
    });
    expect(cost?.breakdown.labourPerWeek).toBe(780);
    expect(cost?.breakdown.errorsPerWeek).toBe(562.5);
    expect(cost?.breakdown.labourPerYear).toBe(40_560);
    expect(cost?.perYear).toBe(69_810);
    expect(cost?.isPartial).toBe(false);
  });

  it('uses problem.weeksPerYear when given', () => {
    const cost = statusQuoCost({ hoursPerWeek: 10, hourlyCost: 50, weeksPerYear: 46 });
    expect(cost?.perYear).toBe(23_000);
    expect(cost?.breakdown.weeksPerYear).toBe(46);
  });

  it('is partial when only labour or only errors can be computed', () => {
    expect(statusQuoCost({ hoursPerWeek: 10, hourlyCost: 50 })?.isPartial).toBe(true);
    expect(statusQuoCost({ volumePerWeek: 100, errorRate: 0.1, costPerError: 20 })).toMatchObject({
      perYear: 10_400,
      isPartial: true,
    });
  });

  it('is null when nothing can be computed', () => {
    expect(statusQuoCost(undefined)).toBeNull();
    expect(statusQuoCost({})).toBeNull();
    expect(statusQuoCost({ hoursPerWeek: 15 })).toBeNull();
    expect(statusQuoCost({ volumePerWeek: 100, errorRate: 0.03 })).toBeNull();
  });

  it('is never negative and grows with the hours', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10_000, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (hours, rate, extra) => {
          const a = statusQuoCost({ hoursPerWeek: hours, hourlyCost: rate });
          const b = statusQuoCost({ hoursPerWeek: hours + extra, hourlyCost: rate });
          expect(a!.perYear).toBeGreaterThanOrEqual(0);
          expect(b!.perYear).toBeGreaterThanOrEqual(a!.perYear);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('regression: amounts the schema accepts keep the cost finite (an hourly cost of 1e308 made it Infinity, a 500)', () => {
    const top = {
      hoursPerWeek: 10_000,
      hourlyCost: 1e9,
      volumePerWeek: 1e9,
      errorRate: 1,
      costPerError: 1e9,
    };
    const problem = ZUseCase.parse({ schemaVersion: 1, problem: { ...top, weeksPerYear: 53 } }).problem;
    const cost = statusQuoCost(problem);
    expect(Number.isFinite(cost?.perYear)).toBe(true);
    expect(ZUseCase.safeParse({ schemaVersion: 1, problem: { hourlyCost: 1e308 } }).success).toBe(false);
  });
});
