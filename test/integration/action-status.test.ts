/**
 * The action plan as a to-do list over HTTP: actions carry stable ids and owners that fit the
 * company, can be marked done with a day and a note (kept per use case and action), and drop out of
 * the plan once the evidence they addressed changed. PGlite, and PostgreSQL with TEST_DATABASE_URL.
 * Other organisations get 404: tenant-isolation.test.ts covers every scoped route.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { UseCase } from '../../src/core/use-case/use-case-schema.ts';
import type { Store } from '../../src/store/store.ts';
import { freshStore, resetStore, testEngines } from '../support/databases.ts';
import { type Client, createUser, login, testApp } from '../support/test-app.ts';

/** A bakery of eight people with an idea and few answers: a long plan. */
const BAKERY: UseCase = {
  title: 'Bestellingen uit WhatsApp',
  organisation: { employees: 8, sector: 'bakkerij' },
  problem: {
    statement: 'Wij typen elke ochtend de WhatsApp-bestellingen over in de kassa.',
    hoursPerWeek: 6,
  },
};

type Action = { id: string; title: string; owner: string; priority: number };
type Progress = { actionId: string; state: string; doneOn: string; note: string; title: string };

describe.each(testEngines())('action status on $name', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let owner: Client;
  let orgId: string;
  let base: string;

  beforeAll(async () => {
    store = await freshStore(engine);
    app = await testApp(store);
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });
  beforeEach(async () => {
    await resetStore(store);
    orgId = (await store.accounts.createOrganisation('Bakkerij Jansen')).id;
    await createUser(store, { email: 'eigenaar@example.nl', organisationId: orgId });
    owner = await login(app, 'eigenaar@example.nl');
    const created = await owner.request('POST', `/api/orgs/${orgId}/use-cases`, { document: BAKERY });
    base = `/api/orgs/${orgId}/use-cases/${created.json().id}`;
  });

  async function assessNow(): Promise<{ actions: Action[]; progress: Progress[] }> {
    const res = await owner.request('POST', `${base}/assessments`);
    expect(res.statusCode, res.body).toBe(200);
    return { actions: res.json().current.result.actions, progress: res.json().actionProgress };
  }

  it('gives a company of eight only the owner or the vendor as owners, and every action an id', async () => {
    const { actions } = await assessNow();
    expect(actions.length).toBeGreaterThan(3);
    expect(new Set(actions.map((a) => a.owner))).toEqual(
      new Set(actions.map((a) => a.owner).filter((o) => o === 'eigenaar' || o === 'leverancier')),
    );
    expect(new Set(actions.map((a) => a.id)).size).toBe(actions.length);
    const en = (await owner.request('GET', `${base}/assessments/latest?lang=en`)).json();
    for (const a of en.current.result.actions) expect(['owner', 'vendor']).toContain(a.owner);
  });

  it('marks an action done with a day and a note, keeps it, and opens it again', async () => {
    const { actions } = await assessNow();
    const first = actions[0]!;
    const url = `${base}/actions/${first.id}`;
    const done = await owner.request('PUT', url, {
      doneOn: '2026-11-26',
      note: '  Met de bakker besproken ',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toEqual({
      actionId: first.id,
      state: 'done',
      doneOn: '2026-11-26',
      note: 'Met de bakker besproken',
      title: first.title,
    });
    const latest = (await owner.request('GET', `${base}/assessments/latest`)).json();
    expect(latest.actionProgress).toEqual([done.json()]);
    expect((await owner.request('GET', `${base}/actions`)).json()).toEqual([done.json()]);

    // Marking it again replaces the day and the note.
    const again = await owner.request('PUT', url, { doneOn: '2026-11-27' });
    expect(again.json()).toMatchObject({ doneOn: '2026-11-27', note: '' });

    expect((await owner.request('DELETE', url)).statusCode).toBe(204);
    expect((await owner.request('GET', `${base}/actions`)).json()).toEqual([]);
    expect((await owner.request('DELETE', url)).statusCode).toBe(204);
  });

  it('refuses an action the plan does not list, and a day that does not exist', async () => {
    const { actions } = await assessNow();
    const unknown = await owner.request('PUT', `${base}/actions/data.nonsense`, { doneOn: '2026-11-26' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('NOT_FOUND');
    const badDay = await owner.request('PUT', `${base}/actions/${actions[0]!.id}`, { doneOn: '2026-02-30' });
    expect(badDay.statusCode).toBe(400);
    const badId = await owner.request('PUT', `${base}/actions/..%2Fx`, { doneOn: '2026-11-26' });
    expect(badId.statusCode).toBe(400);
  });

  it('needs an assessment first: without one there is no plan to tick off', async () => {
    const res = await owner.request('PUT', `${base}/actions/condition.sponsor`, { doneOn: '2026-11-26' });
    expect(res.statusCode).toBe(404);
  });

  it('drops a done action out of the plan once the evidence it addressed changed, and keeps it as done otherwise', async () => {
    const { actions } = await assessNow();
    const sponsor = actions.find((a) => a.id === 'condition.sponsor');
    const problem = actions.find((a) => a.id.startsWith('problem.'));
    expect(sponsor && problem).toBeTruthy();
    await owner.request('PUT', `${base}/actions/${sponsor!.id}`, {
      doneOn: '2026-11-20',
      note: 'Ik ben zelf sponsor',
    });
    await owner.request('PUT', `${base}/actions/${problem!.id}`, { doneOn: '2026-11-21' });

    // New answers: a sponsor is named, the problem is unchanged.
    const current = (await owner.request('GET', base)).json();
    const saved = await owner.request('PATCH', base, {
      document: { ...BAKERY, success: { sponsor: { name: 'Ans Jansen', level: 'board' } } },
      expectedRevision: current.revision,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const next = await assessNow();
    expect(next.actions.some((a) => a.id === 'condition.sponsor')).toBe(false);
    const byId = Object.fromEntries(next.progress.map((p) => [p.actionId, p]));
    expect(byId['condition.sponsor']).toMatchObject({
      state: 'settled',
      doneOn: '2026-11-20',
      note: 'Ik ben zelf sponsor',
      title: sponsor!.title,
    });
    expect(byId[problem!.id]).toMatchObject({ state: 'done', doneOn: '2026-11-21' });
  });
});
