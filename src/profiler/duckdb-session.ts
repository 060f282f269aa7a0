/**
 * One DuckDB database per profiled file: a memory limit and a temp directory so large files
 * spill to disk instead of exhausting memory, and helpers that quote identifiers and literals.
 */
import { availableParallelism } from 'node:os';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

export type Row = Record<string, unknown>;

export type DuckDbSession = {
  /** Runs SQL and returns the rows as plain JSON-like objects (BIGINT as string, DOUBLE as number). */
  all(sql: string): Promise<Row[]>;
  /** Runs SQL while reporting DuckDB's own progress (0..1) every 250 ms. */
  run(sql: string, onProgress?: (fraction: number) => void): Promise<void>;
  close(): void;
};

/**
 * Opens an in-memory DuckDB that may spill to `tempDir`, limited to `memoryLimit` (e.g. `1GB`),
 * with one thread per core unless told otherwise. Insertion order stays preserved: `rowid` is the
 * data row's position in the file, which row numbers and file-order checks rely on.
 */
export async function openDuckDbSession(options: {
  memoryLimit: string;
  tempDir: string;
  threads?: number;
}): Promise<DuckDbSession> {
  const instance = await DuckDBInstance.create(':memory:', {
    memory_limit: options.memoryLimit,
    temp_directory: options.tempDir,
    threads: String(options.threads ?? availableParallelism()),
    enable_external_access: 'true',
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'true',
  });
  const connection: DuckDBConnection = await instance.connect();
  await connection.run('SET enable_progress_bar = true');
  await connection.run('SET enable_progress_bar_print = false');
  return {
    async all(sql) {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJson() as Row[];
    },
    async run(sql, onProgress) {
      if (!onProgress) {
        await connection.run(sql);
        return;
      }
      const timer = setInterval(() => {
        const p = connection.progress;
        if (p && p.percentage >= 0) onProgress(Math.min(1, p.percentage / 100));
      }, 250);
      try {
        await connection.run(sql);
      } finally {
        clearInterval(timer);
      }
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** `"name"` with inner quotes doubled: safe for any column name. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** `'text'` with inner quotes doubled. */
export function lit(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A number from a JSON-ish DuckDB value (BIGINT arrives as a string). */
export function num(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value !== '') return Number(value);
  if (typeof value === 'bigint') return Number(value);
  return 0;
}

/** A number, or undefined for NULL / NaN. */
export function numOrUndefined(value: unknown): number | undefined {
  if (value === null || value === undefined) return undefined;
  const n = num(value);
  return Number.isFinite(n) ? n : undefined;
}
