import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './database.ts';

describe('PGlite under a burst of queries', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ kind: 'pglite', dataDir: null });
  });
  afterAll(async () => {
    await db.close();
  });

  // Regression: PGlite handed itself from query to query in microtasks, so the event loop (and with
  // it accepting connections and reading requests) waited until the whole burst was done.
  it('lets the event loop turn between queries, and answers them in order', async () => {
    let turns = 0;
    let isCounting = true;
    const count = () => {
      turns++;
      if (isCounting) setImmediate(count);
    };
    setImmediate(count);
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => db.query<{ n: number }>('select $1::int as n', [i])),
    );
    isCounting = false;
    expect(answers.map((rows) => rows[0]?.n)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(turns).toBeGreaterThanOrEqual(49);
  });

  it('runs a transaction as one unit among other queries', async () => {
    await db.query('create table burst (n int)');
    const inside = db.transaction(async (tx) => {
      await tx.query('insert into burst values (1)');
      await tx.query('insert into burst values (2)');
      return tx.query<{ c: number }>('select count(*)::int as c from burst');
    });
    const after = db.query<{ c: number }>('select count(*)::int as c from burst');
    expect((await inside)[0]?.c).toBe(2);
    expect((await after)[0]?.c).toBe(2);
  });
});
