import type { StatusQuoCost } from '../assessment/assessment-types.ts';
import { statusQuoCost } from '../status-quo-cost.ts';
import type { UseCase } from '../use-case/use-case-schema.ts';
import { BUSINESS_CASE_DEFAULTS } from './business-case-defaults.ts';
import {
  BUSINESS_CASE_INPUT_IDS,
  type BusinessCaseInputId,
  type ResolvedBusinessCase,
  type ResolvedRange,
} from './business-case-types.ts';
import { vendorLicence } from './vendor-licence.ts';

type Range = { low: number; likely: number; high: number };

function pick(given: Range | undefined, fallback: Range): ResolvedRange {
  return given === undefined
    ? { low: fallback.low, likely: fallback.likely, high: fallback.high, source: 'default' }
    : { low: given.low, likely: given.likely, high: given.high, source: 'input' };
}

/** No figures about the current process: nothing to save, and the report says so. */
function emptyStatusQuo(weeksPerYear: number): StatusQuoCost {
  return {
    perYear: 0,
    breakdown: { labourPerYear: 0, errorsPerYear: 0, labourPerWeek: 0, errorsPerWeek: 0, weeksPerYear },
    isPartial: true,
  };
}

/**
 * Fills in every business-case input: the file's own ranges where given; for the licence without a
 * range of its own, the vendor's yearly cost from the intake (`vendorLicence`); Haalbaar's documented
 * defaults ({@link BUSINESS_CASE_DEFAULTS}) elsewhere, each marked with its source so a report can
 * say "assumption". Also takes the status-quo cost (`statusQuoCost`, shared with the assessment) the
 * savings are a share of; without any figures it is zero and partial.
 * Trusts its input: the use case has passed the schema (ranges ordered, fractions 0..1).
 */
export function resolveBusinessCase(useCase: UseCase): ResolvedBusinessCase {
  const bc = useCase.businessCase ?? {};
  const d = BUSINESS_CASE_DEFAULTS;
  const given: Record<BusinessCaseInputId, Range | undefined> = {
    timeReduction: bc.timeReduction,
    errorReduction: bc.errorReduction,
    'oneOffCosts.implementation': bc.oneOffCosts?.implementation,
    'oneOffCosts.dataPreparation': bc.oneOffCosts?.dataPreparation,
    'oneOffCosts.trainingAndChange': bc.oneOffCosts?.trainingAndChange,
    'yearlyCosts.licence': bc.yearlyCosts?.licence,
    'yearlyCosts.maintenance': bc.yearlyCosts?.maintenance,
    'yearlyCosts.humanReview': bc.yearlyCosts?.humanReview,
    monthsToFullEffect: bc.monthsToFullEffect,
  };
  const fallback: Record<BusinessCaseInputId, Range> = {
    timeReduction: d.timeReduction,
    errorReduction: d.errorReduction,
    'oneOffCosts.implementation': d.oneOffCosts.implementation,
    'oneOffCosts.dataPreparation': d.oneOffCosts.dataPreparation,
    'oneOffCosts.trainingAndChange': d.oneOffCosts.trainingAndChange,
    'yearlyCosts.licence': d.yearlyCosts.licence,
    'yearlyCosts.maintenance': d.yearlyCosts.maintenance,
    'yearlyCosts.humanReview': d.yearlyCosts.humanReview,
    monthsToFullEffect: d.monthsToFullEffect,
  };
  const ranges = {} as Record<BusinessCaseInputId, ResolvedRange>;
  for (const id of BUSINESS_CASE_INPUT_IDS) ranges[id] = pick(given[id], fallback[id]);
  const vendor = given['yearlyCosts.licence'] === undefined ? vendorLicence(useCase) : null;
  if (vendor) ranges['yearlyCosts.licence'] = { ...vendor.range, source: 'vendor' };
  return {
    ranges,
    licenceVendor: vendor,
    statusQuo:
      statusQuoCost(useCase.problem) ?? emptyStatusQuo(useCase.problem?.weeksPerYear ?? d.weeksPerYear),
    horizonYears: bc.horizonYears ?? d.horizonYears,
    horizonSource: bc.horizonYears === undefined ? 'default' : 'input',
    discountRate: bc.discountRate ?? d.discountRate,
    discountRateSource: bc.discountRate === undefined ? 'default' : 'input',
    distribution: bc.distribution ?? d.distribution,
    stalledCostShare: bc.stalledCostShare ?? d.stalledCostShare,
    stalledCostShareSource: bc.stalledCostShare === undefined ? 'default' : 'input',
    stallProbabilityOverride: bc.stallProbability,
  };
}
