/**
 * For the rules' unit tests: a column's figures measured in memory from its raw values, the way
 * the profiler measures a fully counted text column (`null` is an absent value, row numbers are
 * 1-based). `over` replaces any figure, for cases a few values cannot show.
 */
import type { ColumnStats } from './column-stats.ts';
import type { TimeSeriesProfile } from './data-profile-types.ts';
import { hasEncodingDamage } from './detect-encoding-damage.ts';
import { inferColumnType, type ValueCount } from './infer-column-type.ts';

export function testColumnStats(
  values: readonly (string | null)[],
  over: Partial<ColumnStats> = {},
): ColumnStats {
  const counts = new Map<string, ValueCount>();
  values.forEach((v, i) => {
    if (v === null) return;
    const e = counts.get(v) ?? { value: v, count: 0, firstRow: i + 1 };
    e.count++;
    counts.set(v, e);
  });
  const list = [...counts.values()].sort((a, b) => b.count - a.count);
  const inference = inferColumnType(list);
  const nulls = values.filter((v) => v === null).length;
  const missing = nulls + inference.counts.missing + inference.counts.missingTokens;
  const blank = list.filter((v) => v.value.trim() === '').length;
  return {
    name: 'c',
    type: inference.type,
    rows: values.length,
    missing,
    nonMissing: values.length - missing,
    distinctCount: list.length - inference.missingTokens.length - blank,
    values: list,
    isExact: true,
    isText: true,
    inference,
    sentinels: [],
    damaged: list.reduce((s, v) => s + (hasEncodingDamage(v.value) ? v.count : 0), 0),
    ...over,
  };
}

/** `n` copies of `value`, to write columns as `[...times(90, '1'), ...times(10, '')]`. */
export const times = (n: number, value: string | null): (string | null)[] =>
  Array.from({ length: n }, () => value);

/** A week of readings every ten minutes, regular and complete, but for what `over` says. */
export const testSeries = (over: Partial<TimeSeriesProfile> = {}): TimeSeriesProfile => ({
  timeColumn: 'tijd',
  readings: 1000,
  first: '2023-01-01 00:00:00',
  last: '2023-01-07 22:30:00',
  medianIntervalSeconds: 600,
  gaps: 0,
  longestGapSeconds: 600,
  coverage: 1,
  irregularity: 0,
  duplicateTimestamps: 0,
  outOfOrder: 0,
  pattern: 'regular',
  ...over,
});
