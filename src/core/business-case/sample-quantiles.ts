/**
 * Quantiles of a sample without sorting it: quickselect on one copy, O(n) per quantile instead of
 * O(n log n) for a sort — the difference between 3 ms and 25 ms at 100 000 runs.
 *
 * `linear` is the spreadsheet's PERCENTILE.INC (type 7): h = (n − 1)·p, interpolated between the
 * order statistics around h. `nearestRank` returns an observed value (the ⌈n·p⌉-th smallest), for
 * whole months. Infinity is allowed (payback beyond the horizon) and sorts last. NaN is not allowed.
 *
 * @example sampleQuantiles({ values: Float64Array.of(3, 1, 2), probabilities: [0.5] }) // [2]
 */
export function sampleQuantiles(options: {
  values: Float64Array;
  probabilities: readonly number[];
  method?: 'linear' | 'nearestRank';
}): number[] {
  const { values, probabilities } = options;
  const method = options.method ?? 'linear';
  const n = values.length;
  if (n === 0) return probabilities.map(() => Number.NaN);
  const a = values.slice();
  const order = probabilities.map((p, i) => ({ p, i })).sort((x, y) => x.p - y.p);
  const out = new Array<number>(probabilities.length).fill(0);
  let from = 0;
  for (const { p, i } of order) {
    if (method === 'nearestRank') {
      const k = Math.min(n - 1, Math.max(0, Math.ceil(n * p) - 1));
      select(a, from, n - 1, k);
      out[i] = a[k] as number;
      from = k;
      continue;
    }
    const h = (n - 1) * p;
    const k = Math.floor(h);
    select(a, from, n - 1, k);
    const lower = a[k] as number;
    const frac = h - k;
    if (frac === 0 || k + 1 >= n) {
      out[i] = lower;
    } else {
      let upper = Number.POSITIVE_INFINITY;
      for (let j = k + 1; j < n; j++) if ((a[j] as number) < upper) upper = a[j] as number;
      out[i] = upper === Number.POSITIVE_INFINITY ? upper : lower + frac * (upper - lower);
    }
    from = k;
  }
  return out;
}

/** Hoare-partition quickselect: afterwards a[k] is the k-th smallest of a[lo..hi], smaller ones left of it. */
function select(a: Float64Array, lo0: number, hi0: number, k: number): void {
  let lo = lo0;
  let hi = hi0;
  while (hi > lo) {
    // Median of three as pivot guards against already-ordered runs.
    const mid = (lo + hi) >>> 1;
    const x = a[lo] as number;
    const y = a[mid] as number;
    const z = a[hi] as number;
    const pivot = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}
