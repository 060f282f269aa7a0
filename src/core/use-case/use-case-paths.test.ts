import { describe, expect, it } from 'vitest';
import { valueAtPath, withNotApplicable, withValueAtPath } from './use-case-paths.ts';
import type { UseCase } from './use-case-schema.ts';

describe('use-case paths', () => {
  it('reads a dotted path, and undefined where a section on the way is absent', () => {
    const doc: UseCase = { problem: { hoursPerWeek: 15 } };
    expect(valueAtPath(doc, 'problem.hoursPerWeek')).toBe(15);
    expect(valueAtPath(doc, 'success.sponsor.level')).toBeUndefined();
  });

  it('sets nested values without touching the original', () => {
    const doc: UseCase = { title: 'A' };
    const next = withValueAtPath(doc, 'problem.hoursPerWeek', 15);
    expect(next).toEqual({ title: 'A', problem: { hoursPerWeek: 15 } });
    expect(doc).toEqual({ title: 'A' });
  });

  it('removes a value set to undefined and the sections it leaves empty', () => {
    const doc: UseCase = { problem: { hoursPerWeek: 15 }, title: 'A' };
    expect(withValueAtPath(doc, 'problem.hoursPerWeek', undefined)).toEqual({ title: 'A' });
  });

  it('types paths and values from the schema', () => {
    const doc: UseCase = {};
    // @ts-expect-error a field the schema does not have
    withValueAtPath(doc, 'problem.hoursPerWeak', 1);
    // @ts-expect-error hours per week are a number
    withValueAtPath(doc, 'problem.hoursPerWeek', '15');
    // @ts-expect-error lists are edited as a whole, not through an index
    valueAtPath(doc, 'data.sources.0');
    expect(doc).toEqual({});
  });
});

describe('withNotApplicable', () => {
  it('marks a question not applicable and clears its answer; unmarking leaves no empty list', () => {
    const doc: UseCase = { data: { personalData: true } };
    const next = withNotApplicable(doc, 'data.personalData', true);
    expect(next).toEqual({ notApplicable: ['data.personalData'] });
    expect(withNotApplicable(next, 'data.personalData', false)).toEqual({});
  });

  it('keeps the other questions marked', () => {
    const doc: UseCase = { notApplicable: ['partner'] };
    expect(withNotApplicable(doc, 'data.legalBasis', true).notApplicable).toEqual([
      'partner',
      'data.legalBasis',
    ]);
  });
});
