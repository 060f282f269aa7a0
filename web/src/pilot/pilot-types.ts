import type { ResponseOf } from '../../../src/api/endpoint-types.ts';
import type { PilotPlanDraft } from '../../../src/api/pilot-schemas.ts';

/** A pilot as the API returns it (GET …/pilots/:pilotId): plan, baseline, weeks, log and analysis. */
export type PilotView = ResponseOf<'GET /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId'>;
export type PilotSummary = ResponseOf<'GET /api/orgs/:orgId/use-cases/:useCaseId/pilots'>[number];
export type { PilotPlanDraft };
export type KpiDraft = NonNullable<PilotPlanDraft['primaryKpi']>;
export type RuleDraft = NonNullable<NonNullable<PilotPlanDraft['rules']>['mustMeet']>[number];

/** The analysis as the API contract types it: the core's `PilotAnalysis` with its messages rendered. */
export type AnalysisView = NonNullable<PilotView['analysis']>;
export type KpiAnalysisView = AnalysisView['kpis'][number];
export type Interval = { estimate: number; low: number; high: number };

/** The pilot's analysis, or null while the plan is incomplete. */
export function analysisOf(pilot: PilotView): AnalysisView | null {
  return pilot.analysis ?? null;
}

/** Field problems by path without the `body.` prefix and with `[0]` as `.0`: `plan.primaryKpi.name`. */
export type FieldErrors = Record<string, string>;

export function normalisePath(path: string): string {
  return path
    .replace(/^body\./, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^\./, '');
}

/** The problems of an API 400 (`details.problems[]`) as field errors. */
export function fieldErrorsOf(details: unknown): FieldErrors {
  const problems = (details as { problems?: { path: string; message: string }[] } | undefined)?.problems;
  const errors: FieldErrors = {};
  for (const p of problems ?? []) {
    const key = normalisePath(p.path);
    errors[key] = errors[key] ? `${errors[key]}; ${p.message}` : p.message;
  }
  return errors;
}
