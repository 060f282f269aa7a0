import { describe, expect, it } from 'vitest';
import { normaliseQuestionPath, notApplicableTest } from './not-applicable.ts';

describe('notApplicableTest', () => {
  it('matches an exact path', () => {
    const na = notApplicableTest(['data.personalData']);
    expect(na('data.personalData')).toBe(true);
    expect(na('data.legalBasis')).toBe(false);
  });

  it('a section covers every question in it', () => {
    const na = notApplicableTest(['partner']);
    expect(na('partner.vendors')).toBe(true);
    expect(na('partner.vendors.exitTerms')).toBe(true);
    expect(na('people.trainingPlan')).toBe(false);
  });

  it('ignores list indices on both sides', () => {
    const na = notApplicableTest(['partner.vendors[0].processingAgreement']);
    expect(na('partner.vendors.processingAgreement')).toBe(true);
    // @ts-expect-error a question names a field of every item, never one index
    expect(na('partner.vendors[3].processingAgreement')).toBe(true);
  });

  it('asks only about paths the use-case schema has', () => {
    const na = notApplicableTest(['data']);
    // @ts-expect-error a renamed or misspelt question is a type error, not a silent "applicable"
    expect(na('data.personalDta')).toBe(true);
  });

  it('does not treat a prefix of a word as a section', () => {
    const na = notApplicableTest(['data.label']);
    expect(na('data.labelsAvailable')).toBe(false);
  });

  it('with nothing listed nothing is not applicable', () => {
    expect(notApplicableTest(undefined)('problem')).toBe(false);
    expect(notApplicableTest([])('problem')).toBe(false);
  });
});

describe('normaliseQuestionPath', () => {
  it('drops indices, spaces and stray dots', () => {
    expect(normaliseQuestionPath(' data.sources[2].records ')).toBe('data.sources.records');
    expect(normaliseQuestionPath('.partner.')).toBe('partner');
  });
});
