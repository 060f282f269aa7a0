/**
 * Histogram bins as a reader wants to see them: `500 – 1.000`, not `500,95 – 1.000,9`. The
 * profiler cuts the range between a column's minimum and maximum into equal bins, so the edges are
 * rarely round; they are shown rounded to the largest power of ten no larger than half a bin, so
 * consecutive edges stay distinct and evenly spaced.
 */

export type Bin = { from: number; to: number; count: number };

/**
 * The rounding step for bins of this width: the largest power of ten not above half the width.
 * @example roundingStep(499.95) // 100
 */
export function roundingStep(binWidth: number): number {
  if (!(binWidth > 0) || !Number.isFinite(binWidth)) return 1;
  return 10 ** Math.floor(Math.log10(binWidth / 2));
}

/** `value` rounded to a multiple of `step`, without floating-point tails (0.30000000000000004). */
export function roundTo(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number((Math.round(value / step) * step).toFixed(decimals));
}

/**
 * The bins with their edges rounded for display. Counts are unchanged: the rounding moves where an
 * edge is written, not which values fall in a bin.
 * @example roundedBins([{ from: 0.95, to: 500.95, count: 3 }, { from: 500.95, to: 1000.9, count: 1 }])
 *   // [{ from: 0, to: 500, count: 3 }, { from: 500, to: 1000, count: 1 }]
 */
export function roundedBins(bins: readonly Bin[]): Bin[] {
  const widths = bins.map((b) => b.to - b.from).filter((w) => w > 0);
  if (widths.length === 0) return bins.map((b) => ({ ...b }));
  const step = roundingStep(Math.min(...widths));
  return bins.map((b) => ({ from: roundTo(b.from, step), to: roundTo(b.to, step), count: b.count }));
}
