import type { Range, UseCase } from '../use-case/use-case-schema.ts';
import type { KpiAnalysis, PilotAnalysis } from './analyse-pilot.ts';
import type { PilotKpi } from './pilot-schema.ts';

/** What a Go puts into the business case: the KPI it was measured on and the measured range. */
export type MeasuredRange = {
  input: 'timeReduction';
  kpi: { id: string; name: string };
  range: Range;
};

const roundShare = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;

/** A KPI that measures the time the process takes, where less is better: its share saved is a time reduction. */
function measuresTimeSpent(kpi: PilotKpi | undefined): boolean {
  return kpi?.valuedAs !== undefined && kpi.better === 'down';
}

/**
 * The business case's time reduction as the pilot measured it: the relative improvement of the KPI
 * that measures time spent (the primary one when it does, else the first that does), its interval as
 * low and high and the Hodges–Lehmann estimate as likely, clipped to 0..1 (a pilot that may have made
 * things slower cannot promise a negative saving; the business case takes shares of 0..1). Null when
 * no KPI measures time spent or its effect has no relative interval yet.
 *
 * @example a KPI of 12 → 7 minutes per invoice, interval 30 %–50 % ⇒ { low: 0.3, likely: 0.42, high: 0.5 }
 */
export function measuredTimeReduction(
  analysis: Pick<PilotAnalysis, 'kpis'>,
  kpis: readonly PilotKpi[],
): MeasuredRange | null {
  const byId = new Map(kpis.map((k) => [k.id, k]));
  const timed = analysis.kpis.filter((k) => measuresTimeSpent(byId.get(k.id)));
  const chosen: KpiAnalysis | undefined = timed.find((k) => k.isPrimary) ?? timed[0];
  const relative = chosen?.effect?.relative;
  if (!chosen || !relative) return null;
  const low = roundShare(relative.low);
  const high = roundShare(relative.high);
  const likely = Math.min(high, Math.max(low, roundShare(relative.estimate)));
  return { input: 'timeReduction', kpi: { id: chosen.id, name: chosen.name }, range: { low, likely, high } };
}

/** The use-case document with the measured range in place of the assumed one. */
export function withMeasuredRange(useCase: UseCase, measured: MeasuredRange): UseCase {
  return { ...useCase, businessCase: { ...useCase.businessCase, [measured.input]: measured.range } };
}
