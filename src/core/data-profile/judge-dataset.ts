/**
 * Everything the profile decides, from everything the profiler measured (`DatasetStats`): the
 * issues of each column and of the file, the label balance, personal data, and the readiness
 * level. The profiler reads and counts; this is where a figure becomes an issue with a severity.
 */
import { analyseLabels } from './analyse-labels.ts';
import type { DatasetStats } from './column-stats.ts';
import type { DataProfile, PiiFinding, ProfileIssue } from './data-profile-types.ts';
import { findColumnIssues, nearDuplicateIssue, profileIssue, round3 } from './find-column-issues.ts';
import { findPersonalData } from './find-personal-data.ts';
import { findShiftedValueIssues } from './find-shifted-values.ts';
import { findTimeSeriesIssues } from './find-time-series-issues.ts';
import { bySeverity, levelReadiness } from './level-readiness.ts';
import { PROFILE_THRESHOLDS as T } from './profile-thresholds.ts';

export type DatasetJudgement = {
  /** Issues of each column, in the order of `stats.columns`, most severe first. */
  columnIssues: ProfileIssue[][];
  /** Dataset-level issues, most severe first. */
  issues: ProfileIssue[];
  labels?: DataProfile['labels'];
  pii: PiiFinding[];
  readiness: DataProfile['readiness'];
};

/** PARSE_ERRORS: rows the reader rejected (ragged rows, broken quotes), low for a stray line. */
export function parseErrorsIssue(rows: number, rejected: DatasetStats['rejected']): ProfileIssue | undefined {
  if (rejected.count === 0) return undefined;
  const share = rejected.count / (rows + rejected.count);
  return {
    code: 'PARSE_ERRORS',
    severity: share > T.parseErrorMediumShare ? 'medium' : 'low',
    count: rejected.count,
    share: round3(share),
    exampleLines: [...rejected.lines],
    message: {
      key: 'profiler.issue.parseErrors',
      params: { count: rejected.count, lines: rejected.lines.slice(0, 5).join(', ') },
    },
  };
}

/** DUPLICATE_ROWS by share; a single duplicate below the warning share is not reported. */
export function duplicateRowsIssue(
  rows: number,
  duplicateRows: number,
  exampleRows: readonly number[],
): ProfileIssue | undefined {
  if (duplicateRows === 0) return undefined;
  const share = duplicateRows / rows;
  if (share < T.duplicateWarnShare && duplicateRows < T.duplicateInfoMinCount) return undefined;
  return {
    code: 'DUPLICATE_ROWS',
    severity: share >= T.duplicateMediumShare ? 'medium' : share >= T.duplicateWarnShare ? 'low' : 'info',
    message: { key: 'profiler.issue.duplicateRows', params: { count: duplicateRows, share: round3(share) } },
    count: duplicateRows,
    share: round3(share),
    exampleRows: [...exampleRows],
  };
}

/** TOO_FEW_ROWS for any model; the thresholds say why these numbers. No rows at all is not-loadable instead. */
export function tooFewRowsIssue(rows: number): ProfileIssue | undefined {
  if (rows >= T.tooFewRowsMedium || rows === 0) return undefined;
  return {
    code: 'TOO_FEW_ROWS',
    severity: rows < T.tooFewRowsHigh ? 'high' : 'medium',
    count: rows,
    message: { key: 'profiler.issue.tooFewRows', params: { rows, needed: T.tooFewRowsMedium } },
  };
}

/**
 * Judges a measured file. Within a severity, issues keep the order in which the checks run:
 * the column's own, shifted values, near-duplicates, labels, personal data.
 * @example judgeDataset({ ...stats, rows: 12 }).readiness.level // 'B' (TOO_FEW_ROWS is high)
 */
export function judgeDataset(stats: DatasetStats): DatasetJudgement {
  const columnIssues = stats.columns.map((c) => findColumnIssues(c));
  const issues: ProfileIssue[] = [];
  if (stats.hasMixedEncoding) issues.push(profileIssue('ENCODING_DAMAGE', 'high', 'mixedEncoding', {}));
  const parse = parseErrorsIssue(stats.rows, stats.rejected);
  if (parse) issues.push(parse);
  const dup = duplicateRowsIssue(stats.rows, stats.duplicateRows, stats.duplicateExampleRows);
  if (dup) issues.push(dup);
  // Column issues go to their column; the rest stays at dataset level.
  const attach = (issue: ProfileIssue) => {
    const i = issue.column === undefined ? -1 : stats.columns.findIndex((c) => c.name === issue.column);
    const list = columnIssues[i];
    if (list) list.push(issue);
    else issues.push(issue);
  };
  for (const issue of findShiftedValueIssues(stats.shifted)) attach(issue);
  stats.columns.forEach((c, i) => {
    const near = nearDuplicateIssue(c);
    if (near) columnIssues[i]?.push(near);
  });
  let labels: DataProfile['labels'];
  const label = stats.label && stats.columns.find((c) => c.name === stats.label?.column);
  if (stats.label && label) {
    const l = analyseLabels(label, stats.label.chosenBy);
    labels = l.labels;
    // The target's missing labels say more than its missing values: one MISSING per column, not two.
    const at = stats.columns.indexOf(label);
    if (l.issues.some((x) => x.code === 'MISSING') && columnIssues[at]) {
      columnIssues[at] = columnIssues[at].filter((x) => x.code !== 'MISSING');
    }
    for (const issue of l.issues) attach(issue);
  }
  issues.push(...findTimeSeriesIssues(stats.timeSeries, stats.seriesCount));
  const personal = findPersonalData(stats.columns);
  for (const issue of personal.issues) attach(issue);
  const few = tooFewRowsIssue(stats.rows);
  if (few) issues.push(few);

  for (const list of columnIssues) list.sort(bySeverity);
  issues.sort(bySeverity);
  const readiness = levelReadiness({
    rows: stats.rows,
    rejectedRows: stats.rejected.count,
    issues: [...issues, ...columnIssues.flat()],
  });
  return { columnIssues, issues, ...(labels ? { labels } : {}), pii: personal.pii, readiness };
}
