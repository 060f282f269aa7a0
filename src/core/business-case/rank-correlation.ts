/** Ranks 1…n with ties given their average rank. */
function ranks(values: Float64Array): Float64Array {
  const n = values.length;
  const index = new Uint32Array(n);
  for (let i = 0; i < n; i++) index[i] = i;
  index.sort((a, b) => (values[a] as number) - (values[b] as number));
  const out = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i;
    const v = values[index[i] as number] as number;
    while (j + 1 < n && values[index[j + 1] as number] === v) j++;
    const rank = (i + j) / 2 + 1;
    for (let m = i; m <= j; m++) out[index[m] as number] = rank;
    i = j + 1;
  }
  return out;
}

/**
 * Spearman's rank correlation of two equally long samples, −1 … 1: how consistently y rises with x,
 * whatever the shape. Used to rank which input drives the simulated NPV most (a complement to the
 * tornado, which moves one input at a time). Returns 0 when either sample is constant.
 *
 * @example rankCorrelation({ x: Float64Array.of(1, 2, 3), y: Float64Array.of(10, 20, 40) }) // 1
 */
export function rankCorrelation(options: { x: Float64Array; y: Float64Array }): number {
  const rx = ranks(options.x);
  const ry = ranks(options.y);
  const n = rx.length;
  if (n < 2 || ry.length !== n) return 0;
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (rx[i] as number) - mean;
    const dy = (ry[i] as number) - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}
