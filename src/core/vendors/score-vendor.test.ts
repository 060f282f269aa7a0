import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SELF_DECLARED_FACTOR, scoreVendor } from './score-vendor.ts';
import { fullAnswers, proven, URL_EVIDENCE, yes } from './test-vendor-answers.ts';
import {
  DEFAULT_VENDOR_WEIGHTS,
  VENDOR_ANSWER_VALUES,
  VENDOR_SCORED_QUESTIONS,
  type VendorAnswers,
  type VendorScoredQuestion,
} from './vendor-types.ts';

const only = (q: VendorScoredQuestion): Record<VendorScoredQuestion, number> => {
  const w = {} as Record<VendorScoredQuestion, number>;
  for (const k of VENDOR_SCORED_QUESTIONS) w[k] = k === q ? 1 : 0;
  return w;
};

describe('scoreVendor', () => {
  it('gives 100 to proven yes answers everywhere and 0 to an empty questionnaire', () => {
    const full = scoreVendor(fullAnswers(), DEFAULT_VENDOR_WEIGHTS);
    expect(full.score).toBe(100);
    expect(full.evidencedShare).toBe(1);
    const empty = scoreVendor({}, DEFAULT_VENDOR_WEIGHTS);
    expect(empty.score).toBe(0);
    expect(empty.evidencedShare).toBe(0);
    expect(Object.values(empty.perQuestion).every((v) => v === null)).toBe(true);
  });

  it('counts a self-declared answer for half', () => {
    expect(scoreVendor({ integration: yes() }, only('integration')).score).toBe(100 * SELF_DECLARED_FACTOR);
    expect(scoreVendor({ integration: proven() }, only('integration')).score).toBe(100);
    expect(
      scoreVendor({ integration: { value: 'partly', evidence: [URL_EVIDENCE] } }, only('integration')).score,
    ).toBe(50);
  });

  it('counts accuracy fully only when measured on own data with evidence', () => {
    const w = only('ownDataAccuracy');
    expect(scoreVendor({ ownDataAccuracy: proven({ accuracy: 0.9 }) }, w).score).toBe(100);
    expect(scoreVendor({ ownDataAccuracy: proven() }, w).score).toBe(50);
    expect(scoreVendor({ ownDataAccuracy: yes({ accuracy: 0.9 }) }, w).score).toBe(50);
    expect(scoreVendor({ ownDataAccuracy: yes() }, w).score).toBe(25);
  });

  it('wants the human share as a figure', () => {
    const w = only('humanShare');
    expect(scoreVendor({ humanShare: proven({ humanShare: 0.3 }) }, w).score).toBe(100);
    expect(scoreVendor({ humanShare: proven() }, w).score).toBe(50);
  });

  it('treats unknown as unanswered, counting 0 against the full weight', () => {
    const s = scoreVendor(
      { support: { value: 'unknown', evidence: [URL_EVIDENCE] } },
      DEFAULT_VENDOR_WEIGHTS,
    );
    expect(s.perQuestion.support).toBeNull();
    expect(s.score).toBe(0);
  });

  it('gives 0 when every weight is 0', () => {
    const zero = only('integration');
    zero.integration = 0;
    expect(scoreVendor(fullAnswers(), zero).score).toBe(0);
  });

  const answers = fc.dictionary(
    fc.constantFrom(...VENDOR_SCORED_QUESTIONS),
    fc.record({
      value: fc.constantFrom(...VENDOR_ANSWER_VALUES),
      accuracy: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      humanShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    }),
  ) as fc.Arbitrary<VendorAnswers>;
  const weights = fc.record(
    Object.fromEntries(VENDOR_SCORED_QUESTIONS.map((q) => [q, fc.integer({ min: 0, max: 5 })])) as Record<
      VendorScoredQuestion,
      fc.Arbitrary<number>
    >,
  );

  it('never lowers a score when evidence is added (property)', () => {
    fc.assert(
      fc.property(answers, weights, fc.constantFrom(...VENDOR_SCORED_QUESTIONS), (a, w, q) => {
        const before = scoreVendor(a, w).score;
        const answer = a[q];
        if (answer === undefined) return;
        const after = scoreVendor({ ...a, [q]: { ...answer, evidence: [URL_EVIDENCE] } }, w).score;
        expect(after).toBeGreaterThanOrEqual(before - 1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it('stays within 0..100 (property)', () => {
    fc.assert(
      fc.property(answers, weights, (a, w) => {
        const { score, evidencedShare } = scoreVendor(a, w);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100 + 1e-9);
        expect(evidencedShare).toBeGreaterThanOrEqual(0);
        expect(evidencedShare).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });
});
