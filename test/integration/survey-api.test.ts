/**
 * Survey rounds over HTTP and in the database: answering through a public link without an account,
 * what a stored response holds (and does not), the anonymity rules on results (k, merged groups,
 * complementary suppression, free text, hidden counts), one-time tickets, links that accept nothing
 * beyond their round, rate limits and hostile submissions. PGlite, and PostgreSQL with
 * TEST_DATABASE_URL. Other organisations get 404 on every scoped route: tenant-isolation.test.ts.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { INSTRUMENT_V1_ITEMS } from '../../src/core/survey/survey-types.ts';
import type { Store } from '../../src/store/store.ts';
import { freshStore, resetStore, testEngines } from '../support/databases.ts';
import { type Client, createUser, login, testApp } from '../support/test-app.ts';

type Round = {
  id: string;
  status: string;
  responses: number | null;
  links: Array<{ group: string | null; label: string | null; token: string; path: string }>;
};
type Figure = { mean: number; disagreeShare: number; agreeShare: number; answered: number } | null;
type Figures = {
  responses: number;
  elements: Array<{ id: string; figure: Figure }>;
  perceptions: Array<{ id: string; figure: Figure }>;
};
type Results = {
  status: string;
  responses: number | null;
  shown: boolean;
  overall: Figures | null;
  barrier: string | null;
  groups: Array<{ key: string; label: string | null; figures: Figures }>;
  hiddenGroups: number;
  openAnswers: Array<{ question: string; texts: string[] }>;
  notes: Array<{ key: string; text: string }>;
};

/** Answers where knowledge is the barrier: awareness and desire above 3, knowledge at 2. */
function answers(score = 4): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of INSTRUMENT_V1_ITEMS) out[id] = id.startsWith('knowledge') ? 2 : score;
  return out;
}

describe.each(testEngines())('survey API on $name', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let owner: Client;
  let orgId: string;
  let useCaseId: string;
  let surveys: string;

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
    orgId = (await store.accounts.createOrganisation('Groothandel De Vries')).id;
    await createUser(store, { email: 'eigenaar@example.nl', name: 'Eva de Vries', organisationId: orgId });
    owner = await login(app, 'eigenaar@example.nl');
    const created = await owner.request('POST', `/api/orgs/${orgId}/use-cases`, {
      document: { title: 'Orders automatisch verwerken', people: { communicationPlan: true } },
    });
    useCaseId = created.json().id;
    surveys = `/api/orgs/${orgId}/use-cases/${useCaseId}/surveys`;
  });

  async function openRound(body: Record<string, unknown> = { wave: 'start' }): Promise<Round> {
    const res = await owner.request('POST', surveys, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  /** Anyone with the link: no cookie, no token. */
  async function publicSurvey(token: string, headers: Record<string, string> = {}) {
    return app.inject({ method: 'GET', url: `/api/public/surveys/${token}`, headers });
  }

  async function answer(
    token: string,
    body: { answers?: Record<string, number>; open?: Record<string, string> } = {},
    headers: Record<string, string> = {},
  ) {
    const page = await publicSurvey(token);
    expect(page.statusCode, page.body).toBe(200);
    return app.inject({
      method: 'POST',
      url: `/api/public/surveys/${token}/responses`,
      headers,
      payload: {
        ticket: page.json().ticket,
        answers: body.answers ?? answers(),
        ...(body.open ? { open: body.open } : {}),
      },
    });
  }

  async function results(roundId: string): Promise<Results> {
    const res = await owner.request('GET', `${surveys}/${roundId}/results`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  it('serves the instrument to anyone with the link, in the asked language, with a ticket', async () => {
    const round = await openRound();
    const nl = await publicSurvey(round.links[0]!.token);
    expect(nl.statusCode, nl.body).toBe(200);
    const page = nl.json();
    expect(page.organisationName).toBe('Groothandel De Vries');
    expect(page.title).toBe('Orders automatisch verwerken');
    expect(page.instrumentVersion).toBe(1);
    expect(
      page.sections.flatMap((s: { items: { id: string }[] }) => s.items.map((i) => i.id)).sort(),
    ).toEqual([...INSTRUMENT_V1_ITEMS].sort());
    expect(page.scale.map((s: { value: number }) => s.value)).toEqual([1, 2, 3, 4, 5]);
    expect(page.ticket).toMatch(/\./);
    expect(nl.headers['cache-control']).toBe('no-store');
    const en = await app.inject({
      method: 'GET',
      url: `/api/public/surveys/${round.links[0]!.token}?lang=en`,
    });
    expect(en.json().intro).not.toBe(page.intro);
  });

  it('hides even the count while open and below k, and shows figures from the fifth response on', async () => {
    const round = await openRound();
    const token = round.links[0]!.token;
    for (let i = 0; i < 4; i++) expect((await answer(token)).statusCode).toBe(201);
    const hidden = await results(round.id);
    expect(hidden).toMatchObject({ responses: null, shown: false, overall: null, barrier: null, groups: [] });
    expect(hidden.openAnswers).toEqual([]);
    const listed = (await owner.request('GET', surveys)).json() as Round[];
    expect(listed[0]!.responses).toBeNull();

    expect((await answer(token)).statusCode).toBe(201);
    const shown = await results(round.id);
    expect(shown.shown).toBe(true);
    expect(shown.responses).toBe(5);
    expect(shown.barrier).toBe('knowledge');
    const knowledge = shown.overall!.elements.find((e) => e.id === 'knowledge')!.figure!;
    expect(knowledge).toMatchObject({ mean: 2, disagreeShare: 1, answered: 5 });
    expect(shown.notes.map((n) => n.key)).toContain('barrier.knowledge');
    expect(shown.notes.find((n) => n.key === 'barrier.knowledge')!.text).toMatch(/100/);
    expect(shown.notes.map((n) => n.key)).toContain('openSteps');
  });

  it('refreshes an open round per k responses, so no change in it comes from one person', async () => {
    const round = await openRound();
    const token = round.links[0]!.token;
    for (let i = 0; i < 5; i++) await answer(token);
    const atFive = await results(round.id);
    // The sixth person answers everything with 5: while open, nothing of that shows.
    const all5: Record<string, number> = {};
    for (const id of INSTRUMENT_V1_ITEMS) all5[id] = 5;
    expect((await answer(token, { answers: all5, open: { helps: 'zesde' } })).statusCode).toBe(201);
    const atSix = await results(round.id);
    expect(atSix.responses).toBe(5);
    expect(atSix.overall).toEqual(atFive.overall);
    expect(JSON.stringify(atSix.openAnswers)).not.toContain('zesde');
    expect(((await owner.request('GET', `${surveys}/${round.id}`)).json() as Round).responses).toBe(5);
    // Closed: the sixth stays out, since the figures at five were seen and one person is the difference.
    await owner.request('POST', `${surveys}/${round.id}/close`);
    const closed = await results(round.id);
    expect(closed.responses).toBe(5);
    expect(closed.overall).toEqual(atFive.overall);
    expect(closed.notes.find((n) => n.key === 'lateLeftOut')?.text).toMatch(/^1 reactie kwam binnen/);
    expect(closed.notes.map((n) => n.key)).not.toContain('openSteps');
    expect(((await owner.request('GET', `${surveys}/${round.id}`)).json() as Round).responses).toBe(6);
  });

  it('counts everyone at closing when nobody saw the results while the round was open', async () => {
    const round = await openRound();
    for (let i = 0; i < 6; i++)
      await answer(round.links[0]!.token, { answers: i === 5 ? answers(5) : answers() });
    await owner.request('POST', `${surveys}/${round.id}/close`);
    const closed = await results(round.id);
    expect(closed.responses).toBe(6);
    expect(closed.notes.map((n) => n.key)).not.toContain('lateLeftOut');
  });

  it('shows no split into groups while a round is open', async () => {
    const round = await openRound({ wave: 'start', groups: ['Team A', 'Team B'] });
    for (const link of round.links) for (let i = 0; i < 5; i++) await answer(link.token);
    const open = await results(round.id);
    expect(open).toMatchObject({ shown: true, responses: 10, groups: [], hiddenGroups: 0 });
    await owner.request('POST', `${surveys}/${round.id}/close`);
    expect((await results(round.id)).groups.map((g) => g.label).sort()).toEqual(['Team A', 'Team B']);
  });

  it('leaves opening, closing and exporting rounds to owners and advisers', async () => {
    const round = await openRound();
    await createUser(store, { email: 'lid@example.nl', organisationId: orgId, role: 'member' });
    const member = await login(app, 'lid@example.nl');
    expect((await member.request('POST', surveys, { wave: 'end' })).statusCode).toBe(403);
    expect((await member.request('POST', `${surveys}/${round.id}/close`)).statusCode).toBe(403);
    expect((await member.request('GET', `${surveys}/${round.id}/export.csv`)).statusCode).toBe(403);
    expect((await member.request('GET', `${surveys}/${round.id}/results`)).statusCode).toBe(200);
  });

  it('with groups of 6, 4 and 2 and k = 5 shows no group below k and none derivable from the total', async () => {
    const round = await openRound({ wave: 'start', groups: ['Magazijn', 'Kantoor', 'Directie'] });
    const token = (label: string) => round.links.find((l) => l.label === label)!.token;
    for (let i = 0; i < 6; i++) {
      await answer(token('Magazijn'), { answers: answers(4), open: { helps: `magazijn ${i}` } });
    }
    for (let i = 0; i < 4; i++) {
      await answer(token('Kantoor'), { answers: answers(5), open: { helps: `kantoor ${i}` } });
    }
    for (let i = 0; i < 2; i++) {
      await answer(token('Directie'), { answers: answers(1), open: { concerns: `directie geheim ${i}` } });
    }
    await owner.request('POST', `${surveys}/${round.id}/close`);
    const shown = await results(round.id);
    expect(shown.responses).toBe(12);
    for (const group of shown.groups) expect(group.figures.responses).toBeGreaterThanOrEqual(5);
    // Whatever is not shown on its own is at least k together: total minus shown never reveals a small group.
    const shownTotal = shown.groups.reduce((n, g) => n + g.figures.responses, 0);
    const remainder = 12 - shownTotal;
    expect(remainder === 0 || remainder >= 5).toBe(true);
    expect(shown.groups.map((g) => g.label)).not.toContain('Directie');
    expect(shown.groups.map((g) => g.label)).not.toContain('Kantoor');
    expect(shown.hiddenGroups).toBe(2);
    const texts = shown.openAnswers.flatMap((a) => a.texts);
    expect(texts.some((t) => t.startsWith('magazijn'))).toBe(true);
    expect(texts.filter((t) => t.startsWith('directie'))).toEqual([]);
    expect(texts.filter((t) => t.startsWith('kantoor'))).toEqual([]);

    const exported = await owner.request('GET', `${surveys}/${round.id}/export`);
    expect(exported.statusCode, exported.body).toBe(200);
    const doc = exported.json();
    expect(doc.responses).toHaveLength(12);
    expect(JSON.stringify(doc)).not.toContain('directie geheim');
    expect(doc.groups.map((g: { label: string }) => g.label)).not.toContain('Directie');
    const csv = await owner.request('GET', `${surveys}/${round.id}/export.csv`);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(
      /attachment; filename="survey-start-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    expect(
      csv.body
        .trim()
        .split('\n')
        .filter((line) => !line.startsWith('#')),
    ).toHaveLength(13);
    expect(csv.body).not.toContain('directie geheim');
  });

  it('hides a group of 6 too when the only other group is 2: the total would give the 2 away', async () => {
    const round = await openRound({ wave: 'end', groups: ['Team A', 'Team B'] });
    for (let i = 0; i < 6; i++) await answer(round.links.find((l) => l.label === 'Team A')!.token);
    for (let i = 0; i < 2; i++) await answer(round.links.find((l) => l.label === 'Team B')!.token);
    await owner.request('POST', `${surveys}/${round.id}/close`);
    const shown = await results(round.id);
    expect(shown.shown).toBe(true);
    expect(shown.groups).toEqual([]);
    expect(shown.hiddenGroups).toBe(2);
  });

  it('takes a ticket once, only for its own round, and nothing after the round closed', async () => {
    const first = await openRound();
    const second = await openRound({ wave: 'end' });
    const ticket = (await publicSurvey(first.links[0]!.token)).json().ticket;
    const post = (token: string, t: string) =>
      app.inject({
        method: 'POST',
        url: `/api/public/surveys/${token}/responses`,
        payload: { ticket: t, answers: answers() },
      });
    expect((await post(first.links[0]!.token, ticket)).statusCode).toBe(201);
    const again = await post(first.links[0]!.token, ticket);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('SURVEY_ANSWERED');
    // A ticket of the first round does not open the second.
    const elsewhere = await post(
      second.links[0]!.token,
      (await publicSurvey(first.links[0]!.token)).json().ticket,
    );
    expect(elsewhere.json().error.code).toBe('SURVEY_TICKET_INVALID');
    const [payload, signature] = ticket.split('.');
    const forged = await post(first.links[0]!.token, `${payload}.${signature.slice(1)}A`);
    expect(forged.json().error.code).toBe('SURVEY_TICKET_INVALID');
    const unknown = await publicSurvey('no-such-link-token-at-all');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('LINK_INVALID');

    const late = (await publicSurvey(first.links[0]!.token)).json().ticket;
    await owner.request('POST', `${surveys}/${first.id}/close`);
    const closed = await post(first.links[0]!.token, late);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('SURVEY_CLOSED');
    const counts = await store.db.query<{ round_id: string; n: number }>(
      'select round_id, count(*)::int as n from survey_responses group by round_id',
    );
    expect(counts.map((c) => [c.round_id, Number(c.n)])).toEqual([[first.id, 1]]);
  });

  it('refuses malformed and oversized answers with a clear error and stores nothing', async () => {
    const round = await openRound();
    const token = round.links[0]!.token;
    const ticket = async () => (await publicSurvey(token)).json().ticket;
    const post = async (payload: unknown, headers: Record<string, string> = {}) =>
      app.inject({
        method: 'POST',
        url: `/api/public/surveys/${token}/responses`,
        payload: payload as object,
        headers,
      });

    const unknownItem = await post({ ticket: await ticket(), answers: { 'salary.1': 3 } });
    expect(unknownItem.statusCode).toBe(400);
    expect(unknownItem.json().error.message).toContain('salary.1');
    const outOfScale = await post({ ticket: await ticket(), answers: { 'awareness.1': 7 } });
    expect(outOfScale.statusCode).toBe(400);
    const extra = await post({ ticket: await ticket(), answers: answers(), email: 'ik@example.nl' });
    expect(extra.statusCode).toBe(400);
    const empty = await post({ ticket: await ticket(), answers: {} });
    expect(empty.statusCode).toBe(400);
    const huge = await post({
      ticket: await ticket(),
      answers: answers(),
      open: { helps: 'x'.repeat(2001) },
    });
    expect(huge.statusCode).toBe(400);
    const oversized = await post(
      JSON.stringify({ ticket: 't', answers: answers(), padding: 'x'.repeat(2_200_000) }),
      { 'content-type': 'application/json' },
    );
    expect(oversized.statusCode).toBe(413);
    const notJson = await post('{"ticket": ', { 'content-type': 'application/json' });
    expect(notJson.statusCode).toBe(400);
    expect(await store.db.query('select 1 from survey_responses')).toEqual([]);
  });

  it('rate-limits submissions per link and network address', async () => {
    const round = await openRound();
    const token = round.links[0]!.token;
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await answer(token)).statusCode);
    expect(statuses.slice(0, 30).every((s) => s === 201)).toBe(true);
    expect(statuses[30]).toBe(429);
    const limited = await answer(token).catch(() => null);
    expect(limited?.statusCode).toBe(429);
  });

  it('gives the trend of the rounds, oldest first, with means only where shown', async () => {
    const before = await openRound({ wave: 'before', k: 3 });
    for (let i = 0; i < 3; i++) await answer(before.links[0]!.token, { answers: answers(2) });
    await owner.request('POST', `${surveys}/${before.id}/close`);
    const start = await openRound({ wave: 'start' });
    await answer(start.links[0]!.token);
    const trend = (await owner.request('GET', `${surveys}/trend`)).json();
    expect(trend.rounds.map((r: { wave: string }) => r.wave)).toEqual(['before', 'start']);
    expect(trend.rounds[0].elements.find((e: { id: string }) => e.id === 'awareness').mean).toBe(2);
    expect(trend.rounds[1].responses).toBeNull();
    expect(trend.rounds[1].elements.every((e: { mean: number | null }) => e.mean === null)).toBe(true);
  });
});
