import { businessCaseWithRisks, stallEvidenceOf } from '../core/business-case/assessed-business-case.ts';
import { BUSINESS_CASE_DEFAULTS } from '../core/business-case/business-case-defaults.ts';
import type { PilotAnalysis } from '../core/pilot/analyse-pilot.ts';
import { measuredTimeReduction, withMeasuredRange } from '../core/pilot/measured-business-case.ts';
import type { PilotKpi, PredictedSavings } from '../core/pilot/pilot-schema.ts';
import { statusQuoCost } from '../core/status-quo-cost.ts';
import type { Locale } from '../i18n/resources.ts';
import { translator } from '../i18n/translate.ts';
import type { BusinessCaseUpdate } from '../store/pilots-repository.ts';
import type { Store } from '../store/store.ts';
import type { StoredUseCase } from '../store/use-cases-repository.ts';
import { currentAssessment } from './current-assessment.ts';

/**
 * The business case's yearly savings (P10/P50/P90) of the use case as it is now, with its current
 * assessment and the default runs and seed: the figures the business-case page shows. Null when the
 * use case has no status-quo cost, so nothing to save a share of.
 */
export async function predictedSavings(
  store: Store,
  options: { orgId: string; useCase: StoredUseCase },
): Promise<PredictedSavings | null> {
  const { orgId, useCase } = options;
  if (statusQuoCost(useCase.document.problem) === null) return null;
  const { assessment, switchingCost } = await currentAssessment(store, {
    orgId,
    useCaseId: useCase.id,
    document: useCase.document,
  });
  const { result } = businessCaseWithRisks({
    useCase: useCase.document,
    stall: { ...stallEvidenceOf(assessment), ...(switchingCost ? { switchingCost } : {}) },
    runs: BUSINESS_CASE_DEFAULTS.runs,
    seed: BUSINESS_CASE_DEFAULTS.seed,
  });
  const savings = result.simulated.savingsPerYearEur;
  const whole = (x: number) => Math.round(x);
  return {
    p10: whole(savings.p10),
    p50: whole(savings.p50),
    p90: whole(savings.p90),
    source: `use case revision ${useCase.revision}`,
  };
}

/**
 * On a Go: a new revision of the use case whose time reduction is the one the pilot measured, with a
 * note naming the pilot, so the business case, the assessment and the history follow the evidence.
 * Null when no KPI of the pilot measures time spent (nothing to replace).
 */
export async function applyMeasuredRange(
  store: Store,
  options: {
    orgId: string;
    useCase: StoredUseCase;
    analysis: PilotAnalysis;
    kpis: readonly PilotKpi[];
    userId: string | null;
    locale: Locale;
  },
): Promise<BusinessCaseUpdate | null> {
  const { orgId, useCase, analysis } = options;
  const measured = measuredTimeReduction(analysis, options.kpis);
  if (!measured) return null;
  const t = translator(options.locale);
  const saved = await store.useCases.update({
    organisationId: orgId,
    id: useCase.id,
    document: withMeasuredRange(useCase.document, measured),
    status: 'decided',
    userId: options.userId,
    note: t('pilot.businessCaseNote', { pilot: analysis.title, kpi: measured.kpi.name }),
  });
  if (!saved) return null;
  return {
    ...measured,
    revision: saved.revision,
    previous: useCase.document.businessCase?.timeReduction ?? null,
  };
}
