/**
 * How a large CSV's columns are stored, decided from a sample of the file before DuckDB loads it
 * (`planColumnStorage`), and the pieces that decision shares with the column analysis: value
 * counts of sampled rows, the type inference of a column, and the SQL that parses a column the
 * way its values are written.
 */
import { BOOLEAN_WORDS } from '../core/data-profile/classify-value.ts';
import type { ColumnType } from '../core/data-profile/data-profile-types.ts';
import {
  type ColumnInference,
  inferColumnType,
  type ValueCount,
} from '../core/data-profile/infer-column-type.ts';
import { PROFILE_MEASUREMENT as M } from '../core/data-profile/profile-thresholds.ts';
import { typedKind } from '../core/data-profile/typed-kind.ts';
import { lit, num, type Row } from './duckdb-session.ts';
import type { SourceColumn } from './load-source.ts';

/** Value counts per column from sampled rows (with `r`, the row id, when known). */
export function sampleValueCounts(cols: SourceColumn[], sample: Row[]): Map<string, ValueCount[]> {
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
    if (values.length <= sample.length * M.exactFrequencySampleShare) continue;
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

export function inferFor(
  c: SourceColumn,
  values: ValueCount[],
  preferDecimalComma: boolean,
): ColumnInference {
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
  return { ...base, type, counts: { ...base.counts, values: present } };
}

/** SQL that parses a column the way its values are written. */
export function typedExpression(c: SourceColumn, inf: ColumnInference): string {
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
