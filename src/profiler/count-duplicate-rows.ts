/**
 * Exact duplicate rows by a 64-bit hash of all columns' text: one grouped pass, two rows of the
 * largest group as examples. Whether they make a DUPLICATE_ROWS issue is the core's decision.
 */

import type { ColumnAnalysis } from './analyse-columns.ts';
import { type DuckDbSession, num } from './duckdb-session.ts';
import { RAW_TABLE } from './load-source.ts';

/**
 * Rows beyond the first of each group of equal rows. Skipped when the time series showed a
 * unique key (`hasUniqueKey`): rows that differ in (entity, timestamp) cannot be equal.
 */
export async function countDuplicateRows(
  db: DuckDbSession,
  columns: ColumnAnalysis[],
  rows: number,
  options: { hasUniqueKey?: boolean } = {},
): Promise<{ duplicateRows: number; exampleRows: number[] }> {
  if (columns.length === 0 || rows < 2 || options.hasUniqueKey) return { duplicateRows: 0, exampleRows: [] };
  // A column parsed while loading keeps a hash of its text.
  const parts = columns.map((c) => c.source.typed?.hash ?? c.source.id);
  const [r = {}] = await db.all(`
    SELECT coalesce(sum(n - 1), 0) AS dups, arg_max(r1, n) AS r1, arg_max(r2, n) AS r2
    FROM (SELECT hash(${parts.join(', ')}) AS h, count(*) AS n, min(rowid) AS r1, max(rowid) AS r2
          FROM ${RAW_TABLE} GROUP BY h HAVING count(*) > 1)`);
  const duplicateRows = num(r['dups']);
  if (duplicateRows === 0) return { duplicateRows, exampleRows: [] };
  return { duplicateRows, exampleRows: [num(r['r1']) + 1, num(r['r2']) + 1] };
}
