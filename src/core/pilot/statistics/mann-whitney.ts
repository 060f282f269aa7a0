import { err, ok, type Result } from '../../result.ts';
import { midranks } from './midranks.ts';
import { normalCdf } from './normal-distribution.ts';
import { subsetSumCounts } from './rank-sum-distribution.ts';
import { type TooFewValues, tooFewValues } from './sample-checks.ts';

/** Up to this many values in both samples together the p-value is exact; above it, the normal approximation. */
export const EXACT_MAX_TOTAL_VALUES = 40;

export type TestMethod = 'exact' | 'normal-approximation';

export type MannWhitneyResult = {
  /** U of the pilot: the pairs (baseline, pilot) where the pilot value is higher, a tie counting ½. */
  u: number;
  /** U ÷ (m·n): the chance that a random pilot week beats a random baseline week (½ = no difference). */
  probabilityPilotHigher: number;
  /** Two-sided: twice the smaller tail, at most 1. */
  pValue: number;
  method: TestMethod;
  hasTies: boolean;
};

/**
 * The Mann–Whitney (Wilcoxon rank-sum) test of baseline against pilot. Exact for small samples: the
 * p-value counts, among all C(m + n, n) ways to split the midranks into the two groups, those at least
 * as extreme as the observed rank sum — with ties this is the exact conditional (permutation)
 * distribution, not the untied table. Larger samples use the normal approximation with the tie-corrected
 * variance and a continuity correction of ½.
 *
 * @example
 *   mannWhitney({ baseline: [1, 2, 3], pilot: [4, 5, 6] })
 *   // { ok: true, value: { u: 9, probabilityPilotHigher: 1, pValue: 0.1, method: 'exact', hasTies: false } }
 */
export function mannWhitney(options: {
  baseline: readonly number[];
  pilot: readonly number[];
  method?: 'auto' | TestMethod;
  /** Normal approximation only: move |U − mn/2| ½ towards the centre (R's `correct`); true unless said. */
  continuityCorrection?: boolean;
}): Result<MannWhitneyResult, TooFewValues> {
  const { baseline, pilot } = options;
  const tooFew = tooFewValues({ baseline, pilot });
  if (tooFew) return err(tooFew);
  const m = baseline.length;
  const n = pilot.length;
  const total = m + n;
  const { ranks, tieSizes } = midranks([...baseline, ...pilot]);
  const hasTies = tieSizes.some((t) => t > 1);
  let rankSum = 0;
  for (let i = m; i < total; i++) rankSum += ranks[i] as number;
  const u = rankSum - (n * (n + 1)) / 2;
  const method =
    options.method === undefined || options.method === 'auto'
      ? total <= EXACT_MAX_TOTAL_VALUES
        ? 'exact'
        : 'normal-approximation'
      : options.method;

  let pValue: number;
  if (method === 'exact') {
    // Doubled midranks are whole numbers, so the rank sum's distribution is a subset-sum count.
    const counts = subsetSumCounts({ scores: ranks.map((r) => 2 * r), size: n });
    const observed = 2 * rankSum;
    let lower = 0;
    let upper = 0;
    let all = 0;
    counts.forEach((count, s) => {
      all += count;
      if (s <= observed) lower += count;
      if (s >= observed) upper += count;
    });
    pValue = Math.min(1, (2 * Math.min(lower, upper)) / all);
  } else {
    const tieTerm = tieSizes.reduce((s, t) => s + t ** 3 - t, 0) / (total * (total - 1));
    const sd = Math.sqrt(((m * n) / 12) * (total + 1 - tieTerm));
    const correction = options.continuityCorrection === false ? 0 : 0.5;
    const distance = Math.max(0, Math.abs(u - (m * n) / 2) - correction);
    pValue = sd === 0 ? 1 : Math.min(1, 2 * normalCdf(-distance / sd));
  }
  return ok({ u, probabilityPilotHigher: u / (m * n), pValue, method, hasTies });
}
