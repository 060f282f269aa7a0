import { describe, expect, it } from 'vitest';
import { diffUseCases } from './diff-use-cases.ts';

describe('diffUseCases', () => {
  it('finds nothing between equal versions', () => {
    const doc = { title: 'A', problem: { hoursPerWeek: 10 }, partner: { vendors: [{ name: 'X' }] } };
    expect(diffUseCases(doc, structuredClone(doc))).toEqual([]);
  });

  it('names each changed, added and removed answer by its path', () => {
    expect(
      diffUseCases(
        { title: 'A', problem: { hoursPerWeek: 10, statement: 'weg' } },
        { title: 'B', problem: { hoursPerWeek: 10, hourlyCost: 50 } },
      ),
    ).toEqual([
      { path: ['title'], before: 'A', after: 'B' },
      { path: ['problem', 'hourlyCost'], before: undefined, after: 50 },
      { path: ['problem', 'statement'], before: 'weg', after: undefined },
    ]);
  });

  it('compares the items of a list by position, field by field', () => {
    expect(
      diffUseCases(
        { partner: { vendors: [{ name: 'X', exitTerms: false }] } },
        { partner: { vendors: [{ name: 'X', exitTerms: true }, { name: 'Y' }] } },
      ),
    ).toEqual([
      { path: ['partner', 'vendors', 0, 'exitTerms'], before: false, after: true },
      { path: ['partner', 'vendors', 1, 'name'], before: undefined, after: 'Y' },
    ]);
  });

  it('treats a range, a list of texts and a whole new section as answers, not as their parts', () => {
    expect(
      diffUseCases(
        { notApplicable: ['partner'], businessCase: { timeReduction: { low: 0.1, likely: 0.2, high: 0.3 } } },
        {
          notApplicable: ['partner', 'data.legalBasis'],
          businessCase: { timeReduction: { low: 0.1, likely: 0.25, high: 0.3 } },
          success: { sponsor: { level: 'board' } },
        },
      ),
    ).toEqual([
      { path: ['notApplicable'], before: ['partner'], after: ['partner', 'data.legalBasis'] },
      {
        path: ['businessCase', 'timeReduction'],
        before: { low: 0.1, likely: 0.2, high: 0.3 },
        after: { low: 0.1, likely: 0.25, high: 0.3 },
      },
      { path: ['success', 'sponsor', 'level'], before: undefined, after: 'board' },
    ]);
  });

  it('lists every answer of a version compared with an empty one, and never the schema version', () => {
    expect(diffUseCases({}, { schemaVersion: 1, title: 'A', data: { files: ['a.csv'] } })).toEqual([
      { path: ['title'], before: undefined, after: 'A' },
      { path: ['data', 'files'], before: undefined, after: ['a.csv'] },
    ]);
  });
});
