/**
 * Sampling a low / likely / high range by table lookup of its quantile function.
 *
 * Why a table: a PERT draw is a Beta draw, which by the textbook route costs two gamma variates
 * with rejection loops — too slow for a million draws in 50 ms. The shape of a range is fixed for a
 * whole simulation, so we tabulate its quantile function once (QUANTILE_TABLE_SIZE steps) and each
 * draw becomes one multiply, one array read and one linear interpolation. Inverse-transform sampling
 * also keeps draws monotone in the uniform number, so two simulations with the same seed use
 * "common random numbers": shifting a cost by €1 000 shifts every run by exactly €1 000.
 *
 * Accuracy: the tabulated standard quantiles are within ~1e-5 of the exact Beta quantiles except in
 * the outermost table cells (tested against closed forms); the mean is within 1e-5 of the span.
 */

export type RangeDistribution = 'pert' | 'triangular';

/** A range ready for sampling: value = low + span × table(u). */
export type RangeQuantileTable = {
  low: number;
  /** high − low, in the range's unit. Zero for a range without uncertainty. */
  span: number;
  /** Standardised quantiles on [0, 1] at u = i / QUANTILE_TABLE_SIZE, i = 0 … QUANTILE_TABLE_SIZE. */
  table: Float64Array;
};

/** Steps in the tabulated quantile function. A power of two is not required; 4096 keeps tables at 32 kB. */
export const QUANTILE_TABLE_SIZE = 4096;

/** Integration steps for the PERT (Beta) cumulative distribution before it is inverted. */
const CDF_STEPS = 8192;

/** PERT's weight on the most likely value (the classic λ = 4: mean = (low + 4·likely + high) / 6). */
export const PERT_LAMBDA = 4;

let logGrid: { logX: Float64Array; log1mX: Float64Array } | null = null;

function getLogGrid(): { logX: Float64Array; log1mX: Float64Array } {
  if (logGrid === null) {
    const logX = new Float64Array(CDF_STEPS + 1);
    const log1mX = new Float64Array(CDF_STEPS + 1);
    for (let i = 0; i <= CDF_STEPS; i++) {
      const x = i / CDF_STEPS;
      logX[i] = Math.log(x);
      log1mX[i] = Math.log(1 - x);
    }
    logGrid = { logX, log1mX };
  }
  return logGrid;
}

/** Standardised Beta(α, β) quantile table by trapezoid integration of the density and inversion. */
function betaQuantiles(alpha: number, beta: number): Float64Array {
  const { logX, log1mX } = getLogGrid();
  const am1 = alpha - 1;
  const bm1 = beta - 1;
  const cdf = new Float64Array(CDF_STEPS + 1);
  // Density at the end points: x^0 = 1, x^(>0) = 0 (α, β ≥ 1 for PERT).
  let prev = am1 === 0 ? 1 : 0;
  for (let i = 1; i <= CDF_STEPS; i++) {
    let dens: number;
    if (i === CDF_STEPS) dens = bm1 === 0 ? 1 : 0;
    else dens = Math.exp(am1 * (logX[i] as number) + bm1 * (log1mX[i] as number));
    cdf[i] = (cdf[i - 1] as number) + 0.5 * (prev + dens);
    prev = dens;
  }
  const total = cdf[CDF_STEPS] as number;
  for (let i = 1; i <= CDF_STEPS; i++) cdf[i] = (cdf[i] as number) / total;
  return invertCdf(cdf);
}

function invertCdf(cdf: Float64Array): Float64Array {
  const table = new Float64Array(QUANTILE_TABLE_SIZE + 1);
  let i = 0;
  for (let j = 1; j < QUANTILE_TABLE_SIZE; j++) {
    const p = j / QUANTILE_TABLE_SIZE;
    while (i < CDF_STEPS - 1 && (cdf[i + 1] as number) < p) i++;
    const lo = cdf[i] as number;
    const hi = cdf[i + 1] as number;
    const frac = hi > lo ? Math.min(1, Math.max(0, (p - lo) / (hi - lo))) : 0;
    table[j] = (i + frac) / CDF_STEPS;
  }
  table[0] = 0;
  table[QUANTILE_TABLE_SIZE] = 1;
  return table;
}

/** Standardised triangular quantiles from the closed form, mode at c ∈ [0, 1]. */
function triangularQuantiles(c: number): Float64Array {
  const table = new Float64Array(QUANTILE_TABLE_SIZE + 1);
  for (let j = 0; j <= QUANTILE_TABLE_SIZE; j++) {
    const p = j / QUANTILE_TABLE_SIZE;
    table[j] = p < c ? Math.sqrt(p * c) : 1 - Math.sqrt((1 - p) * (1 - c));
  }
  return table;
}

const CACHE_LIMIT = 256;
const cache = new Map<string, Float64Array>();

/** The standardised table for a shape; memoised because a web page re-runs with the same shapes. */
function standardTable(distribution: RangeDistribution, modeShare: number): Float64Array {
  const key = `${distribution}:${modeShare}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const table =
    distribution === 'pert'
      ? betaQuantiles(1 + PERT_LAMBDA * modeShare, 1 + PERT_LAMBDA * (1 - modeShare))
      : triangularQuantiles(modeShare);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, table);
  return table;
}

const FLAT_TABLE = new Float64Array(QUANTILE_TABLE_SIZE + 1);

/**
 * Builds the sampling table of one range. Invariant: low ≤ likely ≤ high (the schema checks it).
 * A range with low = high samples exactly that value, so zero uncertainty reproduces the
 * deterministic model bit for bit.
 *
 * @example
 *   const t = rangeQuantileTable({ range: { low: 3, likely: 4, high: 6 }, distribution: 'pert' });
 *   sampleRange(t, 0.5); // the median, ≈ 4.2 months
 */
export function rangeQuantileTable(options: {
  range: { low: number; likely: number; high: number };
  distribution: RangeDistribution;
}): RangeQuantileTable {
  const { low, likely, high } = options.range;
  const span = high - low;
  if (!(span > 0)) return { low: likely, span: 0, table: FLAT_TABLE };
  const modeShare = Math.min(1, Math.max(0, (likely - low) / span));
  return { low, span, table: standardTable(options.distribution, modeShare) };
}

/** One draw from a range for a uniform number u ∈ [0, 1). Monotone non-decreasing in u. */
export function sampleRange(t: RangeQuantileTable, u: number): number {
  const pos = u * QUANTILE_TABLE_SIZE;
  const i = pos | 0;
  const q0 = t.table[i] as number;
  const q1 = t.table[i + 1] as number; // u < 1, so i + 1 ≤ QUANTILE_TABLE_SIZE
  return t.low + t.span * (q0 + (pos - i) * (q1 - q0));
}

/** Mean of a range under a distribution, in closed form (PERT: (low + 4·likely + high) / 6). */
export function rangeMean(options: {
  range: { low: number; likely: number; high: number };
  distribution: RangeDistribution;
}): number {
  const { low, likely, high } = options.range;
  return options.distribution === 'pert'
    ? (low + PERT_LAMBDA * likely + high) / (PERT_LAMBDA + 2)
    : (low + likely + high) / 3;
}
