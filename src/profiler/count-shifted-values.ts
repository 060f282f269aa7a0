/**
 * Counts, for each pair the core proposes (`findShiftedValueCandidates`), the rows where the
 * receiving column is empty or filled and the sender ends in one of the receiver's values: one
 * aggregate query per receiving column. The core judges the counts (`findShiftedValueIssues`).
 */
import type { ShiftedValuesCount } from '../core/data-profile/column-stats.ts';
import type { ShiftedValueCandidate } from '../core/data-profile/find-shifted-values.ts';
import type { ColumnAnalysis } from './analyse-columns.ts';
import { type DuckDbSession, lit, num } from './duckdb-session.ts';
import { RAW_TABLE } from './load-source.ts';

export async function countShiftedValues(
  db: DuckDbSession,
  columns: ColumnAnalysis[],
  candidates: readonly ShiftedValueCandidate[],
): Promise<ShiftedValuesCount[]> {
  const idOf = new Map(columns.map((c) => [c.source.name, c.source.id]));
  const out: ShiftedValuesCount[] = [];
  for (const { receiver, senders } of candidates) {
    const b = idOf.get(receiver);
    if (b === undefined) continue;
    const bEmpty = `(${b} IS NULL OR trim(${b}) = '')`;
    const agg = [`count_if(${bEmpty}) AS empty_b`, `count_if(NOT ${bEmpty}) AS filled_b`];
    const pairs = senders.flatMap(({ sender, matching }) => {
      const a = idOf.get(sender);
      return a === undefined ? [] : [{ sender, a, matching }];
    });
    for (const { a, matching } of pairs) {
      const match = `(${a} IN (${matching.map(lit).join(', ')}))`;
      agg.push(
        `count_if(${bEmpty} AND ${match}) AS m_${a}`,
        `count_if(NOT ${bEmpty} AND ${match}) AS f_${a}`,
        `min(rowid) FILTER (WHERE ${bEmpty} AND ${match}) AS r_${a}`,
        `arg_min(${a}, rowid) FILTER (WHERE ${bEmpty} AND ${match}) AS v_${a}`,
      );
    }
    const [r = {}] = await db.all(`SELECT ${agg.join(', ')} FROM ${RAW_TABLE}`);
    for (const { sender, a } of pairs) {
      out.push({
        receiver,
        sender,
        receiverEmpty: num(r['empty_b']),
        receiverFilled: num(r['filled_b']),
        matchedWhereEmpty: num(r[`m_${a}`]),
        matchedWhereFilled: num(r[`f_${a}`]),
        exampleRow: num(r[`r_${a}`]) + 1,
        exampleValue: String(r[`v_${a}`] ?? ''),
      });
    }
  }
  return out;
}
