/**
 * Restart safety: SIGKILL the real server in the middle of a burst of writes; after a restart the
 * database opens and every write the server acknowledged (201) is there. For PGlite and PostgreSQL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_LOGIN } from '../../src/server/demo-seed.ts';
import { freshStore, testEngines } from '../support/databases.ts';
import { httpLogin, startServer } from '../support/server-process.ts';

describe.each(testEngines())('restart safety on $name', (engine) => {
  const dir = mkdtempSync(join(tmpdir(), 'haalbaar-restart-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged write after SIGKILL during a write burst', async () => {
    const env: Record<string, string> = { HAALBAAR_DATA_DIR: dir, HAALBAAR_DEMO: 'true' };
    if (engine.options.kind === 'postgres') {
      // Start from an empty database so the demo (and its login) is seeded.
      const store = await freshStore(engine);
      await store.db.query('truncate organisations, users cascade');
      await store.close();
      env.DATABASE_URL = engine.options.url;
    }
    const first = await startServer(env);
    const headers = await httpLogin(first.url, DEMO_LOGIN.email, DEMO_LOGIN.password);
    const orgs = (await (await fetch(`${first.url}/api/orgs`, { headers })).json()) as {
      organisationId: string;
    }[];
    const orgId = orgs[0]!.organisationId;

    const acknowledged: string[] = [];
    let stop = false;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        try {
          const res = await fetch(`${first.url}/api/orgs/${orgId}/use-cases`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ document: { title: `burst ${w}-${i}`, problem: { hoursPerWeek: i } } }),
          });
          if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
        } catch {
          return; // the server is gone
        }
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    // Kill once enough writes are acknowledged, however long that takes on a busy machine, while
    // the writers keep more in flight.
    while (acknowledged.length < 10) await new Promise((r) => setTimeout(r, 20));
    await first.stop('SIGKILL');
    stop = true;
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThan(5);

    const second = await startServer(env);
    try {
      const h2 = await httpLogin(second.url, DEMO_LOGIN.email, DEMO_LOGIN.password);
      const list = (await (
        await fetch(`${second.url}/api/orgs/${orgId}/use-cases`, { headers: h2 })
      ).json()) as {
        id: string;
      }[];
      const present = new Set(list.map((u) => u.id));
      const lost = acknowledged.filter((id) => !present.has(id));
      expect(lost, `${lost.length} of ${acknowledged.length} acknowledged writes lost`).toEqual([]);
      // Each acknowledged use case also has its first revision.
      const sample = acknowledged[acknowledged.length - 1]!;
      const revisions = await fetch(`${second.url}/api/orgs/${orgId}/use-cases/${sample}/revisions`, {
        headers: h2,
      });
      expect(revisions.status).toBe(200);
    } finally {
      await second.stop();
    }
  }, 180_000); // two real server starts: about 40 s on a busy two-core machine
});
