import pkg from '../../package.json' with { type: 'json' };
import type { PilotPlanDraft } from '../api/pilot-schemas.ts';
import { pilotThatCounts } from '../core/pilot/pilot-evidence.ts';
import type { BoardReportInput } from '../report/board-report/board-report-document.ts';
import type { Store } from '../store/store.ts';
import { AppError } from './app-error.ts';
import { ASSESSMENT_VERSION, currentAssessment, useCaseEvidence } from './current-assessment.ts';
import { pilotAnalysisOf } from './pilot-view.ts';
import { computeBusinessCase } from './use-case-business-case.ts';
import { useCaseVendors } from './vendor-comparison.ts';

/** The model version a stored assessment records; null when it was stored before versions were recorded. */
function recordedModelVersion(stored: object): number | null {
  return 'modelVersion' in stored && typeof stored.modelVersion === 'number' ? stored.modelVersion : null;
}

async function pilotOf(
  store: Store,
  options: { orgId: string; useCaseId: string; title: string },
): Promise<BoardReportInput['pilot']> {
  const counts = pilotThatCounts(await store.pilots.list<PilotPlanDraft>(options.orgId, options.useCaseId));
  if (!counts) return undefined;
  const record = await store.pilots.getRecord<PilotPlanDraft>({
    organisationId: options.orgId,
    useCaseId: options.useCaseId,
    pilotId: counts.id,
  });
  if (!record || record.status === 'planned') return record ? { status: 'planned' } : undefined;
  const analysis = pilotAnalysisOf(record, options.title);
  return analysis ? { status: 'started', analysis } : { status: 'planned' };
}

/**
 * Everything the board report of a stored use case shows, from the same places the API reads: the
 * current assessment (`currentAssessment`), its business case with the selected vendor's switching
 * cost, the data files that count as evidence, the newest survey round whose aggregates may be shown
 * (`surveyEvidence`: never single or open answers), the vendor comparison and the pilot that counts.
 * The caller has checked access; a use case of another organisation is not found.
 */
export async function boardReportData(
  store: Store,
  options: { orgId: string; useCaseId: string; today: string },
): Promise<BoardReportInput> {
  const { orgId, useCaseId } = options;
  const found = await store.useCases.get(orgId, useCaseId);
  if (!found) throw new AppError('NOT_FOUND');
  const document = found.document;
  const [evidence, current, compared, organisation] = await Promise.all([
    useCaseEvidence(store, { orgId, useCaseId, document }),
    currentAssessment(store, { orgId, useCaseId, document }),
    useCaseVendors(store, { orgId, useCaseId, document }),
    store.accounts.getOrganisation(orgId),
  ]);
  const { assessment, stored, switchingCost } = current;
  return {
    useCase: document,
    assessment,
    businessCase: computeBusinessCase({ useCase: document, assessment, stored, switchingCost }),
    profiles: evidence.profiles,
    survey: evidence.survey,
    vendors: compared.comparison,
    pilot: await pilotOf(store, { orgId, useCaseId, title: found.title }),
    organisation: organisation?.name ?? null,
    generatedOn: options.today,
    appVersion: pkg.version,
    modelVersion: stored ? recordedModelVersion(stored) : ASSESSMENT_VERSION,
  };
}
