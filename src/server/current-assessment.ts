import { createHash } from 'node:crypto';
import type { PilotPlanDraft } from '../api/pilot-schemas.ts';
import type { Assessment } from '../core/assessment/assessment-types.ts';
import { assessWithEvidence, type SwitchingRange } from '../core/business-case/assessed-business-case.ts';
import type { DataProfile } from '../core/data-profile/data-profile-types.ts';
import { type PilotEvidence, pilotEvidenceOf, pilotThatCounts } from '../core/pilot/pilot-evidence.ts';
import { rulesEpoch } from '../core/rules/rules-epoch.ts';
import { feedbackEvidenceOf } from '../core/survey/feedback-evidence.ts';
import type { FeedbackEvidence, SurveyEvidence } from '../core/survey/survey-types.ts';
import type { UseCase } from '../core/use-case/use-case-schema.ts';
import type { PartnerEvidence } from '../core/vendors/vendor-findings.ts';
import type { StoredAssessment } from '../store/assessments-repository.ts';
import type { Store } from '../store/store.ts';
import { today } from './pilot-plan.ts';
import { surveyEvidence } from './survey-view.ts';
import { useCaseVendors } from './vendor-comparison.ts';

/**
 * Part of the evidence fingerprint: raise it when the same answers and files would now be assessed
 * differently (new fields in the result, other rules), so stored assessments count as stale and are
 * made again. 2: findings name their file, actions have ids, owners follow the company size.
 * 3: a pilot's facts judge the measure, iterate and people-in-the-loop conditions.
 * 4: the employee survey and the measured feedback channel weigh on the people factor.
 * 5: the rules and obligations (AI Act, DPIA, works council) on the day of the assessment; the
 *    vendors' own questionnaire answers on the partner factor.
 */
export const ASSESSMENT_VERSION = 5;

/**
 * The evidence of a use case beside its answers: the finished profiles of the data files that count,
 * and the facts of its pilot (the newest started one, else the newest planned one).
 */
export type UseCaseEvidence = {
  profiles: DataProfile[];
  fileIds: string[];
  pilot: PilotEvidence | undefined;
  /** The newest survey round whose figures may be shown: aggregates only. */
  survey: SurveyEvidence | undefined;
  /** The feedback inbox measured, once something was received. */
  feedback: FeedbackEvidence | undefined;
  /** The vendors compared, once one has answered its questionnaire. */
  vendors: PartnerEvidence | undefined;
  /** The selected vendor's switching cost: what the business case counts when the project stalls. */
  switchingCost: SwitchingRange | undefined;
  /** The day the rules are judged on: today. */
  asOf: string;
  hash: string;
};

async function pilotEvidence(
  store: Store,
  options: { orgId: string; useCaseId: string; document: UseCase },
): Promise<PilotEvidence | undefined> {
  const counts = pilotThatCounts(await store.pilots.list<PilotPlanDraft>(options.orgId, options.useCaseId));
  if (!counts) return undefined;
  const record = await store.pilots.getRecord<PilotPlanDraft>({
    organisationId: options.orgId,
    useCaseId: options.useCaseId,
    pilotId: counts.id,
  });
  if (!record) return undefined;
  return pilotEvidenceOf({
    ...record,
    title: record.plan.title ?? (options.document.title?.trim() || 'Pilot'),
  });
}

/**
 * The evidence an assessment of this document uses, and its fingerprint: the answers and the
 * finished data profiles of the files that count as evidence (the owner may leave one out; a status
 * change or a save without changes is not new evidence). The one place that decides which evidence
 * counts, for the stored assessment and the business case alike.
 */
export async function useCaseEvidence(
  store: Store,
  options: { orgId: string; useCaseId: string; document: UseCase },
): Promise<UseCaseEvidence> {
  const files = (await store.dataFiles.list(options.orgId, options.useCaseId)).filter(
    (f) => f.status === 'done' && f.profile && f.countsAsEvidence,
  );
  const pilot = await pilotEvidence(store, options);
  const survey = await surveyEvidence(store, options);
  const items = await store.feedback.list(options.orgId, options.useCaseId);
  // Measured against today: an open item passes its two weeks without anyone touching it.
  const compared = await useCaseVendors(store, options);
  const selected = compared.comparison.rows.find((r) => r.vendorId === compared.comparison.selectedId);
  const vendors = selected?.answered
    ? { comparison: compared.comparison, vendors: compared.vendors }
    : undefined;
  const switchingCost = selected
    ? {
        low: selected.switchingCost.low,
        likely: selected.switchingCost.likely,
        high: selected.switchingCost.high,
      }
    : undefined;
  const asOf = today();
  const feedback = items.length > 0 ? feedbackEvidenceOf(items, asOf) : undefined;
  const hash = createHash('sha256')
    .update(
      JSON.stringify({
        version: ASSESSMENT_VERSION,
        document: options.document,
        files: files.map((f) => [f.id, f.updatedAt]),
        pilot: pilot ?? null,
        survey: survey ?? null,
        feedback: feedback ?? null,
        vendors: compared.vendors,
        weights: compared.weights,
        // Not the day itself: a stored assessment stays current until a rule's date passes.
        rules: rulesEpoch(asOf),
      }),
    )
    .digest('hex');
  return {
    profiles: files.map((f) => f.profile!),
    fileIds: files.map((f) => f.id),
    pilot,
    survey,
    feedback,
    vendors,
    switchingCost,
    asOf,
    hash,
  };
}

/** Assesses a document with its evidence: the one assessment (`assessWithEvidence`). */
export function assessUseCase(document: UseCase, evidence: UseCaseEvidence): Assessment {
  return assessWithEvidence(document, {
    dataProfiles: evidence.profiles,
    dataFileIds: evidence.fileIds,
    ...(evidence.pilot ? { pilot: evidence.pilot } : {}),
    ...(evidence.survey ? { survey: evidence.survey } : {}),
    ...(evidence.feedback ? { feedback: evidence.feedback } : {}),
    ...(evidence.vendors ? { vendors: evidence.vendors } : {}),
    asOf: evidence.asOf,
  });
}

/**
 * The assessment of the use case as it is now: the latest stored one when its evidence is still
 * current, else the same assessment computed afresh (not stored; `POST …/assessments` stores it).
 * Either way equal to what the results page shows once it is up to date.
 */
export async function currentAssessment(
  store: Store,
  options: { orgId: string; useCaseId: string; document: UseCase },
): Promise<{
  assessment: Assessment;
  stored: StoredAssessment | null;
  /** The selected vendor's switching cost, for the business case that follows this assessment. */
  switchingCost: SwitchingRange | undefined;
}> {
  const evidence = await useCaseEvidence(store, options);
  const { switchingCost } = evidence;
  const [latest] = await store.assessments.latestTwo(options.orgId, options.useCaseId);
  if (latest && latest.evidenceHash === evidence.hash)
    return { assessment: latest.result, stored: latest, switchingCost };
  return { assessment: assessUseCase(options.document, evidence), stored: null, switchingCost };
}
