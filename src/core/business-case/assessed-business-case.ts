import { assess } from '../assessment/assess.ts';
import type { Assessment, FactorId, Finding, RiskLevel } from '../assessment/assessment-types.ts';
import type { DataProfile } from '../data-profile/data-profile-types.ts';
import type { UseCase } from '../use-case/use-case-schema.ts';
import type { BusinessCaseResult } from './business-case-types.ts';
import { EXPECTATION_GAP_FACTOR, expectationGapFindings } from './expectation-gap-findings.ts';
import { resolveBusinessCase } from './resolve-business-case.ts';
import { simulateBusinessCase } from './simulate-business-case.ts';

/**
 * The business case with its stall probability adjusted by the assessment of the same use case,
 * as the CLI and the API report it.
 *
 * Order matters and has no loop: the expectation-gap findings depend only on the ranges and the
 * simulated outcomes (not on the stall chance), so we simulate, derive the findings, assess the use
 * case with them as `extraFindings` on `expectations`, and simulate again with the same seed and the
 * assessed factor risks. The second run draws the same numbers; only the stall-dependent figures
 * (expected value, chance of a positive outcome) change.
 */
export function assessedBusinessCase(options: {
  useCase: UseCase;
  runs?: number;
  seed?: number;
  withRankCorrelation?: boolean;
  /** Profiles of the use case's data files: evidence for the `data` factor. */
  dataProfiles?: DataProfile[];
}): { result: BusinessCaseResult; findings: Finding[]; assessment: Assessment } {
  const { useCase, runs, seed } = options;
  const inputs = resolveBusinessCase(useCase);
  const first = simulateBusinessCase({ inputs, runs, seed });
  const findings = expectationGapFindings({ useCase, result: first });
  const assessment = assess(useCase, {
    extraFindings: { [EXPECTATION_GAP_FACTOR]: findings },
    ...(options.dataProfiles ? { dataProfiles: options.dataProfiles } : {}),
  });
  const factorRisks: Partial<Record<FactorId, RiskLevel>> = {};
  for (const f of assessment.factors) factorRisks[f.id] = f.risk;
  const result = simulateBusinessCase({
    inputs,
    runs,
    seed,
    factorRisks,
    withRankCorrelation: options.withRankCorrelation,
  });
  return { result, findings, assessment };
}
