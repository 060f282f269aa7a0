/**
 * What crashes leave behind is cleaned up, and a file whose profiling kept killing its worker ends
 * failed instead of showing "profiling" forever. In-process, on PGlite and PostgreSQL.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { PROFILE_JOB } from '../../src/server/profile-job.ts';
import { scratchPrefix, sweepUploads } from '../../src/server/upload-sweep.ts';
import type { Store } from '../../src/store/store.ts';
import { freshStore, testEngines } from '../support/databases.ts';
import { testConfig } from '../support/test-app.ts';

describe.each(testEngines())('upload sweep and exhausted jobs on $name', (engine) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'haalbaar-sweep-'));
  let store: Store;
  let org: { id: string };
  let useCaseId: string;

  beforeAll(async () => {
    store = await freshStore(engine);
    org = await store.accounts.createOrganisation('Werkplaats');
    useCaseId = (
      await store.useCases.create({ organisationId: org.id, document: { title: 'X' }, userId: null })
    ).id;
  });
  afterAll(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const longAgo = new Date(Date.now() - 3_600_000);
  const file = (path: string, old = true) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, 'a,b\n1,2\n');
    if (old) utimesSync(path, longAgo, longAgo);
    return path;
  };

  it('removes abandoned uploads, orphan files and dead processes’ scratch, and nothing else', async () => {
    const uploads = join(dataDir, 'uploads', org.id);
    const kept = file(join(uploads, 'kept.csv'));
    const orphan = file(join(uploads, 'orphan.csv'));
    const fresh = file(join(uploads, 'fresh.csv'), false);
    const abandonedPath = file(join(uploads, 'abandoned.csv'));
    await store.dataFiles.create({
      organisationId: org.id,
      useCaseId,
      fileName: 'kept.csv',
      bytes: 8,
      storedPath: kept,
      keepFile: true,
      options: {},
      userId: null,
    });
    const abandoned = await store.dataFiles.create({
      organisationId: org.id,
      useCaseId,
      fileName: 'abandoned.csv',
      bytes: 0,
      storedPath: abandonedPath,
      status: 'uploading',
      keepFile: false,
      options: {},
      userId: null,
    });
    const arriving = await store.dataFiles.create({
      organisationId: org.id,
      useCaseId,
      fileName: 'arriving.csv',
      bytes: 0,
      storedPath: null,
      upload: 'database',
      status: 'uploading',
      keepFile: false,
      options: {},
      userId: null,
    });
    await store.db.query(`update data_files set updated_at = now() - interval '1 hour' where id = $1`, [
      abandoned!.id,
    ]);
    const dead = join(dataDir, 'tmp', '999999-deadbeef-0001');
    const mine = join(dataDir, 'tmp', `${scratchPrefix()}0001`);
    const restartedMine = join(dataDir, 'tmp', `${process.pid}-00000000-0001`);
    for (const dir of [dead, mine, restartedMine]) mkdirSync(dir, { recursive: true });

    const counts = await sweepUploads({ store, dataDir });
    expect(counts).toEqual({ staleUploads: 1, orphanFiles: 1, scratchFolders: 2 });
    expect([kept, fresh, mine].map(existsSync)).toEqual([true, true, true]);
    expect([orphan, abandonedPath, dead, restartedMine].map(existsSync)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(await store.dataFiles.getById(abandoned!.id)).toBeNull();
    expect(await store.dataFiles.getById(arriving!.id)).not.toBeNull();
  });

  it('a file whose profiling kept killing its worker ends failed, with a reference', async () => {
    const created = await store.dataFiles.create({
      organisationId: org.id,
      useCaseId,
      fileName: 'moordenaar.json',
      bytes: 100,
      storedPath: null,
      upload: 'database',
      status: 'uploading',
      keepFile: false,
      options: {},
      userId: null,
    });
    await store.dataFiles.appendChunk(created!.id, 0, Buffer.from('[]'));
    await store.dataFiles.queueUpload(created!.id, {
      bytes: 2,
      keepFile: false,
      options: {},
      job: { kind: PROFILE_JOB },
    });
    await store.dataFiles.setProgress(created!.id, 'profiling', 0.1);
    // Three workers claimed it and died.
    await store.db.query(
      `update jobs set status = 'running', attempts = 3, locked_by = 'dead', locked_at = now() - interval '1 hour'
       where payload->>'dataFileId' = $1`,
      [created!.id],
    );
    const app: FastifyInstance = await buildApp({
      store,
      config: testConfig({ HAALBAAR_DATA_DIR: dataDir }),
    });
    await app.ready();
    try {
      for (;;) {
        const now = await store.dataFiles.getById(created!.id);
        if (now?.status === 'failed') {
          expect(now.failure?.code).toBe('CRASHED');
          expect(now.failure?.message.params?.['reference']).toMatch(/^[0-9a-f]{8}$/);
          expect(now.upload).toBeNull();
          break;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      const [job] = await store.db.query(`select status from jobs where payload->>'dataFileId' = $1`, [
        created!.id,
      ]);
      expect(job?.status).toBe('failed');
    } finally {
      await app.close();
    }
  });
});
