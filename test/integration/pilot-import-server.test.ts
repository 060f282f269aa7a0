/**
 * The pilot import against the real server process (`haalbaar serve`) over real HTTP: a 50 MB
 * upload is cut off as its bytes arrive, binary and broken workbooks are refused in words, nothing
 * is stored, and the server keeps answering and importing. PGlite, and PostgreSQL with TEST_DATABASE_URL.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_LOGIN } from '../../src/server/demo-seed.ts';
import { freshStore, testEngines } from '../support/databases.ts';
import { httpLogin, startServer } from '../support/server-process.ts';

const BAD_FILES = join(import.meta.dirname, '..', 'fixtures', 'data', 'bad');

describe.each(testEngines())('pilot import against the real server on $name', (engine) => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses hostile files while the server keeps serving, then imports a good one', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'haalbaar-pilot-import-'));
    dirs.push(dataDir);
    const env: Record<string, string> = { HAALBAAR_DATA_DIR: dataDir, HAALBAAR_DEMO: 'true' };
    if (engine.options.kind === 'postgres') {
      env.DATABASE_URL = engine.options.url;
      await (await freshStore(engine)).close();
    }
    const server = await startServer(env);
    try {
      const headers = await httpLogin(server.url, DEMO_LOGIN.email, DEMO_LOGIN.password);
      const auth = { cookie: headers.cookie!, 'x-csrf-token': headers['x-csrf-token']! };
      const json = { ...auth, 'content-type': 'application/json' };
      const orgs = (await (await fetch(`${server.url}/api/orgs`, { headers })).json()) as {
        organisationId: string;
      }[];
      const orgId = orgs[0]!.organisationId;
      const useCases = (await (
        await fetch(`${server.url}/api/orgs/${orgId}/use-cases`, { headers })
      ).json()) as { id: string }[];
      const pilots = `${server.url}/api/orgs/${orgId}/use-cases/${useCases[0]!.id}/pilots`;
      const created = await fetch(pilots, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({
          plan: {
            primaryKpi: { id: 'minuten', name: 'Minuten per order', unit: 'minuten' },
            secondaryKpis: [],
          },
        }),
      });
      expect(created.status, await created.clone().text()).toBe(201);
      const pilotUrl = `${pilots}/${((await created.json()) as { id: string }).id}`;

      const importFile = async (name: string, content: Uint8Array<ArrayBuffer>) => {
        const form = new FormData();
        form.append('file', new Blob([content]), name);
        const res = await fetch(`${pilotUrl}/import`, { method: 'POST', headers: auth, body: form });
        return {
          status: res.status,
          body: (await res.json()) as { error?: { code: string; message: string } },
        };
      };

      const huge = await importFile('groot.csv', new Uint8Array(50 * 1024 * 1024).fill(0x41));
      expect(huge.status).toBe(413);
      expect(huge.body.error?.message).toContain('2 MB');
      const binary = await importFile('binair.csv', new Uint8Array(8192));
      expect([binary.status, binary.body.error?.code]).toEqual([422, 'UNPROCESSABLE_FILE']);
      const truncated = await importFile('afgebroken.xlsx', readFileSync(join(BAD_FILES, 'truncated.xlsx')));
      expect([truncated.status, truncated.body.error?.code]).toEqual([422, 'UNPROCESSABLE_FILE']);
      expect(truncated.body.error?.message).toMatch(/beschadigd|onvolledig/);

      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
      const pilot = (await (await fetch(pilotUrl, { headers })).json()) as { baseline: unknown[] };
      expect(pilot.baseline).toEqual([]);

      const good = await importFile(
        'nulmeting.csv',
        new TextEncoder().encode('Periode;Minuten per order\n5-10-2026;12,5\n12-10-2026;11,5\n'),
      );
      expect(good.status, JSON.stringify(good.body)).toBe(200);
      const after = (await (await fetch(pilotUrl, { headers })).json()) as { baseline: unknown[] };
      expect(after.baseline).toEqual([
        { period: '2026-10-05', values: { minuten: 12.5 } },
        { period: '2026-10-12', values: { minuten: 11.5 } },
      ]);
    } finally {
      await server.stop();
    }
  });
});
