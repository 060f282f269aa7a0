import type { PilotPlanDraft } from '../api/pilot-schemas.ts';
import { analysePilot, type PilotAnalysis } from '../core/pilot/analyse-pilot.ts';
import type { Locale } from '../i18n/resources.ts';
import { renderMessages } from '../i18n/translate.ts';
import type { PilotRecord, StoredPilot } from '../store/pilots-repository.ts';
import { invalidInput } from './invalid-fields.ts';
import { type PlanProblem, pilotFileOf, startCheck, today } from './pilot-plan.ts';

type RenderedProblem = { path: string; field: string | null; message: string };

/** Problems in the request's language, each with its field's label (the one 400's details). */
export function renderedProblems(problems: readonly PlanProblem[], locale: Locale): RenderedProblem[] {
  return (invalidInput(problems, locale).details as { problems: RenderedProblem[] }).problems;
}

/** The pilot's name: its own title, else its use case's. */
export function pilotTitle(pilot: StoredPilot<PilotPlanDraft>, useCaseTitle: string): string {
  return pilot.plan.title ?? (useCaseTitle.trim() || 'Pilot');
}

/** The analysis of a started pilot: its plan now, the frozen baseline and what was recorded since. */
export function pilotAnalysisOf(
  record: PilotRecord<PilotPlanDraft>,
  useCaseTitle: string,
): PilotAnalysis | null {
  const pilot = pilotFileOf(record, useCaseTitle);
  return pilot ? analysePilot(pilot) : null;
}

/**
 * A pilot as the API shows it (`ZPilotView`): what was recorded, what keeps it from starting while it
 * is planned, and its analysis (the power check before the start) with every text in `locale`.
 */
export function presentPilot(record: PilotRecord<PilotPlanDraft>, useCaseTitle: string, locale: Locale) {
  const check =
    record.status === 'planned'
      ? startCheck(record.plan, record.baseline, { fallbackTitle: useCaseTitle, day: today() })
      : null;
  const analysis = check
    ? check.ok
      ? analysePilot(check.pilot)
      : null
    : pilotAnalysisOf(record, useCaseTitle);
  return {
    id: record.id,
    useCaseId: record.useCaseId,
    status: record.status,
    title: pilotTitle(record, useCaseTitle),
    outcome: record.decision?.outcome ?? null,
    startedAt: record.startedAt,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    plan: record.plan,
    frozenPlan: record.frozenPlan,
    frozenBaseline: record.frozenBaseline,
    baseline: record.baseline,
    measurements: record.measurements,
    amendments: record.amendments.map(({ byName, by: _id, ...a }) => ({ ...a, by: byName })),
    iterations: record.iterations,
    decision: record.decision
      ? {
          outcome: record.decision.outcome,
          proposedOutcome: record.decision.proposedOutcome,
          on: record.decision.on,
          by: record.decision.by,
          reasons: record.decision.reasons,
          businessCase: record.decision.businessCase,
          createdAt: record.decision.createdAt,
        }
      : null,
    readiness: {
      canStart: check?.ok === true,
      problems: check && !check.ok ? renderedProblems(check.problems, locale) : [],
    },
    analysis: analysis ? renderMessages(analysis, locale) : null,
  };
}
