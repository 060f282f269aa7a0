import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVendors, yearlyCostFromAnswers } from './compare-vendors.ts';
import { fullAnswers, proven, vendor, yes } from './test-vendor-answers.ts';
import { VENDOR_ANSWER_VALUES, VENDOR_QUESTIONS, type VendorAnswers } from './vendor-types.ts';

describe('compareVendors', () => {
  it('ranks failed gates first, then open gates, then the score', () => {
    const strong = fullAnswers();
    const failed: VendorAnswers = { ...fullAnswers(), openExport: { value: 'no' } };
    const open: VendorAnswers = { ...fullAnswers(), pilotFirst: { value: 'unknown' } };
    const weaker: VendorAnswers = { ...fullAnswers(), integration: yes() };
    const c = compareVendors(
      [vendor('failed', failed), vendor('open', open), vendor('weaker', weaker), vendor('strong', strong)],
      { personalData: true },
    );
    expect(c.rows.map((r) => r.vendorId)).toEqual(['strong', 'weaker', 'open', 'failed']);
    expect(c.rows.map((r) => [r.failedGates, r.openGates])).toEqual([
      [0, 0],
      [0, 0],
      [0, 1],
      [1, 0],
    ]);
    expect(c.selectedId).toBe('strong');
  });

  it('selects the chosen vendor even when it ranks lower', () => {
    const c = compareVendors(
      [vendor('a', fullAnswers()), vendor('b', { openExport: { value: 'no' } }, { chosen: true })],
      { personalData: true },
    );
    expect(c.selectedId).toBe('b');
    expect(c.rows.find((r) => r.vendorId === 'b')?.chosen).toBe(true);
  });

  it('selects the best vendor that answered, and none when nobody answered', () => {
    const c = compareVendors([vendor('empty', {}), vendor('answered', { openExport: { value: 'no' } })], {
      personalData: true,
    });
    expect(c.rows[0]?.vendorId).toBe('empty');
    expect(c.selectedId).toBe('answered');
    expect(
      compareVendors([vendor('x', { support: { value: 'unknown' } })], { personalData: true }).selectedId,
    ).toBeNull();
    expect(compareVendors([], { personalData: true })).toMatchObject({ rows: [], selectedId: null });
  });

  it("applies the owner's weights over the defaults", () => {
    const answers: VendorAnswers = { integration: proven() };
    const c = compareVendors([vendor('a', answers)], {
      personalData: true,
      weights: {
        references: 0,
        limitations: 0,
        ownDataAccuracy: 0,
        errorHandling: 0,
        humanShare: 0,
        securityCertification: 0,
        support: 0,
      },
    });
    expect(c.weights.integration).toBe(3);
    expect(c.rows[0]?.score).toBe(100);
  });

  it("estimates the switching cost from the vendor's three-year cost and contract when the owner gives none", () => {
    const answers = fullAnswers();
    expect(yearlyCostFromAnswers(answers)).toBe(7_000);
    const [row] = compareVendors([vendor('a', answers)], { personalData: true, hourlyCost: 50 }).rows;
    expect(row?.switchingCost.parts.remainingContract).toBe(7_000);
    expect(row?.submitted).toBe(false);
  });

  it('ranks a vendor with a failed gate below every vendor without one (property)', () => {
    const answer = fc.record({ value: fc.constantFrom(...VENDOR_ANSWER_VALUES) });
    const answers = fc.dictionary(
      fc.constantFrom(...VENDOR_QUESTIONS),
      answer,
    ) as fc.Arbitrary<VendorAnswers>;
    fc.assert(
      fc.property(fc.array(answers, { minLength: 1, maxLength: 6 }), fc.boolean(), (list, personalData) => {
        const c = compareVendors(
          list.map((a, i) => vendor(String(i), a)),
          { personalData },
        );
        const firstFailed = c.rows.findIndex((r) => r.failedGates > 0);
        if (firstFailed >= 0) expect(c.rows.slice(firstFailed).every((r) => r.failedGates > 0)).toBe(true);
        for (let i = 1; i < c.rows.length; i++) {
          const [a, b] = [c.rows[i - 1], c.rows[i]];
          if (a && b) expect(a.failedGates).toBeLessThanOrEqual(b.failedGates);
        }
      }),
      { numRuns: 100 },
    );
  });
});
