/**
 * Loads a prepared input (UTF-8 CSV, Parquet, JSON/NDJSON) into one DuckDB table `raw` with
 * columns `c0…cN`, once; every later check is an aggregate query over that table. CSV columns
 * are loaded as text so that Dutch numbers, dates and missing-value tokens can be judged
 * (DuckDB's own sniffer would turn `1.234,56` or `n.v.t.` into text or errors without saying so).
 */

import { PROFILE_MEASUREMENT } from '../core/data-profile/profile-thresholds.ts';
import type { DuckDbSession } from './duckdb-session.ts';
import { ident, lit, num } from './duckdb-session.ts';
import type { CsvDialect } from './sniff-csv-dialect.ts';
import type { LineEnding } from './text-encoding.ts';

/** How a column is stored in `raw`: text to be inferred, or a native type from Parquet/JSON. */
export type NativeType = 'varchar' | 'double' | 'bigint' | 'date' | 'timestamp' | 'time' | 'boolean';

export type SourceColumn = {
  name: string;
  id: string;
  native: NativeType;
  /**
   * Set when the column was parsed while loading (see `planColumnStorage`): `column` holds the
   * typed value, `id` only the text that did not parse, `hash` a hash of the original text.
   */
  typed?: { column: string; hash: string };
};

/** A column to parse while loading: SQL over the text column `cN`, and what it yields. */
export type TypedLoad = { sql: string; kind: 'number' | 'date' | 'time' };

export type LoadedTable = {
  columns: SourceColumn[];
  rows: number;
  rejected: { count: number; lines: number[]; errorTypes: string[]; invalidEncoding?: boolean };
};

export const RAW_TABLE = 'raw';

/**
 * Reads a UTF-8 (or, with `latin1`, ISO-8859-1) CSV with the sniffed dialect; ragged rows go to a
 * rejects table, not into the data. Columns in `typed` are parsed while loading (the typed value,
 * the text that did not parse, a hash of the text); the others stay text.
 */
export async function loadCsv(
  db: DuckDbSession,
  path: string,
  dialect: CsvDialect,
  lineEnding: LineEnding,
  onProgress?: (fraction: number) => void,
  options: { typed?: Map<string, TypedLoad>; latin1?: boolean } = {},
): Promise<LoadedTable> {
  const typed = options.typed ?? new Map<string, TypedLoad>();
  const columns: SourceColumn[] = dialect.names.map((name, i) => {
    const id = `c${i}`;
    return typed.has(id)
      ? { name, id, native: 'varchar', typed: { column: `x_${id}`, hash: `k_${id}` } }
      : { name, id, native: 'varchar' };
  });
  const select = columns.flatMap((c) => {
    const t = typed.get(c.id);
    if (!t || !c.typed) return [c.id];
    // NaN parses as a number but is also the missing token `nan`: keep its text.
    const unparsed = t.kind === 'number' ? `x IS NULL OR isnan(x)` : `x IS NULL`;
    return [
      `${c.typed.column}`,
      `CASE WHEN ${unparsed.replace(/\bx\b/g, c.typed.column)} THEN ${c.id} END AS ${c.id}`,
      `hash(${c.id}) AS ${c.typed.hash}`,
    ];
  });
  const parsed = [...typed].map(([id, t]) => `, ${t.sql} AS x_${id}`).join('');
  const read = (tolerant: boolean) => {
    const spec = columns.map((c) => `${lit(c.id)}: 'VARCHAR'`).join(', ');
    const opts = [
      'auto_detect = false',
      `delim = ${lit(dialect.delimiter)}`,
      `quote = '"'`,
      `escape = '"'`,
      `header = ${dialect.hasHeader}`,
      `skip = ${dialect.skipLines}`,
      `columns = {${spec}}`,
      `null_padding = ${tolerant}`,
      `strict_mode = ${!tolerant}`,
      'ignore_errors = true',
      'store_rejects = true',
      `rejects_table = 'rejects'`,
      `rejects_scan = 'rejects_scan'`,
      'max_line_size = 10000000',
      lineEnding === 'cr' ? `new_line = '\\r'` : '',
      options.latin1 ? `encoding = 'latin-1'` : '',
    ].filter((o) => o !== '');
    const source = `read_csv(${lit(path)}, ${opts.join(', ')})`;
    return typed.size === 0
      ? `CREATE OR REPLACE TABLE ${RAW_TABLE} AS SELECT * FROM ${source}`
      : `CREATE OR REPLACE TABLE ${RAW_TABLE} AS SELECT ${select.join(', ')} FROM (SELECT *${parsed} FROM ${source})`;
  };
  await db.run(read(false), onProgress);
  const rejected = await readRejects(db);
  let rows = await countRows(db);
  if (
    rejected.count > 0 &&
    rejected.count / (rows + rejected.count) > PROFILE_MEASUREMENT.parseErrorReloadShare
  ) {
    // Many ragged rows: pad short rows instead of dropping them, and keep the first count.
    await db.run('DROP TABLE IF EXISTS rejects; DROP TABLE IF EXISTS rejects_scan');
    await db.run(read(true), onProgress);
    rows = await countRows(db);
    // The padded rows are back in the data; they are still reported as parse errors.
    rows = Math.max(0, rows - rejected.count);
    rows += rejected.count;
  }
  return { columns, rows, rejected };
}

async function countRows(db: DuckDbSession): Promise<number> {
  const [r] = await db.all(`SELECT count(*) AS n FROM ${RAW_TABLE}`);
  return num(r?.['n']);
}

async function readRejects(db: DuckDbSession): Promise<LoadedTable['rejected']> {
  try {
    const [summary] = await db.all(
      `SELECT count(DISTINCT line) AS n, count_if(error_type = 'INVALID ENCODING') AS bad FROM rejects`,
    );
    const lines = await db.all(
      'SELECT line, min(error_type) AS t FROM rejects GROUP BY line ORDER BY line LIMIT 10',
    );
    return {
      count: num(summary?.['n']),
      lines: lines.map((l) => num(l['line'])),
      errorTypes: [...new Set(lines.map((l) => String(l['t'])))],
      ...(num(summary?.['bad']) > 0 ? { invalidEncoding: true } : {}),
    };
  } catch {
    return { count: 0, lines: [], errorTypes: [] };
  }
}

/** A file with more columns than the profiler reads; thrown before anything is loaded. */
export class TooManyColumnsError extends Error {
  constructor(readonly columns: number) {
    super(`${columns} columns`);
  }
}

/**
 * Loads Parquet or JSON through DuckDB's readers, keeping native scalar types. Throws
 * TooManyColumnsError before loading when the file has more than `maxColumns` columns.
 */
export async function loadNative(
  db: DuckDbSession,
  path: string,
  format: 'parquet' | 'json',
  onProgress?: (fraction: number) => void,
  maxColumns = Number.POSITIVE_INFINITY,
): Promise<LoadedTable> {
  const source =
    format === 'parquet'
      ? `read_parquet(${lit(path)})`
      : `read_json(${lit(path)}, format = 'auto', records = 'auto', maximum_object_size = 67108864, sample_size = 20480)`;
  const described = await db.all(`DESCRIBE SELECT * FROM ${source}`);
  if (described.length > maxColumns) throw new TooManyColumnsError(described.length);
  const columns: SourceColumn[] = [];
  const select: string[] = [];
  described.forEach((d, i) => {
    const name = String(d['column_name']);
    const type = String(d['column_type']).toUpperCase();
    const id = `c${i}`;
    const native = nativeTypeOf(type);
    const expr =
      native === 'varchar' && type !== 'VARCHAR' ? `CAST(to_json(${ident(name)}) AS VARCHAR)` : ident(name);
    select.push(`${expr} AS ${id}`);
    columns.push({ name, id, native });
  });
  await db.run(
    `CREATE OR REPLACE TABLE ${RAW_TABLE} AS SELECT ${select.join(', ')} FROM ${source}`,
    onProgress,
  );
  return { columns, rows: await countRows(db), rejected: { count: 0, lines: [], errorTypes: [] } };
}

function nativeTypeOf(type: string): NativeType {
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/.test(type))
    return 'bigint';
  if (/^(FLOAT|DOUBLE|REAL)$/.test(type) || type.startsWith('DECIMAL')) return 'double';
  if (type === 'DATE') return 'date';
  if (type.startsWith('TIMESTAMP')) return 'timestamp';
  if (type === 'TIME') return 'time';
  if (type === 'BOOLEAN') return 'boolean';
  return 'varchar';
}
