import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type XmrChart, xmrChart } from './xmr-chart.ts';

function chart(options: Parameters<typeof xmrChart>[0]): XmrChart {
  const result = xmrChart(options);
  if (!result.ok) throw new Error('expected ok');
  return result.value;
}

const baseline = [10, 12, 11, 13, 12, 14];

describe('xmrChart', () => {
  it("uses Wheeler's constants: limits at mean ± 2.66 mR̄, moving-range limit 3.268 mR̄ (hand computed)", () => {
    // Mean 72/6 = 12; moving ranges 2, 1, 2, 1, 2, average 8/5 = 1.6.
    const result = chart({ baseline, pilot: [] });
    expect(result.centralLine).toBe(12);
    expect(result.averageMovingRange).toBeCloseTo(1.6, 14);
    expect(result.upperNaturalProcessLimit).toBeCloseTo(12 + 2.66 * 1.6, 12); // 16.256
    expect(result.lowerNaturalProcessLimit).toBeCloseTo(12 - 2.66 * 1.6, 12); // 7.744
    expect(result.movingRangeUpperLimit).toBeCloseTo(3.268 * 1.6, 12); // 5.2288
    expect(result.baselineIndicesOutsideLimits).toEqual([]);
    expect(result.hasShiftSignal).toBe(false);
  });

  it('flags pilot points outside the limits and jumps above the moving-range limit', () => {
    const result = chart({ baseline, pilot: [9, 17, 7.5, 12] });
    expect(result.pilotPoints.map((p) => p.movingRange)).toEqual([5, 8, 9.5, 4.5]);
    expect(result.pilotPoints.map((p) => p.signals)).toEqual([
      [],
      ['above-upper-limit', 'large-moving-range'],
      ['below-lower-limit', 'large-moving-range'],
      [],
    ]);
    expect(result.hasShiftSignal).toBe(true);
  });

  it('flags a run of eight pilot weeks below the central line, inside the limits, and not a run of seven', () => {
    const eight = chart({ baseline, pilot: [11, 10, 11.5, 9, 10, 11, 10, 11] });
    expect(eight.pilotPoints.every((p) => p.signals.includes('run-below'))).toBe(true);
    expect(eight.hasShiftSignal).toBe(true);
    const seven = chart({ baseline, pilot: [11, 10, 11.5, 9, 10, 11, 10, 13] });
    expect(seven.pilotPoints.flatMap((p) => p.signals)).toEqual([]);
    expect(seven.hasShiftSignal).toBe(false);
  });

  it('ends a run at a point on the central line, and takes the run length as an option', () => {
    const broken = chart({ baseline, pilot: [13, 13, 13, 13, 12, 13, 13, 13, 13] });
    expect(broken.hasShiftSignal).toBe(false);
    const short = chart({ baseline, pilot: [13, 13, 13, 13, 12, 13, 13, 13, 13], runLength: 4 });
    expect(short.pilotPoints.map((p) => p.signals)).toEqual([
      ['run-above'],
      ['run-above'],
      ['run-above'],
      ['run-above'],
      [],
      ['run-above'],
      ['run-above'],
      ['run-above'],
      ['run-above'],
    ]);
  });

  it('names baseline weeks outside their own limits (an unstable baseline)', () => {
    // Mean 12.5, moving ranges 0,0,0,0,0,0,5: average 5/7; upper limit ≈ 14.40, so week 8 (value 17) is out.
    const result = chart({ baseline: [12, 12, 12, 12, 12, 12, 12, 17], pilot: [] });
    expect(result.baselineIndicesOutsideLimits).toEqual([7]);
  });

  it('needs three baseline weeks', () => {
    expect(xmrChart({ baseline: [1, 2], pilot: [3] })).toEqual({
      ok: false,
      error: { reason: 'too-few-values', sample: 'baseline', needed: 3, actual: 2 },
    });
  });

  it('flags a run only when at least runLength consecutive pilot points lie strictly on one side', () => {
    const weeks = fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 3, maxLength: 20 });
    fc.assert(
      fc.property(weeks, weeks, fc.integer({ min: 2, max: 9 }), (base, pilot, runLength) => {
        const result = chart({ baseline: base, pilot, runLength });
        const side = (v: number) => Math.sign(v - result.centralLine);
        pilot.forEach((v, i) => {
          // Length of the same-side stretch through point i, counted directly.
          let from = i;
          while (from > 0 && side(pilot[from - 1] as number) === side(v)) from--;
          let to = i;
          while (to + 1 < pilot.length && side(pilot[to + 1] as number) === side(v)) to++;
          const isRun = side(v) !== 0 && to - from + 1 >= runLength;
          const signals = result.pilotPoints[i]?.signals ?? [];
          expect(signals.includes('run-above') || signals.includes('run-below')).toBe(isRun);
          expect(signals.includes('above-upper-limit')).toBe(v > result.upperNaturalProcessLimit);
          expect(signals.includes('below-lower-limit')).toBe(v < result.lowerNaturalProcessLimit);
        });
      }),
      { numRuns: 100 },
    );
  });

  it('moves the lines by c and keeps every signal when all weeks move by c', () => {
    const weeks = fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 3, maxLength: 15 });
    fc.assert(
      fc.property(weeks, weeks, fc.integer({ min: -1000, max: 1000 }), (base, pilot, c) => {
        const before = chart({ baseline: base, pilot });
        // A week exactly on a limit may land either side once rounding moves with c: leave those out.
        const limits = [before.upperNaturalProcessLimit, before.lowerNaturalProcessLimit];
        fc.pre(pilot.every((v) => limits.every((limit) => Math.abs(v - limit) > 1e-6)));
        fc.pre(
          before.pilotPoints.every((p) => Math.abs(p.movingRange - before.movingRangeUpperLimit) > 1e-6),
        );
        const after = chart({ baseline: base.map((v) => v + c), pilot: pilot.map((v) => v + c) });
        expect(after.centralLine).toBeCloseTo(before.centralLine + c, 9);
        expect(after.averageMovingRange).toBeCloseTo(before.averageMovingRange, 9);
        expect(after.pilotPoints.map((p) => p.signals)).toEqual(before.pilotPoints.map((p) => p.signals));
      }),
      { numRuns: 100 },
    );
  });
});
