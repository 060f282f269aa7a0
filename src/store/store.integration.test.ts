import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshStore, resetStore, testEngines } from '../../test/support/databases.ts';
import { EmailTakenError } from './accounts-repository.ts';
import { migrate } from './migrate.ts';
import type { Store } from './store.ts';
import { RevisionConflictError } from './use-cases-repository.ts';

// One suite, every engine: the same SQL must behave the same on PGlite and PostgreSQL.
describe.each(testEngines())('store on $name', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
  });
  afterAll(async () => {
    await store.close();
  });
  beforeEach(async () => {
    await resetStore(store);
  });

  async function orgWithUser() {
    const org = await store.accounts.createOrganisation('Bakkerij De Graaf');
    const user = await store.accounts.createUser({
      email: 'Anna@Example.nl',
      name: 'Anna',
      passwordHash: 'x',
    });
    await store.accounts.addMembership({ userId: user.id, organisationId: org.id, role: 'owner' });
    return { org, user };
  }

  it('migrations are idempotent', async () => {
    expect(await migrate(store.db)).toEqual([]);
  });

  it('finds users by email case-insensitively and refuses a second account for the same email', async () => {
    const { user } = await orgWithUser();
    expect((await store.accounts.findUserByEmail('anna@example.NL'))?.id).toBe(user.id);
    await expect(
      store.accounts.createUser({ email: 'ANNA@example.nl', name: 'Other', passwordHash: 'y' }),
    ).rejects.toBeInstanceOf(EmailTakenError);
  });

  it('lists an adviser’s organisations with the role in each', async () => {
    const a = await store.accounts.createOrganisation('Zeta BV');
    const b = await store.accounts.createOrganisation('Alfa BV');
    const adviser = await store.accounts.createUser({
      email: 'adv@example.nl',
      name: 'Adviser',
      passwordHash: 'x',
    });
    await store.accounts.addMembership({ userId: adviser.id, organisationId: a.id, role: 'adviser' });
    await store.accounts.addMembership({ userId: adviser.id, organisationId: b.id, role: 'owner' });
    const list = await store.accounts.listMemberships(adviser.id);
    expect(list.map((m) => [m.organisationName, m.role])).toEqual([
      ['Alfa BV', 'owner'],
      ['Zeta BV', 'adviser'],
    ]);
    expect(await store.accounts.getRole(adviser.id, a.id)).toBe('adviser');
  });

  it('keeps every save of a use case as a revision', async () => {
    const { org, user } = await orgWithUser();
    const uc = await store.useCases.create({
      organisationId: org.id,
      document: { schemaVersion: 1, title: 'Facturen' },
      userId: user.id,
    });
    expect(uc.revision).toBe(1);
    const v2 = await store.useCases.update({
      organisationId: org.id,
      id: uc.id,
      document: { schemaVersion: 1, title: 'Facturen invoeren', problem: { hoursPerWeek: 15 } },
      userId: user.id,
      expectedRevision: 1,
    });
    expect(v2?.revision).toBe(2);
    expect(v2?.title).toBe('Facturen invoeren');
    const v3 = await store.useCases.update({
      organisationId: org.id,
      id: uc.id,
      status: 'assessing',
      userId: user.id,
    });
    expect(v3?.status).toBe('assessing');
    const revisions = await store.useCases.listRevisions(org.id, uc.id);
    expect(revisions.map((r) => r.revision)).toEqual([3, 2, 1]);
    expect(revisions[2]?.document.title).toBe('Facturen');
    expect(revisions[0]?.createdByName).toBe('Anna');
    expect((await store.useCases.getRevision(org.id, uc.id, 2))?.document.problem?.hoursPerWeek).toBe(15);
  });

  it('refuses a save based on an outdated revision instead of overwriting it', async () => {
    const { org, user } = await orgWithUser();
    const uc = await store.useCases.create({
      organisationId: org.id,
      document: { title: 'A' },
      userId: user.id,
    });
    await store.useCases.update({
      organisationId: org.id,
      id: uc.id,
      document: { title: 'B' },
      userId: user.id,
    });
    await expect(
      store.useCases.update({
        organisationId: org.id,
        id: uc.id,
        document: { title: 'C' },
        userId: user.id,
        expectedRevision: 1,
      }),
    ).rejects.toBeInstanceOf(RevisionConflictError);
    expect((await store.useCases.get(org.id, uc.id))?.title).toBe('B');
  });

  it('archives and lists without archived use cases by default', async () => {
    const { org, user } = await orgWithUser();
    const a = await store.useCases.create({
      organisationId: org.id,
      document: { title: 'A' },
      userId: user.id,
    });
    await store.useCases.create({ organisationId: org.id, document: { title: 'B' }, userId: user.id });
    await store.useCases.setArchived(org.id, a.id, true);
    expect((await store.useCases.list(org.id)).map((u) => u.title)).toEqual(['B']);
    expect(await store.useCases.list(org.id, { includeArchived: true })).toHaveLength(2);
  });

  it('never returns a use case through another organisation', async () => {
    const { org, user } = await orgWithUser();
    const other = await store.accounts.createOrganisation('Ander BV');
    const uc = await store.useCases.create({
      organisationId: org.id,
      document: { title: 'Geheim' },
      userId: user.id,
    });
    expect(await store.useCases.get(other.id, uc.id)).toBeNull();
    expect(await store.useCases.list(other.id)).toEqual([]);
    expect(await store.useCases.listRevisions(other.id, uc.id)).toEqual([]);
    expect(
      await store.useCases.update({ organisationId: other.id, id: uc.id, document: {}, userId: null }),
    ).toBeNull();
    expect(await store.useCases.setArchived(other.id, uc.id, true)).toBeNull();
  });

  it('stores only token hashes and stops accepting revoked tokens', async () => {
    const { org, user } = await orgWithUser();
    const token = await store.sessions.createApiToken({
      organisationId: org.id,
      name: 'CI',
      tokenHash: 'hash-1',
      prefix: 'hb_abc',
      createdBy: user.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    expect(await store.sessions.useApiToken('hash-1')).toMatchObject({ token: { id: token.id } });
    expect(await store.sessions.revokeApiToken(org.id, token.id)).toBe(true);
    expect(await store.sessions.useApiToken('hash-1')).toEqual({ problem: 'invalid' });
    const other = await store.accounts.createOrganisation('Ander BV');
    expect(await store.sessions.revokeApiToken(other.id, token.id)).toBe(false);
  });

  it('expires sessions', async () => {
    const { user } = await orgWithUser();
    await store.sessions.createSession({
      tokenHash: 'old',
      userId: user.id,
      csrfToken: 'c',
      expiresAt: new Date(Date.now() - 1000),
    });
    await store.sessions.createSession({
      tokenHash: 'new',
      userId: user.id,
      csrfToken: 'c',
      expiresAt: new Date(Date.now() + 60_000),
    });
    expect(await store.sessions.findSession('old', { idleHours: 12 })).toBeNull();
    expect((await store.sessions.findSession('new', { idleHours: 12 }))?.userId).toBe(user.id);
  });

  it('rolls back a failed transaction completely', async () => {
    await expect(
      store.db.transaction(async (tx) => {
        await tx.query(`insert into organisations (name) values ('Half')`);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store.accounts.countOrganisations()).toBe(0);
  });

  it('claims each queued job once, oldest first, and takes over a job whose worker died', async () => {
    const a = await store.jobs.enqueue({ kind: 'profile', payload: { n: 1 }, organisationId: null });
    const b = await store.jobs.enqueue({ kind: 'profile', payload: { n: 2 }, organisationId: null });
    const options = { staleAfterSeconds: 60, maxAttempts: 3 };
    const [first, second, none] = await Promise.all([
      store.jobs.claim('w1', options),
      store.jobs.claim('w2', options),
      store.jobs.claim('w3', options),
    ]).then((jobs) =>
      jobs.sort((x, y) => (x === null ? 1 : y === null ? -1 : x.createdAt.localeCompare(y.createdAt))),
    );
    expect([first?.id, second?.id].sort()).toEqual([a.id, b.id].sort());
    expect(none).toBeNull();
    await store.jobs.complete(a.id);
    // b's worker "dies": its lock ages past the stale limit and another worker takes it.
    await store.db.query(`update jobs set locked_at = now() - interval '2 minutes' where id = $1`, [b.id]);
    const retaken = await store.jobs.claim('w4', options);
    expect(retaken?.id).toBe(b.id);
    expect(retaken?.attempts).toBe(2);
  });

  it('keeps assessments with the revision they were made from, newest first by the order they were made (not the clock)', async () => {
    const { org, user } = await orgWithUser();
    const uc = await store.useCases.create({
      organisationId: org.id,
      document: { title: 'A' },
      userId: user.id,
    });
    const result = { schemaVersion: 1, verdict: 'rethink' } as never;
    await store.assessments.create({
      organisationId: org.id,
      useCaseId: uc.id,
      revision: 1,
      result,
      evidenceHash: 'h1',
      userId: user.id,
    });
    await store.assessments.create({
      organisationId: org.id,
      useCaseId: uc.id,
      revision: 2,
      result: { schemaVersion: 1, verdict: 'ready' } as never,
      evidenceHash: 'h2',
      userId: user.id,
    });
    // Two assessments in the same instant, or a clock that stepped back: order is still creation order.
    await store.db.query(
      `update assessments set created_at = now() + interval '1 hour' where evidence_hash = 'h1'`,
    );
    const list = await store.assessments.list(org.id, uc.id);
    expect((await store.assessments.latestTwo(org.id, uc.id)).map((a) => a.revision)).toEqual([2, 1]);
    expect(list.map((a) => [a.revision, a.verdict])).toEqual([
      [2, 'ready'],
      [1, 'rethink'],
    ]);
    const other = await store.accounts.createOrganisation('Ander BV');
    expect(await store.assessments.list(other.id, uc.id)).toEqual([]);
    await expect(
      store.assessments.create({
        organisationId: other.id,
        useCaseId: uc.id,
        revision: 1,
        result,
        evidenceHash: 'x',
        userId: null,
      }),
    ).rejects.toThrow();
  });

  it('tracks a data file from upload to profile, scoped by organisation', async () => {
    const { org, user } = await orgWithUser();
    const uc = await store.useCases.create({
      organisationId: org.id,
      document: { title: 'A' },
      userId: user.id,
    });
    const file = await store.dataFiles.create({
      organisationId: org.id,
      useCaseId: uc.id,
      fileName: 'sensoren.csv',
      bytes: 0,
      storedPath: null,
      upload: 'database',
      status: 'uploading',
      keepFile: false,
      options: {},
      userId: user.id,
    });
    expect(file?.status).toBe('uploading');
    // Invisible while its bytes arrive.
    expect(await store.dataFiles.list(org.id, uc.id)).toEqual([]);
    const bytes = [Buffer.from('tijd,waarde\n'), Buffer.from([0, 1, 2, 255])];
    await store.dataFiles.appendChunk(file!.id, 0, bytes[0]!);
    await store.dataFiles.appendChunk(file!.id, 1, bytes[1]!);
    const queued = await store.dataFiles.queueUpload(file!.id, {
      bytes: 16,
      keepFile: false,
      options: { timeColumn: 'tijd' },
      job: { kind: 'profile-data-file' },
    });
    expect(queued).toMatchObject({ status: 'queued', bytes: 16, upload: 'database' });
    const job = await store.jobs.claim('test', { staleAfterSeconds: 60, maxAttempts: 3 });
    expect(job?.payload).toEqual({ dataFileId: file!.id });
    const read: Buffer[] = [];
    for await (const chunk of store.dataFiles.readChunks(file!.id)) read.push(Buffer.from(chunk));
    expect(Buffer.concat(read)).toEqual(Buffer.concat(bytes));

    await store.dataFiles.setProgress(file!.id, 'profiling', 0.5);
    expect((await store.dataFiles.get(org.id, file!.id))?.progress).toBe(0.5);
    await store.dataFiles.setProfile(file!.id, { schemaVersion: 1 } as never, { removeUpload: true });
    const done = await store.dataFiles.get(org.id, file!.id);
    expect(done).toMatchObject({
      status: 'done',
      upload: null,
      storedPath: null,
      options: { timeColumn: 'tijd' },
    });
    const left = await store.db.query(
      'select count(*)::int as n from data_file_chunks where data_file_id = $1',
      [file!.id],
    );
    expect(left[0]?.n).toBe(0);
    const other = await store.accounts.createOrganisation('Ander BV');
    expect(await store.dataFiles.get(other.id, file!.id)).toBeNull();
    expect(
      await store.dataFiles.create({
        organisationId: other.id,
        useCaseId: uc.id,
        fileName: 'x',
        bytes: 1,
        storedPath: '/tmp/y',
        keepFile: false,
        options: {},
        userId: null,
      }),
    ).toBeNull();
  });
});
