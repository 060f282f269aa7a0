import type { ResponseOf } from '../../../src/api/endpoint-types.ts';
import type { PilotPlanDraft } from '../../../src/api/pilot-schemas.ts';
import type { Message } from '../../../src/core/message.ts';
import type { PilotAnalysis } from '../../../src/core/pilot/analyse-pilot.ts';

/** A pilot as the API returns it (GET …/pilots/:pilotId): plan, baseline, weeks, log and analysis. */
export type PilotView = ResponseOf<'GET /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId'>;
export type PilotSummary = ResponseOf<'GET /api/orgs/:orgId/use-cases/:useCaseId/pilots'>[number];
export type { PilotPlanDraft };
export type KpiDraft = NonNullable<PilotPlanDraft['primaryKpi']>;
export type RuleDraft = NonNullable<NonNullable<PilotPlanDraft['rules']>['mustMeet']>[number];

/** A core result with every `{ key, params }` message as the text the server rendered. */
type Rendered<T> = T extends Message
  ? string
  : T extends readonly (infer U)[]
    ? Rendered<U>[]
    : T extends object
      ? { [K in keyof T]: Rendered<T[K]> }
      : T;

/**
 * The analysis as the API sends it: `PilotAnalysis` of the core with its messages rendered.
 * The contract's `ZPilotAnalysis` names only part of it so far; this is the whole shape.
 */
export type AnalysisView = Rendered<PilotAnalysis>;
export type KpiAnalysisView = AnalysisView['kpis'][number];
export type Interval = { estimate: number; low: number; high: number };

/** The pilot's analysis in its full shape (see AnalysisView). */
export function analysisOf(pilot: PilotView): AnalysisView | null {
  return (pilot.analysis as unknown as AnalysisView | null) ?? null;
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
