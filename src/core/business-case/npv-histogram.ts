import { invariant } from '../result.ts';
import type { BusinessCaseResult } from './business-case-types.ts';

/** One bar of the NPV histogram: runs with fromEur ≤ NPV < toEur (the last bar includes toEur). */
export type HistogramBin = { fromEur: number; toEur: number; count: number; share: number };

/** Ready to draw: equal-width bars from the lowest to the highest simulated NPV. */
export type NpvHistogram = { bins: HistogramBin[]; runs: number; minEur: number; maxEur: number };

/**
 * Bins the simulated NPVs (projects that reach production) into `bins` equal-width bars for the web
 * page's histogram. Shares add up to 1. When every run has the same NPV there is one bar.
 *
 * @example npvHistogram(result, 30).bins.map((b) => b.share)
 */
export function npvHistogram(result: Pick<BusinessCaseResult, 'samples'>, bins: number): NpvHistogram {
  invariant(Number.isInteger(bins) && bins >= 1 && bins <= 10_000, 'bins must be an integer 1..10000');
  const values = result.samples.npvEur;
  const runs = values.length;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const v = values[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (runs === 0) return { bins: [], runs, minEur: 0, maxEur: 0 };
  if (!(max > min))
    return { bins: [{ fromEur: min, toEur: max, count: runs, share: 1 }], runs, minEur: min, maxEur: max };
  const width = (max - min) / bins;
  const counts = new Uint32Array(bins);
  for (let i = 0; i < runs; i++) {
    const b = Math.min(bins - 1, Math.floor(((values[i] as number) - min) / width));
    counts[b] = (counts[b] as number) + 1;
  }
  const out: HistogramBin[] = [];
  for (let b = 0; b < bins; b++) {
    const count = counts[b] as number;
    out.push({
      fromEur: min + b * width,
      toEur: b === bins - 1 ? max : min + (b + 1) * width,
      count,
      share: count / runs,
    });
  }
  return { bins: out, runs, minEur: min, maxEur: max };
}
