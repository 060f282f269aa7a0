import { sampleQuantiles } from '../../business-case/sample-quantiles.ts';
import { seededRandom } from '../../business-case/seeded-random.ts';
import { err, invariant, ok, type Result } from '../../result.ts';
import { type TooFewValues, tooFewValues } from './sample-checks.ts';

export type BootstrapStatistic = 'mean' | 'median';

export type BootstrapInterval = {
  /** The statistic of the pilot minus that of the baseline, in the KPI's unit. */
  estimate: number;
  low: number;
  high: number;
  /** Nominal coverage. With six values a side the percentile interval covers less than this. */
  confidence: number;
  statistic: BootstrapStatistic;
  method: 'percentile';
  resamples: number;
  seed: number;
};

/**
 * A percentile bootstrap interval for the difference pilot − baseline in mean or median: each of
 * `resamples` rounds draws both samples again with replacement, each from itself (they are independent),
 * and the interval is the (1 − confidence)/2 and (1 + confidence)/2 quantiles of the differences
 * (spreadsheet PERCENTILE.INC). The same seed gives the same interval, bit for bit.
 *
 * @example
 *   bootstrapDifference({ baseline: [10, 12, 11, 13, 12, 14], pilot: [9, 8, 10, 9, 7, 8], statistic: 'mean', seed: 1 })
 *   // { ok: true, value: { estimate: -3.5, low: ≈ −4.8, high: ≈ −2.2, … } }
 */
export function bootstrapDifference(options: {
  baseline: readonly number[];
  pilot: readonly number[];
  statistic: BootstrapStatistic;
  seed: number;
  /** 0 < confidence < 1; 0.95 unless said. */
  confidence?: number;
  /** Rounds of resampling; 4000 unless said. Monte Carlo error on a bound is about 1 % of the interval. */
  resamples?: number;
}): Result<BootstrapInterval, TooFewValues> {
  const { baseline, pilot, statistic, seed } = options;
  const confidence = options.confidence ?? 0.95;
  const resamples = options.resamples ?? 4000;
  invariant(confidence > 0 && confidence < 1, `confidence must be in (0, 1), got ${confidence}`);
  invariant(Number.isInteger(resamples) && resamples >= 100, `resamples must be a whole number ≥ 100`);
  const tooFew = tooFewValues({ baseline, pilot });
  if (tooFew) return err(tooFew);

  const base = Float64Array.from(baseline);
  const test = Float64Array.from(pilot);
  const measure = statistic === 'mean' ? mean : median;
  const estimate = measure(test.slice()) - measure(base.slice());
  const next = seededRandom(seed);
  const baseDraw = new Float64Array(base.length);
  const testDraw = new Float64Array(test.length);
  const differences = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < base.length; i++) baseDraw[i] = base[Math.floor(next() * base.length)] as number;
    for (let i = 0; i < test.length; i++) testDraw[i] = test[Math.floor(next() * test.length)] as number;
    differences[r] = measure(testDraw) - measure(baseDraw);
  }
  const tail = (1 - confidence) / 2;
  const [low, high] = sampleQuantiles({ values: differences, probabilities: [tail, 1 - tail] }) as [
    number,
    number,
  ];
  return ok({ estimate, low, high, confidence, statistic, method: 'percentile', resamples, seed });
}

function mean(values: Float64Array): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * The k-th smallest value (0-based), found by quickselect in place: afterwards every value before
 * position k is at most the result. Linear on average, where a sort of each resample was the
 * bootstrap's main cost.
 */
function selectKth(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return values[k] as number;
}

/** Reorders its argument in place (the resample buffers are scratch). */
function median(values: Float64Array): number {
  const middle = values.length >> 1;
  const upper = selectKth(values, middle);
  if (values.length % 2 === 1) return upper;
  let lower = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < middle; i++) if ((values[i] as number) > lower) lower = values[i] as number;
  return (lower + upper) / 2;
}
