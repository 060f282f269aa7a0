/**
 * Checks that look across rows or columns: exact duplicate rows, values shifted from one column
 * into another ("Gary IN" in `city` where `state` is empty), labels and their balance, personal
 * data, and too few rows for any model.
 */

import { classifyValue } from '../core/data-profile/classify-value.ts';
import type { DataProfile, PiiFinding, ProfileIssue } from '../core/data-profile/data-profile-types.ts';
import {
  isPersonNameColumn,
  looksLikePersonName,
  PII_VALIDATORS,
  startsWithFirstName,
} from '../core/data-profile/personal-data-validators.ts';
import { PROFILE_THRESHOLDS as T } from '../core/data-profile/profile-thresholds.ts';
import type { ColumnAnalysis } from './analyse-columns.ts';
import { typedKind } from './analyse-columns.ts';
import { type DuckDbSession, lit, num } from './duckdb-session.ts';
import { RAW_TABLE } from './load-source.ts';

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * DUPLICATE_ROWS by a 64-bit hash of all columns' text: one grouped pass, examples of the largest
 * group. Skipped when the time series showed a unique key (`hasUniqueKey`): rows that differ in
 * (entity, timestamp) cannot be equal.
 */
export async function findDuplicateRows(
  db: DuckDbSession,
  columns: ColumnAnalysis[],
  rows: number,
  options: { hasUniqueKey?: boolean } = {},
): Promise<{ duplicateRows: number; issue?: ProfileIssue }> {
  if (columns.length === 0 || rows < 2 || options.hasUniqueKey) return { duplicateRows: 0 };
  // A column parsed while loading keeps a hash of its text.
  const parts = columns.map((c) => c.source.typed?.hash ?? c.source.id);
  const [r = {}] = await db.all(`
    SELECT coalesce(sum(n - 1), 0) AS dups, arg_max(r1, n) AS r1, arg_max(r2, n) AS r2
    FROM (SELECT hash(${parts.join(', ')}) AS h, count(*) AS n, min(rowid) AS r1, max(rowid) AS r2
          FROM ${RAW_TABLE} GROUP BY h HAVING count(*) > 1)`);
  const duplicateRows = num(r['dups']);
  if (duplicateRows === 0) return { duplicateRows };
  const share = duplicateRows / rows;
  if (share < T.duplicateWarnShare && duplicateRows < 2) return { duplicateRows };
  return {
    duplicateRows,
    issue: {
      code: 'DUPLICATE_ROWS',
      severity: share >= T.duplicateMediumShare ? 'medium' : share >= T.duplicateWarnShare ? 'low' : 'info',
      message: {
        key: 'profiler.issue.duplicateRows',
        params: { count: duplicateRows, share: round3(share) },
      },
      count: duplicateRows,
      share: round3(share),
      exampleRows: [num(r['r1']) + 1, num(r['r2']) + 1],
    },
  };
}

/**
 * SHIFTED_VALUES: in rows where text column B is empty, another text column A ends with a word
 * that is one of B's own frequent values — and A does not end like that where B is filled.
 * That is a value that slid into the neighbouring field, as in Raha's beers ("Gary IN" + "").
 */
export async function findShiftedValues(
  db: DuckDbSession,
  columns: ColumnAnalysis[],
): Promise<ProfileIssue[]> {
  const text = columns.filter((c) => c.profile.type === 'text' && c.source.native === 'varchar' && c.isExact);
  const receivers = text
    .filter((b) => b.missing > 0 && b.profile.distinctCount >= 2 && b.profile.distinctCount <= 1000)
    .slice(0, 10);
  const out: ProfileIssue[] = [];
  for (const b of receivers) {
    const domain = new Set(
      b.values
        .filter((v) => v.count >= 2 && v.value.trim().length >= 2 && v.value.length <= 40)
        .map((v) => v.value.trim()),
    );
    if (domain.size === 0) continue;
    // Which values of each other column end in one of B's values: decided once per distinct value.
    const senders = text
      .filter((a) => a !== b)
      .map((a) => ({
        a,
        matching: a.values
          .filter((v) => {
            const m = /(?:^|[\s,;/|])([^\s,;/|]+)[\s,.;]*$/.exec(v.value.trim());
            const token = m?.[1];
            return token !== undefined && domain.has(token) && v.value.trim().length > token.length;
          })
          .map((v) => v.value),
      }))
      .filter((s) => s.matching.length > 0)
      .slice(0, 20);
    if (senders.length === 0) continue;
    const bEmpty = `(${b.source.id} IS NULL OR trim(${b.source.id}) = '')`;
    const agg = [`count_if(${bEmpty}) AS empty_b`, `count_if(NOT ${bEmpty}) AS filled_b`];
    for (const { a, matching } of senders) {
      const match = `(${a.source.id} IN (${matching.map(lit).join(', ')}))`;
      agg.push(
        `count_if(${bEmpty} AND ${match}) AS m_${a.source.id}`,
        `count_if(NOT ${bEmpty} AND ${match}) AS f_${a.source.id}`,
        `min(rowid) FILTER (WHERE ${bEmpty} AND ${match}) AS r_${a.source.id}`,
        `arg_min(${a.source.id}, rowid) FILTER (WHERE ${bEmpty} AND ${match}) AS v_${a.source.id}`,
      );
    }
    const [r = {}] = await db.all(`SELECT ${agg.join(', ')} FROM ${RAW_TABLE}`);
    const emptyB = num(r['empty_b']);
    const filledB = num(r['filled_b']);
    for (const { a } of senders) {
      const m = num(r[`m_${a.source.id}`]);
      const f = num(r[`f_${a.source.id}`]);
      if (m < T.shiftedMinCount || m / Math.max(1, emptyB) < T.shiftedMinShare) continue;
      // Where B is filled, A should rarely end in a B value; otherwise that is just how A is written.
      if (filledB > 0 && f / filledB >= 0.5 * (m / Math.max(1, emptyB))) continue;
      const example = String(r[`v_${a.source.id}`] ?? '');
      const row = num(r[`r_${a.source.id}`]) + 1;
      const params = { column: a.source.name, other: b.source.name, count: m, example };
      out.push(
        {
          code: 'SHIFTED_VALUES',
          severity: 'medium',
          column: a.source.name,
          message: { key: 'profiler.issue.shiftedValues', params },
          count: m,
          exampleValues: [example],
          exampleRows: [row],
        },
        {
          code: 'SHIFTED_VALUES',
          severity: 'medium',
          column: b.source.name,
          message: { key: 'profiler.issue.shiftedValuesInto', params },
          count: m,
          exampleRows: [row],
        },
      );
    }
  }
  return out;
}

const LABEL_EXACT =
  /^(target|label|labels|class|klasse|y|outcome|uitkomst|doel|churn|fraud|fraude|defect|failure|storing|uitval)$/i;
const LABEL_PART =
  /(failure|storing|defect|fraud|fraude|churn|status|label|target|uitval|class|klasse|outcome)/i;

/** The label column: the caller's, or one whose name and few values say it clearly is one. */
export function findLabelColumn(columns: ColumnAnalysis[], requested?: string): ColumnAnalysis | undefined {
  if (requested !== undefined) return columns.find((c) => c.source.name === requested);
  const fits = (c: ColumnAnalysis) =>
    c.isExact &&
    c.profile.distinctCount >= 2 &&
    c.profile.distinctCount <= 10 &&
    c.profile.type !== 'decimal';
  const exact = columns.find((c) => LABEL_EXACT.test(c.source.name.trim()) && fits(c));
  if (exact) return exact;
  const partial = columns.filter((c) => LABEL_PART.test(c.source.name) && fits(c));
  return partial.sort((a, b) => a.profile.distinctCount - b.profile.distinctCount)[0];
}

/** Class balance of the label column; IMBALANCE and missing labels as issues. */
export function analyseLabels(
  label: ColumnAnalysis,
  rows: number,
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
  const column = label.source.name;
  if (classes.length >= 2 && classes.length <= 50) {
    const severity =
      minorityShare < T.imbalanceHighShare || minorityCount < T.minorityMinCount
        ? 'high'
        : minorityShare < T.imbalanceMediumShare
          ? 'medium'
          : minorityShare < T.imbalanceWarnShare
            ? 'low'
            : undefined;
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
    const share = missing / Math.max(1, rows);
    issues.push({
      code: 'MISSING',
      severity: share > 0.05 ? 'high' : 'medium',
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
      classes: classes.slice(0, 50),
      minorityShare: round3(minorityShare),
      minorityCount,
      missing,
    },
    issues,
  };
}

const PII_ORDER = ['email', 'iban', 'bsn', 'phone', 'postcode'] as const;

/**
 * Personal data: a column is flagged when most of its sampled values validate as one kind
 * (IBAN by mod-97, BSN by the 11-check, …) or when its name and values say it holds names.
 */
export function scanPersonalData(columns: ColumnAnalysis[]): { pii: PiiFinding[]; issues: ProfileIssue[] } {
  const pii: PiiFinding[] = [];
  const issues: ProfileIssue[] = [];
  for (const c of columns) {
    if (c.profile.type === 'empty' || c.profile.type === 'decimal' || typedKind(c.profile.type) === 'date')
      continue;
    const sample = c.values
      .filter((v) => {
        const k = classifyValue(v.value).kind;
        return k !== 'missing' && k !== 'missingToken';
      })
      .slice(0, T.piiSampleSize);
    const total = sample.reduce((s, v) => s + v.count, 0);
    if (total === 0) continue;
    const shareOf = (test: (v: string) => boolean) =>
      sample.reduce((s, v) => s + (test(v.value) ? v.count : 0), 0) / total;
    let found: { kind: PiiFinding['kind']; share: number } | undefined;
    for (const kind of PII_ORDER) {
      const s = shareOf(PII_VALIDATORS[kind]);
      if (s >= T.piiShare && (!found || s > found.share)) found = { kind, share: s };
    }
    if (!found && c.profile.type === 'text') {
      const nameShaped = shareOf(looksLikePersonName);
      const firstNames = shareOf(startsWithFirstName);
      if (
        (isPersonNameColumn(c.source.name) && nameShaped >= T.piiShare) ||
        (firstNames >= T.piiFirstNameShare && nameShaped >= T.piiShare)
      ) {
        found = { kind: 'name', share: Math.max(nameShaped, firstNames) };
      }
    }
    if (!found) continue;
    const share = round3(found.share);
    pii.push({ column: c.source.name, kind: found.kind, share });
    issues.push({
      code: `PII_${found.kind.toUpperCase()}`,
      severity: found.kind === 'bsn' ? 'high' : 'medium',
      column: c.source.name,
      share,
      message: { key: `profiler.issue.pii.${found.kind}`, params: { column: c.source.name, share } },
    });
  }
  return { pii, issues };
}

/** TOO_FEW_ROWS for any model; the thresholds say why these numbers. */
export function tooFewRows(rows: number): ProfileIssue | undefined {
  if (rows >= T.tooFewRowsMedium || rows === 0) return undefined;
  return {
    code: 'TOO_FEW_ROWS',
    severity: rows < T.tooFewRowsHigh ? 'high' : 'medium',
    count: rows,
    message: { key: 'profiler.issue.tooFewRows', params: { rows, needed: T.tooFewRowsMedium } },
  };
}
