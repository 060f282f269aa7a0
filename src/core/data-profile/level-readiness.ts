/**
 * Readiness bands for one data file, each a gate the file must pass to reach the next:
 * C — it can be loaded at all; B — its values are valid and consistent; A — it is fit for the
 * stated task (enough rows, labels present and usable, a regular time series). A file that
 * cannot be loaded is `not-loadable`. The reasons name what blocks the next band.
 */

import { type Message, msg } from '../message.ts';
import type {
  DataProfile,
  IssueSeverity,
  ProfileIssue,
  ProfileIssueCode,
  ReadinessLevel,
} from './data-profile-types.ts';
import { PROFILE_THRESHOLDS } from './profile-thresholds.ts';

/** Issues that say the values are not valid or not consistent (band B). */
export const VALIDITY_CODES: ReadonlySet<ProfileIssueCode> = new Set<ProfileIssueCode>([
  'PARSE_ERRORS',
  'ENCODING_DAMAGE',
  'MIXED_TYPES',
  'MIXED_DATE_FORMATS',
  'MIXED_UNITS',
  'NUMBER_AS_TEXT',
  'DISGUISED_MISSING',
  'SHIFTED_VALUES',
  'DUPLICATE_ROWS',
  'NEAR_DUPLICATE_VALUES',
  'MISSING',
  'EMPTY_COLUMN',
]);

/** Issues that say the data does not (yet) fit the task (band A). */
export const FITNESS_CODES: ReadonlySet<ProfileIssueCode> = new Set<ProfileIssueCode>([
  'TOO_FEW_ROWS',
  'IMBALANCE',
  'TIME_GAPS',
  'IRREGULAR_INTERVAL',
]);

const RANK: Record<IssueSeverity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

/** True when `a` is at least as severe as `b`. */
export function isAtLeast(a: IssueSeverity, b: IssueSeverity): boolean {
  return RANK[a] >= RANK[b];
}

/** Sorts issues most severe first, stable otherwise. */
export function bySeverity(a: ProfileIssue, b: ProfileIssue): number {
  return RANK[b.severity] - RANK[a.severity];
}

export type ReadinessInput = {
  rows: number;
  /** Rows the reader rejected, so the share of unreadable rows can be judged. */
  rejectedRows: number;
  /** Dataset-level and column-level issues together. */
  issues: readonly ProfileIssue[];
};

/**
 * Levels a profiled file. Medium or worse blocks a band; low and info issues are reported but
 * do not block, so a file is not failed for one odd value.
 * @example levelReadiness({ rows: 0, rejectedRows: 0, issues: [] }).level // 'not-loadable'
 */
export function levelReadiness(input: ReadinessInput): DataProfile['readiness'] {
  const total = input.rows + input.rejectedRows;
  if (
    input.rows === 0 ||
    (total > 0 && input.rejectedRows / total > PROFILE_THRESHOLDS.parseErrorNotLoadableShare)
  ) {
    const reasons: Message[] = [
      input.rows === 0
        ? msg('profiler.readiness.noRows')
        : msg('profiler.readiness.mostRowsRejected', { rejected: input.rejectedRows, total }),
    ];
    return { level: 'not-loadable', reasons };
  }
  const blocking = (codes: ReadonlySet<ProfileIssueCode>): ProfileIssue[] =>
    input.issues.filter((i) => codes.has(i.code) && isAtLeast(i.severity, 'medium')).sort(bySeverity);
  const validity = blocking(VALIDITY_CODES);
  const fitness = blocking(FITNESS_CODES);
  let level: ReadinessLevel;
  let blockers: ProfileIssue[];
  if (validity.length > 0) {
    level = 'C';
    blockers = validity;
  } else if (fitness.length > 0) {
    level = 'B';
    blockers = fitness;
  } else {
    level = 'A';
    blockers = [];
  }
  const reasons: Message[] = [msg(`profiler.readiness.summary.${level}`, { blockers: blockers.length })];
  for (const issue of blockers.slice(0, 5)) reasons.push(issue.message);
  return { level, reasons };
}
