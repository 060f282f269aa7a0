import { err, invariant, ok, type Result } from '../../result.ts';
import { type TooFewValues, tooFewValues } from './sample-checks.ts';

/** 3 / d2 with d2 = 1.128 for moving ranges of two points (Wheeler, Understanding Variation). */
export const NATURAL_PROCESS_LIMIT_FACTOR = 2.66;
/** D4 for subgroups of two: the upper limit of a moving range is 3.268 × the average moving range. */
export const MOVING_RANGE_LIMIT_FACTOR = 3.268;
/** Wheeler's run of eight on one side of the central line. */
export const DEFAULT_RUN_LENGTH = 8;

export type XmrSignal =
  /** Above the upper natural process limit. */
  | 'above-upper-limit'
  /** Below the lower natural process limit. */
  | 'below-lower-limit'
  /** Part of a run of at least `runLength` consecutive pilot points above the central line. */
  | 'run-above'
  | 'run-below'
  /** The jump from the previous point exceeds the moving-range limit. */
  | 'large-moving-range';

export type XmrPoint = {
  value: number;
  /** |value − previous value|; the first pilot point is compared with the last baseline week. */
  movingRange: number;
  signals: XmrSignal[];
};

export type XmrChart = {
  centralLine: number;
  averageMovingRange: number;
  upperNaturalProcessLimit: number;
  /** Not clipped at zero: a KPI that cannot go negative simply has no lower signal. */
  lowerNaturalProcessLimit: number;
  movingRangeUpperLimit: number;
  /** Baseline weeks outside their own limits: the baseline was not stable, so read the limits with care. */
  baselineIndicesOutsideLimits: number[];
  pilotPoints: XmrPoint[];
  /** Any pilot point outside the limits or in a long run: the pilot's process differs from the baseline's. */
  hasShiftSignal: boolean;
};

/**
 * An individuals and moving-range (XmR) chart of weekly values (Wheeler): the central line is the
 * baseline mean, the natural process limits are that mean ± 2.66 × the average moving range of the
 * baseline, and a moving range above 3.268 × that average is a jump. Each pilot point is classified:
 * outside a limit, or one of at least `runLength` consecutive pilot points strictly on one side of the
 * central line (a point on the line ends a run). Limits come from the baseline only, so the pilot is
 * judged against the process as it was.
 *
 * @example
 *   xmrChart({ baseline: [10, 12, 11, 13, 12, 14], pilot: [9] })
 *   // centralLine 12, averageMovingRange 1.6, limits 12 ± 4.256, movingRangeUpperLimit 5.2288;
 *   // the pilot point 9 is inside the limits, its moving range from 14 is 5 (no signal)
 */
export function xmrChart(options: {
  baseline: readonly number[];
  pilot: readonly number[];
  /** Consecutive pilot points on one side of the central line that signal a shift; 8 unless said. */
  runLength?: number;
}): Result<XmrChart, TooFewValues> {
  const { baseline, pilot } = options;
  const runLength = options.runLength ?? DEFAULT_RUN_LENGTH;
  invariant(Number.isInteger(runLength) && runLength >= 2, `runLength must be a whole number ≥ 2`);
  const tooFew = tooFewValues({ baseline });
  if (tooFew) return err(tooFew);
  for (const v of pilot) invariant(Number.isFinite(v), `pilot values must be finite numbers, got ${v}`);

  const centralLine = baseline.reduce((s, v) => s + v, 0) / baseline.length;
  let rangeSum = 0;
  for (let i = 1; i < baseline.length; i++) {
    rangeSum += Math.abs((baseline[i] as number) - (baseline[i - 1] as number));
  }
  const averageMovingRange = rangeSum / (baseline.length - 1);
  const upper = centralLine + NATURAL_PROCESS_LIMIT_FACTOR * averageMovingRange;
  const lower = centralLine - NATURAL_PROCESS_LIMIT_FACTOR * averageMovingRange;
  const movingRangeUpperLimit = MOVING_RANGE_LIMIT_FACTOR * averageMovingRange;

  const baselineIndicesOutsideLimits: number[] = [];
  baseline.forEach((v, i) => {
    if (v > upper || v < lower) baselineIndicesOutsideLimits.push(i);
  });

  let previous = baseline[baseline.length - 1] as number;
  const pilotPoints: XmrPoint[] = pilot.map((value) => {
    const movingRange = Math.abs(value - previous);
    previous = value;
    const signals: XmrSignal[] = [];
    if (value > upper) signals.push('above-upper-limit');
    if (value < lower) signals.push('below-lower-limit');
    if (movingRange > movingRangeUpperLimit) signals.push('large-moving-range');
    return { value, movingRange, signals };
  });

  // Runs: +1 above the line, −1 below, 0 on it (ends any run).
  const side = (v: number): number => Math.sign(v - centralLine);
  let start = 0;
  while (start < pilotPoints.length) {
    const s = side((pilotPoints[start] as XmrPoint).value);
    let end = start;
    while (end + 1 < pilotPoints.length && side((pilotPoints[end + 1] as XmrPoint).value) === s) end++;
    if (s !== 0 && end - start + 1 >= runLength) {
      for (let i = start; i <= end; i++)
        (pilotPoints[i] as XmrPoint).signals.push(s > 0 ? 'run-above' : 'run-below');
    }
    start = end + 1;
  }

  const hasShiftSignal = pilotPoints.some((p) => p.signals.some((s) => s !== 'large-moving-range'));
  return ok({
    centralLine,
    averageMovingRange,
    upperNaturalProcessLimit: upper,
    lowerNaturalProcessLimit: lower,
    movingRangeUpperLimit,
    baselineIndicesOutsideLimits,
    pilotPoints,
    hasShiftSignal,
  });
}
