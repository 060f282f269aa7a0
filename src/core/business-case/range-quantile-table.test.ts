import { describe, expect, it } from 'vitest';
import { QUANTILE_TABLE_SIZE, rangeMean, rangeQuantileTable, sampleRange } from './range-quantile-table.ts';

/** Inverts a monotone CDF on [0, 1] by bisection: an independent route to the quantile. */
function quantileByBisection(cdf: (x: number) => number, p: number): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (cdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Mean of the sampled distribution: average over a fine grid of u (integrates the quantile function). */
function tableMean(t: ReturnType<typeof rangeQuantileTable>): number {
  const steps = 200_000;
  let sum = 0;
  for (let i = 0; i < steps; i++) sum += sampleRange(t, (i + 0.5) / steps);
  return sum / steps;
}

describe('rangeQuantileTable (PERT)', () => {
  it('matches the Beta(1, 5) quantile 1 − (1 − p)^(1/5) when likely = low', () => {
    const t = rangeQuantileTable({ range: { low: 0, likely: 0, high: 1 }, distribution: 'pert' });
    for (const p of [0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99]) {
      expect(sampleRange(t, p)).toBeCloseTo(1 - (1 - p) ** (1 / 5), 4);
    }
  });

  it('matches the Beta(3, 3) distribution (CDF 10x³ − 15x⁴ + 6x⁵) for a symmetric range', () => {
    const t = rangeQuantileTable({ range: { low: 10, likely: 20, high: 30 }, distribution: 'pert' });
    const cdf = (x: number) => 10 * x ** 3 - 15 * x ** 4 + 6 * x ** 5;
    for (const p of [0.05, 0.1, 0.5, 0.9, 0.95]) {
      expect(sampleRange(t, p)).toBeCloseTo(10 + 20 * quantileByBisection(cdf, p), 3);
    }
  });

  it('has the PERT mean (low + 4·likely + high) / 6 for a skewed range', () => {
    const range = { low: 8000, likely: 12000, high: 20000 };
    const t = rangeQuantileTable({ range, distribution: 'pert' });
    expect(tableMean(t)).toBeCloseTo(rangeMean({ range, distribution: 'pert' }), 0);
    expect(rangeMean({ range, distribution: 'pert' })).toBeCloseTo(12666.667, 2);
  });

  it('samples exactly the value of a range without uncertainty', () => {
    const t = rangeQuantileTable({ range: { low: 0.37, likely: 0.37, high: 0.37 }, distribution: 'pert' });
    for (const u of [0, 0.123, 0.5, 0.999999]) expect(sampleRange(t, u)).toBe(0.37);
  });

  it('is monotone in u and stays inside the range', () => {
    const t = rangeQuantileTable({ range: { low: 3, likely: 4, high: 6 }, distribution: 'pert' });
    let prev = -Infinity;
    for (let i = 0; i < QUANTILE_TABLE_SIZE * 2; i++) {
      const v = sampleRange(t, i / (QUANTILE_TABLE_SIZE * 2));
      expect(v).toBeGreaterThanOrEqual(prev);
      expect(v >= 3 && v <= 6).toBe(true);
      prev = v;
    }
  });
});

describe('rangeQuantileTable (triangular)', () => {
  it('matches the closed-form triangular quantile and mean (low + likely + high) / 3', () => {
    const range = { low: 0, likely: 0.25, high: 1 };
    const t = rangeQuantileTable({ range, distribution: 'triangular' });
    for (const p of [0.1, 0.25, 0.5, 0.9]) {
      const exact = p < 0.25 ? Math.sqrt(p * 0.25) : 1 - Math.sqrt((1 - p) * 0.75);
      expect(sampleRange(t, p)).toBeCloseTo(exact, 5);
    }
    expect(tableMean(t)).toBeCloseTo(rangeMean({ range, distribution: 'triangular' }), 4);
  });
});
