// The assessment (and with it the business-case page's bundle) reads these facts: no runtime import
// of the pilot's schema (zod) or statistics here.
import { MIN_BASELINE_POINTS } from './pilot-constants.ts';
import type { BaselinePeriod } from './pilot-schema.ts';

export { MIN_BASELINE_POINTS };

/**
 * What a use case's pilot shows about three success conditions (measure, iterate, people in the
 * loop): facts recorded in the pilot, which outrank what the owner answered in the intake.
 */
export type PilotEvidence = {
  title: string;
  status: 'planned' | 'running' | 'decided';
  /** The primary KPI's name, or null while the plan has none. */
  primaryKpi: string | null;
  /** Baseline periods with a value of the primary KPI. */
  primaryBaselinePoints: number;
  weeksMeasured: number;
  iterations: number;
  reviewRhythm: string | null;
  humanReviewShare: number | null;
};

/** The parts of a stored pilot the evidence is read from (a plan draft: every field may be missing). */
export type PilotEvidenceSource = {
  status: PilotEvidence['status'];
  title: string;
  plan: {
    primaryKpi?: { id?: string | undefined; name?: string | undefined } | undefined;
    reviewRhythm?: string | undefined;
    humanReviewShare?: number | undefined;
  };
  baseline: readonly BaselinePeriod[];
  measurements: readonly unknown[];
  iterations: readonly unknown[];
};

export function pilotEvidenceOf(pilot: PilotEvidenceSource): PilotEvidence {
  const primary = pilot.plan.primaryKpi;
  const primaryId = primary?.id;
  const reviewRhythm = pilot.plan.reviewRhythm?.trim() ?? '';
  return {
    title: pilot.title,
    status: pilot.status,
    primaryKpi: primary === undefined ? null : primary.name?.trim() || primaryId || null,
    primaryBaselinePoints:
      primaryId === undefined ? 0 : pilot.baseline.filter((p) => p.values[primaryId] !== undefined).length,
    weeksMeasured: pilot.measurements.length,
    iterations: pilot.iterations.length,
    reviewRhythm: reviewRhythm === '' ? null : reviewRhythm,
    humanReviewShare: pilot.plan.humanReviewShare ?? null,
  };
}

/**
 * The pilot whose facts count for the use case: the newest that has started (a running or decided
 * pilot has a frozen plan and real weeks), else the newest planned one. Input newest first.
 */
export function pilotThatCounts<P extends { status: PilotEvidence['status'] }>(
  newestFirst: readonly P[],
): P | undefined {
  return newestFirst.find((p) => p.status !== 'planned') ?? newestFirst[0];
}
