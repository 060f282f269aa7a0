import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { TurnQueue } from './turn-queue.ts';

/** A row as it comes back from the database. */
export type Row = Record<string, unknown>;

/**
 * The one interface the repositories use. Two implementations: embedded PGlite and a PostgreSQL
 * server through node-postgres. The SQL is the same for both.
 */
export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface Database extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction; it commits when `fn` resolves and rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

class PgliteDatabase implements Database {
  readonly engine = 'pglite' as const;
  private readonly queue = new TurnQueue();
  constructor(
    private readonly db: PGlite,
    private readonly releaseLock: () => void,
  ) {}

  async query<T extends Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const res = await this.queue.run(() => this.db.query<T>(sql, params as unknown[]));
    return res.rows;
  }

  /** The whole transaction is one job: nothing else runs on the connection until it ends. */
  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.queue.run(() =>
      this.db.transaction(async (tx) =>
        fn({
          query: async <R extends Row>(sql: string, params: readonly unknown[] = []) =>
            (await tx.query<R>(sql, params as unknown[])).rows,
        }),
      ),
    );
  }

  async close(): Promise<void> {
    try {
      await this.queue.run(() => this.db.close());
    } finally {
      this.releaseLock();
    }
  }
}

class PostgresDatabase implements Database {
  readonly engine = 'postgres' as const;
  constructor(private readonly pool: pg.Pool) {}

  async query<T extends Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const res = await this.pool.query(sql, params as unknown[]);
    return res.rows as T[];
  }

  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn({
        query: async <R extends Row>(sql: string, params: readonly unknown[] = []) =>
          (await client.query(sql, params as unknown[])).rows as R[],
      });
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is single-process: two processes on one data folder would corrupt it. A pid file
 * guards the folder; a stale one (its process is gone, e.g. after SIGKILL) is taken over.
 */
function lockDataDir(dir: string): () => void {
  const lockFile = join(dir, 'haalbaar.pid');
  try {
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isProcessAlive(pid)) {
      throw new DatabaseLockedError(dir, pid);
    }
  } catch (e) {
    if (e instanceof DatabaseLockedError) throw e;
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

export class DatabaseLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${dir} is in use by another Haalbaar process (pid ${pid}). Stop that process, or set HAALBAAR_DATA_DIR to another folder.`,
    );
  }
}

export type DatabaseOptions =
  | { kind: 'pglite'; dataDir: string | null }
  | { kind: 'postgres'; url: string; maxConnections?: number };

/**
 * Opens the database: PGlite in `dataDir` (in memory when null), or a PostgreSQL server.
 * Does not migrate; call `migrate` from migrate.ts.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: options.url, max: options.maxConnections ?? 10 });
    // A broken idle connection must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    await pool.query('select 1');
    return new PostgresDatabase(pool);
  }
  if (options.dataDir === null) {
    return new PgliteDatabase(await PGlite.create(), () => undefined);
  }
  mkdirSync(options.dataDir, { recursive: true });
  const release = lockDataDir(options.dataDir);
  try {
    const db = await PGlite.create(join(options.dataDir, 'pglite'));
    return new PgliteDatabase(db, release);
  } catch (e) {
    release();
    throw e;
  }
}
