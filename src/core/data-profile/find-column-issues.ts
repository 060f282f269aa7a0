/**
 * The issues of one column, decided from its measured figures (`ColumnStats`) alone: missing
 * values and placeholders, constant, unique and high-cardinality columns, values of another type,
 * mixed date formats and units, numbers written as text, outliers, skew, damaged encoding, and
 * rare spellings of frequent values. Every cut-off is in PROFILE_THRESHOLDS.
 */
import { canonicalUnit } from './canonical-unit.ts';
import { classifyValue } from './classify-value.ts';
import type { ColumnStats } from './column-stats.ts';
import type { IssueSeverity, ProfileIssue, ProfileIssueCode } from './data-profile-types.ts';
import { hasEncodingDamage, repairEncodingDamage } from './detect-encoding-damage.ts';
import { findNearDuplicateValues } from './find-near-duplicate-values.ts';
import type { ValueCount } from './infer-column-type.ts';
import { PROFILE_THRESHOLDS as T } from './profile-thresholds.ts';
import { typedKind } from './typed-kind.ts';

/** A fraction of a count, 0 when there is nothing to divide by. */
export const shareOf = (n: number, d: number): number => (d > 0 ? n / d : 0);
/** Shares and skewness are reported to three decimals. */
export const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** An issue with its message key under `profiler.issue.` and the message's parameters. */
export function profileIssue(
  code: ProfileIssueCode,
  severity: IssueSeverity,
  key: string,
  params: Record<string, string | number>,
  extra: Partial<ProfileIssue> = {},
): ProfileIssue {
  return { code, severity, message: { key: `profiler.issue.${key}`, params }, ...extra };
}

const examples = (vs: readonly ValueCount[], n = 5) => vs.slice(0, n).map((v) => v.value);
/** First rows of the example values, where known (`exampleRows` may be shorter than the values). */
const exampleRows = (vs: readonly ValueCount[], n = 5) =>
  vs
    .slice(0, n)
    .map((v) => v.firstRow)
    .filter((r): r is number => r !== undefined);
const quoted = (vs: readonly ValueCount[], n: number) =>
  examples(vs, n)
    .map((v) => `"${v}"`)
    .join(', ');

/**
 * Whether the MISSING rule wants the column's longest stretch of missing rows: only for a MISSING
 * issue with enough missing rows in a column that is not free text, so the profiler measures it
 * only there.
 */
export function needsMissingStretch(c: ColumnStats): boolean {
  return isMissingIssue(c) && c.missing >= T.missingStretchMinRows && c.nonMissing > 0 && c.type !== 'text';
}

const isEmptyColumn = (c: ColumnStats) => c.rows > 0 && c.nonMissing === 0;
const isMissingIssue = (c: ColumnStats) =>
  !isEmptyColumn(c) && shareOf(c.missing, c.rows) >= T.missingWarnShare;

/**
 * The severity of a MISSING share. A mostly empty text column is usually a remarks field, so it
 * stays low and does not block readiness.
 */
export function missingSeverity(share: number, type: ColumnStats['type']): IssueSeverity {
  if (type === 'text') return 'low';
  if (share >= T.missingHighShare) return 'high';
  if (share >= T.missingMediumShare) return 'medium';
  return 'low';
}

/**
 * The column's own issues, in a stable order (the caller sorts by severity):
 * EMPTY_COLUMN or MISSING, DISGUISED_MISSING, CONSTANT, UNIQUE, HIGH_CARDINALITY, MIXED_TYPES,
 * MIXED_DATE_FORMATS, NUMBER_AS_TEXT, MIXED_UNITS, OUTLIERS, SKEWED, ENCODING_DAMAGE.
 * @example findColumnIssues({ ...stats, rows: 100, missing: 30, nonMissing: 70, type: 'decimal' })
 *   // [{ code: 'MISSING', severity: 'medium', share: 0.3, … }]
 */
export function findColumnIssues(c: ColumnStats): ProfileIssue[] {
  const out: ProfileIssue[] = [];
  const column = c.name;
  const inf = c.inference;
  const kind = typedKind(c.type);
  const at = { column };

  if (isEmptyColumn(c)) {
    out.push(profileIssue('EMPTY_COLUMN', 'low', 'emptyColumn', { column }, at));
  } else if (isMissingIssue(c)) {
    out.push(missingIssue(c));
  }

  if (inf.counts.missingTokens >= T.disguisedMissingMinCount) {
    const count = inf.counts.missingTokens;
    const s = shareOf(count, c.rows);
    out.push(
      profileIssue(
        'DISGUISED_MISSING',
        s >= T.disguisedMissingMediumShare ? 'medium' : 'low',
        'disguisedMissing',
        { column, count, values: quoted(inf.missingTokens, 5) },
        {
          ...at,
          share: round3(s),
          count,
          exampleValues: examples(inf.missingTokens),
          exampleRows: exampleRows(inf.missingTokens),
        },
      ),
    );
  }
  for (const v of c.sentinels) {
    out.push(
      profileIssue(
        'DISGUISED_MISSING',
        'medium',
        'sentinel',
        { column, value: String(v) },
        { ...at, exampleValues: [String(v)] },
      ),
    );
  }

  if (c.nonMissing > 0 && c.distinctCount === 1 && c.rows > 1) {
    out.push(profileIssue('CONSTANT', 'info', 'constant', { column, value: c.values[0]?.value ?? '' }, at));
  }
  const isIdLike = c.type === 'text' || c.type === 'integer';
  if (isIdLike && c.nonMissing > 1 && c.missing === 0 && c.distinctCount === c.nonMissing) {
    out.push(profileIssue('UNIQUE', 'info', 'unique', { column }, at));
  }
  if (
    kind === 'text' &&
    c.distinctCount > T.highCardinalityMin &&
    shareOf(c.distinctCount, c.nonMissing) > T.highCardinalityShare &&
    c.distinctCount < c.nonMissing
  ) {
    out.push(
      profileIssue('HIGH_CARDINALITY', 'info', 'highCardinality', { column, distinct: c.distinctCount }, at),
    );
  }

  if (kind !== 'text' && kind !== 'empty' && inf.nonConformingCount > 0) {
    const s = shareOf(inf.nonConformingCount, c.nonMissing + inf.nonConformingCount);
    out.push(
      profileIssue(
        'MIXED_TYPES',
        s >= T.mixedTypesMediumShare ? 'medium' : 'low',
        'mixedTypes',
        {
          column,
          count: inf.nonConformingCount,
          type: `profiler.type.${c.type}`,
          values: quoted(inf.nonConforming, 3),
        },
        {
          ...at,
          count: inf.nonConformingCount,
          share: round3(s),
          exampleValues: examples(inf.nonConforming),
          exampleRows: exampleRows(inf.nonConforming),
        },
      ),
    );
  }
  if (kind === 'number' && inf.hasMixedDecimalSeparators) {
    out.push(profileIssue('MIXED_TYPES', 'medium', 'mixedDecimalSeparators', { column }, at));
  }

  if (kind === 'date') out.push(...dateFormatIssues(c));

  if (kind === 'number') {
    out.push(...numberAsTextIssues(c), ...unitIssues(c));
    const o = c.outliers;
    if (o && o.count > 0) {
      out.push(
        profileIssue(
          'OUTLIERS',
          'low',
          'outliers',
          { column, count: o.count },
          { ...at, count: o.count, share: round3(shareOf(o.count, c.nonMissing)), exampleRows: [...o.rows] },
        ),
      );
    }
    const sk = c.skewness;
    if (sk !== undefined && Math.abs(sk) > T.skewnessAbs && c.distinctCount > T.skewnessMinDistinct) {
      out.push(profileIssue('SKEWED', 'info', 'skewed', { column, skewness: Math.round(sk * 10) / 10 }, at));
    }
  }

  if (c.damaged >= T.encodingDamageMinCount) {
    const bad = c.values.filter((v) => hasEncodingDamage(v.value));
    const example = bad[0]?.value ?? '';
    out.push(
      profileIssue(
        'ENCODING_DAMAGE',
        'high',
        'encodingDamage',
        { column, count: c.damaged, example, repaired: repairEncodingDamage(example) ?? example },
        { ...at, count: c.damaged, exampleValues: examples(bad), exampleRows: exampleRows(bad) },
      ),
    );
  }
  return out;
}

/** MISSING, naming the longest stretch of empty rows when it holds most of them. */
function missingIssue(c: ColumnStats): ProfileIssue {
  const share = round3(shareOf(c.missing, c.rows));
  const params = { column: c.name, count: c.missing, share };
  const extra = { column: c.name, share, count: c.missing };
  const severity = missingSeverity(shareOf(c.missing, c.rows), c.type);
  const stretch = c.missingStretch;
  if (
    !needsMissingStretch(c) ||
    !stretch ||
    stretch.rows < T.missingStretchMinRows ||
    stretch.rows < T.missingStretchMinShare * c.missing
  ) {
    return profileIssue('MISSING', severity, 'missing', params, extra);
  }
  const period = stretch.period ? ` (${stretch.period.from} – ${stretch.period.to})` : '';
  return profileIssue(
    'MISSING',
    severity,
    'missingStretch',
    { ...params, from: stretch.fromRow, to: stretch.toRow, period },
    { ...extra, exampleRows: [stretch.fromRow, stretch.toRow] },
  );
}

/** MIXED_DATE_FORMATS: several ways of writing dates, or day and month in conflicting order. */
function dateFormatIssues(c: ColumnStats): ProfileIssue[] {
  const out: ProfileIssue[] = [];
  const inf = c.inference;
  const column = c.name;
  if (inf.dateFamilies.length > 1) {
    // `1-2-2023` next to `1-2-2023 10:00` is one format with and without a time: low.
    const onlyTimeDiffers = new Set(inf.dateFamilies.map((f) => f.value.split(' ')[0])).size === 1;
    out.push(
      profileIssue(
        'MIXED_DATE_FORMATS',
        onlyTimeDiffers ? 'low' : 'medium',
        'mixedDateFormats',
        { column, formats: inf.dateFamilies.map((f) => f.value).join(', ') },
        { column, exampleValues: firstValuesPerFamily(c.values) },
      ),
    );
  }
  if (inf.hasConflictingDateOrder)
    out.push(profileIssue('MIXED_DATE_FORMATS', 'medium', 'conflictingDateOrder', { column }, { column }));
  return out;
}

function firstValuesPerFamily(values: readonly ValueCount[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const c = classifyValue(v.value);
    if (c.kind === 'date' && !seen.has(c.family)) {
      seen.add(c.family);
      out.push(v.value);
    }
  }
  return out;
}

/** NUMBER_AS_TEXT: numbers written with %, a currency or a unit, which a plain reader cannot sum. */
function numberAsTextIssues(c: ColumnStats): ProfileIssue[] {
  const d = c.inference.decorated;
  const decorated = d.percent + d.currency + d.unit;
  if (decorated === 0) return [];
  const s = shareOf(decorated, c.nonMissing);
  const values = c.values.filter((v) => {
    const shape = classifyValue(v.value);
    return shape.kind === 'number' && shape.decoration !== null;
  });
  return [
    profileIssue(
      'NUMBER_AS_TEXT',
      s >= T.numberAsTextMediumShare ? 'medium' : 'low',
      'numberAsText',
      { column: c.name, count: decorated, values: quoted(values, 3) },
      {
        column: c.name,
        count: decorated,
        share: round3(s),
        exampleValues: examples(values),
        exampleRows: exampleRows(values),
      },
    ),
  ];
}

/** MIXED_UNITS: several units (or spellings of one) in a column, or numbers with and without a unit. */
function unitIssues(c: ColumnStats): ProfileIssue[] {
  const inf = c.inference;
  const column = c.name;
  const units = inf.units.filter((u) => u.value !== '%');
  if (units.length === 0) return [];
  const out: ProfileIssue[] = [];
  const canon = new Map<string, number>();
  for (const u of units)
    canon.set(canonicalUnit(u.value), (canon.get(canonicalUnit(u.value)) ?? 0) + u.count);
  const listed = units.map((u) => u.value);
  const withUnits = listed
    .map((sp) =>
      c.values.find((v) => {
        const shape = classifyValue(v.value);
        return shape.kind === 'number' && (shape.unit ?? '').split(/\s+/)[0] === sp;
      }),
    )
    .filter((v): v is ValueCount => v !== undefined);
  const examplesOfUnits = { column, exampleValues: examples(withUnits), exampleRows: exampleRows(withUnits) };
  if (canon.size > 1) {
    out.push(
      profileIssue(
        'MIXED_UNITS',
        'medium',
        'mixedUnits',
        { column, units: [...canon.keys()].join(', ') },
        examplesOfUnits,
      ),
    );
  } else if (units.length > 1) {
    out.push(
      profileIssue(
        'MIXED_UNITS',
        'medium',
        'unitSpellings',
        { column, units: listed.map((u) => `"${u}"`).join(', '), count: listed.length },
        examplesOfUnits,
      ),
    );
  }
  const withUnit = inf.decorated.unit + inf.decorated.currency;
  const plain = inf.counts.number - inf.decorated.unit - inf.decorated.currency - inf.decorated.percent;
  if (withUnit > 0 && plain > 0 && Math.min(withUnit, plain) / inf.counts.number >= T.unitMissingMinShare) {
    const bare = c.values.filter((v) => {
      const shape = classifyValue(v.value);
      return shape.kind === 'number' && shape.decoration === null;
    });
    out.push(
      profileIssue(
        'MIXED_UNITS',
        'medium',
        'unitMissing',
        { column, count: plain, unit: listed[0] ?? '' },
        { column, count: plain, exampleValues: examples(bare), exampleRows: exampleRows(bare) },
      ),
    );
  }
  return out;
}

/**
 * NEAR_DUPLICATE_VALUES: rare spellings one typo (or only case and spaces) away from a frequent
 * value, in text columns whose values were all counted.
 */
export function nearDuplicateIssue(c: ColumnStats): ProfileIssue | undefined {
  if (c.type !== 'text' || !c.isExact || c.distinctCount > T.nearDuplicateMaxDistinct) return undefined;
  const found = findNearDuplicateValues(c.values);
  if (found.length === 0) return undefined;
  const affected = found.reduce((s, d) => s + d.rare.count, 0);
  const share = shareOf(affected, c.nonMissing);
  const shown = found.slice(0, 5);
  return {
    code: 'NEAR_DUPLICATE_VALUES',
    severity: share >= T.nearDuplicateMediumShare ? 'medium' : 'low',
    column: c.name,
    count: affected,
    share: round3(share),
    exampleValues: shown.map((d) => d.rare.value),
    exampleRows: shown.map((d) => d.rare.firstRow).filter((r): r is number => r !== undefined),
    message: {
      key: 'profiler.issue.nearDuplicates',
      params: {
        column: c.name,
        count: found.length,
        pairs: shown.map((d) => `"${d.rare.value}" → "${d.frequent.value}"`).join(', '),
      },
    },
  };
}
