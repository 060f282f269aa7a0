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
 * Exact distinct counts are used wherever a decision depends on them (approximate counts were
 * measured off by up to 25 %).
 */
import { canonicalUnit } from '../core/data-profile/canonical-unit.ts';
import { BOOLEAN_WORDS, classifyValue, MISSING_TOKENS } from '../core/data-profile/classify-value.ts';
import type { ColumnProfile, ColumnType, ProfileIssue } from '../core/data-profile/data-profile-types.ts';
import {
  ENCODING_DAMAGE_RE2,
  hasEncodingDamage,
  repairEncodingDamage,
} from '../core/data-profile/detect-encoding-damage.ts';
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

type Plan = { lo: number; hi: number; binFrom: number; binWidth: number; sentinelCandidates: number[] };

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
  const isSmall = rows <= T.inferenceSampleRows;
  const fileSample = !isSmall ? options.plan?.sample : undefined;
  const sample: Row[] = fileSample
    ? fileSample.map((values) => Object.fromEntries(cols.map((c, j) => [c.id, values[j] ?? null])))
    : await db.all(
        `SELECT rowid AS r, ${cols.map((c) => `${text(c)} AS ${c.id}`).join(', ')} FROM ${RAW_TABLE} USING SAMPLE reservoir(${T.inferenceSampleRows} ROWS) REPEATABLE (42)`,
      );
  const sampled = sampleValueCounts(cols, sample);
  report(0.1);

  // Pass 2: exact frequencies where the sample shows few distinct values (or the table is small).
  const exactIds = new Set(
    cols.filter((c) => isSmall || (sampled.get(c.id)?.length ?? 0) <= sample.length * 0.5).map((c) => c.id),
  );
  const freq = new Map<string, ValueCount[]>();
  const nullCounts = new Map<string, number>();
  if (isSmall) {
    for (const c of cols) {
      freq.set(c.id, sampled.get(c.id) ?? []);
      nullCounts.set(c.id, sample.filter((s) => s[c.id] === null || s[c.id] === undefined).length);
    }
  } else if (exactIds.size > 0) {
    const limit = T.exactFrequencyMaxDistinct + 1;
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
    };
    if (isExact) {
      a.nullCount = nullCounts.get(c.id) ?? 0;
      a.missing = a.nullCount + inference.counts.missing + inference.counts.missingTokens;
      a.profile.distinctCount = values.length - inference.missingTokens.length - countBlank(values);
      if (c.native === 'varchar')
        a.damaged = values.reduce((s, v) => s + (hasEncodingDamage(v.value) ? v.count : 0), 0);
    }
    if (typedKind(inference.type) === 'number') plans.set(c.id, numericPlan(c, values, isExact));
    analyses.push(a);
  }

  // Pass 4: one aggregate query over the whole table.
  const inner: string[] = ['rowid AS r'];
  const agg: string[] = ['count(*) AS n'];
  for (const a of analyses) {
    const id = a.source.id;
    const kind = typedKind(a.profile.type);
    inner.push(id);
    const isTyped = kind !== 'text' && kind !== 'empty';
    if (isTyped) inner.push(a.source.typed ? a.source.typed.column : `${a.typedExpr} AS x_${id}`);
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
    if (a.isExact && kind === 'number' && a.source.native === 'varchar') {
      exactNumericStats(a, plans.get(id) as Plan);
      continue;
    }
    agg.push(`count(${x}) AS p_${id}`);
    agg.push(`count_if(${id} IS NOT NULL AND ${x} IS NULL AND NOT ${a.missingExpr}) AS nc_${id}`);
    if (kind === 'number') {
      const plan = plans.get(id) as Plan;
      const nines = `((${x} >= 999 OR ${x} <= -999) AND abs(${x}) + 1 = power(10, round(log10(abs(${x}) + 1))))`;
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
  // Only what the aggregates use: a parse expression left in the subquery would still be run.
  const used = agg.join(' ');
  const needed = inner.filter((e) => new RegExp(`\\b${/(\w+)$/.exec(e)?.[1] ?? e}\\b`).test(used));
  // Common-subexpression elimination would evaluate `lower(trim(c))` once for every row up
  // front, even where a cheap test (`c IS NOT NULL`, `length(c) <= 16`) already decided; with it
  // off each count evaluates its own test on the rows that reach it (10× faster for the mostly
  // empty text of a column parsed while loading).
  let r4: Row = { n: rows };
  if (agg.length > 1) {
    await db.run(`SET disabled_optimizers = 'common_subexpressions'`);
    try {
      [r4 = {}] = await db.all(
        `SELECT ${agg.join(', ')} FROM (SELECT ${needed.join(', ') || 'rowid AS r'} FROM ${RAW_TABLE})`,
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

  // Values seen only in the file sample have no row number yet: look up the first row of the
  // few that end up as examples, once.
  const pending: PendingRows[] = [];
  for (const a of analyses) {
    const fromFile = fileSample !== undefined && !a.isExact;
    const seen = fromFile ? new Set((sampled.get(a.source.id) ?? []).map((v) => v.value)) : undefined;
    const rowsFor = (vs: ValueCount[], n = 5): number[] => {
      const into = exampleRows(vs, n);
      const values = vs.slice(0, n);
      if (seen && values.some((v) => v.firstRow === undefined && seen.has(v.value)))
        pending.push({ id: a.source.id, values, into });
      return into;
    };
    a.profile.issues.push(...columnIssues(a, rows, a.damaged, rowsFor));
  }
  await resolveExampleRows(db, pending);
  return analyses;
}

type PendingRows = { id: string; values: ValueCount[]; into: number[] };

/** Fills example rows of sampled values with the first row each value occurs in. */
async function resolveExampleRows(db: DuckDbSession, pending: PendingRows[]): Promise<void> {
  if (pending.length === 0) return;
  const byColumn = new Map<string, Set<string>>();
  for (const p of pending) {
    const set = byColumn.get(p.id) ?? new Set<string>();
    for (const v of p.values) set.add(v.value);
    byColumn.set(p.id, set);
  }
  const parts = [...byColumn].map(
    ([id, values]) =>
      `SELECT ${lit(id)} AS k, ${id} AS v, min(rowid) AS r FROM ${RAW_TABLE} WHERE ${id} IN (${[...values].map(lit).join(', ')}) GROUP BY ${id}`,
  );
  const first = new Map<string, number>();
  for (const r of await db.all(parts.join(' UNION ALL ')))
    first.set(`${r['k']}\u0000${r['v']}`, num(r['r']) + 1);
  for (const p of pending) {
    p.into.length = 0;
    for (const v of p.values) {
      const row = v.firstRow ?? first.get(`${p.id}\u0000${v.value}`);
      if (row !== undefined) p.into.push(row);
    }
  }
}

/** Value counts per column from sampled rows (with `r`, the row id, when known). */
function sampleValueCounts(cols: SourceColumn[], sample: Row[]): Map<string, ValueCount[]> {
  const sampled = new Map<string, ValueCount[]>();
  for (const c of cols) {
    const m = new Map<string, ValueCount>();
    for (const s of sample) {
      const v = s[c.id];
      if (v === null || v === undefined) continue;
      const key = String(v);
      const row = s['r'] === undefined ? undefined : num(s['r']) + 1;
      let e = m.get(key);
      if (!e) {
        e = row === undefined ? { value: key, count: 0 } : { value: key, count: 0, firstRow: row };
        m.set(key, e);
      }
      e.count++;
      if (row !== undefined && row < (e.firstRow ?? row)) e.firstRow = row;
    }
    sampled.set(c.id, [...m.values()]);
  }
  return sampled;
}

/** How a large CSV's columns are stored, decided from a sample of the file before loading. */
export type StoragePlan = {
  /** The sampled rows, one value per column. */
  sample: (string | null)[][];
  /** Columns parsed while loading (by id), with the inference the parsing follows. */
  typed: Map<string, ColumnInference>;
};

/**
 * Decides from a file sample which columns DuckDB parses while loading: those the sample shows
 * to have many distinct values (so they get no exact frequencies) and to be dates, times or plain
 * numbers (no %, currency or unit, which need the text). They are stored as the typed value
 * `x_cN`, the text that did not parse as `cN`, and a hash of the text as `k_cN` (for duplicate
 * rows); every other column stays text.
 */
export function planColumnStorage(
  cols: SourceColumn[],
  sample: (string | null)[][],
  preferDecimalComma: boolean,
): StoragePlan & { expressions: Map<string, { sql: string; kind: 'number' | 'date' | 'time' }> } {
  const sampled = sampleValueCounts(
    cols,
    sample.map((values) => Object.fromEntries(cols.map((c, j) => [c.id, values[j] ?? null]))),
  );
  const typed = new Map<string, ColumnInference>();
  const expressions = new Map<string, { sql: string; kind: 'number' | 'date' | 'time' }>();
  for (const c of cols) {
    if (c.native !== 'varchar') continue;
    const values = (sampled.get(c.id) ?? []).sort((a, b) => b.count - a.count);
    if (values.length <= sample.length * 0.5) continue;
    const inference = inferFor(c, values, preferDecimalComma);
    const kind = typedKind(inference.type);
    const d = inference.decorated;
    if (kind !== 'number' && kind !== 'date' && kind !== 'time') continue;
    if (kind === 'number' && d.percent + d.currency + d.unit > 0) continue;
    typed.set(c.id, inference);
    expressions.set(c.id, { sql: typedExpression(c, inference), kind });
  }
  return { sample, typed, expressions };
}

const countBlank = (values: ValueCount[]) => values.filter((v) => v.value.trim() === '').length;

/** Outlier fences (Tukey, from exact frequencies or the sample) and histogram bins. */
function numericPlan(c: SourceColumn, values: ValueCount[], isExact: boolean): Plan {
  const nums: { v: number; n: number }[] = [];
  for (const vc of values) {
    const shape = classifyValue(vc.value);
    if (shape.kind === 'number') nums.push({ v: shape.value, n: vc.count });
  }
  void c;
  nums.sort((a, b) => a.v - b.v);
  const isNines = (v: number) => Math.abs(v) >= 999 && /^9+$/.test(String(Math.abs(Math.round(v))));
  const real = nums.filter((x) => !isNines(x.v));
  const total = real.reduce((s, x) => s + x.n, 0);
  const quantile = (q: number) => {
    let acc = 0;
    for (const x of real) {
      acc += x.n;
      if (acc >= q * total) return x.v;
    }
    return real[real.length - 1]?.v ?? 0;
  };
  const q1 = quantile(0.25);
  const q3 = quantile(0.75);
  const iqr = q3 - q1;
  const lo = quantile(0);
  const hi = real[real.length - 1]?.v ?? 0;
  const width = (hi - lo) / HISTOGRAM_BINS;
  void isExact;
  return {
    lo: iqr > 0 ? q1 - T.outlierIqrFactor * iqr : 0,
    hi: iqr > 0 ? q3 + T.outlierIqrFactor * iqr : 0,
    binFrom: lo,
    binWidth: Math.max(width, 0),
    sentinelCandidates: nums.filter((x) => isNines(x.v)).map((x) => x.v),
  };
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
  // Values are parsed as written and, only where that fails, once more without surrounding
  // spaces: the same result as trimming every value first (a cast and strptime ignore the spaces
  // trim removes, or fail), without trimming ten million strings.
  const trimmedToo = (parse: (s: string) => string) => `coalesce(${parse(id)}, ${parse(`trim(${id})`)})`;
  switch (typedKind(inf.type)) {
    case 'number': {
      const fmt = inf.numberFormat ?? { decimal: '.', thousands: null };
      const isDecorated = inf.decorated.percent + inf.decorated.currency + inf.decorated.unit > 0;
      // A cast to DOUBLE ignores surrounding whitespace itself.
      let s = isDecorated
        ? `regexp_extract(${id}, '^\\s*(?:€|EUR|eur|\\$|£)?\\s*([-+]?[0-9]*[.,]?[0-9]+(?:[.,][0-9]+)*)', 1)`
        : id;
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
      if (fmts.length > 0) parts.push(trimmedToo((t) => `try_strptime(${t}, [${fmts.map(lit).join(', ')}])`));
      if (iso || fmts.length === 0) parts.push(trimmedToo((t) => `TRY_CAST(${t} AS TIMESTAMP)`));
      return parts.length === 1 ? (parts[0] as string) : `coalesce(${parts.join(', ')})`;
    }
    case 'time':
      return trimmedToo((t) => `TRY_CAST(${t} AS TIME)`);
    case 'boolean':
      return `CASE WHEN lower(trim(${id})) IN (${BOOLEAN_WORDS.true.map(lit).join(', ')}) THEN true WHEN lower(trim(${id})) IN (${BOOLEAN_WORDS.false.map(lit).join(', ')}) THEN false END`;
    default:
      return id;
  }
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
    if (n9 >= T.sentinelMinCount) {
      for (const v of [numOrUndefined(r4[`n9min_${id}`]), numOrUndefined(r4[`n9max_${id}`])]) {
        if (v === undefined || a.sentinels.includes(v)) continue;
        const digits = String(Math.abs(Math.round(v))).length;
        if (digits >= T.sentinelMinDigits && (digits >= 6 || (hasReal && Math.abs(v) >= 10 * spread)))
          a.sentinels.push(v);
      }
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
  const isNines = (v: number) => Math.abs(v) >= 999 && /^9+$/.test(String(Math.abs(Math.round(v))));
  const nines = nums.filter((x) => isNines(x.v) && x.n >= T.sentinelMinCount);
  const real = nums.filter((x) => !isNines(x.v));
  const spread = Math.max(...real.map((x) => Math.abs(x.v)), 1);
  for (const x of nines) {
    const digits = String(Math.abs(Math.round(x.v))).length;
    if (digits >= T.sentinelMinDigits && (digits >= 6 || (real.length > 0 && Math.abs(x.v) >= 10 * spread))) {
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
function columnIssues(
  a: ColumnAnalysis,
  rows: number,
  damaged: number,
  rowsFor: (vs: ValueCount[], n?: number) => number[],
): ProfileIssue[] {
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
          exampleRows: rowsFor(inf.missingTokens),
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
            exampleRows: rowsFor(inf.nonConforming),
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
            exampleRows: rowsFor(decoratedValues),
          },
        ),
      );
    }
    out.push(...unitIssues(a, rowsFor));
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
        {
          column,
          count: damaged,
          example: bad[0]?.value ?? '',
          repaired: repairEncodingDamage(bad[0]?.value ?? '') ?? bad[0]?.value ?? '',
        },
        { ...at, count: damaged, exampleValues: examples(bad), exampleRows: rowsFor(bad) },
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
function unitIssues(a: ColumnAnalysis, rowsFor: (vs: ValueCount[], n?: number) => number[]): ProfileIssue[] {
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
          exampleRows: rowsFor(ex),
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
        { column, exampleValues: examples(ex), exampleRows: rowsFor(ex) },
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
          exampleRows: rowsFor(bare),
        },
      ),
    );
  }
  return out;
}
