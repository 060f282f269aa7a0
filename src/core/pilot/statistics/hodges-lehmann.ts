import { err, invariant, ok, type Result } from '../../result.ts';
import { EXACT_MAX_TOTAL_VALUES, type TestMethod } from './mann-whitney.ts';
import { normalCdf, normalQuantile } from './normal-distribution.ts';
import { untiedUCounts } from './rank-sum-distribution.ts';
import { type TooFewValues, tooFewValues } from './sample-checks.ts';

export type ShiftInterval = {
  /** The median of the m·n differences pilot − baseline, in the KPI's unit. */
  estimate: number;
  low: number;
  high: number;
  /**
   * The coverage this interval achieves: exact, and at least `nominalConfidence`, for small samples;
   * approximate for large ones. Below nominal only when the samples are too small to reach it at all
   * (3 against 3 reach at most 90 %); the interval is then the full range of the differences.
   */
  confidence: number;
  nominalConfidence: number;
  /** low is the k-th smallest difference, high the k-th largest. */
  k: number;
  method: TestMethod;
};

/**
 * The Hodges–Lehmann estimate of the shift from baseline to pilot — the median of all pairwise
 * differences pilot − baseline — with the distribution-free interval of Moses (in Lehmann,
 * Nonparametrics, 1975): the k-th smallest and the k-th largest difference, with k − 1 the largest U whose exact
 * lower tail under no shift is at most (1 − confidence)/2. Large samples (over 40 values together) take
 * k from the normal approximation with continuity correction. Ties need no special treatment: the
 * interval is closed, and for discrete data a closed interval covers at least as often as stated
 * (Noether, JASA 1967).
 *
 * @example
 *   hodgesLehmann({ baseline: [10, 12, 11, 13, 12, 14], pilot: [9, 8, 10, 9, 7, 8] })
 *   // { ok: true, value: { estimate: -3.5, low: -5, high: -2, confidence: 0.9589…, k: 6, method: 'exact', … } }
 */
export function hodgesLehmann(options: {
  baseline: readonly number[];
  pilot: readonly number[];
  /** Nominal two-sided coverage, 0.5 ≤ confidence < 1; 0.95 unless said. */
  confidence?: number;
  method?: 'auto' | TestMethod;
}): Result<ShiftInterval, TooFewValues> {
  const { baseline, pilot } = options;
  const nominalConfidence = options.confidence ?? 0.95;
  invariant(
    nominalConfidence >= 0.5 && nominalConfidence < 1,
    `confidence must be in [0.5, 1), got ${nominalConfidence}`,
  );
  const tooFew = tooFewValues({ baseline, pilot });
  if (tooFew) return err(tooFew);
  const m = baseline.length;
  const n = pilot.length;
  const pairs = m * n;
  const differences = new Float64Array(pairs);
  let i = 0;
  for (const p of pilot) for (const b of baseline) differences[i++] = p - b;
  differences.sort();
  const middle = pairs >> 1;
  const estimate =
    pairs % 2 === 1
      ? (differences[middle] as number)
      : ((differences[middle - 1] as number) + (differences[middle] as number)) / 2;

  const tail = (1 - nominalConfidence) / 2;
  const method =
    options.method === undefined || options.method === 'auto'
      ? m + n <= EXACT_MAX_TOTAL_VALUES
        ? 'exact'
        : 'normal-approximation'
      : options.method;
  // k never passes the middle, so low ≤ estimate ≤ high.
  const maxK = Math.floor((pairs + 1) / 2);
  let k: number;
  let confidence: number;
  if (method === 'exact') {
    const counts = untiedUCounts({ baselineCount: m, pilotCount: n });
    const all = counts.reduce((s, c) => s + c, 0);
    // Largest j with P(U ≤ j) ≤ tail; k = j + 1. Compare counts, not rounded probabilities.
    let below = 0;
    let j = -1;
    for (let u = 0; u < counts.length; u++) {
      const next = below + (counts[u] as number);
      if (next > tail * all) break;
      below = next;
      j = u;
    }
    k = Math.min(maxK, Math.max(1, j + 1));
    let lowerTail = 0;
    for (let u = 0; u < k; u++) lowerTail += counts[u] as number;
    confidence = 1 - (2 * lowerTail) / all;
  } else {
    const sd = Math.sqrt((pairs * (m + n + 1)) / 12);
    const z = normalQuantile(1 - tail);
    k = Math.min(maxK, Math.max(1, Math.floor(pairs / 2 - z * sd + 0.5)));
    confidence = 1 - 2 * normalCdf((k - 0.5 - pairs / 2) / sd);
  }
  return ok({
    estimate,
    low: differences[k - 1] as number,
    high: differences[pairs - k] as number,
    confidence,
    nominalConfidence,
    k,
    method,
  });
}
