/**
 * The label column an AI project would predict: which column it is (the caller's, or one whose
 * name and few values say so) and whether its classes are balanced and filled.
 */
import { classifyValue } from './classify-value.ts';
import type { ColumnStats } from './column-stats.ts';
import type { DataProfile, ProfileIssue } from './data-profile-types.ts';
import { round3 } from './find-column-issues.ts';
import { PROFILE_THRESHOLDS as T } from './profile-thresholds.ts';

const LABEL_EXACT =
  /^(target|label|labels|class|klasse|y|outcome|uitkomst|doel|churn|fraud|fraude|defect|failure|storing|uitval)$/i;
const LABEL_PART =
  /(failure|storing|defect|fraud|fraude|churn|status|label|target|uitval|class|klasse|outcome)/i;

/** The label column: the caller's, or one whose name and few values say it clearly is one. */
export function findLabelColumn<C extends ColumnStats>(
  columns: readonly C[],
  requested?: string,
): C | undefined {
  if (requested !== undefined) return columns.find((c) => c.name === requested);
  const fits = (c: C) =>
    c.isExact && c.distinctCount >= 2 && c.distinctCount <= T.labelMaxDistinct && c.type !== 'decimal';
  const exact = columns.find((c) => LABEL_EXACT.test(c.name.trim()) && fits(c));
  if (exact) return exact;
  const partial = columns.filter((c) => LABEL_PART.test(c.name) && fits(c));
  return partial.sort((a, b) => a.distinctCount - b.distinctCount)[0];
}

/** The severity of IMBALANCE for a minority class, or none when the classes are balanced enough. */
export function imbalanceSeverity(
  minorityShare: number,
  minorityCount: number,
): ProfileIssue['severity'] | undefined {
  if (minorityShare < T.imbalanceHighShare || minorityCount < T.minorityMinCount) return 'high';
  if (minorityShare < T.imbalanceMediumShare) return 'medium';
  if (minorityShare < T.imbalanceWarnShare) return 'low';
  return undefined;
}

/** Class balance of the label column; IMBALANCE and missing labels as issues. */
export function analyseLabels(
  label: ColumnStats,
  chosenBy: 'caller' | 'profiler',
): { labels: NonNullable<DataProfile['labels']>; issues: ProfileIssue[] } {
  const classes = label.values
    .filter((v) => {
      const k = classifyValue(v.value).kind;
      return k !== 'missing' && k !== 'missingToken';
    })
    .map((v) => ({ value: v.value, count: v.count }))
    .sort((a, b) => b.count - a.count);
  const labelled = classes.reduce((s, c) => s + c.count, 0);
  const minority = classes[classes.length - 1];
  const minorityCount = minority?.count ?? 0;
  const minorityShare = labelled > 0 ? minorityCount / labelled : 0;
  const issues: ProfileIssue[] = [];
  const column = label.name;
  if (classes.length >= 2 && classes.length <= T.imbalanceMaxClasses) {
    const severity = imbalanceSeverity(minorityShare, minorityCount);
    if (severity) {
      issues.push({
        code: 'IMBALANCE',
        severity,
        column,
        count: minorityCount,
        share: round3(minorityShare),
        exampleValues: [minority?.value ?? ''],
        message: {
          key: 'profiler.issue.imbalance',
          params: {
            column,
            minority: minority?.value ?? '',
            count: minorityCount,
            share: round3(minorityShare),
          },
        },
      });
    }
  } else if (classes.length < 2 && labelled > 0) {
    issues.push({
      code: 'IMBALANCE',
      severity: 'high',
      column,
      message: { key: 'profiler.issue.singleClass', params: { column, value: classes[0]?.value ?? '' } },
    });
  }
  const missing = label.missing;
  if (missing > 0) {
    const share = missing / Math.max(1, label.rows);
    issues.push({
      code: 'MISSING',
      severity: share > T.labelMissingHighShare ? 'high' : 'medium',
      column,
      count: missing,
      share: round3(share),
      message: {
        key: 'profiler.issue.labelsMissing',
        params: { column, count: missing, share: round3(share) },
      },
    });
  }
  return {
    labels: {
      column,
      chosenBy,
      classes: classes.slice(0, T.imbalanceMaxClasses),
      minorityShare: round3(minorityShare),
      minorityCount,
      missing,
    },
    issues,
  };
}
