import { describe, expect, it } from 'vitest';
import { getPath, isNotApplicable, setNotApplicable, setPath } from './document-paths.ts';

describe('document paths', () => {
  it('sets nested values without touching the original', () => {
    const doc = { title: 'A' };
    const next = setPath(doc, 'problem.hoursPerWeek', 15);
    expect(next).toEqual({ title: 'A', problem: { hoursPerWeek: 15 } });
    expect(doc).toEqual({ title: 'A' });
    expect(getPath(next, 'problem.hoursPerWeek')).toBe(15);
  });

  it('removes a value set to undefined and the sections it leaves empty', () => {
    const doc = { problem: { hoursPerWeek: 15 }, title: 'A' };
    expect(setPath(doc, 'problem.hoursPerWeek', undefined)).toEqual({ title: 'A' });
  });

  it('marks a question not applicable and clears its answer', () => {
    const doc = { data: { personalData: true } };
    const next = setNotApplicable(doc, 'data.personalData', true);
    expect(next).toEqual({ notApplicable: ['data.personalData'] });
    expect(isNotApplicable(next, 'data.personalData')).toBe(true);
    expect(setNotApplicable(next, 'data.personalData', false)).toEqual({});
  });

  it('treats a whole section marked not applicable as covering its questions', () => {
    expect(isNotApplicable({ notApplicable: ['partner'] }, 'partner.vendors')).toBe(true);
    expect(isNotApplicable({ notApplicable: ['partner'] }, 'partnership')).toBe(false);
  });
});
