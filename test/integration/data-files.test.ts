/**
 * Upload → background profiling → profile, over real HTTP with the real job runner and DuckDB.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/store.ts';
import { freshStore, testEngines } from '../support/databases.ts';
import { createUser, TEST_PASSWORD, testConfig } from '../support/test-app.ts';

/** A hand-logged sensor series: roughly daily, changing times, a three-week hole. */
function sensorCsv(): string {
  const lines = ['datum;machine;temperatuur'];
  const start = Date.UTC(2026, 0, 1, 8);
  for (let day = 0; day < 90; day++) {
    if (day >= 30 && day < 51) continue;
    const t = new Date(start + day * 86_400_000 + ((day * 37) % 300) * 60_000);
    const d = `${t.getUTCDate()}-${t.getUTCMonth() + 1}-${t.getUTCFullYear()} ${String(t.getUTCHours()).padStart(2, '0')}:${String(t.getUTCMinutes()).padStart(2, '0')}`;
    lines.push(`${d};M1;${(60 + (day % 7) * 0.5).toFixed(1).replace('.', ',')}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe.each(testEngines())('data files on $name', (engine) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'haalbaar-files-'));
  let store: Store;
  let app: FastifyInstance;
  let url: string;
  let headers: Record<string, string>;
  let base: string;

  beforeAll(async () => {
    store = await freshStore(engine);
    app = await buildApp({
      store,
      config: testConfig({ HAALBAAR_DATA_DIR: dataDir, HAALBAAR_MAX_UPLOAD_MB: '1' }),
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const org = await store.accounts.createOrganisation('Fabriek');
    const user = await createUser(store, { email: 'lead@example.nl', organisationId: org.id });
    const uc = await store.useCases.create({
      organisationId: org.id,
      document: { title: 'Onderhoud' },
      userId: user.id,
    });
    base = `${url}/api/orgs/${org.id}/use-cases/${uc.id}/data-files`;
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'lead@example.nl', password: TEST_PASSWORD }),
    });
    headers = {
      cookie: (login.headers.get('set-cookie') ?? '').split(';')[0]!,
      'x-csrf-token': ((await login.json()) as { csrfToken: string }).csrfToken,
    };
  });
  afterAll(async () => {
    await app.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function upload(
    name: string,
    content: string | Uint8Array<ArrayBuffer>,
    fields: Record<string, string> = {},
  ) {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('file', new Blob([content]), name);
    return fetch(base, { method: 'POST', headers, body: form });
  }

  /** Upload bytes still stored anywhere: files on disk (PGlite) or chunks in the database (PostgreSQL). */
  async function uploadsLeft(): Promise<number> {
    const dir = join(dataDir, 'uploads');
    const files = existsSync(dir) ? readdirSync(dir).flatMap((d) => readdirSync(join(dir, d))).length : 0;
    const [row] = await store.db.query<{ n: number }>('select count(*)::int as n from data_file_chunks');
    return files + Number(row?.n ?? 0);
  }

  /** Waits until no upload bytes are left (a file on disk is removed just after the profile commits). */
  async function waitUploadsGone(): Promise<void> {
    while ((await uploadsLeft()) > 0) await new Promise((r) => setTimeout(r, 50));
  }

  /** Polls until profiling ends; no deadline of its own (a busy machine is slow): the test timeout is the bound. */
  async function waitDone(id: string) {
    for (;;) {
      const res = await fetch(`${base}/${id}`, { headers });
      const file = (await res.json()) as { status: string };
      if (file.status === 'done' || file.status === 'failed') return file as Record<string, unknown>;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('profiles an upload in the background and deletes the file afterwards', async () => {
    const res = await upload('sensoren.csv', sensorCsv(), { timeColumn: 'datum' });
    expect(res.status).toBe(202);
    const created = (await res.json()) as { id: string; status: string; fileName: string };
    expect(created).toMatchObject({ status: 'queued', fileName: 'sensoren.csv' });
    const done = await waitDone(created.id);
    expect(done).toMatchObject({ status: 'done', hasProfile: true, isStored: false, progress: 1 });
    const stored = await store.dataFiles.getById(created.id);
    expect(stored?.profile?.file).toBe('sensoren.csv');
    expect(stored?.profile?.dataset.rows).toBe(69);
    expect(stored?.profile?.timeSeries[0]?.longestGapSeconds).toBeGreaterThan(20 * 86_400);
    expect(stored?.upload).toBeNull();
    await waitUploadsGone();
  });

  it('serves the finished profile rendered in Dutch or English, and a standalone HTML report', async () => {
    const created = (await (await upload('meters.csv', sensorCsv(), { timeColumn: 'datum' })).json()) as {
      id: string;
    };
    const early = await fetch(`${base}/${created.id}/profile`, { headers });
    expect([200, 404]).toContain(early.status);
    await waitDone(created.id);

    type Rendered = {
      file: string;
      locale: string;
      dataset: { rows: number };
      readiness: { level: string; reasons: { key: string; text: string }[] };
      issues: { code: string; message: { key: string; text: string } }[];
      timeSeries: { pattern: string; coverageBuckets: unknown[] }[];
    };
    const nl = (await (await fetch(`${base}/${created.id}/profile`, { headers })).json()) as Rendered;
    expect(nl).toMatchObject({ file: 'meters.csv', locale: 'nl', dataset: { rows: 69 } });
    expect(nl.timeSeries[0]?.pattern).toBe('hand-logged');
    expect(nl.timeSeries[0]?.coverageBuckets.length).toBeGreaterThan(1);
    const gaps = nl.issues.find((i) => i.code === 'TIME_GAPS');
    expect(gaps?.message.text).toMatch(/gaten/);
    expect(nl.readiness.reasons.every((r) => r.text.length > 0 && r.text !== r.key)).toBe(true);

    const en = (await (
      await fetch(`${base}/${created.id}/profile`, {
        headers: { ...headers, 'accept-language': 'en-GB,en;q=0.9' },
      })
    ).json()) as Rendered;
    expect(en.locale).toBe('en');
    expect(en.issues.find((i) => i.code === 'TIME_GAPS')?.message.text).toMatch(/gaps/);
    const byQuery = (await (
      await fetch(`${base}/${created.id}/profile?lang=en`, { headers })
    ).json()) as Rendered;
    expect(byQuery.readiness.reasons.map((r) => r.text)).toEqual(en.readiness.reasons.map((r) => r.text));

    const html = await fetch(`${base}/${created.id}/profile.html?lang=en`, { headers });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toContain('text/html');
    const page = await html.text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('meters.csv');
  });

  it('answers 404 for the profile of a file that failed, was deleted or belongs to another use case', async () => {
    const failed = (await (await upload('niks.csv', '')).json()) as { id: string };
    await waitDone(failed.id);
    const res = await fetch(`${base}/${failed.id}/profile`, { headers });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');

    const ok = (await (await upload('kort.csv', 'a,b\n1,2\n3,4\n')).json()) as { id: string };
    await waitDone(ok.id);
    const otherUseCase = base.replace(/use-cases\/[^/]+/, `use-cases/${crypto.randomUUID()}`);
    expect((await fetch(`${otherUseCase}/${ok.id}/profile`, { headers })).status).toBe(404);
    expect((await fetch(`${base}/${ok.id}`, { method: 'DELETE', headers })).status).toBe(204);
    expect((await fetch(`${base}/${ok.id}/profile`, { headers })).status).toBe(404);
    expect((await fetch(`${base}/${ok.id}/profile.html`, { headers })).status).toBe(404);
  });

  it('keeps the upload when asked', async () => {
    const res = await upload('bewaren.csv', 'a,b\n1,2\n3,4\n', { keepFile: 'true' });
    const created = (await res.json()) as { id: string };
    const done = await waitDone(created.id);
    expect(done.isStored).toBe(true);
    const stored = await store.dataFiles.getById(created.id);
    expect(stored?.upload).toBe(engine.name === 'postgres' ? 'database' : 'files');
    expect(await uploadsLeft()).toBe(1);
    expect((await fetch(`${base}/${created.id}`, { method: 'DELETE', headers })).status).toBe(204);
    expect(await uploadsLeft()).toBe(0);
  });

  it('reports a file that cannot be profiled, in plain words, and keeps serving', async () => {
    const res = await upload('leeg.csv', '');
    const created = (await res.json()) as { id: string };
    const done = (await waitDone(created.id)) as {
      status: string;
      failure: { code: string; message: string };
    };
    expect(done.status).toBe('failed');
    expect(done.failure.code).toBe('EMPTY_FILE');
    expect(done.failure.message).toContain('leeg.csv');
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
  });

  it('refuses a file over the size limit without keeping a partial file', async () => {
    const big = new Uint8Array(1024 * 1024 + 10).fill(65);
    const res = await upload('groot.csv', big);
    expect(res.status).toBe(413);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.error.message).toContain('1 MB');
    expect(await uploadsLeft()).toBe(0);
    const [rows] = await store.db.query<{ n: number }>(
      `select count(*)::int as n from data_files where status = 'uploading'`,
    );
    expect(rows?.n).toBe(0);
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
  });

  it('refuses a JSON body where a file upload is expected', async () => {
    const res = await fetch(base, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(415);
  });
});
