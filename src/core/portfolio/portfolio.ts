import type { Verdict } from '../assessment/assessment-types.ts';
import type { Percentiles } from '../business-case/business-case-types.ts';
import type { PredictedVsRealised } from '../pilot/analyse-pilot.ts';
import type { DecisionOutcome } from '../pilot/pilot-schema.ts';
import { type FeasibilityCap, type FeasibilityInput, feasibility } from './feasibility.ts';

/**
 * The portfolio: one row per use case across organisations, comparable because each carries the same
 * figures the per-use-case API shows. Value is the business case's simulated NET yearly benefit
 * (savings at full effect minus the yearly costs: `simulated.netBenefitPerYearEur`), not the gross
 * savings: a case whose licence eats its savings is worth nothing to the company.
 */

export type PortfolioRowInput<Status extends string = string> = {
  organisation: { id: string; name: string };
  useCase: { id: string; title: string; status: Status };
  assessment: FeasibilityInput & { verdict: Verdict };
  businessCase: {
    simulated: { netBenefitPerYearEur: Percentiles };
    /** The model at the likely values. */
    deterministic: { oneOffEur: number };
  };
  /** The latest pilot's decision, or null without a decided pilot. */
  decision: {
    outcome: DecisionOutcome;
    on: string;
    predictedVsRealised: PredictedVsRealised | null;
  } | null;
  model: {
    /** The model version of the latest stored assessment; null when none is stored or it predates versions. */
    storedVersion: number | null;
    hasStoredAssessment: boolean;
    currentVersion: number;
  };
};

export type PortfolioRow<Status extends string = string> = {
  organisationId: string;
  organisationName: string;
  useCaseId: string;
  title: string;
  status: Status;
  verdict: Verdict;
  /** Net yearly benefit at full effect, euros: P10, P50, P90 of the simulation. */
  yearlyBenefitEur: Percentiles;
  /** One-off costs at their likely values, euros. */
  oneOffCostEur: number;
  /** 0–100 from the measured factors and success conditions (`feasibility`). */
  feasibility: number;
  feasibilityCap: FeasibilityCap | null;
  decision: DecisionOutcome | null;
  decidedOn: string | null;
  /** Where a pilot decided: the yearly savings predicted at its start against what it measured. */
  predictedVsRealised: {
    predictedEur: Percentiles;
    realisedEur: number | null;
    position: PredictedVsRealised['position'];
  } | null;
  /** The model version of the latest stored assessment (null: none stored, or stored before versions). */
  modelVersion: number | null;
  /** True when the latest stored assessment was made by another model version than today's. */
  isOlderModel: boolean;
};

/** One portfolio row from the figures of one use case. */
export function portfolioRow<Status extends string>(input: PortfolioRowInput<Status>): PortfolioRow<Status> {
  const { p10, p50, p90 } = input.businessCase.simulated.netBenefitPerYearEur;
  const f = feasibility(input.assessment);
  const pvr = input.decision?.predictedVsRealised ?? null;
  return {
    organisationId: input.organisation.id,
    organisationName: input.organisation.name,
    useCaseId: input.useCase.id,
    title: input.useCase.title,
    status: input.useCase.status,
    verdict: input.assessment.verdict,
    yearlyBenefitEur: { p10, p50, p90 },
    oneOffCostEur: input.businessCase.deterministic.oneOffEur,
    feasibility: f.score,
    feasibilityCap: f.cap,
    decision: input.decision?.outcome ?? null,
    decidedOn: input.decision?.on ?? null,
    predictedVsRealised: pvr
      ? {
          predictedEur: { p10: pvr.predicted.p10, p50: pvr.predicted.p50, p90: pvr.predicted.p90 },
          realisedEur: pvr.realised?.estimate ?? null,
          position: pvr.position,
        }
      : null,
    modelVersion: input.model.storedVersion,
    isOlderModel: input.model.hasStoredAssessment && input.model.storedVersion !== input.model.currentVersion,
  };
}

/**
 * The rows in the order the portfolio shows them first: by organisation name, then the highest
 * P50 benefit first, then by title (stable across requests).
 */
export function sortPortfolio<Row extends PortfolioRow>(rows: readonly Row[]): Row[] {
  return [...rows].sort(
    (a, b) =>
      a.organisationName.localeCompare(b.organisationName) ||
      a.organisationId.localeCompare(b.organisationId) ||
      b.yearlyBenefitEur.p50 - a.yearlyBenefitEur.p50 ||
      a.title.localeCompare(b.title) ||
      a.useCaseId.localeCompare(b.useCaseId),
  );
}
