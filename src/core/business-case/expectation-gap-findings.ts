import type { FactorId, Finding, Severity } from '../assessment/assessment-types.ts';
import { msg } from '../message.ts';
import type { UseCase } from '../use-case/use-case-schema.ts';
import { BUSINESS_CASE_DEFAULTS } from './business-case-defaults.ts';
import type { BusinessCaseResult } from './business-case-types.ts';

/** The factor these findings belong to: the gap between hope and evidence is "magical thinking". */
export const EXPECTATION_GAP_FACTOR: FactorId = 'expectations';

/** Highest time reduction Haalbaar treats as usual without a measurement (the default range's high). */
export const TYPICAL_TIME_REDUCTION_HIGH = BUSINESS_CASE_DEFAULTS.timeReduction.high;

/** Fewest months a new way of working takes to settle (adoption takes 3–6 months). */
export const MIN_ADOPTION_MONTHS = BUSINESS_CASE_DEFAULTS.monthsToFullEffect.low;

/** Automation expectations from here up are "total automation" claims. */
const NEAR_TOTAL_AUTOMATION = 0.9;

function finding(options: {
  name: string;
  severity: Severity;
  params: Record<string, string | number>;
}): Finding {
  const base = `businessCase.finding.${options.name}`;
  return {
    id: `businessCase.${options.name}`,
    severity: options.severity,
    title: msg(`${base}.title`, options.params),
    evidence: msg(`${base}.evidence`, options.params),
    advice: msg(`${base}.advice`, options.params),
  };
}

/**
 * Findings for the `expectations` factor from the gap between what the team expects and what the
 * business case supports. Feed them to the assessment through its `extraFindings` evidence hook
 * (they all belong to {@link EXPECTATION_GAP_FACTOR}). Returns [] when expectations fit the evidence.
 *
 * - `businessCase.automationGap`: expected automation rate above the high end of the time-reduction
 *   range (high severity from 90 % or a gap of 25 points).
 * - `businessCase.timeToValueGap`: expected months to value below the low end of months to full effect
 *   (high severity at one month or less).
 * - `businessCase.reductionAboveTypical`: the team's own likely time reduction above the usual 60 %.
 * - `businessCase.adoptionFasterThanTypical`: the team's own likely months to full effect below 3.
 * - `businessCase.likelyAtOptimisticEdge`: the NPV at the team's likely values is above the simulated
 *   P90, i.e. their "likely" values sit at the optimistic end of their own ranges.
 *
 * Parameters are raw numbers (fractions, months, euros); the translation formats them.
 */
export function expectationGapFindings(options: { useCase: UseCase; result: BusinessCaseResult }): Finding[] {
  const { useCase, result } = options;
  const ranges = result.inputs.ranges;
  const findings: Finding[] = [];
  const expected = useCase.expectations;

  const rate = expected?.expectedAutomationRate;
  const timeHigh = ranges.timeReduction.high;
  if (rate !== undefined && rate > timeHigh + 1e-9) {
    findings.push(
      finding({
        name: 'automationGap',
        severity: rate >= NEAR_TOTAL_AUTOMATION || rate - timeHigh >= 0.25 ? 'high' : 'medium',
        params: { expected: rate, low: ranges.timeReduction.low, high: timeHigh },
      }),
    );
  }

  const months = expected?.expectedMonthsToValue;
  const monthsLow = ranges.monthsToFullEffect.low;
  if (months !== undefined && months < monthsLow - 1e-9) {
    findings.push(
      finding({
        name: 'timeToValueGap',
        severity: months <= 1 ? 'high' : 'medium',
        params: {
          // `count` lets the translation pick "1 month" / "2 months".
          count: months,
          low: monthsLow,
          high: ranges.monthsToFullEffect.high,
          payback: result.simulated.paybackMonth.p50 ?? result.inputs.horizonYears * 12,
        },
      }),
    );
  }

  if (ranges.timeReduction.source === 'input' && ranges.timeReduction.likely > TYPICAL_TIME_REDUCTION_HIGH) {
    findings.push(
      finding({
        name: 'reductionAboveTypical',
        severity: 'medium',
        params: { likely: ranges.timeReduction.likely, typical: TYPICAL_TIME_REDUCTION_HIGH },
      }),
    );
  }

  if (
    ranges.monthsToFullEffect.source === 'input' &&
    ranges.monthsToFullEffect.likely < MIN_ADOPTION_MONTHS
  ) {
    findings.push(
      finding({
        name: 'adoptionFasterThanTypical',
        severity: 'medium',
        params: { likely: ranges.monthsToFullEffect.likely, typical: MIN_ADOPTION_MONTHS },
      }),
    );
  }

  if (result.runs >= 100 && result.deterministic.npvEur > result.simulated.npvEur.p90) {
    findings.push(
      finding({
        name: 'likelyAtOptimisticEdge',
        severity: 'medium',
        params: {
          likelyNpv: result.deterministic.npvEur,
          p50: result.simulated.npvEur.p50,
          p90: result.simulated.npvEur.p90,
        },
      }),
    );
  }
  return findings;
}
