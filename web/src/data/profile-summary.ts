/**
 * Pure helpers that turn a rendered profile into what the Data page leads with: the issues most
 * severe first, the top problems, and the stretches of a time series without any reading.
 */
import type { IssueSeverity, TimeSeriesProfile } from '../../../src/core/data-profile/data-profile-types.ts';
import type { RenderedColumn, RenderedIssue, RenderedProfile } from './data-file-types.ts';

const SEVERITY_RANK: Record<IssueSeverity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

/** Every issue of the profile, dataset-level and per column (with its column), most severe first. */
export function sortedIssues(profile: RenderedProfile): RenderedIssue[] {
  const all = [
    ...profile.issues,
    ...profile.columns.flatMap((c) => c.issues.map((i) => ({ ...i, column: i.column ?? c.name }))),
  ];
  // Array.prototype.sort is stable: equal severities keep the profiler's order.
  return all.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
}

/** The highest severity among `issues`, or null when there are none. */
export function worstSeverity(issues: readonly { severity: IssueSeverity }[]): IssueSeverity | null {
  let worst: IssueSeverity | null = null;
  for (const i of issues)
    if (worst === null || SEVERITY_RANK[i.severity] > SEVERITY_RANK[worst]) worst = i.severity;
  return worst;
}

/** The problems to lead with: the most severe issues that are more than information, at most `count`. */
export function topProblems(profile: RenderedProfile, count = 3): RenderedIssue[] {
  return sortedIssues(profile)
    .filter((i) => i.severity !== 'info')
    .slice(0, count);
}

/**
 * A profile timestamp (`2026-01-30 10:53:00`, `2026-01-30`, or ISO with a zone) as a Date. Profile
 * timestamps carry no zone: they are read as UTC and must be formatted in UTC too.
 */
export function parseProfileTime(value: string): Date | null {
  const iso = value.trim().replace(' ', 'T');
  const withZone = /(?:Z|[+-]\d\d:?\d\d)$/.test(iso)
    ? iso
    : `${iso.length === 10 ? `${iso}T00:00:00` : iso}Z`;
  const date = new Date(withZone);
  return Number.isNaN(date.getTime()) ? null : date;
}

export type EmptyPeriod = {
  /** Start of the first period without readings. */
  from: string;
  /** Start of the next period with readings, or the series' last reading when the run is at the end. */
  to: string;
  /** Number of chart periods in the run. */
  periods: number;
};

/**
 * Runs of consecutive coverage periods with no reading at all: the gaps a reader sees as holes in
 * the coverage chart, named with their dates.
 */
export function emptyPeriods(series: Pick<TimeSeriesProfile, 'coverageBuckets' | 'last'>): EmptyPeriod[] {
  const buckets = series.coverageBuckets ?? [];
  const out: EmptyPeriod[] = [];
  let runStart = -1;
  buckets.forEach((b, i) => {
    if (b.readings === 0 && b.expected > 0) {
      if (runStart < 0) runStart = i;
      return;
    }
    if (runStart >= 0) {
      out.push({ from: buckets[runStart]!.start, to: b.start, periods: i - runStart });
      runStart = -1;
    }
  });
  if (runStart >= 0) {
    out.push({ from: buckets[runStart]!.start, to: series.last, periods: buckets.length - runStart });
  }
  return out;
}

/** Whether a series needs the reader's attention: not regular, or under 90 % of the expected readings. */
export function isFlaggedSeries(series: Pick<TimeSeriesProfile, 'pattern' | 'coverage' | 'gaps'>): boolean {
  return series.pattern !== 'regular' || series.coverage < 0.9 || series.gaps > 0;
}

/** Names of key columns: `id`, `klant_id`, `ordernr`, `Factuurnummer`, `SKU`, `EAN`. */
const IDENTIFIER_NAME =
  /(^|[\s_.-])(id|nr|no|nummer|number|code|key|sku|ean)$|nummer$|nr$|^(id|uuid|guid)[\s_.-]/i;

/**
 * Whether a column identifies rows instead of measuring something: every value differs (the
 * profile's UNIQUE finding), or a whole-number or text column named like a key. Its spread says
 * nothing, so the Data tab draws no chart for it.
 */
export function isIdentifierColumn(column: Pick<RenderedColumn, 'name' | 'type' | 'issues'>): boolean {
  if (column.issues.some((i) => i.code === 'UNIQUE')) return true;
  return (column.type === 'integer' || column.type === 'text') && IDENTIFIER_NAME.test(column.name.trim());
}
