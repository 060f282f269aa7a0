/**
 * Feedback during the pilot over HTTP: a link per use case for people and tools (no account), the
 * inbox where each item is acted on, answered or declined with a note, the measured share handled
 * within two weeks, and the people factor taking that measurement over the owner's answer. PGlite,
 * and PostgreSQL with TEST_DATABASE_URL. Other organisations: tenant-isolation.test.ts.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { today } from '../../src/server/pilot-plan.ts';
import { addDays } from '../../src/server/survey-ticket.ts';
import type { Store } from '../../src/store/store.ts';
import { freshStore, resetStore, testEngines } from '../support/databases.ts';
import { type Client, createUser, login, testApp } from '../support/test-app.ts';

type Inbox = {
  items: Array<{ id: string; rating: string; comment: string | null; status: string; note: string | null }>;
  measured: { received: number; due: number; handledInTime: number; share: number | null; overdue: number };
};

describe.each(testEngines())('feedback API on $name', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let owner: Client;
  let orgId: string;
  let useCaseId: string;
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
    orgId = (await store.accounts.createOrganisation('Installatiebedrijf Jansen')).id;
    await createUser(store, { email: 'eigenaar@example.nl', name: 'Jan Jansen', organisationId: orgId });
    owner = await login(app, 'eigenaar@example.nl');
    const created = await owner.request('POST', `/api/orgs/${orgId}/use-cases`, {
      document: { title: 'Offertes opstellen met AI', people: { feedbackChannel: true } },
    });
    useCaseId = created.json().id;
    base = `/api/orgs/${orgId}/use-cases/${useCaseId}`;
  });

  async function link(): Promise<{ token: string; path: string; apiPath: string }> {
    const res = await owner.request('POST', `${base}/feedback-link`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  const give = (token: string, payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: `/api/public/feedback/${token}`, payload });

  async function inbox(): Promise<Inbox> {
    const res = await owner.request('GET', `${base}/feedback`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  it('takes feedback through the link without an account, from people and from tools', async () => {
    expect((await owner.request('GET', `${base}/feedback-link`)).json()).toEqual({
      token: null,
      path: null,
      apiPath: null,
    });
    const { token, path, apiPath } = await link();
    expect(path).toBe(`/f/${token}`);
    expect(apiPath).toBe(`/api/public/feedback/${token}`);
    const form = await app.inject({ method: 'GET', url: `/api/public/feedback/${token}` });
    expect(form.json()).toEqual({
      organisationName: 'Installatiebedrijf Jansen',
      title: 'Offertes opstellen met AI',
    });

    expect(
      (await give(token, { rating: 'wrong', comment: 'Prijs van de cv-ketel klopt niet' })).statusCode,
    ).toBe(201);
    expect(
      (await give(token, { rating: 'useful', outputRef: 'offerte-2026-118', name: 'Piet' })).statusCode,
    ).toBe(201);
    const { items, measured } = await inbox();
    expect(items.map((i) => [i.rating, i.comment, i.status])).toEqual([
      ['useful', null, 'open'],
      ['wrong', 'Prijs van de cv-ketel klopt niet', 'open'],
    ]);
    expect(measured).toMatchObject({ received: 2, due: 0, share: null, overdue: 0 });
  });

  it('refuses a bad rating, an unknown link and a replaced link, storing nothing', async () => {
    const old = (await link()).token;
    const bad = await give(old, { rating: 'great', comment: 'x' });
    expect(bad.statusCode).toBe(400);
    const extra = await give(old, { rating: 'useful', userId: 'x' });
    expect(extra.statusCode).toBe(400);
    const fresh = (await link()).token;
    expect(fresh).not.toBe(old);
    const replaced = await give(old, { rating: 'useful' });
    expect(replaced.statusCode).toBe(404);
    expect(replaced.json().error.code).toBe('LINK_INVALID');
    expect((await inbox()).items).toEqual([]);
  });

  it('measures the share handled within two weeks, and the people factor uses it', async () => {
    // Three items that arrived three weeks ago and sat untouched, one that arrived three days ago.
    for (const comment of ['Te traag', 'Verkeerde klant', 'Onduidelijk']) {
      await store.feedback.add({
        organisationId: orgId,
        useCaseId,
        rating: 'wrong',
        comment,
        name: null,
        outputRef: null,
        receivedOn: addDays(today(), -21),
      });
    }
    await store.feedback.add({
      organisationId: orgId,
      useCaseId,
      rating: 'notUseful',
      comment: 'Mist de btw-regel',
      name: null,
      outputRef: null,
      receivedOn: addDays(today(), -3),
    });
    const before = await inbox();
    expect(before.measured).toMatchObject({ received: 4, due: 3, handledInTime: 0, share: 0, overdue: 3 });
    const assessed = await owner.request('POST', `${base}/assessments`);
    expect(assessed.statusCode, assessed.body).toBe(200);
    const people = assessed.json().current.result.factors.find((f: { id: string }) => f.id === 'people');
    const finding = JSON.stringify(people.findings);
    expect(finding).toMatch(/0\s?%/);

    const recent = before.items.find((i) => i.comment === 'Mist de btw-regel')!;
    const noNote = await owner.request('PATCH', `${base}/feedback/${recent.id}`, { status: 'acted' });
    expect(noNote.statusCode).toBe(400);
    const acted = await owner.request('PATCH', `${base}/feedback/${recent.id}`, {
      status: 'acted',
      note: 'Btw-regel toegevoegd aan het sjabloon',
    });
    expect(acted.statusCode, acted.body).toBe(200);
    expect(acted.json()).toMatchObject({ status: 'acted', handledOn: today(), handledBy: 'Jan Jansen' });
    const after = await inbox();
    expect(after.measured).toMatchObject({ due: 4, handledInTime: 1, share: 0.25, overdue: 3 });
    const reassessed = await owner.request('POST', `${base}/assessments`);
    const peopleAfter = reassessed
      .json()
      .current.result.factors.find((f: { id: string }) => f.id === 'people');
    expect(JSON.stringify(peopleAfter.findings)).toMatch(/25\s?%/);
  });
});
