import { invariant } from '../../result.ts';
import { normalCdf } from './normal-distribution.ts';

/**
 * Student's t distribution function P(T ≤ t) for a whole number of degrees of freedom, by the
 * closed finite series in θ = atan(t/√df) (Abramowitz & Stegun 26.7.3–26.7.4): exact up to
 * rounding, no incomplete beta function needed.
 *
 * @example studentTCdf({ t: 2.228, degreesOfFreedom: 10 }) // ≈ 0.975
 */
export function studentTCdf(options: { t: number; degreesOfFreedom: number }): number {
  const { t, degreesOfFreedom: df } = options;
  invariant(Number.isInteger(df) && df >= 1, `degrees of freedom must be a whole number ≥ 1, got ${df}`);
  invariant(!Number.isNaN(t), 'studentTCdf needs a number');
  if (t === Number.POSITIVE_INFINITY) return 1;
  if (t === Number.NEGATIVE_INFINITY) return 0;
  const theta = Math.atan(Math.abs(t) / Math.sqrt(df));
  const sin = Math.sin(theta);
  const cos2 = Math.cos(theta) ** 2;
  // a = P(|T| ≤ |t|).
  let a: number;
  if (df % 2 === 1) {
    let sum = 0;
    if (df > 1) {
      let term = 1;
      sum = 1;
      for (let k = 3; k <= df - 2; k += 2) {
        term *= ((k - 1) / k) * cos2;
        sum += term;
      }
      sum *= sin * Math.cos(theta);
    }
    a = (2 / Math.PI) * (theta + sum);
  } else {
    let term = 1;
    let sum = 1;
    for (let k = 2; k <= df - 2; k += 2) {
      term *= ((k - 1) / k) * cos2;
      sum += term;
    }
    a = sin * sum;
  }
  return t >= 0 ? 0.5 + a / 2 : 0.5 - a / 2;
}

/**
 * The quantile of Student's t distribution (whole degrees of freedom), found by bisection on
 * `studentTCdf`, which is monotone: slow next to a formula, exact to the last digits that matter.
 *
 * @example studentTQuantile({ p: 0.975, degreesOfFreedom: 10 }) // ≈ 2.228
 */
export function studentTQuantile(options: { p: number; degreesOfFreedom: number }): number {
  const { p, degreesOfFreedom } = options;
  invariant(p > 0 && p < 1, `studentTQuantile needs 0 < p < 1, got ${p}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile({ p: 1 - p, degreesOfFreedom });
  let lo = 0;
  let hi = 1;
  while (studentTCdf({ t: hi, degreesOfFreedom }) < p) {
    lo = hi;
    hi *= 2;
  }
  for (let i = 0; i < 200 && hi - lo > 1e-13 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf({ t: mid, degreesOfFreedom }) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * P(T′ > t) for the noncentral t distribution T′ = (Z + ncp) / √(V/df), V chi-square with df degrees
 * of freedom: the average of P(Z > t·s − ncp) over the density of s = √(V/df), integrated by
 * Simpson's rule on 800 panels around its mode. This is the power of a one-tailed t test.
 *
 * @example noncentralTUpperTail({ t: 2.024, degreesOfFreedom: 38, noncentrality: Math.sqrt(10) }) // ≈ 0.869
 */
export function noncentralTUpperTail(options: {
  t: number;
  degreesOfFreedom: number;
  noncentrality: number;
}): number {
  const { t, degreesOfFreedom: df, noncentrality } = options;
  invariant(df >= 1, `degrees of freedom must be ≥ 1, got ${df}`);
  invariant(
    Number.isFinite(t) && Number.isFinite(noncentrality),
    'noncentralTUpperTail needs finite numbers',
  );
  const panels = 800;
  const spread = 12 / Math.sqrt(df);
  const from = Math.max(0, 1 - spread);
  const to = 1 + spread;
  const step = (to - from) / panels;
  const mode = Math.sqrt(Math.max(df - 1, 0) / df);
  // log of the density of s up to a constant, 0 at its mode so exp() neither overflows nor vanishes.
  const logAtMode = mode > 0 ? (df - 1) * Math.log(mode) - (df * mode * mode) / 2 : 0;
  const density = (s: number): number => {
    if (s === 0) return df === 1 ? 1 : 0;
    return Math.exp((df - 1) * Math.log(s) - (df * s * s) / 2 - logAtMode);
  };
  let mass = 0;
  let tail = 0;
  for (let i = 0; i <= panels; i++) {
    const s = from + i * step;
    const weight = i === 0 || i === panels ? 1 : i % 2 === 1 ? 4 : 2;
    const g = weight * density(s);
    mass += g;
    tail += g * normalCdf(noncentrality - t * s);
  }
  return tail / mass;
}
