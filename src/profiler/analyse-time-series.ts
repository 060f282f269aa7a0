/**
 * Time series: finds the time column (and a date + time-of-day pair, as Rijkswaterstaat exports
 * write them) and the entity column (sensor, machine, store) unless the caller names them, then
 * measures each entity's series in one windowed query: median interval, gaps longer than twice
 * that, the longest gap, coverage, irregularity, duplicate and out-of-order timestamps.
 *
 * The timestamps are read from the column parsed while loading when there is one; otherwise they
 * are parsed once into a small table. The entity column is decided by exact counts, but cheaply:
 * one grouping by timestamp gives a lower bound of each candidate's repeats, which rules most
 * candidates out; a single remaining one is confirmed by the series measurement itself.
 */
import { classifyTimeSeries } from '../core/data-profile/classify-time-series.ts';
import type { TimeSeriesProfile } from '../core/data-profile/data-profile-types.ts';
import { PROFILE_MEASUREMENT as M } from '../core/data-profile/profile-thresholds.ts';
import { typedKind } from '../core/data-profile/typed-kind.ts';
import type { ColumnAnalysis } from './analyse-columns.ts';
import { type DuckDbSession, lit, num } from './duckdb-session.ts';
import { RAW_TABLE } from './load-source.ts';

export type TimeSeriesResult = {
  /** The series measured, worst coverage first, at most `maxEntitiesReported`. */
  series: TimeSeriesProfile[];
  /** How many series (entities) there were in all. */
  entityCount: number;
  /** Every row has a timestamp, and no two rows share one within an entity: no duplicate rows. */
  hasUniqueKey?: boolean;
};

const TIME_NAME = /(datum|date|tijd|time|stamp|moment|dag|day|periode|period|peil|when|jaar.?maand)/i;
const ENTITY_NAME =
  /(sensor|machine|apparaat|device|meter|store|winkel|filiaal|locatie|location|station|meetpunt|site|asset|plant|lijn|line|tag|unit|kanaal|channel|entity|id$|code$)/i;

/** Picks the time column: a parsed date/datetime column, name and time-of-day preferred. */
export function findTimeColumn(columns: ColumnAnalysis[], requested?: string): ColumnAnalysis | undefined {
  if (requested !== undefined) return columns.find((c) => c.source.name === requested);
  const candidates = columns.filter(
    (c) =>
      typedKind(c.profile.type) === 'date' &&
      c.nonMissing > 0 &&
      c.inference.nonConformingCount / c.nonMissing < M.timeColumnMaxNonConformingShare,
  );
  const score = (c: ColumnAnalysis) =>
    (TIME_NAME.test(c.source.name) ? 2 : 0) + (c.profile.type === 'datetime' ? 1 : 0) + c.nonMissing / 1e12;
  return candidates.sort((a, b) => score(b) - score(a))[0];
}

/** Measures the series. Returns no series when there is no usable time column. */
export async function analyseTimeSeries(
  db: DuckDbSession,
  columns: ColumnAnalysis[],
  rows: number,
  options: { timeColumn?: string; entityColumn?: string; excluded: string[] },
): Promise<TimeSeriesResult> {
  const empty: TimeSeriesResult = { series: [], entityCount: 0 };
  const time = findTimeColumn(columns, options.timeColumn);
  if (!time || typedKind(time.profile.type) !== 'date' || rows < 3) return empty;
  let timeExpr = time.typedExpr;
  let timeName = time.source.name;
  let isDateOnly = time.isDateOnly;
  if (time.isDateOnly) {
    // A date column next to a time-of-day column (WAARNEMINGDATUM + WAARNEMINGTIJD): combine them.
    const idx = columns.indexOf(time);
    const partner = [columns[idx + 1], columns[idx - 1]].find(
      (c) => c !== undefined && c.profile.type === 'time' && c.nonMissing > 0,
    );
    if (partner) {
      timeExpr = `(CAST(${time.typedExpr} AS DATE) + coalesce(${partner.typedExpr}, TIME '00:00:00'))`;
      timeName = `${time.source.name} + ${partner.source.name}`;
      isDateOnly = false;
    }
  }

  // The parsed timestamps and the candidate entity columns: straight from `raw` when the time
  // column was parsed while loading, else parsed once into a temporary table.
  const forced =
    options.entityColumn !== undefined
      ? columns.find((c) => c.source.name === options.entityColumn)
      : undefined;
  const candidates = forced ? [forced] : entityCandidates(columns, rows, time, options.excluded);
  const keep = candidates.map((c) => `CAST(${c.source.id} AS VARCHAR) AS ${c.source.id}`);
  const select = `SELECT rowid AS r, ${timeExpr} AS t${keep.length > 0 ? `, ${keep.join(', ')}` : ''} FROM ${RAW_TABLE}`;
  const isStored = time.source.typed !== undefined && timeExpr === time.source.typed.column;
  const src = isStored ? `(SELECT * FROM (${select}) WHERE t IS NOT NULL)` : 'ts';
  if (!isStored)
    await db.run(`CREATE OR REPLACE TEMP TABLE ts AS SELECT * FROM (${select}) WHERE t IS NOT NULL`);
  try {
    let entity = forced;
    let verify: { repeats: number } | undefined;
    if (!forced) {
      const found = await findEntityColumn(db, candidates, src);
      entity = found.entity;
      if (found.isUnconfirmed) verify = { repeats: found.repeats };
    }
    let m = await measure(db, src, entity, timeName, isDateOnly);
    // A single candidate left by the lower bounds: its repeats are the duplicate timestamps
    // within its series, which the measurement has just counted.
    if (verify && m.duplicates >= verify.repeats * M.entitySeparatesShare)
      m = await measure(db, src, undefined, timeName, isDateOnly);
    const { duplicates, readings, ...result } = m;
    return duplicates === 0 && readings === rows ? { ...result, hasUniqueKey: true } : result;
  } finally {
    if (!isStored) await db.run('DROP TABLE IF EXISTS ts');
  }
}

async function measure(
  db: DuckDbSession,
  src: string,
  entity: ColumnAnalysis | undefined,
  timeName: string,
  isDateOnly: boolean,
): Promise<TimeSeriesResult & { duplicates: number; readings: number }> {
  const entityExpr = entity ? entity.source.id : `''`;
  // One window, in timestamp order per entity. A row whose predecessor there comes later in the
  // file means the file is not in time order; only then is the file-order window needed to
  // count the out-of-order timestamps.
  const sql = `
    WITH d AS MATERIALIZED (
      SELECT e, t, prev, r < pr AS unsorted, epoch(t) - epoch(prev) AS dt FROM (
        SELECT ${entityExpr} AS e, t, r, lag(t) OVER w AS prev, lag(r) OVER w AS pr FROM ${src}
        WINDOW w AS (PARTITION BY ${entityExpr} ORDER BY t, r)
      )
    ), m AS (
      SELECT e, median(dt) FILTER (WHERE dt > 0) AS med FROM d GROUP BY e
    )
    SELECT d.e AS e, count(*) AS readings, CAST(min(t) AS VARCHAR) AS first, CAST(max(t) AS VARCHAR) AS last,
      epoch(max(t)) - epoch(min(t)) AS span, any_value(m.med) AS med,
      avg(dt) FILTER (WHERE dt > 0) AS mean_dt, stddev_pop(dt) FILTER (WHERE dt > 0) AS sd_dt,
      count(*) FILTER (WHERE dt > 0) AS intervals,
      count(*) FILTER (WHERE dt > ${M.gapFactor} * m.med) AS gaps,
      max(dt) AS longest, CAST(arg_max(prev, dt) AS VARCHAR) AS longest_start,
      count(*) FILTER (WHERE dt = 0) AS dups, count(*) FILTER (WHERE unsorted) AS unsorted,
      stddev_pop(epoch(t) % 86400) AS tod_sd
    FROM d JOIN m ON d.e IS NOT DISTINCT FROM m.e
    GROUP BY d.e
    ORDER BY d.e`;
  const stats = await db.all(sql);
  const ooo = new Map<string, number>();
  if (stats.some((s) => num(s['unsorted']) > 0)) {
    const rows = await db.all(`
      SELECT e, count(*) FILTER (WHERE t < prev_file) AS ooo FROM (
        SELECT ${entityExpr} AS e, t, lag(t) OVER (PARTITION BY ${entityExpr} ORDER BY r) AS prev_file FROM ${src}
      ) GROUP BY e`);
    for (const r of rows) ooo.set(String(r['e']), num(r['ooo']));
  }
  const series: TimeSeriesProfile[] = [];
  let duplicates = 0;
  let total = 0;
  for (const s of stats) {
    const readings = num(s['readings']);
    const med = num(s['med']);
    const span = num(s['span']);
    duplicates += num(s['dups']);
    total += readings;
    const observed = readings - num(s['dups']);
    const expected = med > 0 ? Math.floor(span / med) + 1 : readings;
    const cv = num(s['mean_dt']) > 0 ? num(s['sd_dt']) / num(s['mean_dt']) : 0;
    const stat = {
      readings,
      medianIntervalSeconds: med,
      irregularity: cv,
      gaps: num(s['gaps']),
      intervals: num(s['intervals']),
      longestGapSeconds: num(s['longest']),
      timeOfDaySpreadSeconds: num(s['tod_sd']),
      isDateOnly,
    };
    series.push({
      timeColumn: timeName,
      ...(entity ? { entityColumn: entity.source.name, entity: String(s['e']) } : {}),
      readings,
      first: String(s['first']),
      last: String(s['last']),
      medianIntervalSeconds: med,
      gaps: stat.gaps,
      longestGapSeconds: stat.longestGapSeconds,
      ...(s['longest_start'] !== null && stat.gaps > 0
        ? { longestGapStart: String(s['longest_start']) }
        : {}),
      coverage: Math.round(Math.min(1, expected > 0 ? observed / expected : 1) * 1000) / 1000,
      irregularity: Math.round(cv * 1000) / 1000,
      duplicateTimestamps: num(s['dups']),
      outOfOrder: num(s['unsorted']) > 0 ? (ooo.get(String(s['e'])) ?? 0) : 0,
      pattern: classifyTimeSeries(stat),
    });
  }
  series.sort((a, b) => a.coverage - b.coverage);
  const reported = series.slice(0, M.maxEntitiesReported);
  await addCoverageBuckets(db, reported, entityExpr, src);
  return {
    series: reported,
    entityCount: series.length,
    duplicates,
    readings: total,
  };
}

function entityCandidates(
  columns: ColumnAnalysis[],
  rows: number,
  time: ColumnAnalysis,
  excluded: string[],
): ColumnAnalysis[] {
  const maxDistinct = Math.min(M.entityMaxDistinct, Math.max(2, Math.floor(rows * M.entityMaxShare)));
  return columns
    .filter(
      (c) =>
        c !== time &&
        !excluded.includes(c.source.name) &&
        (c.profile.type === 'text' || c.profile.type === 'integer') &&
        c.profile.distinctCount >= 2 &&
        c.profile.distinctCount <= maxDistinct &&
        c.profile.missingShare < M.entityMaxMissingShare,
    )
    .sort((a, b) => Number(ENTITY_NAME.test(b.source.name)) - Number(ENTITY_NAME.test(a.source.name)))
    .slice(0, M.entityMaxCandidates);
}

/**
 * Several series interleaved show up as repeated timestamps; the entity column is the one that
 * separates them (fewest repeats within its groups), a sensor/machine-like name breaking ties.
 *
 * A timestamp shared by n rows repeats within a candidate's groups at least n − d times when the
 * candidate has d values: one grouping by timestamp bounds every candidate from below and rules
 * out those that cannot separate half the repeats. Several left: their repeats are counted
 * exactly. One left: it is returned unconfirmed, to be checked against the duplicate timestamps
 * its series measurement counts.
 */
async function findEntityColumn(
  db: DuckDbSession,
  candidates: ColumnAnalysis[],
  src: string,
): Promise<{ entity?: ColumnAnalysis; isUnconfirmed?: boolean; repeats: number }> {
  if (candidates.length === 0) return { repeats: 0 };
  // The number of distinct raw values (blank, tokens and NULL included), or no bound.
  const bound = (c: ColumnAnalysis) =>
    c.isExact && c.nullCount !== undefined
      ? c.values.length + (c.nullCount > 0 ? 1 : 0)
      : Number.POSITIVE_INFINITY;
  const agg = ['count(*) AS dt', 'coalesce(sum(n), 0) AS nt'];
  for (const c of candidates) {
    const d = bound(c);
    agg.push(
      Number.isFinite(d)
        ? `coalesce(sum(greatest(0, n - ${d})), 0) AS lb_${c.source.id}`
        : `0 AS lb_${c.source.id}`,
    );
  }
  const [r = {}] = await db.all(
    `SELECT ${agg.join(', ')} FROM (SELECT t, count(*) AS n FROM ${src} GROUP BY t)`,
  );
  const nt = num(r['nt']);
  const repeats = nt - num(r['dt']);
  if (nt === 0 || repeats / nt < M.entityMinRepeatShare) return { repeats };
  const left = candidates.filter((c) => num(r[`lb_${c.source.id}`]) < repeats * M.entitySeparatesShare);
  if (left.length === 0) return { repeats };
  if (left.length === 1) return { entity: left[0] as ColumnAnalysis, isUnconfirmed: true, repeats };
  const exact = left.map((c) => `count(DISTINCT (${c.source.id}, t)) AS p_${c.source.id}`);
  const [x = {}] = await db.all(`SELECT ${exact.join(', ')} FROM ${src}`);
  let best: ColumnAnalysis | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const c of left) {
    const remaining = nt - num(x[`p_${c.source.id}`]);
    const score =
      remaining * (ENTITY_NAME.test(c.source.name) ? M.entityNameFactor : 1) + c.profile.distinctCount * 1e-9;
    if (remaining < repeats * M.entitySeparatesShare && score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best ? { entity: best, repeats } : { repeats };
}

async function addCoverageBuckets(
  db: DuckDbSession,
  series: TimeSeriesProfile[],
  entityExpr: string,
  src: string,
): Promise<void> {
  const usable = series.filter((s) => s.medianIntervalSeconds > 0 && s.readings > 1);
  if (usable.length === 0) return;
  const spec = usable.map((s) => {
    const first = Date.parse(`${s.first.replace(' ', 'T')}Z`) / 1000;
    const last = Date.parse(`${s.last.replace(' ', 'T')}Z`) / 1000;
    const span = Math.max(1, last - first);
    const buckets = Math.max(1, Math.min(M.coverageBuckets, Math.ceil(span / s.medianIntervalSeconds)));
    return { s, first, width: span / buckets, buckets };
  });
  const values = spec
    .map((x) => `(${lit(x.s.entity ?? '')}, ${x.first}, ${x.width}, ${x.buckets})`)
    .join(', ');
  const rows = await db.all(`
    WITH spec(e, first, width, buckets) AS (VALUES ${values}),
    base AS (SELECT ${entityExpr} AS e, epoch(t) AS t FROM ${src})
    SELECT base.e AS e, least(floor((t - first) / width), buckets - 1) AS b, count(*) AS n
    FROM base JOIN spec ON base.e = spec.e GROUP BY ALL ORDER BY 1, 2`);
  const counts = new Map<string, Map<number, number>>();
  for (const r of rows) {
    const key = String(r['e']);
    const m = counts.get(key) ?? new Map<number, number>();
    m.set(num(r['b']), num(r['n']));
    counts.set(key, m);
  }
  for (const x of spec) {
    const m = counts.get(x.s.entity ?? '') ?? new Map<number, number>();
    const expected = Math.round((x.width / x.s.medianIntervalSeconds) * 100) / 100;
    x.s.coverageBuckets = Array.from({ length: x.buckets }, (_, b) => ({
      start: new Date((x.first + b * x.width) * 1000).toISOString().slice(0, 19).replace('T', ' '),
      readings: m.get(b) ?? 0,
      expected,
    }));
  }
}
