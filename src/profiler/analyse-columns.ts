/**
 * Column profiles from the `raw` table in a few vectorised passes:
 * 1. counts, approximate distinct counts and an encoding-damage scan, all columns in one query;
 * 2. exact value frequencies for every column with up to 20 000 distinct values (one grouped
 *    scan per column) and a 20 000-row sample for the others;
 * 3. in JS, type inference over those values (core `inferColumnType`);
 * 4. one query that parses every column as inferred (decimal comma, Dutch dates…) and computes
 *    min/max/mean/quantiles, non-conforming counts, exact distinct counts and sentinel candidates;
 * 5. one query for outliers and histograms, then small LIMIT queries for examples.
 */
import { canonicalUnit } from '../core/data-profile/canonical-unit.ts';
import { BOOLEAN_WORDS, classifyValue, MISSING_TOKENS } from '../core/data-profile/classify-value.ts';
import type { ColumnProfile, ColumnType, ProfileIssue } from '../core/data-profile/data-profile-types.ts';
import { ENCODING_DAMAGE_RE2, hasEncodingDamage } from '../core/data-profile/detect-encoding-damage.ts';
import {
  type ColumnInference,
  inferColumnType,
  type ValueCount,
} from '../core/data-profile/infer-column-type.ts';
import { PROFILE_THRESHOLDS as T } from '../core/data-profile/profile-thresholds.ts';
import { type DuckDbSession, lit, num, numOrUndefined, type Row } from './duckdb-session.ts';
import { type LoadedTable, RAW_TABLE, type SourceColumn } from './load-source.ts';

/** What the rest of the profiler needs to know about a column. */
export type ColumnAnalysis = {
  source: SourceColumn;
  profile: ColumnProfile;
  inference: ColumnInference;
  /** SQL that yields the typed value (DOUBLE, TIMESTAMP, TIME, BOOLEAN) or the text. */
  typedExpr: string;
  /** SQL that is true when the raw value counts as missing (blank, token, sentinel). */
  missingExpr: string;
  /** Value counts: exact for the whole column when `isExact`, else from the sample. */
  values: ValueCount[];
  isExact: boolean;
  nonMissing: number;
  missing: number;
  /** Sentinel numbers used as placeholders (`-999999999`). */
  sentinels: number[];
  stats: NumericStats | undefined;
  /** For date columns: true when no value carries a time of day. */
  isDateOnly: boolean;
  outliers?: { count: number; rows: number[] };
};

export type NumericStats = {
  count: number;
  min: number;
  max: number;
  mean: number;
  stddev: number;
  skewness: number | undefined;
  q: number[];
};

const TOKENS_SQL = `(${[...MISSING_TOKENS].map(lit).join(', ')})`;
const quantiles = [0.01, 0.25, 0.5, 0.75, 0.99];

const text = (c: SourceColumn) => (c.native === 'varchar' ? c.id : `CAST(${c.id} AS VARCHAR)`);

/** Runs passes 1–5 for every column. `preferDecimalComma` settles `1.234` in `;`-files. */
export async function analyseColumns(
  db: DuckDbSession,
  table: LoadedTable,
  options: { preferDecimalComma: boolean; onProgress?: (fraction: number) => void },
): Promise<ColumnAnalysis[]> {
  const cols = table.columns;
  const rows = table.rows;
  const report = options.onProgress ?? (() => {});
  if (cols.length === 0) return [];

  // Pass 1: counts, approximate distinct, encoding damage.
  const p1: string[] = ['count(*) AS n'];
  for (const c of cols) {
    p1.push(`count(${c.id}) AS nn_${c.id}`, `approx_count_distinct(${c.id}) AS ad_${c.id}`);
    if (c.native === 'varchar') {
      p1.push(
        `count_if((contains(${c.id}, 'Ã') OR contains(${c.id}, 'Â') OR contains(${c.id}, 'â') OR contains(${c.id}, '\uFFFD')) AND regexp_matches(${c.id}, ${lit(ENCODING_DAMAGE_RE2)})) AS enc_${c.id}`,
      );
    }
  }
  const [r1 = {}] = await db.all(`SELECT ${p1.join(', ')} FROM ${RAW_TABLE}`);
  report(0.2);

  // Pass 2: exact frequencies for low-cardinality columns, a sample for the rest.
  const exactIds = cols
    .filter((c) => num(r1[`ad_${c.id}`]) <= T.exactFrequencyMaxDistinct * 0.8)
    .map((c) => c.id);
  const freq = new Map<string, ValueCount[]>();
  const nullCounts = new Map<string, number>();
  for (const c of cols) freq.set(c.id, []);
  if (exactIds.length > 0) {
    const parts = cols
      .filter((c) => exactIds.includes(c.id))
      .map(
        (c) =>
          `SELECT ${lit(c.id)} AS k, ${text(c)} AS v, count(*) AS n, min(rowid) AS r FROM ${RAW_TABLE} GROUP BY ${c.id}`,
      );
    const rowsF = await db.all(parts.join(' UNION ALL '));
    for (const r of rowsF) {
      const k = String(r['k']);
      if (r['v'] === null) {
        nullCounts.set(k, num(r['n']));
        continue;
      }
      freq.get(k)?.push({ value: String(r['v']), count: num(r['n']), firstRow: num(r['r']) + 1 });
    }
  }
  const sampledIds = cols.filter((c) => !exactIds.includes(c.id));
  let sampleRows = 0;
  if (sampledIds.length > 0) {
    const sample = await db.all(
      `SELECT rowid AS r, ${sampledIds.map((c) => `${text(c)} AS ${c.id}`).join(', ')} FROM ${RAW_TABLE} USING SAMPLE reservoir(${T.inferenceSampleRows} ROWS) REPEATABLE (42)`,
    );
    sampleRows = sample.length;
    for (const c of sampledIds) {
      const m = new Map<string, ValueCount>();
      for (const s of sample) {
        const v = s[c.id];
        if (v === null || v === undefined) continue;
        const key = String(v);
        const e = m.get(key) ?? { value: key, count: 0, firstRow: num(s['r']) + 1 };
        e.count++;
        m.set(key, e);
      }
      freq.set(c.id, [...m.values()]);
    }
  }
  report(0.45);

  // Pass 3: inference.
  const analyses: ColumnAnalysis[] = cols.map((c) => {
    const values = (freq.get(c.id) ?? []).sort((a, b) => b.count - a.count);
    const isExact = exactIds.includes(c.id);
    const inference = inferFor(c, values, options.preferDecimalComma);
    return {
      source: c,
      profile: { name: c.name, type: inference.type, missingShare: 0, distinctCount: 0, issues: [] },
      inference,
      typedExpr: typedExpression(c, inference),
      missingExpr: `(${c.id} IS NULL OR trim(${text(c)}) = '' OR lower(trim(${text(c)})) IN ${TOKENS_SQL})`,
      values,
      isExact,
      nonMissing: 0,
      missing: 0,
      sentinels: [],
      stats: undefined,
      isDateOnly: false,
    };
  });

  // Pass 4: typed aggregates over the whole column.
  const inner: string[] = [];
  const agg: string[] = [];
  for (const a of analyses) {
    const id = a.source.id;
    const kind = typedKind(a.profile.type);
    inner.push(`${id}`);
    if (!a.isExact) {
      agg.push(`count(DISTINCT ${id}) AS d_${id}`);
      agg.push(`count_if(${a.missingExpr}) AS m_${id}`);
      agg.push(
        `count_if(${id} IS NOT NULL AND lower(trim(${text(a.source)})) IN ${TOKENS_SQL}) AS tok_${id}`,
      );
    }
    if (kind === 'text' || kind === 'empty') continue;
    inner.push(`${a.typedExpr} AS x_${id}`);
    const x = `x_${id}`;
    agg.push(`count(${x}) AS p_${id}`);
    agg.push(`count_if(${id} IS NOT NULL AND ${x} IS NULL AND NOT ${a.missingExpr}) AS nc_${id}`);
    if (kind === 'number') {
      const nines = `(abs(${x}) >= 999 AND abs(${x}) + 1 = power(10, round(log10(abs(${x}) + 1))))`;
      agg.push(
        `min(${x}) AS mn_${id}`,
        `max(${x}) AS mx_${id}`,
        `avg(${x}) AS av_${id}`,
        `stddev_samp(${x}) AS sd_${id}`,
        `skewness(${x}) AS sk_${id}`,
        `approx_quantile(${x}, [${quantiles.join(', ')}]) AS q_${id}`,
        `count_if(${x} <> round(${x})) AS fr_${id}`,
        `count_if(${nines}) AS n9_${id}`,
        `min(${x}) FILTER (WHERE ${nines}) AS n9min_${id}`,
        `max(${x}) FILTER (WHERE ${nines}) AS n9max_${id}`,
        `approx_quantile(${x}, [0.01, 0.99]) FILTER (WHERE NOT ${nines}) AS q9_${id}`,
      );
      if (
        !a.isExact &&
        a.inference.decorated.percent + a.inference.decorated.currency + a.inference.decorated.unit > 0
      ) {
        agg.push(
          `count_if(${x} IS NOT NULL AND NOT regexp_full_match(trim(${id}), '[-+]?[0-9.,]+')) AS dec_${id}`,
        );
      }
    } else if (kind === 'date') {
      agg.push(
        `CAST(min(${x}) AS VARCHAR) AS mn_${id}`,
        `CAST(max(${x}) AS VARCHAR) AS mx_${id}`,
        `count_if(CAST(${x} AS TIME) <> TIME '00:00:00') AS tm_${id}`,
      );
    } else if (kind === 'time') {
      agg.push(`CAST(min(${x}) AS VARCHAR) AS mn_${id}`, `CAST(max(${x}) AS VARCHAR) AS mx_${id}`);
    }
  }
  const [r4 = {}] =
    agg.length > 0
      ? await db.all(`SELECT ${agg.join(', ')} FROM (SELECT ${inner.join(', ')} FROM ${RAW_TABLE})`)
      : [{}];
  report(0.75);

  for (const a of analyses) finishCounts(a, r1, r4, rows, nullCounts, sampleRows);

  // Pass 5: outliers and histograms (sentinels excluded), examples of non-conforming values.
  await numericDetails(db, analyses);
  await nonConformingExamples(db, analyses);
  report(0.95);

  for (const a of analyses) a.profile.issues.push(...columnIssues(a, rows, num(r1[`enc_${a.source.id}`])));
  return analyses;
}

function inferFor(c: SourceColumn, values: ValueCount[], preferDecimalComma: boolean): ColumnInference {
  if (c.native === 'varchar') return inferColumnType(values, { preferDecimalComma });
  const base = inferColumnType([], {});
  const type: ColumnType =
    c.native === 'bigint'
      ? 'integer'
      : c.native === 'double'
        ? 'decimal'
        : c.native === 'date'
          ? 'date'
          : c.native === 'timestamp'
            ? 'datetime'
            : c.native === 'time'
              ? 'time'
              : 'boolean';
  const present = values.reduce((s, v) => s + v.count, 0);
  return {
    ...base,
    type: present === 0 && values.length === 0 ? type : type,
    counts: { ...base.counts, values: present },
  };
}

/** 'number' | 'date' | 'time' | 'boolean' | 'text' | 'empty' for a column type. */
export function typedKind(type: ColumnType): 'number' | 'date' | 'time' | 'boolean' | 'text' | 'empty' {
  switch (type) {
    case 'integer':
    case 'decimal':
      return 'number';
    case 'date':
    case 'datetime':
      return 'date';
    case 'time':
      return 'time';
    case 'boolean':
      return 'boolean';
    case 'empty':
      return 'empty';
    default:
      return 'text';
  }
}

/** SQL that parses a column the way its values are written. */
function typedExpression(c: SourceColumn, inf: ColumnInference): string {
  const id = c.id;
  if (c.native !== 'varchar') {
    switch (c.native) {
      case 'bigint':
      case 'double':
        return `CAST(${id} AS DOUBLE)`;
      case 'date':
      case 'timestamp':
        return `CAST(${id} AS TIMESTAMP)`;
      default:
        return id;
    }
  }
  switch (typedKind(inf.type)) {
    case 'number': {
      const fmt = inf.numberFormat ?? { decimal: '.', thousands: null };
      const isDecorated = inf.decorated.percent + inf.decorated.currency + inf.decorated.unit > 0;
      let s = isDecorated
        ? `regexp_extract(${id}, '^\\s*(?:€|EUR|eur|\\$|£)?\\s*([-+]?[0-9]*[.,]?[0-9]+(?:[.,][0-9]+)*)', 1)`
        : `trim(${id})`;
      if (fmt.thousands === ' ') s = `replace(replace(${s}, ' ', ''), chr(160), '')`;
      if (fmt.thousands === '.') s = `replace(${s}, '.', '')`;
      if (fmt.thousands === ',') s = `replace(${s}, ',', '')`;
      if (fmt.decimal === ',') s = `replace(${s}, ',', '.')`;
      return `TRY_CAST(${s} AS DOUBLE)`;
    }
    case 'date': {
      const iso = inf.dateFamilies.some((f) => f.value.startsWith('yyyy'));
      const fmts = inf.dateFormats;
      const parts: string[] = [];
      if (fmts.length > 0) parts.push(`try_strptime(trim(${id}), [${fmts.map(lit).join(', ')}])`);
      if (iso || fmts.length === 0) parts.push(`TRY_CAST(trim(${id}) AS TIMESTAMP)`);
      return parts.length === 1 ? (parts[0] as string) : `coalesce(${parts.join(', ')})`;
    }
    case 'time':
      return `TRY_CAST(trim(${id}) AS TIME)`;
    case 'boolean':
      return `CASE WHEN lower(trim(${id})) IN (${BOOLEAN_WORDS.true.map(lit).join(', ')}) THEN true WHEN lower(trim(${id})) IN (${BOOLEAN_WORDS.false.map(lit).join(', ')}) THEN false END`;
    default:
      return id;
  }
}

function finishCounts(
  a: ColumnAnalysis,
  r1: Row,
  r4: Row,
  rows: number,
  nullCounts: Map<string, number>,
  sampleRows: number,
): void {
  const id = a.source.id;
  const kind = typedKind(a.profile.type);
  if (a.isExact) {
    const blank = (nullCounts.get(id) ?? 0) + a.inference.counts.missing;
    a.missing = blank + a.inference.counts.missingTokens;
    a.profile.distinctCount = a.values.filter((v) => classifyValue(v.value).kind !== 'missing').length;
    a.profile.distinctCount -= a.inference.missingTokens.length;
  } else {
    a.missing = num(r4[`m_${id}`]);
    a.profile.distinctCount = num(r4[`d_${id}`]);
    // The sample's token counts are estimates; replace them by the exact total, keeping the spellings.
    const tokens = num(r4[`tok_${id}`]);
    if (tokens > 0 && a.inference.missingTokens.length === 0) {
      a.inference.missingTokens = [{ value: '?', count: tokens }];
    }
    const sampledTokens = a.inference.missingTokens.reduce((s, v) => s + v.count, 0);
    if (sampledTokens > 0) {
      a.inference.missingTokens = a.inference.missingTokens.map((t) => ({
        ...t,
        count: Math.max(1, Math.round((t.count / sampledTokens) * tokens)),
      }));
    }
    a.inference.counts.missingTokens = tokens;
    void sampleRows;
  }
  if (kind === 'number') {
    const n9 = num(r4[`n9_${id}`]);
    const q9 = (r4[`q9_${id}`] as unknown[] | null) ?? [];
    const lo = numOrUndefined(q9[0]);
    const hi = numOrUndefined(q9[1]);
    const spread = Math.max(Math.abs(lo ?? 0), Math.abs(hi ?? 0), 1);
    if (n9 >= T.sentinelMinCount) {
      for (const v of [numOrUndefined(r4[`n9min_${id}`]), numOrUndefined(r4[`n9max_${id}`])]) {
        if (v === undefined || a.sentinels.includes(v)) continue;
        const digits = String(Math.abs(Math.round(v))).length;
        if (digits >= T.sentinelMinDigits && (digits >= 6 || Math.abs(v) >= 10 * spread)) a.sentinels.push(v);
      }
    }
    if (a.sentinels.length > 0) {
      a.missingExpr = `(${a.missingExpr} OR ${a.typedExpr} IN (${a.sentinels.join(', ')}))`;
    }
    a.stats = {
      count: num(r4[`p_${id}`]),
      min: num(r4[`mn_${id}`]),
      max: num(r4[`mx_${id}`]),
      mean: num(r4[`av_${id}`]),
      stddev: num(r4[`sd_${id}`]),
      skewness: numOrUndefined(r4[`sk_${id}`]),
      q: ((r4[`q_${id}`] as unknown[] | null) ?? []).map(num),
    };
    if (num(r4[`fr_${id}`]) === 0 && a.profile.type === 'decimal' && a.source.native === 'varchar') {
      // `12.0 oz` is written as a decimal but every value is whole.
      a.profile.type = 'decimal';
    }
    if (num(r4[`fr_${id}`]) > 0 && a.profile.type === 'integer') a.profile.type = 'decimal';
    if (r4[`dec_${id}`] !== undefined) {
      const exact = num(r4[`dec_${id}`]);
      const sampled =
        a.inference.decorated.percent + a.inference.decorated.currency + a.inference.decorated.unit;
      const f = sampled > 0 ? exact / sampled : 0;
      a.inference.decorated = {
        percent: Math.round(a.inference.decorated.percent * f),
        currency: Math.round(a.inference.decorated.currency * f),
        unit: Math.round(a.inference.decorated.unit * f),
      };
    }
  }
  if (kind === 'date' || kind === 'time') {
    a.profile.min = String(r4[`mn_${id}`] ?? '');
    a.profile.max = String(r4[`mx_${id}`] ?? '');
    if (kind === 'date') {
      a.isDateOnly = num(r4[`tm_${id}`]) === 0;
      a.profile.type = a.isDateOnly ? 'date' : 'datetime';
    }
  }
  if (kind !== 'text' && kind !== 'empty') {
    const nc = num(r4[`nc_${id}`]);
    a.inference.nonConformingCount = nc;
  }
  const sentinelCount = a.sentinels.length > 0 ? num(r4[`n9_${id}`]) : 0;
  a.missing += sentinelCount;
  a.nonMissing = Math.max(0, rows - a.missing);
  a.profile.missingShare = rows > 0 ? a.missing / rows : 0;
  if (a.nonMissing === 0) a.profile.type = 'empty';
  void r1;
}

async function numericDetails(db: DuckDbSession, analyses: ColumnAnalysis[]): Promise<void> {
  const numeric = analyses.filter((a) => a.stats && a.stats.count > 0 && a.profile.type !== 'empty');
  if (numeric.length === 0) return;
  const inner: string[] = ['rowid AS r'];
  const agg: string[] = [];
  const fences = new Map<string, { lo: number; hi: number; min: number; width: number }>();
  for (const a of numeric) {
    const id = a.source.id;
    const x = `x_${id}`;
    const sentinelFilter =
      a.sentinels.length > 0 ? ` AND ${a.typedExpr} NOT IN (${a.sentinels.join(', ')})` : '';
    inner.push(`CASE WHEN TRUE${sentinelFilter} THEN ${a.typedExpr} END AS ${x}`);
    if (a.sentinels.length > 0) {
      agg.push(
        `min(${x}) AS mn_${id}`,
        `max(${x}) AS mx_${id}`,
        `avg(${x}) AS av_${id}`,
        `stddev_samp(${x}) AS sd_${id}`,
        `skewness(${x}) AS sk_${id}`,
        `approx_quantile(${x}, [${quantiles.join(', ')}]) AS q_${id}`,
        `count(${x}) AS p_${id}`,
      );
    }
  }
  if (agg.length > 0) {
    const [r = {}] = await db.all(
      `SELECT ${agg.join(', ')} FROM (SELECT ${inner.join(', ')} FROM ${RAW_TABLE})`,
    );
    for (const a of numeric) {
      if (a.sentinels.length === 0) continue;
      const id = a.source.id;
      a.stats = {
        count: num(r[`p_${id}`]),
        min: num(r[`mn_${id}`]),
        max: num(r[`mx_${id}`]),
        mean: num(r[`av_${id}`]),
        stddev: num(r[`sd_${id}`]),
        skewness: numOrUndefined(r[`sk_${id}`]),
        q: ((r[`q_${id}`] as unknown[] | null) ?? []).map(num),
      };
    }
  }
  const agg2: string[] = [];
  const BINS = 20;
  for (const a of numeric) {
    const s = a.stats;
    if (!s || s.count === 0) continue;
    const id = a.source.id;
    const x = `x_${id}`;
    const q1 = s.q[1] ?? 0;
    const q3 = s.q[3] ?? 0;
    const iqr = q3 - q1;
    const width = (s.max - s.min) / BINS;
    fences.set(id, {
      lo: q1 - T.outlierIqrFactor * iqr,
      hi: q3 + T.outlierIqrFactor * iqr,
      min: s.min,
      width,
    });
    if (iqr > 0) {
      const cond = `(${x} < ${q1 - T.outlierIqrFactor * iqr} OR ${x} > ${q3 + T.outlierIqrFactor * iqr})`;
      agg2.push(
        `count_if(${cond}) AS o_${id}`,
        `min(r) FILTER (WHERE ${cond}) AS or1_${id}`,
        `max(r) FILTER (WHERE ${cond}) AS or2_${id}`,
        `arg_max(r, abs(${x} - ${s.q[2] ?? 0})) FILTER (WHERE ${cond}) AS or3_${id}`,
      );
    }
    if (width > 0) {
      agg2.push(`histogram(least(floor((${x} - ${s.min}) / ${width}), ${BINS - 1})) AS h_${id}`);
    }
  }
  if (agg2.length === 0) return;
  const [r2 = {}] = await db.all(
    `SELECT ${agg2.join(', ')} FROM (SELECT ${inner.join(', ')} FROM ${RAW_TABLE})`,
  );
  for (const a of numeric) {
    const id = a.source.id;
    const f = fences.get(id);
    if (!f || !a.stats) continue;
    const outliers = num(r2[`o_${id}`]);
    if (outliers > 0) {
      const ex = [r2[`or3_${id}`], r2[`or1_${id}`], r2[`or2_${id}`]]
        .filter((v) => v !== null && v !== undefined)
        .map((v) => num(v) + 1);
      a.outliers = {
        count: outliers,
        rows: [...new Set(ex)],
      };
    }
    const h = r2[`h_${id}`] as
      | { key: unknown; value: unknown }[]
      | Record<string, unknown>
      | null
      | undefined;
    if (h && f.width > 0) {
      const counts = new Array<number>(BINS).fill(0);
      const entries: [unknown, unknown][] = Array.isArray(h)
        ? h.map((e) => [e.key, e.value])
        : Object.entries(h as Record<string, unknown>);
      for (const [k, v] of entries) {
        const b = num(k);
        if (b >= 0 && b < BINS) counts[b] = (counts[b] ?? 0) + num(v);
      }
      a.profile.histogram = counts.map((count, i) => ({
        from: f.min + i * f.width,
        to: f.min + (i + 1) * f.width,
        count,
      }));
    }
  }
}

async function nonConformingExamples(db: DuckDbSession, analyses: ColumnAnalysis[]): Promise<void> {
  for (const a of analyses) {
    const kind = typedKind(a.profile.type);
    if (kind === 'text' || kind === 'empty' || a.inference.nonConformingCount === 0) continue;
    if (a.isExact && a.inference.nonConforming.length > 0) continue;
    const id = a.source.id;
    const rows = await db.all(
      `SELECT ${text(a.source)} AS v, count(*) AS n, min(rowid) AS r FROM ${RAW_TABLE} WHERE ${id} IS NOT NULL AND (${a.typedExpr}) IS NULL AND NOT ${a.missingExpr} GROUP BY 1 ORDER BY n DESC LIMIT 20`,
    );
    a.inference.nonConforming = rows.map((r) => ({
      value: String(r['v']),
      count: num(r['n']),
      firstRow: num(r['r']) + 1,
    }));
  }
}

const share = (n: number, d: number) => (d > 0 ? n / d : 0);
const round3 = (x: number) => Math.round(x * 1000) / 1000;
const examples = (vs: ValueCount[], n = 5) => vs.slice(0, n).map((v) => v.value);
const exampleRows = (vs: ValueCount[], n = 5) =>
  vs
    .slice(0, n)
    .map((v) => v.firstRow)
    .filter((r): r is number => r !== undefined);

function issue(
  code: string,
  severity: ProfileIssue['severity'],
  key: string,
  params: Record<string, string | number>,
  extra: Partial<ProfileIssue> = {},
): ProfileIssue {
  return { code, severity, message: { key: `profiler.issue.${key}`, params }, ...extra };
}

/** Builds the column-level issues that need only this column's figures. */
function columnIssues(a: ColumnAnalysis, rows: number, damaged: number): ProfileIssue[] {
  const out: ProfileIssue[] = [];
  const column = a.source.name;
  const inf = a.inference;
  const type = a.profile.type;
  const kind = typedKind(type);
  const at = { column };

  if (rows > 0 && a.nonMissing === 0) {
    out.push(issue('EMPTY_COLUMN', 'low', 'emptyColumn', { column }, at));
  } else if (share(a.missing, rows) >= T.missingWarnShare) {
    const s = share(a.missing, rows);
    // A mostly empty text column is usually a remarks field; it does not block readiness.
    const severity =
      type === 'text'
        ? 'low'
        : s >= T.missingHighShare
          ? 'high'
          : s >= T.missingMediumShare
            ? 'medium'
            : 'low';
    out.push(
      issue(
        'MISSING',
        severity,
        'missing',
        { column, count: a.missing, share: round3(s) },
        {
          ...at,
          share: round3(s),
          count: a.missing,
        },
      ),
    );
  }

  if (inf.counts.missingTokens > 0) {
    const count = inf.counts.missingTokens;
    const s = share(count, rows);
    out.push(
      issue(
        'DISGUISED_MISSING',
        s >= 0.05 ? 'medium' : 'low',
        'disguisedMissing',
        {
          column,
          count,
          values: examples(inf.missingTokens)
            .map((v) => `"${v}"`)
            .join(', '),
        },
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
  for (const v of a.sentinels) {
    out.push(
      issue(
        'DISGUISED_MISSING',
        'medium',
        'sentinel',
        { column, value: String(v) },
        { ...at, exampleValues: [String(v)] },
      ),
    );
  }

  if (a.nonMissing > 0 && a.profile.distinctCount === 1 && rows > 1) {
    out.push(issue('CONSTANT', 'info', 'constant', { column, value: a.values[0]?.value ?? '' }, at));
  }
  const isIdLike = type === 'text' || type === 'integer';
  if (isIdLike && a.nonMissing > 1 && a.missing === 0 && a.profile.distinctCount === a.nonMissing) {
    out.push(issue('UNIQUE', 'info', 'unique', { column }, at));
  }
  if (
    kind === 'text' &&
    a.profile.distinctCount > T.highCardinalityMin &&
    share(a.profile.distinctCount, a.nonMissing) > T.highCardinalityShare &&
    a.profile.distinctCount < a.nonMissing
  ) {
    out.push(
      issue('HIGH_CARDINALITY', 'info', 'highCardinality', { column, distinct: a.profile.distinctCount }, at),
    );
  }

  if (kind !== 'text' && kind !== 'empty' && inf.nonConformingCount > 0) {
    const s = share(inf.nonConformingCount, a.nonMissing + inf.nonConformingCount);
    if (s >= T.mixedTypesWarnShare || inf.nonConformingCount >= 1) {
      out.push(
        issue(
          'MIXED_TYPES',
          s >= 0.05 ? 'medium' : 'low',
          'mixedTypes',
          {
            column,
            count: inf.nonConformingCount,
            type: `profiler.type.${type}`,
            values: examples(inf.nonConforming, 3)
              .map((v) => `"${v}"`)
              .join(', '),
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
  }
  if (kind === 'number' && inf.hasMixedDecimalSeparators) {
    out.push(issue('MIXED_TYPES', 'medium', 'mixedDecimalSeparators', { column }, at));
  }

  if (kind === 'date') {
    if (inf.dateFamilies.length > 1) {
      const onlyTimeDiffers = new Set(inf.dateFamilies.map((f) => f.value.split(' ')[0])).size === 1;
      out.push(
        issue(
          'MIXED_DATE_FORMATS',
          onlyTimeDiffers ? 'low' : 'medium',
          'mixedDateFormats',
          { column, formats: inf.dateFamilies.map((f) => f.value).join(', ') },
          { ...at, exampleValues: firstValuesPerFamily(a) },
        ),
      );
    }
    if (inf.hasConflictingDateOrder)
      out.push(issue('MIXED_DATE_FORMATS', 'medium', 'conflictingDateOrder', { column }, at));
  }

  if (kind === 'number') {
    const decorated = inf.decorated.percent + inf.decorated.currency + inf.decorated.unit;
    if (decorated > 0) {
      const s = share(decorated, a.nonMissing);
      const decoratedValues = a.values.filter((v) => {
        const c = classifyValue(v.value);
        return c.kind === 'number' && c.decoration !== null;
      });
      out.push(
        issue(
          'NUMBER_AS_TEXT',
          s >= T.missingWarnShare ? 'medium' : 'low',
          'numberAsText',
          {
            column,
            count: decorated,
            values: examples(decoratedValues, 3)
              .map((v) => `"${v}"`)
              .join(', '),
          },
          {
            ...at,
            count: decorated,
            share: round3(s),
            exampleValues: examples(decoratedValues),
            exampleRows: exampleRows(decoratedValues),
          },
        ),
      );
    }
    out.push(...unitIssues(a));
    const o = a.outliers;
    if (o && o.count > 0) {
      out.push(
        issue(
          'OUTLIERS',
          'low',
          'outliers',
          { column, count: o.count },
          {
            ...at,
            count: o.count,
            share: round3(share(o.count, a.nonMissing)),
            exampleRows: o.rows,
          },
        ),
      );
    }
    const sk = a.stats?.skewness;
    if (sk !== undefined && Math.abs(sk) > T.skewnessAbs && a.profile.distinctCount > 2) {
      out.push(issue('SKEWED', 'info', 'skewed', { column, skewness: Math.round(sk * 10) / 10 }, at));
    }
  }

  if (damaged >= T.encodingDamageMinCount) {
    const bad = a.values.filter((v) => hasEncodingDamage(v.value));
    out.push(
      issue(
        'ENCODING_DAMAGE',
        'high',
        'encodingDamage',
        { column, count: damaged, example: bad[0]?.value ?? '' },
        { ...at, count: damaged, exampleValues: examples(bad), exampleRows: exampleRows(bad) },
      ),
    );
  }
  return out;
}

function firstValuesPerFamily(a: ColumnAnalysis): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of a.values) {
    const c = classifyValue(v.value);
    if (c.kind === 'date' && !seen.has(c.family)) {
      seen.add(c.family);
      out.push(v.value);
    }
  }
  return out;
}

/** MIXED_UNITS: several units (or spellings of one) in a column, or numbers with and without a unit. */
function unitIssues(a: ColumnAnalysis): ProfileIssue[] {
  const inf = a.inference;
  const column = a.source.name;
  const units = inf.units.filter((u) => u.value !== '%');
  if (units.length === 0) return [];
  const out: ProfileIssue[] = [];
  const canon = new Map<string, number>();
  for (const u of units)
    canon.set(canonicalUnit(u.value), (canon.get(canonicalUnit(u.value)) ?? 0) + u.count);
  const unitValues = (spellings: string[]) =>
    spellings
      .map((sp) =>
        a.values.find((v) => {
          const c = classifyValue(v.value);
          return c.kind === 'number' && (c.unit ?? '').split(/\s+/)[0] === sp;
        }),
      )
      .filter((v): v is ValueCount => v !== undefined);
  const listed = units.map((u) => u.value);
  if (canon.size > 1) {
    const ex = unitValues(listed);
    out.push(
      issue(
        'MIXED_UNITS',
        'medium',
        'mixedUnits',
        { column, units: [...canon.keys()].join(', ') },
        {
          column,
          exampleValues: examples(ex),
          exampleRows: exampleRows(ex),
        },
      ),
    );
  } else if (units.length > 1) {
    const ex = unitValues(listed);
    out.push(
      issue(
        'MIXED_UNITS',
        'medium',
        'unitSpellings',
        { column, units: listed.map((u) => `"${u}"`).join(', '), count: listed.length },
        { column, exampleValues: examples(ex), exampleRows: exampleRows(ex) },
      ),
    );
  }
  const withUnit = inf.decorated.unit + inf.decorated.currency;
  const plain = inf.counts.number - inf.decorated.unit - inf.decorated.currency - inf.decorated.percent;
  if (withUnit > 0 && plain > 0 && Math.min(withUnit, plain) / inf.counts.number >= T.missingWarnShare) {
    const bare = a.values.filter((v) => {
      const c = classifyValue(v.value);
      return c.kind === 'number' && c.decoration === null;
    });
    out.push(
      issue(
        'MIXED_UNITS',
        'medium',
        'unitMissing',
        { column, count: plain, unit: listed[0] ?? '' },
        {
          column,
          count: plain,
          exampleValues: examples(bare),
          exampleRows: exampleRows(bare),
        },
      ),
    );
  }
  return out;
}
