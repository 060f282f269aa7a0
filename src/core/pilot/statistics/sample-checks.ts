import { invariant } from '../../result.ts';

/** Fewer values than any of these methods can say something with: six weeks is the plan, three the floor. */
export const MIN_VALUES_PER_SAMPLE = 3;

/** An expected outcome, not a bug: the user has not entered enough weeks yet. */
export type TooFewValues = {
  reason: 'too-few-values';
  sample: 'baseline' | 'pilot';
  needed: number;
  actual: number;
};

/**
 * The first sample with fewer than `needed` values, as a value to return; null when both have enough.
 * Non-finite values are a programming error: the edge parses and rejects them.
 *
 * @example tooFewValues({ baseline: [1, 2], pilot: [1, 2, 3] }) // { reason: 'too-few-values', sample: 'baseline', needed: 3, actual: 2 }
 */
export function tooFewValues(options: {
  baseline: readonly number[];
  pilot?: readonly number[];
  needed?: number;
}): TooFewValues | null {
  const needed = options.needed ?? MIN_VALUES_PER_SAMPLE;
  const samples = [['baseline', options.baseline] as const, ['pilot', options.pilot] as const];
  for (const [sample, values] of samples) {
    if (values === undefined) continue;
    for (const v of values)
      invariant(Number.isFinite(v), `${sample} values must be finite numbers, got ${v}`);
    if (values.length < needed) return { reason: 'too-few-values', sample, needed, actual: values.length };
  }
  return null;
}
