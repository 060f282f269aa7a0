/**
 * TIME_GAPS and IRREGULAR_INTERVAL from the measured series: hand-logged or irregular timing,
 * gaps (severity by coverage), repeated and out-of-order timestamps. Issues are listed for the
 * worst few series (they come worst coverage first); the rest are summarised in one note.
 */
import type { ProfileIssue, TimeSeriesProfile } from './data-profile-types.ts';
import { PROFILE_MEASUREMENT, PROFILE_THRESHOLDS as T } from './profile-thresholds.ts';

/** The severity of TIME_GAPS for a series' coverage (observed ÷ expected readings). */
export function timeGapSeverity(coverage: number): ProfileIssue['severity'] {
  if (coverage < T.coverageHigh) return 'high';
  if (coverage < T.coverageWarn) return 'medium';
  return 'low';
}

/** Issues of `series` (worst coverage first); `seriesCount` is how many series there were in all. */
export function findTimeSeriesIssues(
  series: readonly TimeSeriesProfile[],
  seriesCount: number,
): ProfileIssue[] {
  const out: ProfileIssue[] = [];
  const name = (s: TimeSeriesProfile) => s.entity ?? s.timeColumn;
  for (const s of series.slice(0, T.seriesIssuesListed)) {
    const column = s.timeColumn;
    if (s.pattern === 'hand-logged') {
      out.push({
        code: 'IRREGULAR_INTERVAL',
        severity: 'high',
        column,
        message: {
          key: 'profiler.issue.handLogged',
          params: {
            series: name(s),
            medianIntervalSeconds: s.medianIntervalSeconds,
            longestGapSeconds: s.longestGapSeconds,
          },
        },
      });
    } else if (s.pattern === 'irregular') {
      out.push({
        code: 'IRREGULAR_INTERVAL',
        severity: 'medium',
        column,
        message: {
          key: 'profiler.issue.irregular',
          params: { series: name(s), cv: s.irregularity, medianIntervalSeconds: s.medianIntervalSeconds },
        },
      });
    }
    if (s.gaps > 0) {
      out.push({
        code: 'TIME_GAPS',
        severity: timeGapSeverity(s.coverage),
        column,
        count: s.gaps,
        message: {
          key: 'profiler.issue.timeGaps',
          params: {
            series: name(s),
            gaps: s.gaps,
            thresholdSeconds: PROFILE_MEASUREMENT.gapFactor * s.medianIntervalSeconds,
            longestGapSeconds: s.longestGapSeconds,
            start: s.longestGapStart ?? '',
            coverageShare: s.coverage,
          },
        },
        ...(s.longestGapStart ? { exampleValues: [s.longestGapStart] } : {}),
      });
    }
    if (s.duplicateTimestamps > 0) {
      out.push({
        code: 'IRREGULAR_INTERVAL',
        severity: s.duplicateTimestamps / s.readings > T.duplicateTimestampsMediumShare ? 'medium' : 'low',
        column,
        count: s.duplicateTimestamps,
        message: {
          key: 'profiler.issue.duplicateTimestamps',
          params: { series: name(s), count: s.duplicateTimestamps },
        },
      });
    }
    if (s.outOfOrder > 0) {
      out.push({
        code: 'IRREGULAR_INTERVAL',
        severity: 'low',
        column,
        count: s.outOfOrder,
        message: { key: 'profiler.issue.outOfOrder', params: { series: name(s), count: s.outOfOrder } },
      });
    }
  }
  const affected = series.filter((s) => s.pattern !== 'regular' || s.gaps > 0).length;
  if (seriesCount > T.seriesIssuesListed && affected > T.seriesIssuesListed) {
    out.push({
      code: 'TIME_GAPS',
      severity: 'info',
      message: {
        key: 'profiler.issue.moreSeries',
        params: { count: affected - T.seriesIssuesListed, total: seriesCount },
      },
    });
  }
  return out;
}
