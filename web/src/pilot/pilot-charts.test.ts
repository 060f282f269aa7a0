import { describe, expect, it } from 'vitest';
import { niceTicks } from './pilot-charts.tsx';

describe('niceTicks', () => {
  it('covers the limits of a control chart with round steps', () => {
    expect(niceTicks(5.9, 19.43)).toEqual([5, 10, 15, 20]);
    expect(niceTicks(0.00845, 0.06)).toEqual([0, 0.02, 0.04, 0.06]);
  });
  it('has two ticks when every value is the same', () => {
    expect(niceTicks(3, 3).length).toBeGreaterThanOrEqual(2);
  });
});
