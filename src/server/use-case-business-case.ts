import type { Assessment } from '../core/assessment/assessment-types.ts';
import {
  businessCaseAssessment,
  businessCaseWithRisks,
  type SwitchingRange,
  stallEvidenceOf,
} from '../core/business-case/assessed-business-case.ts';
import { BUSINESS_CASE_DEFAULTS } from '../core/business-case/business-case-defaults.ts';
import type { UseCase } from '../core/use-case/use-case-schema.ts';
import type { BusinessCaseReportInput } from '../report/business-case-document.ts';
import type { Store } from '../store/store.ts';
import { currentAssessment } from './current-assessment.ts';

/**
 * The business case of one use-case document with its stall chance from the given assessment (the
 * one with all evidence: `currentAssessment` for a stored use case). Same document, assessment and
 * seed ⇒ the same figures as `haalbaar business-case`, the page's Web Worker and the XLSX.
 */
export function computeBusinessCase(options: {
  useCase: UseCase;
  assessment: Assessment;
  stored: { id: string; revision: number } | null;
  runs?: number | undefined;
  seed?: number | undefined;
  /** The selected vendor's switching cost (stored use cases with a vendor comparison). */
  switchingCost?: SwitchingRange | undefined;
}): BusinessCaseReportInput {
  const { useCase, assessment, switchingCost } = options;
  const { result, findings } = businessCaseWithRisks({
    useCase,
    stall: { ...stallEvidenceOf(assessment), ...(switchingCost ? { switchingCost } : {}) },
    runs: options.runs ?? BUSINESS_CASE_DEFAULTS.runs,
    seed: options.seed ?? BUSINESS_CASE_DEFAULTS.seed,
    withRankCorrelation: true,
  });
  return {
    useCase,
    result,
    findings,
    assessment: businessCaseAssessment(assessment, options.stored, switchingCost ?? null),
  };
}

/**
 * The stored use case's business case: its document (given, already read and access-checked by the
 * caller), its current assessment (`currentAssessment`: stored when current, else computed now) and
 * the selected vendor's switching cost. What `GET …/business-case`, the XLSX, the board report and
 * the portfolio all show for one use case.
 */
export async function useCaseBusinessCase(
  store: Store,
  options: {
    orgId: string;
    useCaseId: string;
    document: UseCase;
    runs?: number | undefined;
    seed?: number | undefined;
  },
): Promise<BusinessCaseReportInput> {
  const { orgId, useCaseId, document } = options;
  const { assessment, stored, switchingCost } = await currentAssessment(store, {
    orgId,
    useCaseId,
    document,
  });
  return computeBusinessCase({
    useCase: document,
    assessment,
    stored,
    runs: options.runs,
    seed: options.seed,
    switchingCost,
  });
}
