import { assess } from '../assessment/assess.ts';
import type {
  AssessEvidence,
  Assessment,
  ConditionStatus,
  FactorId,
  Finding,
  RiskLevel,
  SuccessConditionId,
  Verdict,
} from '../assessment/assessment-types.ts';
import { notApplicableTest } from '../assessment/not-applicable.ts';
import type { Range, UseCase } from '../use-case/use-case-schema.ts';
import { BUSINESS_CASE_DEFAULTS } from './business-case-defaults.ts';
import type { BusinessCaseResult } from './business-case-types.ts';
import { EXPECTATION_GAP_FACTOR, expectationGapFindings } from './expectation-gap-findings.ts';
import { resolveBusinessCase } from './resolve-business-case.ts';
import { simulateBusinessCase } from './simulate-business-case.ts';
import { committedLicenceMonths } from './stall-probability.ts';

/**
 * Runs and seed of the simulation whose expectation gap the assessment weighs: the business case's
 * own defaults, so a stored assessment and the business case shown with default settings draw the
 * same numbers and name the same expectation-gap findings.
 */
export const ASSESSMENT_SIMULATION = {
  runs: BUSINESS_CASE_DEFAULTS.runs,
  seed: BUSINESS_CASE_DEFAULTS.seed,
} as const;

/**
 * The evidence besides the answers: data profiles (with the stored files' ids), the pilot's facts,
 * the employee survey and the measured feedback channel.
 */
export type EvidenceBesideAnswers = Pick<
  AssessEvidence,
  'dataProfiles' | 'dataFileIds' | 'pilot' | 'survey' | 'feedback' | 'asOf' | 'vendors'
>;

/**
 * The one assessment of a use case with all its evidence: the answers, the profiles of its data
 * files, and the gap between its expectations and its business case's simulated range (findings on
 * `expectations`). The API stores it, the results page shows it, the business case takes its stall
 * chance from its factor levels, and the CLI prints it; nothing else assesses a use case.
 *
 * Pure and deterministic (a fixed seed). The expectation-gap findings depend only on the ranges and
 * the simulated outcomes, not on the stall chance, so there is no loop.
 */
export function assessWithEvidence(useCase: UseCase, evidence: EvidenceBesideAnswers = {}): Assessment {
  const first = simulateBusinessCase({ inputs: resolveBusinessCase(useCase), ...ASSESSMENT_SIMULATION });
  const findings = expectationGapFindings({ useCase, result: first });
  return assess(useCase, { ...evidence, extraFindings: { [EXPECTATION_GAP_FACTOR]: findings } });
}

/**
 * What the stall chance follows, taken from an assessment: the risk level of each failure factor and
 * the status of each success condition. The page's Web Worker gets exactly this from the server.
 */
export type StallEvidence = {
  factorRisks: Partial<Record<FactorId, RiskLevel>>;
  conditions: Partial<Record<SuccessConditionId, ConditionStatus>>;
  /**
   * The selected vendor's switching cost from the vendor comparison (evidence the browser does not
   * have, like the data files): what a stalled project pays to get out. Absent without one.
   */
  switchingCost?: SwitchingRange;
};

/** A switching cost as low / likely / high euros. */
export type SwitchingRange = Range;

export function stallEvidenceOf(assessment: {
  factors: readonly { id: FactorId; risk: RiskLevel }[];
  successConditions: readonly { id: SuccessConditionId; status: ConditionStatus }[];
}): StallEvidence {
  return {
    factorRisks: Object.fromEntries(assessment.factors.map((f) => [f.id, f.risk])),
    conditions: Object.fromEntries(assessment.successConditions.map((c) => [c.id, c.status])),
  };
}

/**
 * The assessment a business case's stall chance follows, as its report carries it: the verdict, the
 * factor levels and condition statuses, and which stored assessment it is (`assessmentId` null:
 * computed for this report).
 */
export type BusinessCaseAssessment = {
  verdict: Verdict;
  factors: { id: FactorId; risk: RiskLevel; score: number }[];
  successConditions: { id: SuccessConditionId; status: ConditionStatus }[];
  assessmentId: string | null;
  revision: number | null;
  /** The selected vendor's switching cost the business case counted; null without one. */
  switchingCost: SwitchingRange | null;
};

export function businessCaseAssessment(
  assessment: Pick<Assessment, 'verdict' | 'factors' | 'successConditions'>,
  stored: { id: string; revision: number } | null = null,
  switchingCost: SwitchingRange | null = null,
): BusinessCaseAssessment {
  return {
    verdict: assessment.verdict,
    factors: assessment.factors.map((f) => ({ id: f.id, risk: f.risk, score: f.score })),
    successConditions: assessment.successConditions.map((c) => ({ id: c.id, status: c.status })),
    assessmentId: stored?.id ?? null,
    revision: stored?.revision ?? null,
    switchingCost,
  };
}

/** The stall evidence in a report's summary of the assessment (what the page's Web Worker receives). */
export function stallEvidenceOfSummary(summary: BusinessCaseAssessment): StallEvidence {
  const evidence = stallEvidenceOf({
    factors: summary.factors,
    successConditions: summary.successConditions,
  });
  return summary.switchingCost ? { ...evidence, switchingCost: summary.switchingCost } : evidence;
}

/**
 * The business case whose chance of stalling follows the given assessment (factor levels and
 * success conditions, those of {@link assessWithEvidence}), with the expectation-gap findings of these
 * ranges. A stalled project also pays the licence months its vendor's contract commits it to. This is
 * what the API, the XLSX and the page's Web Worker compute: the worker gets the stall evidence from
 * the server and never assesses on its own, so all of them show the same stall chance.
 */
export function businessCaseWithRisks(options: {
  useCase: UseCase;
  stall: StallEvidence;
  runs?: number;
  seed?: number;
  withRankCorrelation?: boolean;
  /**
   * The selected vendor's switching cost (compareVendors' row of the selected vendor): paid by a
   * stalled project instead of its committed licence months, and reported as the exit cost. Absent:
   * the business case is what it was before vendors had a switching cost.
   */
  switchingCost?: { low: number; likely: number; high: number } | undefined;
}): { result: BusinessCaseResult; findings: Finding[] } {
  const { useCase } = options;
  const switching = options.switchingCost ?? options.stall.switchingCost;
  const inputs = resolveBusinessCase(useCase);
  const vendorsApply = !notApplicableTest(useCase.notApplicable)('partner.vendors');
  const result = simulateBusinessCase({
    inputs,
    runs: options.runs,
    seed: options.seed,
    factorRisks: options.stall.factorRisks,
    conditions: options.stall.conditions,
    committedLicenceMonths: committedLicenceMonths({
      vendors: vendorsApply ? useCase.partner?.vendors : undefined,
      vendorIndex: inputs.licenceVendor?.vendorIndex,
    }),
    withRankCorrelation: options.withRankCorrelation,
    ...(switching === undefined ? {} : { switchingCost: switching }),
  });
  return { result, findings: expectationGapFindings({ useCase, result }) };
}

/**
 * The assessment with all evidence and the business case that follows it, in one call (the CLI and
 * tests): {@link assessWithEvidence}, then {@link businessCaseWithRisks} with its stall evidence.
 */
export function assessedBusinessCase(
  options: {
    useCase: UseCase;
    runs?: number;
    seed?: number;
    withRankCorrelation?: boolean;
    /** The selected vendor's switching cost; see {@link businessCaseWithRisks}. */
    switchingCost?: { low: number; likely: number; high: number } | undefined;
  } & EvidenceBesideAnswers,
): { result: BusinessCaseResult; findings: Finding[]; assessment: Assessment } {
  const { useCase, runs, seed, withRankCorrelation, switchingCost, ...evidence } = options;
  const assessment = assessWithEvidence(useCase, evidence);
  const { result, findings } = businessCaseWithRisks({
    useCase,
    stall: stallEvidenceOf(assessment),
    runs,
    seed,
    withRankCorrelation,
    switchingCost,
  });
  return { result, findings, assessment };
}
