/**
 * Column profiles from the `raw` table in few vectorised passes:
 * 1. a 20 000-row sample of all columns: for a large CSV read from the file before loading
 *    (`sample-csv-rows.ts`; columns it shows to be high-cardinality dates or plain numbers are then
 *    parsed once while loading, see `planColumnStorage`), else a reservoir sample of the table
 *    (the whole table when it is smaller);
 * 2. exact value frequencies for every column the sample shows to have few distinct values
 *    (one grouped scan per column, at most 20 000 groups each);
 * 3. in JS, type inference over those values (core `inferColumnType`), and quantile fences for
 *    outliers from the frequencies or the sample;
 * 4. one aggregate query that parses every column as inferred (decimal comma, Dutch dates…) and
 *    computes min/max/mean/skewness, non-conforming and outlier counts, histograms, exact distinct
 *    counts for the high-cardinality columns, and sentinel candidates;
 * 5. small follow-up queries only where needed (examples of odd values, stats without sentinels).
 * It measures only: what the figures mean is decided in src/core/data-profile (`judgeDataset`).
 * Exact distinct counts are used wherever a decision depends on them (approximate counts were
 * measured off by up to 25 %).
 */
import { classifyValue, MISSING_TOKENS } from '../core/data-profile/classify-value.ts';
import type { ColumnStats } from '../core/data-profile/column-stats.ts';
import type { ColumnProfile, ProfileIssue } from '../core/data-profile/data-profile-types.ts';
import { ENCODING_DAMAGE_RE2, hasEncodingDamage } from '../core/data-profile/detect-encoding-damage.ts';
import type { ColumnInference, ValueCount } from '../core/data-profile/infer-column-type.ts';
import { PROFILE_MEASUREMENT as M } from '../core/data-profile/profile-thresholds.ts';
import {
  ALL_NINES_MIN,
  isAllNines,
  isSentinelNumber,
  outlierFences,
} from '../core/data-profile/sentinel-numbers.ts';
import { typedKind } from '../core/data-profile/typed-kind.ts';
import { type DuckDbSession, lit, num, numOrUndefined, type Row } from './duckdb-session.ts';
import { type LoadedTable, RAW_TABLE, type SourceColumn } from './load-source.ts';
import { inferFor, type StoragePlan, sampleValueCounts, typedExpression } from './plan-column-storage.ts';

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
  /** NULLs in the column (known when `isExact`). */
  nullCount?: number;
  nonMissing: number;
  missing: number;
  /** Sentinel numbers used as placeholders (`-999999999`). */
  sentinels: number[];
  stats: NumericStats | undefined;
  /** For date columns: true when no value carries a time of day. */
  isDateOnly: boolean;
  outliers?: { count: number; rows: number[] };
  /** Values with mojibake. */
  damaged: number;
  /** Its value counts come from the file sample of a large CSV, without row numbers. */
  isFromFileSample: boolean;
};

export type NumericStats = {
  count: number;
  min: number;
  max: number;
  mean: number;
  skewness: number | undefined;
};

const TOKENS_SQL = `(${[...MISSING_TOKENS].map(lit).join(', ')})`;
const HISTOGRAM_BINS = 20;

const text = (c: SourceColumn) => (c.native === 'varchar' ? c.id : `CAST(${c.id} AS VARCHAR)`);

type Plan = { lo: number; hi: number; binFrom: number; binWidth: number };

/** Runs the passes for every column. `preferDecimalComma` settles `1.234` in `;`-files. */
export async function analyseColumns(
  db: DuckDbSession,
  table: LoadedTable,
  options: {
    preferDecimalComma: boolean;
    onProgress?: (fraction: number) => void;
    /** The file sample and typed columns of a large CSV (`planColumnStorage`). */
    plan?: StoragePlan;
  },
): Promise<ColumnAnalysis[]> {
  const cols = table.columns;
  const rows = table.rows;
  const report = options.onProgress ?? (() => {});
  if (cols.length === 0) return [];

  // Pass 1: a sample of every column (read from the file before loading, for a large CSV).
  const isSmall = rows <= M.inferenceSampleRows;
  const fileSample = !isSmall ? options.plan?.sample : undefined;
  const sample: Row[] = fileSample
    ? fileSample.map((values) => Object.fromEntries(cols.map((c, j) => [c.id, values[j] ?? null])))
    : await db.all(
        `SELECT rowid AS r, ${cols.map((c) => `${text(c)} AS ${c.id}`).join(', ')} FROM ${RAW_TABLE} USING SAMPLE reservoir(${M.inferenceSampleRows} ROWS) REPEATABLE (42)`,
      );
  const sampled = sampleValueCounts(cols, sample);
  report(0.1);

  // Pass 2: exact frequencies where the sample shows few distinct values (or the table is small).
  const exactIds = new Set(
    cols
      .filter(
        (c) => isSmall || (sampled.get(c.id)?.length ?? 0) <= sample.length * M.exactFrequencySampleShare,
      )
      .map((c) => c.id),
  );
  const freq = new Map<string, ValueCount[]>();
  const nullCounts = new Map<string, number>();
  if (isSmall) {
    for (const c of cols) {
      freq.set(c.id, sampled.get(c.id) ?? []);
      nullCounts.set(c.id, sample.filter((s) => s[c.id] === null || s[c.id] === undefined).length);
    }
  } else if (exactIds.size > 0) {
    const limit = M.exactFrequencyMaxDistinct + 1;
    const parts = cols
      .filter((c) => exactIds.has(c.id))
      .map(
        (c) =>
          `(SELECT ${lit(c.id)} AS k, ${text(c)} AS v, count(*) AS n, min(rowid) AS r FROM ${RAW_TABLE} GROUP BY ${c.id} ORDER BY n DESC LIMIT ${limit})`,
      );
    for (const r of await db.all(parts.join(' UNION ALL '))) {
      const k = String(r['k']);
      if (r['v'] === null) {
        nullCounts.set(k, num(r['n']));
        continue;
      }
      const list = freq.get(k) ?? [];
      list.push({ value: String(r['v']), count: num(r['n']), firstRow: num(r['r']) + 1 });
      freq.set(k, list);
    }
    for (const id of [...exactIds]) {
      if ((freq.get(id)?.length ?? 0) >= limit) exactIds.delete(id);
    }
  }
  report(0.3);

  // Pass 3: inference, fences and histogram bins.
  const analyses: ColumnAnalysis[] = [];
  const plans = new Map<string, Plan>();
  for (const c of cols) {
    const isExact = exactIds.has(c.id);
    const values = ((isExact ? freq.get(c.id) : sampled.get(c.id)) ?? []).sort((a, b) => b.count - a.count);
    // A column parsed while loading keeps the inference that parsing used.
    const planned = c.typed ? options.plan?.typed.get(c.id) : undefined;
    const inference = planned ? structuredClone(planned) : inferFor(c, values, options.preferDecimalComma);
    const isMissingText = (t: string) => `(trim(${t}) = '' OR lower(trim(${t})) IN ${TOKENS_SQL})`;
    const a: ColumnAnalysis = {
      source: c,
      profile: { name: c.name, type: inference.type, missingShare: 0, distinctCount: 0, issues: [] },
      inference,
      typedExpr: c.typed ? c.typed.column : typedExpression(c, inference),
      // Parsed while loading, `cN` keeps only the text that did not parse (or NaN's): missing is
      // no value at all, or such a text that is blank or a token.
      missingExpr: c.typed
        ? `((${c.id} IS NULL AND ${c.typed.column} IS NULL) OR (${c.id} IS NOT NULL AND ${isMissingText(c.id)}))`
        : `(${c.id} IS NULL OR ${isMissingText(text(c))})`,
      values,
      isExact,
      nonMissing: 0,
      missing: 0,
      sentinels: [],
      stats: undefined,
      isDateOnly: false,
      damaged: 0,
      isFromFileSample: fileSample !== undefined && !isExact,
    };
    if (isExact) {
      a.nullCount = nullCounts.get(c.id) ?? 0;
      a.missing = a.nullCount + inference.counts.missing + inference.counts.missingTokens;
      a.profile.distinctCount = values.length - inference.missingTokens.length - countBlank(values);
      if (c.native === 'varchar')
        a.damaged = values.reduce((s, v) => s + (hasEncodingDamage(v.value) ? v.count : 0), 0);
    }
    if (typedKind(inference.type) === 'number') plans.set(c.id, numericPlan(values));
    analyses.push(a);
  }

  // Pass 4: one aggregate query over the whole table.
  // The subquery selects only what the aggregates read: a parse expression left in it would
  // still be run on every row.
  const inner: string[] = [];
  let readsRowId = false;
  const agg: string[] = ['count(*) AS n'];
  for (const a of analyses) {
    const id = a.source.id;
    const kind = typedKind(a.profile.type);
    const isTyped = kind !== 'text' && kind !== 'empty';
    // Numbers of a fully counted text column get their statistics from the frequencies, in JS.
    const isJsNumeric = a.isExact && kind === 'number' && a.source.native === 'varchar';
    if (!a.isExact || (isTyped && !isJsNumeric)) inner.push(id);
    if (isTyped && !isJsNumeric)
      inner.push(a.source.typed ? a.source.typed.column : `${a.typedExpr} AS x_${id}`);
    const x = `x_${id}`;
    if (!a.isExact) {
      agg.push(`count(DISTINCT ${isTyped ? x : id}) AS d_${id}`);
      const shortMissing = `(length(${text(a.source)}) <= 16 AND (trim(${text(a.source)}) = '' OR lower(trim(${text(a.source)})) IN ${TOKENS_SQL}))`;
      agg.push(
        a.source.typed
          ? `(count_if(${id} IS NULL AND ${a.source.typed.column} IS NULL) + count_if(${id} IS NOT NULL AND ${shortMissing})) AS m_${id}`
          : `count_if(${a.source.id} IS NULL OR ${shortMissing}) AS m_${id}`,
      );
      agg.push(
        `count_if(${id} IS NOT NULL AND length(${text(a.source)}) <= 16 AND lower(trim(${text(a.source)})) IN ${TOKENS_SQL}) AS tok_${id}`,
      );
      if (a.source.native === 'varchar' && !isTyped) {
        agg.push(
          `count_if((contains(${id}, 'Ã') OR contains(${id}, 'Â') OR contains(${id}, 'â') OR contains(${id}, '\uFFFD')) AND regexp_matches(${id}, ${lit(ENCODING_DAMAGE_RE2)})) AS enc_${id}`,
        );
      }
    }
    if (!isTyped) continue;
    if (isJsNumeric) {
      exactNumericStats(a, plans.get(id) as Plan);
      continue;
    }
    agg.push(`count(${x}) AS p_${id}`);
    agg.push(`count_if(${id} IS NOT NULL AND ${x} IS NULL AND NOT ${a.missingExpr}) AS nc_${id}`);
    if (kind === 'number') {
      const plan = plans.get(id) as Plan;
      // All nines from ALL_NINES_MIN up (`isAllNines`): candidates for placeholder numbers.
      const nines = `((${x} >= ${ALL_NINES_MIN} OR ${x} <= -${ALL_NINES_MIN}) AND abs(${x}) + 1 = power(10, round(log10(abs(${x}) + 1))))`;
      agg.push(
        // "NaN" and "inf" parse as doubles; they must not poison the statistics (skewness fails on them).
        `min(${x}) FILTER (WHERE isfinite(${x})) AS mn_${id}`,
        `max(${x}) FILTER (WHERE isfinite(${x})) AS mx_${id}`,
        `avg(${x}) FILTER (WHERE isfinite(${x})) AS av_${id}`,
        `skewness(${x}) FILTER (WHERE isfinite(${x})) AS sk_${id}`,
        `count_if(${x} <> round(${x})) AS fr_${id}`,
        `count_if(${nines}) AS n9_${id}`,
        `min(${x}) FILTER (WHERE ${nines}) AS n9min_${id}`,
        `max(${x}) FILTER (WHERE ${nines}) AS n9max_${id}`,
      );
      if (plan.hi > plan.lo) {
        const cond = `(${x} < ${plan.lo} OR ${x} > ${plan.hi})`;
        readsRowId = true;
        agg.push(
          `count_if(${cond}) AS o_${id}`,
          `min(r) FILTER (WHERE ${cond}) AS or1_${id}`,
          `max(r) FILTER (WHERE ${cond}) AS or2_${id}`,
        );
      }
      if (plan.binWidth > 0) {
        agg.push(`histogram(floor((${x} - ${plan.binFrom}) / ${plan.binWidth})) AS h_${id}`);
      }
      const d = a.inference.decorated;
      if (!a.isExact && d.percent + d.currency + d.unit > 0) {
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
  const needed = readsRowId || inner.length === 0 ? ['rowid AS r', ...inner] : inner;
  // Common-subexpression elimination would evaluate `lower(trim(c))` once for every row up
  // front, even where a cheap test (`c IS NOT NULL`, `length(c) <= 16`) already decided; with it
  // off each count evaluates its own test on the rows that reach it (10× faster for the mostly
  // empty text of a column parsed while loading).
  let r4: Row = { n: rows };
  if (agg.length > 1) {
    await db.run(`SET disabled_optimizers = 'common_subexpressions'`);
    try {
      [r4 = {}] = await db.all(
        `SELECT ${agg.join(', ')} FROM (SELECT ${needed.join(', ')} FROM ${RAW_TABLE})`,
      );
    } finally {
      await db.run('RESET disabled_optimizers');
    }
  }
  report(0.8);

  for (const a of analyses) finishCounts(a, r4, rows, plans.get(a.source.id));
  await statsWithoutSentinels(db, analyses);
  await nonConformingExamples(db, analyses);
  report(0.95);

  return analyses;
}

/** The figures the rules in src/core/data-profile judge a column by. */
export function columnStats(a: ColumnAnalysis, rows: number): ColumnStats {
  return {
    name: a.source.name,
    type: a.profile.type,
    rows,
    missing: a.missing,
    nonMissing: a.nonMissing,
    distinctCount: a.profile.distinctCount,
    values: a.values,
    isExact: a.isExact,
    isText: a.source.native === 'varchar',
    inference: a.inference,
    sentinels: a.sentinels,
    ...(a.outliers ? { outliers: a.outliers } : {}),
    ...(a.stats?.skewness !== undefined ? { skewness: a.stats.skewness } : {}),
    damaged: a.damaged,
  };
}

/**
 * Values counted from the file sample of a large CSV have no row number: for the issues that show
 * such values, the first row of each example value is looked up (one query for all columns) and
 * written into the issue's `exampleRows`. `issues[i]` belong to `analyses[i]`.
 */
export async function findExampleRows(
  db: DuckDbSession,
  analyses: readonly ColumnAnalysis[],
  issues: readonly ProfileIssue[][],
): Promise<void> {
  const pending: { id: string; issue: ProfileIssue; values: string[] }[] = [];
  analyses.forEach((a, i) => {
    if (!a.isFromFileSample) return;
    const sampled = new Set(a.values.map((v) => v.value));
    for (const issue of issues[i] ?? []) {
      const { exampleValues, exampleRows } = issue;
      if (!exampleValues || !exampleRows || exampleRows.length >= exampleValues.length) continue;
      if (exampleValues.some((v) => sampled.has(v)))
        pending.push({ id: a.source.id, issue, values: exampleValues });
    }
  });
  if (pending.length === 0) return;
  const byColumn = new Map<string, Set<string>>();
  for (const p of pending) byColumn.set(p.id, new Set([...(byColumn.get(p.id) ?? []), ...p.values]));
  const parts = [...byColumn].map(
    ([id, values]) =>
      `SELECT ${lit(id)} AS k, ${id} AS v, min(rowid) AS r FROM ${RAW_TABLE} WHERE ${id} IN (${[...values].map(lit).join(', ')}) GROUP BY ${id}`,
  );
  const first = new Map<string, number>();
  for (const r of await db.all(parts.join(' UNION ALL ')))
    first.set(`${r['k']}\u0000${r['v']}`, num(r['r']) + 1);
  for (const p of pending) {
    p.issue.exampleRows = p.values
      .map((v) => first.get(`${p.id}\u0000${v}`))
      .filter((r): r is number => r !== undefined);
  }
}

const countBlank = (values: ValueCount[]) => values.filter((v) => v.value.trim() === '').length;

/** Outlier fences (Tukey, from exact frequencies or the sample) and histogram bins. */
function numericPlan(values: ValueCount[]): Plan {
  const nums: { v: number; n: number }[] = [];
  for (const vc of values) {
    const shape = classifyValue(vc.value);
    if (shape.kind === 'number') nums.push({ v: shape.value, n: vc.count });
  }
  nums.sort((a, b) => a.v - b.v);
  const real = nums.filter((x) => !isAllNines(x.v));
  const total = real.reduce((s, x) => s + x.n, 0);
  const quantile = (q: number) => {
    let acc = 0;
    for (const x of real) {
      acc += x.n;
      if (acc >= q * total) return x.v;
    }
    return real[real.length - 1]?.v ?? 0;
  };
  const lo = quantile(0);
  const hi = real[real.length - 1]?.v ?? 0;
  const width = (hi - lo) / HISTOGRAM_BINS;
  return { ...outlierFences(quantile(0.25), quantile(0.75)), binFrom: lo, binWidth: Math.max(width, 0) };
}

function finishCounts(a: ColumnAnalysis, r4: Row, rows: number, plan: Plan | undefined): void {
  const id = a.source.id;
  const kind = typedKind(a.profile.type);
  if (!a.isExact) {
    a.missing = num(r4[`m_${id}`]);
    a.profile.distinctCount = num(r4[`d_${id}`]);
    a.damaged = num(r4[`enc_${id}`]);
    // The sample's token spellings, scaled to the exact total.
    const tokens = num(r4[`tok_${id}`]);
    const sampledTokens = a.inference.missingTokens.reduce((s, v) => s + v.count, 0);
    if (tokens > 0 && sampledTokens === 0) a.inference.missingTokens = [{ value: '?', count: tokens }];
    else if (sampledTokens > 0) {
      a.inference.missingTokens = a.inference.missingTokens.map((t) => ({
        ...t,
        count: Math.max(1, Math.round((t.count / sampledTokens) * tokens)),
      }));
    }
    a.inference.counts.missingTokens = tokens;
  }
  let sentinelCount = 0;
  if (kind === 'number' && a.isExact && a.source.native === 'varchar') {
    // Computed exactly from the frequencies in exactNumericStats.
  } else if (kind === 'number') {
    const n9 = num(r4[`n9_${id}`]);
    const spread = plan
      ? Math.max(Math.abs(plan.binFrom), Math.abs(plan.binFrom + plan.binWidth * HISTOGRAM_BINS), 1)
      : 1;
    const hasReal = plan !== undefined && plan.binWidth >= 0 && (plan.binFrom !== 0 || plan.binWidth > 0);
    for (const v of [numOrUndefined(r4[`n9min_${id}`]), numOrUndefined(r4[`n9max_${id}`])]) {
      if (v === undefined || a.sentinels.includes(v)) continue;
      if (isSentinelNumber(v, n9, { hasAny: hasReal, spread })) a.sentinels.push(v);
    }
    if (a.sentinels.length > 0) {
      sentinelCount = n9;
      a.missingExpr = `(${a.missingExpr} OR ${a.typedExpr} IN (${a.sentinels.join(', ')}))`;
    }
    a.stats = {
      count: num(r4[`p_${id}`]),
      min: num(r4[`mn_${id}`]),
      max: num(r4[`mx_${id}`]),
      mean: num(r4[`av_${id}`]),
      skewness: numOrUndefined(r4[`sk_${id}`]),
    };
    if (num(r4[`fr_${id}`]) > 0 && a.profile.type === 'integer') a.profile.type = 'decimal';
    if (r4[`dec_${id}`] !== undefined) {
      const exact = num(r4[`dec_${id}`]);
      const d = a.inference.decorated;
      const f = d.percent + d.currency + d.unit > 0 ? exact / (d.percent + d.currency + d.unit) : 0;
      a.inference.decorated = {
        percent: Math.round(d.percent * f),
        currency: Math.round(d.currency * f),
        unit: Math.round(d.unit * f),
      };
    }
    const outliers = num(r4[`o_${id}`]);
    if (outliers > 0 && a.sentinels.length === 0) {
      const ex = [r4[`or1_${id}`], r4[`or2_${id}`]]
        .filter((v) => v !== null && v !== undefined)
        .map((v) => num(v) + 1);
      a.outliers = { count: outliers, rows: [...new Set(ex)] };
    }
    if (plan && plan.binWidth > 0) a.profile.histogram = histogramFrom(r4[`h_${id}`], plan);
  }
  if (kind === 'date' || kind === 'time') {
    a.profile.min = String(r4[`mn_${id}`] ?? '');
    a.profile.max = String(r4[`mx_${id}`] ?? '');
    if (kind === 'date') {
      a.isDateOnly = num(r4[`tm_${id}`]) === 0;
      a.profile.type = a.isDateOnly ? 'date' : 'datetime';
    }
  }
  const isJsNumeric = kind === 'number' && a.isExact && a.source.native === 'varchar';
  if (kind !== 'text' && kind !== 'empty' && !isJsNumeric)
    a.inference.nonConformingCount = num(r4[`nc_${id}`]);
  if (!a.isExact || a.sentinels.length > 0) a.missing += sentinelCount;
  a.nonMissing = Math.max(0, rows - a.missing);
  a.profile.missingShare = rows > 0 ? a.missing / rows : 0;
  if (a.nonMissing === 0) a.profile.type = 'empty';
}

/** Equal-width bins from DuckDB's histogram map; bins outside the planned range are folded in. */
function histogramFrom(raw: unknown, plan: Plan): ColumnProfile['histogram'] {
  const counts = new Array<number>(HISTOGRAM_BINS).fill(0);
  const entries: [unknown, unknown][] = Array.isArray(raw)
    ? (raw as { key: unknown; value: unknown }[]).map((e) => [e.key, e.value])
    : raw && typeof raw === 'object'
      ? Object.entries(raw as Record<string, unknown>)
      : [];
  for (const [k, v] of entries) {
    const b = Math.min(HISTOGRAM_BINS - 1, Math.max(0, num(k)));
    counts[b] = (counts[b] ?? 0) + num(v);
  }
  return counts.map((count, i) => ({
    from: plan.binFrom + i * plan.binWidth,
    to: plan.binFrom + (i + 1) * plan.binWidth,
    count,
  }));
}

/**
 * Numeric figures computed exactly from a column's full value frequencies, so low-cardinality
 * numeric columns (most sensor readings are rounded) cost no extra pass over the table.
 */
function exactNumericStats(a: ColumnAnalysis, plan: Plan): void {
  const nums: { v: number; n: number; row: number | undefined }[] = [];
  for (const vc of a.values) {
    const shape = classifyValue(vc.value);
    if (shape.kind !== 'number') continue;
    const v =
      a.inference.numberFormat?.decimal === ',' && shape.isAmbiguous && shape.decimal === '.'
        ? Number(shape.core.replace(/\./g, ''))
        : a.inference.numberFormat?.decimal === '.' && shape.isAmbiguous && shape.decimal === ','
          ? Number(shape.core.replace(/,/g, ''))
          : shape.value;
    nums.push({ v, n: vc.count, row: vc.firstRow });
  }
  const real = nums.filter((x) => !isAllNines(x.v));
  const spread = Math.max(...real.map((x) => Math.abs(x.v)), 1);
  for (const x of nums) {
    if (isAllNines(x.v) && isSentinelNumber(x.v, x.n, { hasAny: real.length > 0, spread })) {
      a.sentinels.push(x.v);
      a.missing += x.n;
    }
  }
  const kept = nums.filter((x) => !a.sentinels.includes(x.v));
  const n = kept.reduce((s, x) => s + x.n, 0);
  if (a.sentinels.length > 0)
    a.missingExpr = `(${a.missingExpr} OR ${a.typedExpr} IN (${a.sentinels.join(', ')}))`;
  if (n === 0) return;
  const mean = kept.reduce((s, x) => s + x.v * x.n, 0) / n;
  const m2 = kept.reduce((s, x) => s + (x.v - mean) ** 2 * x.n, 0) / n;
  const m3 = kept.reduce((s, x) => s + (x.v - mean) ** 3 * x.n, 0) / n;
  // DuckDB's skewness(): the adjusted Fisher–Pearson coefficient.
  const g1 = m2 > 0 ? m3 / m2 ** 1.5 : undefined;
  const skewness = g1 !== undefined && n > 2 ? (Math.sqrt(n * (n - 1)) / (n - 2)) * g1 : undefined;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const x of kept) {
    if (x.v < min) min = x.v;
    if (x.v > max) max = x.v;
  }
  a.stats = { count: n, min, max, mean, skewness };
  if (kept.some((x) => !Number.isInteger(x.v)) && a.profile.type === 'integer') a.profile.type = 'decimal';
  if (plan.hi > plan.lo) {
    const out = kept.filter((x) => x.v < plan.lo || x.v > plan.hi);
    const count = out.reduce((s, x) => s + x.n, 0);
    if (count > 0) {
      const rows = out
        .sort((p, q) => Math.abs(q.v - mean) - Math.abs(p.v - mean))
        .slice(0, 3)
        .map((x) => x.row)
        .filter((r): r is number => r !== undefined);
      a.outliers = { count, rows };
    }
  }
  if (plan.binWidth > 0) {
    const bins = kept.map((x) => ({ key: Math.floor((x.v - plan.binFrom) / plan.binWidth), value: x.n }));
    a.profile.histogram = histogramFrom(bins, plan);
  }
}

/** Recomputes min/max/mean without sentinel values (rare: only when a placeholder was found). */
async function statsWithoutSentinels(db: DuckDbSession, analyses: ColumnAnalysis[]): Promise<void> {
  const affected = analyses.filter((a) => a.sentinels.length > 0 && a.stats);
  if (affected.length === 0) return;
  const agg = affected.flatMap((a) => {
    const x = `CASE WHEN ${a.typedExpr} NOT IN (${a.sentinels.join(', ')}) THEN ${a.typedExpr} END`;
    const id = a.source.id;
    return [
      `count(${x}) AS p_${id}`,
      `min(${x}) FILTER (WHERE isfinite(${x})) AS mn_${id}`,
      `max(${x}) FILTER (WHERE isfinite(${x})) AS mx_${id}`,
      `avg(${x}) FILTER (WHERE isfinite(${x})) AS av_${id}`,
      `skewness(${x}) FILTER (WHERE isfinite(${x})) AS sk_${id}`,
    ];
  });
  const [r = {}] = await db.all(`SELECT ${agg.join(', ')} FROM ${RAW_TABLE}`);
  for (const a of affected) {
    const id = a.source.id;
    a.stats = {
      count: num(r[`p_${id}`]),
      min: num(r[`mn_${id}`]),
      max: num(r[`mx_${id}`]),
      mean: num(r[`av_${id}`]),
      skewness: numOrUndefined(r[`sk_${id}`]),
    };
    if (a.stats.count === 0) a.profile.type = 'empty';
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
