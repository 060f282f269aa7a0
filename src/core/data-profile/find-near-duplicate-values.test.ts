import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistanceAtMost, findNearDuplicateValues } from './find-near-duplicate-values.ts';

describe('findNearDuplicateValues', () => {
  it('finds a rare typo next to a frequent value, and case/space variants', () => {
    const r = findNearDuplicateValues([
      { value: 'Amsterdam', count: 300 },
      { value: 'Amsterdm', count: 2 },
      { value: 'amsterdam ', count: 1 },
      { value: 'Utrecht', count: 100 },
      { value: 'Utrehct', count: 1 },
    ]);
    expect(r.map((d) => d.rare.value).sort()).toEqual(['Amsterdm', 'Utrehct', 'amsterdam ']);
  });
  it('leaves short codes, numbers and equally frequent values alone', () => {
    expect(
      findNearDuplicateValues([
        { value: 'IN', count: 50 },
        { value: 'IA', count: 2 },
        { value: '2019', count: 50 },
        { value: '2018', count: 1 },
        { value: 'Type 2', count: 50 },
        { value: 'Type 3', count: 1 },
        { value: 'Bend', count: 10 },
        { value: 'Bent', count: 9 },
      ]),
    ).toEqual([]);
  });
  it('edit distance is symmetric and zero only for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        const d = editDistanceAtMost(a, b, 3);
        return d === editDistanceAtMost(b, a, 3) && (d === 0) === (a === b);
      }),
      { numRuns: 100 },
    );
  });
});
