import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random.ts';

describe('seededRandom', () => {
  it('gives the same stream for the same seed (golden values: changing them breaks reproducibility)', () => {
    const next = seededRandom(1);
    expect([next(), next(), next()]).toEqual([0.263228221796453, 0.6034020676743239, 0.7019734452478588]);
  });

  it('gives different streams for nearby seeds and for seeds 2^32 apart', () => {
    expect(seededRandom(1)()).not.toBe(seededRandom(2)());
    expect(seededRandom(4294967297)()).not.toBe(seededRandom(1)());
  });

  it('stays in [0, 1) and is uniform (chi-square over 20 cells, 200 000 draws)', () => {
    const next = seededRandom(7);
    const cells = new Array<number>(20).fill(0);
    const n = 200_000;
    let min = 1;
    let max = 0;
    for (let i = 0; i < n; i++) {
      const u = next();
      min = Math.min(min, u);
      max = Math.max(max, u);
      cells[Math.floor(u * 20)]! += 1;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    const expected = n / 20;
    const chi2 = cells.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
    // 19 degrees of freedom: the 99.9 % point is 43.8.
    expect(chi2).toBeLessThan(43.8);
  });
});
