import type { StatusQuoCost } from '../assessment/assessment-types.ts';
import type { UseCase } from '../use-case/use-case-schema.ts';
import { BUSINESS_CASE_DEFAULTS } from './business-case-defaults.ts';

/**
 * What the current process costs, the base the savings are a share of:
 * labour = hoursPerWeek × hourlyCost, errors = volumePerWeek × errorRate × costPerError (per week),
 * each × weeksPerYear (52 unless the file says otherwise). Euros.
 *
 * A missing input makes its part zero and the result partial (`isPartial`): the business case then
 * under-states the savings rather than inventing them.
 *
 * Local to the business case until the assessment's `statusQuoCost(problem)` lands; the two must
 * agree (same formula and type) and should then be merged.
 *
 * @example
 *   businessCaseStatusQuo({ hoursPerWeek: 15, hourlyCost: 52, volumePerWeek: 200, errorRate: 0.03, costPerError: 75 })
 *   // labourPerWeek 780, errorsPerWeek 450, perYear 63 960
 */
export function businessCaseStatusQuo(problem: UseCase['problem']): StatusQuoCost {
  const p = problem ?? {};
  const weeksPerYear = p.weeksPerYear ?? BUSINESS_CASE_DEFAULTS.weeksPerYear;
  const hasLabour = p.hoursPerWeek !== undefined && p.hourlyCost !== undefined;
  const hasErrors =
    p.volumePerWeek !== undefined && p.errorRate !== undefined && p.costPerError !== undefined;
  const labourPerWeek = hasLabour ? (p.hoursPerWeek as number) * (p.hourlyCost as number) : 0;
  const errorsPerWeek = hasErrors
    ? (p.volumePerWeek as number) * (p.errorRate as number) * (p.costPerError as number)
    : 0;
  const labourPerYear = labourPerWeek * weeksPerYear;
  const errorsPerYear = errorsPerWeek * weeksPerYear;
  return {
    perYear: labourPerYear + errorsPerYear,
    breakdown: { labourPerYear, errorsPerYear, labourPerWeek, errorsPerWeek, weeksPerYear },
    isPartial: !(hasLabour && hasErrors),
  };
}
