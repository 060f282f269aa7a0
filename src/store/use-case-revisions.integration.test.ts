import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshStore, resetStore, testEngines } from '../../test/support/databases.ts';
import type { UseCase } from '../core/use-case/use-case-schema.ts';
import type { Store } from './store.ts';
import { AMEND_IDLE_MINUTES, AMEND_SPAN_MINUTES, RevisionConflictError } from './use-cases-repository.ts';

// Autosave writes often; the history keeps one version per person and editing session. Same suite
// on every engine: the grouping is one SQL statement and must behave the same on both.
describe.each(testEngines())('revision grouping on $name', (engine) => {
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

  async function setUp() {
    const org = await store.accounts.createOrganisation('Bakkerij De Graaf');
    const anna = await store.accounts.createUser({
      email: 'anna@example.nl',
      name: 'Anna',
      passwordHash: 'x',
    });
    const bram = await store.accounts.createUser({
      email: 'bram@example.nl',
      name: 'Bram',
      passwordHash: 'x',
    });
    const uc = await store.useCases.create({
      organisationId: org.id,
      document: { title: 'Facturen' },
      userId: anna.id,
    });
    /** One write as an autosave sends it: the whole document and the revision it was based on. */
    const save = (userId: string, document: UseCase, expectedRevision: number) =>
      store.useCases.update({ organisationId: org.id, id: uc.id, document, userId, expectedRevision });
    const history = () => store.useCases.listRevisions(org.id, uc.id);
    /** Moves the latest version back in time, as if its saves happened `minutes` ago. */
    const age = async (minutes: { saved: number; created?: number }) => {
      await store.db.query(
        `update use_case_revisions set saved_at = now() - make_interval(mins => $2::int),
           created_at = now() - make_interval(mins => $3::int)
         where use_case_id = $1 and revision = (select max(revision) from use_case_revisions where use_case_id = $1)`,
        [uc.id, minutes.saved, minutes.created ?? minutes.saved],
      );
    };
    return { org, anna, bram, uc, save, history, age };
  }

  it('groups one person’s saves of a session into one version, after the version that created it', async () => {
    const { anna, save, history } = await setUp();
    const r2 = await save(anna.id, { title: 'Facturen', problem: { hoursPerWeek: 10 } }, 1);
    const r3 = await save(anna.id, { title: 'Facturen', problem: { hoursPerWeek: 12 } }, r2!.revision);
    const r4 = await save(
      anna.id,
      { title: 'Facturen invoeren', problem: { hoursPerWeek: 12 } },
      r3!.revision,
    );
    // Every acknowledged write has its own revision number: optimistic locking counts writes.
    expect([r2?.revision, r3?.revision, r4?.revision]).toEqual([2, 3, 4]);
    const versions = await history();
    expect(versions.map((v) => [v.revision, v.saves])).toEqual([
      [4, 3],
      [1, 1],
    ]);
    // The version holds the last write, and is what "current" means.
    expect(versions[0]?.document).toEqual(r4?.document);
    expect(versions[0]?.title).toBe('Facturen invoeren');
    expect(versions[0]?.createdByName).toBe('Anna');
    expect(Date.parse(versions[0]!.savedAt)).toBeGreaterThanOrEqual(Date.parse(versions[0]!.createdAt));
    expect(versions[1]?.document).toEqual({ title: 'Facturen' });
  });

  it('keeps optimistic locking across amended saves: a save based on an amended revision is a conflict', async () => {
    const { anna, bram, save, history } = await setUp();
    const r2 = await save(anna.id, { title: 'A' }, 1);
    await save(anna.id, { title: 'AB' }, r2!.revision);
    // Bram read revision 2 before Anna's second save; his save must not silently replace hers.
    await expect(save(bram.id, { title: 'Bram' }, r2!.revision)).rejects.toBeInstanceOf(
      RevisionConflictError,
    );
    // Anna's own stale tab is refused too.
    await expect(save(anna.id, { title: 'stale' }, r2!.revision)).rejects.toBeInstanceOf(
      RevisionConflictError,
    );
    expect((await history())[0]?.document).toEqual({ title: 'AB' });
  });

  it('starts a new version when someone else saves in between', async () => {
    const { anna, bram, save, history } = await setUp();
    const r2 = await save(anna.id, { title: 'Anna 1' }, 1);
    const r3 = await save(bram.id, { title: 'Bram 1' }, r2!.revision);
    const r4 = await save(anna.id, { title: 'Anna 2' }, r3!.revision);
    await save(anna.id, { title: 'Anna 3' }, r4!.revision);
    const versions = await history();
    expect(versions.map((v) => [v.revision, v.createdByName, v.title, v.saves])).toEqual([
      [5, 'Anna', 'Anna 3', 2],
      [3, 'Bram', 'Bram 1', 1],
      [2, 'Anna', 'Anna 1', 1],
      [1, 'Anna', 'Facturen', 1],
    ]);
  });

  it(`starts a new version after ${AMEND_IDLE_MINUTES} minutes without a save, and after ${AMEND_SPAN_MINUTES} minutes in all`, async () => {
    const { anna, save, history, age } = await setUp();
    const r2 = await save(anna.id, { title: 'A' }, 1);
    await age({ saved: AMEND_IDLE_MINUTES + 1 });
    const r3 = await save(anna.id, { title: 'B' }, r2!.revision);
    expect((await history()).map((v) => v.revision)).toEqual([3, 2, 1]);
    // Saving every few minutes for longer than the span still leaves a version per span.
    await age({ saved: 1, created: AMEND_SPAN_MINUTES + 1 });
    await save(anna.id, { title: 'C' }, r3!.revision);
    expect((await history()).map((v) => v.revision)).toEqual([4, 3, 2, 1]);
  });

  it('starts a new version for a change of status', async () => {
    const { org, uc, anna, save, history } = await setUp();
    const r2 = await save(anna.id, { title: 'A' }, 1);
    const r3 = await store.useCases.update({
      organisationId: org.id,
      id: uc.id,
      status: 'assessing',
      userId: anna.id,
      expectedRevision: r2!.revision,
    });
    expect((await history()).map((v) => [v.revision, v.status])).toEqual([
      [3, 'assessing'],
      [2, 'idea'],
      [1, 'idea'],
    ]);
    // Editing on in the same session joins the version with the new status.
    await save(anna.id, { title: 'B' }, r3!.revision);
    expect((await history()).map((v) => [v.revision, v.status, v.title])).toEqual([
      [4, 'assessing', 'B'],
      [2, 'idea', 'A'],
      [1, 'idea', 'Facturen'],
    ]);
  });

  it('never amends a restore, and the restored version stays as it was restored', async () => {
    const { org, uc, anna, save, history } = await setUp();
    const r2 = await save(anna.id, { title: 'A' }, 1);
    const restored = await store.useCases.update({
      organisationId: org.id,
      id: uc.id,
      document: { title: 'Facturen' },
      status: 'idea',
      userId: anna.id,
      note: 'restored:1',
      expectedRevision: r2!.revision,
    });
    const r4 = await save(anna.id, { title: 'Facturen 2' }, restored!.revision);
    await save(anna.id, { title: 'Facturen 3' }, r4!.revision);
    const versions = await history();
    expect(versions.map((v) => [v.revision, v.note, v.title])).toEqual([
      [5, null, 'Facturen 3'],
      [3, 'restored:1', 'Facturen'],
      [2, null, 'A'],
      [1, null, 'Facturen'],
    ]);
  });

  it('never amends a version an assessment was made from', async () => {
    const { org, uc, anna, save, history } = await setUp();
    const r2 = await save(anna.id, { title: 'A' }, 1);
    await store.db.query(
      `insert into assessments (organisation_id, use_case_id, revision, verdict, result, evidence_hash)
       values ($1, $2, $3, 'fix-first', '{}'::jsonb, 'x')`,
      [org.id, uc.id, r2!.revision],
    );
    await save(anna.id, { title: 'B' }, r2!.revision);
    const versions = await history();
    expect(versions.map((v) => [v.revision, v.title])).toEqual([
      [3, 'B'],
      [2, 'A'],
      [1, 'Facturen'],
    ]);
    expect((await store.useCases.getRevision(org.id, uc.id, 2))?.title).toBe('A');
  });

  it('lets exactly one of two simultaneous saves win, and the history holds the winner', async () => {
    const { org, uc, anna, bram, save, history } = await setUp();
    const r2 = await save(anna.id, { title: 'A' }, 1);
    const results = await Promise.allSettled([
      save(anna.id, { title: 'Anna' }, r2!.revision),
      save(bram.id, { title: 'Bram' }, r2!.revision),
      save(anna.id, { title: 'Anna again' }, r2!.revision),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.every((r) => r.reason instanceof RevisionConflictError)).toBe(true);
    const winner = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof save>>>).value!;
    const current = await store.useCases.get(org.id, uc.id);
    expect(current?.document).toEqual(winner.document);
    expect(current?.revision).toBe(3);
    const versions = await history();
    expect(versions[0]?.revision).toBe(3);
    expect(versions[0]?.document).toEqual(winner.document);
    // Exactly one row per version: amended or appended, never both.
    expect(versions.map((v) => v.revision)).toEqual(winner.document.title === 'Bram' ? [3, 2, 1] : [3, 1]);
  });
});
