/**
 * Uploads against the real server process: hostile files fail alone while the server keeps
 * answering; a SIGKILL between upload and profile loses nothing and leaves nothing behind; and on
 * PostgreSQL an upload received by one process is profiled by another that shares only the database.
 */
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_LOGIN } from '../../src/server/demo-seed.ts';
import { type Engine, freshStore, testEngines } from '../support/databases.ts';
import { httpLogin, type ServerProcess, startServer } from '../support/server-process.ts';

const fixtures = join(import.meta.dirname, '../fixtures/data');

type DataFileView = {
  id: string;
  status: string;
  isStored: boolean;
  hasProfile: boolean;
  failure: { code: string; message: string } | null;
};

/** An empty database for the PostgreSQL runs, so the demo (and its login) is seeded. */
async function serverEnv(engine: Engine, dataDir: string, extra: Record<string, string> = {}) {
  const env: Record<string, string> = {
    HAALBAAR_DATA_DIR: dataDir,
    HAALBAAR_DEMO: 'true',
    HAALBAAR_JOB_STALE_SECONDS: '3',
    ...extra,
  };
  if (engine.options.kind === 'postgres') env.DATABASE_URL = engine.options.url;
  return env;
}

async function emptyDatabase(engine: Engine): Promise<void> {
  if (engine.options.kind !== 'postgres') return;
  const store = await freshStore(engine);
  await store.close();
}

/** A logged-in client of one server process, scoped to the demo use case. */
async function client(server: ServerProcess) {
  const headers = await httpLogin(server.url, DEMO_LOGIN.email, DEMO_LOGIN.password);
  const auth = { cookie: headers.cookie!, 'x-csrf-token': headers['x-csrf-token']! };
  const orgs = (await (await fetch(`${server.url}/api/orgs`, { headers })).json()) as {
    organisationId: string;
  }[];
  const orgId = orgs[0]!.organisationId;
  const useCases = (await (await fetch(`${server.url}/api/orgs/${orgId}/use-cases`, { headers })).json()) as {
    id: string;
  }[];
  const base = `${server.url}/api/orgs/${orgId}/use-cases/${useCases[0]!.id}/data-files`;
  return {
    orgId,
    base,
    auth,
    async upload(name: string, content: Uint8Array<ArrayBuffer> | string): Promise<DataFileView> {
      const form = new FormData();
      form.append('file', new Blob([content]), name);
      const res = await fetch(base, { method: 'POST', headers: auth, body: form });
      expect(res.status, await res.clone().text()).toBe(202);
      return (await res.json()) as DataFileView;
    },
    async get(id: string, url = server.url): Promise<DataFileView> {
      const res = await fetch(`${base.replace(server.url, url)}/${id}`, { headers: auth });
      return (await res.json()) as DataFileView;
    },
    /** Polls until profiling ends; the test timeout is the bound (a busy machine is slow). */
    async settled(id: string, url = server.url): Promise<DataFileView> {
      for (;;) {
        const file = await this.get(id, url);
        if (file.status === 'done' || file.status === 'failed') return file;
        await new Promise((r) => setTimeout(r, 150));
      }
    },
  };
}

/** Upload bytes left on disk (uploads/<org>/*) for the files storage. */
function filesOnDisk(dataDir: string): string[] {
  const dir = join(dataDir, 'uploads');
  try {
    return readdirSync(dir).flatMap((org) => readdirSync(join(dir, org)).map((f) => join(dir, org, f)));
  } catch {
    return [];
  }
}

const sensorCsv = (rows: number) => {
  const lines = ['tijdstip;machine;temperatuur'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `2026-01-01 ${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')};M${i % 3};${(20 + (i % 17) / 10).toFixed(1)}`,
    );
  }
  return `${lines.join('\n')}\n`;
};

describe.each(testEngines())('uploads against the real server on $name', (engine) => {
  const dirs: string[] = [];
  const newDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'haalbaar-upload-safety-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('a hostile upload fails alone: the server keeps answering and nothing is retried', async () => {
    await emptyDatabase(engine);
    const dataDir = newDir();
    const server = await startServer(await serverEnv(engine, dataDir));
    try {
      const c = await client(server);
      // Another request stream runs the whole time.
      let stop = false;
      const answers = { ok: 0, bad: 0 };
      const stream = (async () => {
        while (!stop) {
          try {
            const res = await fetch(`${server.url}/api/health`);
            if (res.status === 200) answers.ok++;
            else answers.bad++;
          } catch {
            answers.bad++;
          }
        }
      })();
      const nested = await c.upload('genest.json', `${'['.repeat(50_000)}${']'.repeat(50_000)}`);
      const lying = await c.upload(
        'liegt.xlsx',
        new Uint8Array(readFileSync(join(fixtures, 'bad/false-sizes.xlsx'))),
      );
      const names = Array.from({ length: 100_000 }, (_, i) => `k${i}`);
      const wide = await c.upload('breed.csv', `${names.join(',')}\n${names.map(() => '1').join(',')}\n`);
      const good = await c.upload('goed.csv', sensorCsv(500));

      const results = await Promise.all([nested, lying, wide, good].map((f) => c.settled(f.id)));
      stop = true;
      await stream;
      expect(results.map((r) => r.failure?.code ?? r.status)).toEqual([
        'JSON_TOO_DEEP',
        'XLSX_FALSE_SIZES',
        'TOO_MANY_COLUMNS',
        'done',
      ]);
      expect(results[0]!.failure!.message).toContain('genest.json');
      expect(results[1]!.failure!.message).toContain('liegt.xlsx');
      expect(results.every((r) => !r.isStored)).toBe(true);
      expect(answers.bad).toBe(0);
      expect(answers.ok).toBeGreaterThan(0);
      expect(server.child.exitCode).toBeNull();
      expect(server.output()).not.toMatch(/Segmentation|heap out of memory/);
    } finally {
      await server.stop();
    }
  });

  it('a SIGKILL between upload and profile loses no upload and leaves nothing behind', async () => {
    await emptyDatabase(engine);
    const dataDir = newDir();
    // The first process only receives: it never profiles, and is killed with the uploads queued.
    const first = await startServer(await serverEnv(engine, dataDir, { HAALBAAR_RUN_JOBS: 'false' }));
    const c1 = await client(first);
    const uploaded = [
      await c1.upload('a.csv', sensorCsv(200)),
      await c1.upload('b.csv', sensorCsv(300)),
      await c1.upload('c.csv', sensorCsv(400)),
    ];
    await first.stop('SIGKILL');

    // What a crash at other moments leaves: an upload file no row refers to, a dead process's scratch folder.
    const orgDir = join(dataDir, 'uploads', c1.orgId);
    mkdirSync(orgDir, { recursive: true });
    const orphan = join(orgDir, 'verweesd.csv');
    writeFileSync(orphan, 'x,y\n1,2\n');
    const old = new Date(Date.now() - 3_600_000);
    utimesSync(orphan, old, old);
    const scratch = join(dataDir, 'tmp', '999999-deadbeef-0001');
    mkdirSync(scratch, { recursive: true });

    const second = await startServer(await serverEnv(engine, dataDir));
    try {
      const c2 = await client(second);
      const results = await Promise.all(uploaded.map((f) => c2.settled(f.id)));
      expect(results.map((r) => r.status)).toEqual(['done', 'done', 'done']);
      expect(results.every((r) => r.hasProfile && !r.isStored)).toBe(true);
      // The sweep ran at start-up; uploads are removed just after their profile commits.
      for (;;) {
        const left = filesOnDisk(dataDir);
        let scratchLeft = true;
        try {
          scratchLeft = readdirSync(join(dataDir, 'tmp')).includes('999999-deadbeef-0001');
        } catch {
          scratchLeft = false;
        }
        if (left.length === 0 && !scratchLeft) break;
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await second.stop();
    }
  });

  it('a SIGKILL while profiling: the next process finishes the file', async () => {
    await emptyDatabase(engine);
    const dataDir = newDir();
    const first = await startServer(await serverEnv(engine, dataDir));
    const c1 = await client(first);
    const file = await c1.upload('groot.csv', sensorCsv(150_000));
    for (;;) {
      const now = await c1.get(file.id);
      if (now.status !== 'queued') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await first.stop('SIGKILL');
    const second = await startServer(await serverEnv(engine, dataDir));
    try {
      const c2 = await client(second);
      const result = await c2.settled(file.id);
      // Killed before it finished: profiled again. Finished just before the kill: kept.
      expect(result).toMatchObject({ status: 'done', hasProfile: true, isStored: false });
    } finally {
      await second.stop();
    }
  });
});

// Several app processes on several machines share one PostgreSQL; PGlite is one process by design.
describe.each(testEngines().filter((e) => e.name === 'postgres'))('scale-out on $name', (engine) => {
  const dirs: string[] = [];
  const newDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'haalbaar-scale-out-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('an upload received by one process is profiled by another that shares only the database', async () => {
    await emptyDatabase(engine);
    const web = await startServer(await serverEnv(engine, newDir(), { HAALBAAR_RUN_JOBS: 'false' }));
    const worker = await startServer(await serverEnv(engine, newDir(), { HAALBAAR_DEMO: 'false' }));
    try {
      const c = await client(web);
      const file = await c.upload('sensoren.csv', sensorCsv(1000));
      const result = await c.settled(file.id);
      // The receiving process works no jobs: the other one profiled it, from the database alone.
      expect(result).toMatchObject({ status: 'done', hasProfile: true, isStored: false });
      const profile = await fetch(`${c.base}/${file.id}/profile`, { headers: c.auth });
      expect(((await profile.json()) as { dataset: { rows: number } }).dataset.rows).toBe(1000);
    } finally {
      await Promise.all([web.stop(), worker.stop()]);
    }
  });
});
