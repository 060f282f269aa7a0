/**
 * The owner chooses which data files count as evidence for a use case: every finished file counts
 * until it is left out (PATCH …/data-files/:id), and the assessment then no longer uses it.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataProfile } from '../../src/core/data-profile/data-profile-types.ts';
import type { Store } from '../../src/store/store.ts';
import { freshStore, testEngines } from '../support/databases.ts';
import { type Client, createUser, login, testApp } from '../support/test-app.ts';

/** A profile with a C for readiness: evidence the data factor quotes by file name. */
function poorProfile(file: string): DataProfile {
  return {
    schemaVersion: 1,
    file,
    dataset: { rows: 12, columns: 2, duplicateRows: 0, encoding: 'utf-8', format: 'csv', bytes: 90 },
    columns: [
      { name: 'datum', type: 'date', missingShare: 0, distinctCount: 12, issues: [] },
      { name: 'storing', type: 'text', missingShare: 0.6, distinctCount: 2, issues: [] },
    ],
    timeSeries: [],
    pii: [],
    readiness: { level: 'C', reasons: [{ key: 'profiler.readiness.summary.C', params: { blockers: 2 } }] },
    issues: [],
  };
}

describe.each(testEngines())('data files as evidence on $name', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let owner: Client;
  let base: string;
  let fileId: string;

  beforeAll(async () => {
    store = await freshStore(engine);
    app = await testApp(store);
    const org = await store.accounts.createOrganisation('Bakkerij');
    const user = await createUser(store, { email: 'eigenaar@example.nl', organisationId: org.id });
    const useCase = await store.useCases.create({
      organisationId: org.id,
      document: { title: 'Storingen voorspellen' },
      userId: user.id,
    });
    const file = await store.dataFiles.create({
      organisationId: org.id,
      useCaseId: useCase.id,
      fileName: 'storingen-oven-3.csv',
      bytes: 90,
      storedPath: null,
      keepFile: false,
      options: {},
      userId: user.id,
    });
    await store.dataFiles.setProfile(file!.id, poorProfile('storingen-oven-3.csv'));
    fileId = file!.id;
    base = `/api/orgs/${org.id}/use-cases/${useCase.id}`;
    owner = await login(app, 'eigenaar@example.nl');
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const assessedText = async () => {
    const res = await owner.request('POST', `${base}/assessments`);
    expect(res.statusCode, res.body).toBe(200);
    return JSON.stringify(res.json().current.result);
  };

  it('counts every finished file by default, and the assessment quotes it', async () => {
    const listed = (await owner.request('GET', `${base}/data-files`)).json() as {
      countsAsEvidence: boolean;
    }[];
    expect(listed.map((f) => f.countsAsEvidence)).toEqual([true]);
    expect(await assessedText()).toContain('storingen-oven-3.csv');
  });

  it('leaves a file out of the assessment, which becomes stale, and takes it back in', async () => {
    const off = await owner.request('PATCH', `${base}/data-files/${fileId}`, { countsAsEvidence: false });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({ id: fileId, countsAsEvidence: false, hasProfile: true });
    expect((await owner.request('GET', `${base}/assessments/latest`)).json().isStale).toBe(true);
    expect(await assessedText()).not.toContain('storingen-oven-3.csv');
    // The file and its profile stay on the Data tab.
    expect((await owner.request('GET', `${base}/data-files/${fileId}/profile`)).statusCode).toBe(200);

    const on = await owner.request('PATCH', `${base}/data-files/${fileId}`, { countsAsEvidence: true });
    expect(on.json().countsAsEvidence).toBe(true);
    expect(await assessedText()).toContain('storingen-oven-3.csv');
  });

  it('lists each use case with the verdict of its latest stored assessment', async () => {
    const orgUrl = base.split('/use-cases/')[0]!;
    const created = await owner.request('POST', `${orgUrl}/use-cases`, { document: { title: 'Nog niets' } });
    expect(created.statusCode).toBe(201);
    const list = (await owner.request('GET', `${orgUrl}/use-cases`)).json() as {
      title: string;
      verdict: string | null;
    }[];
    const latest = (await owner.request('GET', `${base}/assessments/latest`)).json().current.result.verdict;
    expect(list.map((u) => [u.title, u.verdict])).toEqual([
      ['Nog niets', null],
      ['Storingen voorspellen', latest],
    ]);
  });

  it('refuses an unknown field or a file of another use case', async () => {
    const extra = await owner.request('PATCH', `${base}/data-files/${fileId}`, {
      countsAsEvidence: false,
      keepFile: true,
    });
    expect(extra.statusCode).toBe(400);
    const elsewhere = base.replace(/use-cases\/[^/]+/, `use-cases/${crypto.randomUUID()}`);
    const other = await owner.request('PATCH', `${elsewhere}/data-files/${fileId}`, {
      countsAsEvidence: false,
    });
    expect(other.statusCode).toBe(404);
    expect((await store.dataFiles.get(base.split('/')[3]!, fileId))?.countsAsEvidence).toBe(true);
  });
});
