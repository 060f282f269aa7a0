import type { StatusQuoCost } from './assessment/assessment-types.ts';
import type { UseCase } from './use-case/use-case-schema.ts';

/** Working weeks per year when the use case does not say otherwise. */
export const DEFAULT_WEEKS_PER_YEAR = 52;

const cents = (eur: number): number => Math.round(eur * 100) / 100;

/**
 * What the current way of working costs per year, in euros: labour (hours per week × loaded hourly
 * cost) plus errors (items per week × error rate × cost to correct one error), times the working
 * weeks per year (`problem.weeksPerYear`, else 52).
 *
 * Returns null when neither part can be computed. `isPartial` is true when an input of either part is
 * missing, so the figure is a lower bound. Amounts are rounded to cents; never negative.
 * Shared with the business case, which uses it as the benefit ceiling.
 *
 * @example statusQuoCost({ hoursPerWeek: 15, hourlyCost: 52, volumePerWeek: 250, errorRate: 0.03, costPerError: 75 })
 *   // perYear 69_810 = (780 + 562.50) × 52
 */
export function statusQuoCost(problem: UseCase['problem']): StatusQuoCost | null {
  if (problem === undefined) return null;
  const { hoursPerWeek, hourlyCost, volumePerWeek, errorRate, costPerError } = problem;
  const weeksPerYear = problem.weeksPerYear ?? DEFAULT_WEEKS_PER_YEAR;
  const hasLabour = hoursPerWeek !== undefined && hourlyCost !== undefined;
  const hasErrors = volumePerWeek !== undefined && errorRate !== undefined && costPerError !== undefined;
  if (!hasLabour && !hasErrors) return null;
  const labourPerWeek = hasLabour ? cents(hoursPerWeek * hourlyCost) : 0;
  const errorsPerWeek = hasErrors ? cents(volumePerWeek * errorRate * costPerError) : 0;
  const labourPerYear = cents(labourPerWeek * weeksPerYear);
  const errorsPerYear = cents(errorsPerWeek * weeksPerYear);
  return {
    perYear: cents(labourPerYear + errorsPerYear),
    breakdown: { labourPerYear, errorsPerYear, labourPerWeek, errorsPerWeek, weeksPerYear },
    isPartial: !hasLabour || !hasErrors,
  };
}
