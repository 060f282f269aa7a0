/**
 * The engines integration tests run on. PGlite always; PostgreSQL when TEST_DATABASE_URL is set
 * (scripts/test.sh starts a throw-away server and sets it). Under CI=true a missing PostgreSQL is
 * an error, never a silent skip.
 */
import type { DatabaseOptions } from '../../src/store/database.ts';
import { openStore, type Store } from '../../src/store/store.ts';

export type Engine = { name: 'pglite' | 'postgres'; options: DatabaseOptions };

export function testEngines(): Engine[] {
  const url = process.env.TEST_DATABASE_URL;
  if (!url && process.env.CI === 'true') {
    throw new Error(
      'TEST_DATABASE_URL is not set: under CI=true the PostgreSQL suite must run (use npm test).',
    );
  }
  const engines: Engine[] = [{ name: 'pglite', options: { kind: 'pglite', dataDir: null } }];
  if (url) engines.push({ name: 'postgres', options: { kind: 'postgres', url, maxConnections: 5 } });
  return engines;
}

const TABLES = [
  'use_case_revisions',
  'use_cases',
  'api_tokens',
  'sessions',
  'memberships',
  'users',
  'organisations',
];

/** Opens a migrated store with every table emptied. */
export async function freshStore(engine: Engine): Promise<Store> {
  const store = await openStore(engine.options);
  await resetStore(store);
  return store;
}

export async function resetStore(store: Store): Promise<void> {
  const existing = await store.db.query<{ tablename: string }>(
    `select tablename from pg_tables where schemaname = current_schema()`,
  );
  const names = new Set(existing.map((r) => r.tablename));
  const all = [...names].filter((t) => t !== 'schema_migrations');
  const ordered = [...TABLES.filter((t) => names.has(t)), ...all.filter((t) => !TABLES.includes(t))];
  if (ordered.length > 0) await store.db.query(`truncate ${ordered.join(', ')} cascade`);
}
