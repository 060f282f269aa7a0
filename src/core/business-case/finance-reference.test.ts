import { describe, expect, it } from 'vitest';
import reference from '../../../test/fixtures/business-case/finance-reference.json' with { type: 'json' };
import { createCashFlowModel, evaluateScenario, monthlyCashFlow } from './cash-flow-model.ts';
import { internalRateOfReturn } from './internal-rate-of-return.ts';
import { netPresentValue, yearlyRateFromMonthly } from './net-present-value.ts';
import { paybackMonth } from './payback-month.ts';

/**
 * NPV, IRR and payback against LibreOffice Calc (scripts/reference/finance-reference.ts wrote the
 * fixture). LibreOffice prints 15 significant digits, so we compare to 1e-9 relative.
 */
const closeTo = (actual: number | null, expected: number | null, relative = 1e-9) => {
  if (expected === null) {
    expect(actual).toBeNull();
    return;
  }
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(
    relative * Math.max(1, Math.abs(expected)),
  );
};

describe('finance functions against LibreOffice', () => {
  it.each(reference.cashFlowCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    closeTo(netPresentValue({ cashFlows: c.cashFlows, ratePerPeriod: c.ratePerPeriod }), c.npv);
    closeTo(internalRateOfReturn({ cashFlows: c.cashFlows }), c.irr);
    expect(paybackMonth({ cashFlows: c.cashFlows })).toBe(c.paybackPeriod);
  });

  it("reproduces Microsoft's published NPV and IRR examples to their printed precision", () => {
    const byName = Object.fromEntries(reference.cashFlowCases.map((c) => [c.name, c]));
    const npvCase = byName['ms-npv-example']!;
    expect(netPresentValue({ cashFlows: npvCase.cashFlows, ratePerPeriod: 0.1 }).toFixed(2)).toBe('1188.44');
    expect((internalRateOfReturn({ cashFlows: byName['ms-irr-5-years']!.cashFlows })! * 100).toFixed(2)).toBe(
      '8.66',
    );
    expect((internalRateOfReturn({ cashFlows: byName['ms-irr-4-years']!.cashFlows })! * 100).toFixed(2)).toBe(
      '-2.12',
    );
  });
});

describe('the monthly business-case model against LibreOffice', () => {
  it.each(reference.modelCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const p = c.params;
    const model = createCashFlowModel({
      horizonYears: p.horizonYears,
      discountRate: p.discountRate,
      labourPerYearEur: p.labourPerYearEur,
      errorsPerYearEur: p.errorsPerYearEur,
    });
    const point = {
      timeReduction: p.timeReduction,
      errorReduction: p.errorReduction,
      'oneOffCosts.implementation': p.implementationEur,
      'oneOffCosts.dataPreparation': p.dataPreparationEur,
      'oneOffCosts.trainingAndChange': p.trainingAndChangeEur,
      'yearlyCosts.licence': p.licenceEurPerYear,
      'yearlyCosts.maintenance': p.maintenanceEurPerYear,
      'yearlyCosts.humanReview': p.humanReviewEurPerYear,
      monthsToFullEffect: p.monthsToFullEffect,
    };
    const outcome = evaluateScenario(model, point);
    closeTo(outcome.npvEur, c.npvEur);
    expect(outcome.paybackMonth).toBe(c.paybackMonth);
    const flows = monthlyCashFlow(model, point).map((m) => m.netEur);
    const irr = internalRateOfReturn({ cashFlows: flows });
    closeTo(irr, c.irrMonthly, 1e-7);
    closeTo(irr === null ? null : yearlyRateFromMonthly(irr), c.irrYearly, 1e-7);
  });
});
