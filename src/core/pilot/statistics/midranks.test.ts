import { describe, expect, it } from 'vitest';
import { midranks } from './midranks.ts';

describe('midranks', () => {
  it('gives tied values the mean of the ranks they span and reports the tie groups', () => {
    expect(midranks([10, 20, 10, 30])).toEqual({ ranks: [1.5, 3, 1.5, 4], tieSizes: [2, 1, 1] });
    expect(midranks([5, 5, 5])).toEqual({ ranks: [2, 2, 2], tieSizes: [3] });
    expect(midranks([])).toEqual({ ranks: [], tieSizes: [] });
  });
});
