/**
 * Placeholder numbers (DISGUISED_MISSING): all nines (`9999`, `-999999999`) used where a value is
 * missing. The profiler counts all-nines values; these rules say which of them are placeholders,
 * so that their rows count as missing and the statistics leave them out.
 */
import { PROFILE_THRESHOLDS as T } from './profile-thresholds.ts';

/** The smallest all-nines magnitude the profiler counts (three digits, `sentinelMinDigits`). */
export const ALL_NINES_MIN = 10 ** T.sentinelMinDigits - 1;

/** True for a whole number written only with nines, at least ALL_NINES_MIN in size: `999`, `-9999`. */
export function isAllNines(value: number): boolean {
  return Math.abs(value) >= ALL_NINES_MIN && /^9+$/.test(String(Math.abs(Math.round(value))));
}

/**
 * Whether an all-nines value (`isAllNines`, or counted as such by the engine) is a placeholder:
 * used at least `sentinelMinCount` times, and either long enough that no reading has it, or far
 * outside the column's real values.
 * @param count how often the value (or all-nines values together) occurs
 * @param realValues whether the column has other values, and the largest of their magnitudes (≥ 1)
 * @example isSentinelNumber(-999999999, 40, { hasAny: true, spread: 12 }) // true
 */
export function isSentinelNumber(
  value: number,
  count: number,
  realValues: { hasAny: boolean; spread: number },
): boolean {
  if (count < T.sentinelMinCount) return false;
  const digits = String(Math.abs(Math.round(value))).length;
  if (digits < T.sentinelMinDigits) return false;
  return (
    digits >= T.sentinelCertainDigits ||
    (realValues.hasAny && Math.abs(value) >= T.sentinelSpreadFactor * realValues.spread)
  );
}

/**
 * Tukey's far-out fences from the quartiles: values below `lo` or above `hi` are OUTLIERS.
 * No spread (Q1 = Q3) gives no fences (`lo = hi = 0`), so nothing is an outlier.
 */
export function outlierFences(q1: number, q3: number): { lo: number; hi: number } {
  const iqr = q3 - q1;
  if (iqr <= 0) return { lo: 0, hi: 0 };
  return { lo: q1 - T.outlierIqrFactor * iqr, hi: q3 + T.outlierIqrFactor * iqr };
}
