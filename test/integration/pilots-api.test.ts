/**
 * Pilots over HTTP: a plan pre-filled from the use case and edited while planned, a start that
 * freezes plan and baseline (refused while something is missing, naming it), changes to a started
 * plan only as amendments with a reason, weekly measurements checked against the plan's KPIs, the
 * iteration log, and a decision only owners and advisers record. PGlite, and PostgreSQL with
 * TEST_DATABASE_URL. Other organisations get 404: tenant-isolation.test.ts covers every route.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { UseCase } from '../../src/core/use-case/use-case-schema.ts';
import type { Store } from '../../src/store/store.ts';
import { freshStore, resetStore, testEngines } from '../support/databases.ts';
import { type Client, createUser, login, testApp } from '../support/test-app.ts';

/** An accounting office that wants invoices read by AI: two KPIs with baseline and target. */
const INVOICES: UseCase = {
  title: 'Facturen automatisch inlezen',
  problem: {
    process: 'Inkoopfacturen inboeken',
    target: 'Doorlooptijd per factuur minstens 30 % lager',
    volumePerWeek: 200,
    hourlyCost: 45,
  },
  success: {
    pilot: { scope: 'one-process', weeks: 8 },
    kpis: [
      {
        name: 'Minuten per factuur',
        unit: 'minuten',
        baseline: 12,
        target: 6,
        measuredHow: 'tijdregistratie',
      },
      { name: 'Foutpercentage', unit: 'procent', baseline: 4, target: 2 },
    ],
  },
};

const PRIMARY = 'minuten-per-factuur';
const SECONDARY = 'foutpercentage';

/** What the pre-filled plan lacks before it can start. */
const COMPLETION = {
  startDate: '2026-11-30',
  primaryKpi: { smallestEffect: 2 },
  secondaryKpis: [{ better: 'down', howMeasured: 'steekproef van 20 facturen', smallestEffect: 1 }],
};

const BASELINE = [
  { period: '2026-10-05', values: { [PRIMARY]: 12.5, [SECONDARY]: 4 } },
  { period: '2026-10-12', values: { [PRIMARY]: 11.8 } },
  { period: '2026-10-19', values: { [PRIMARY]: 12.1, [SECONDARY]: 5 } },
  { period: '2026-10-26', values: { [PRIMARY]: 12.9 } },
];

type Plan = Record<string, unknown> & {
  weeks?: number;
  primaryKpi?: Record<string, unknown>;
  secondaryKpis?: Record<string, unknown>[];
};
type Problem = { path: string; field: string | null; message: string };

describe.each(testEngines())('pilots API on $name', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let owner: Client;
  let adviser: Client;
  let member: Client;
  let orgId: string;
  let useCaseId: string;
  let pilots: string;

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
    orgId = (await store.accounts.createOrganisation('Administratiekantoor Visser')).id;
    await createUser(store, { email: 'eigenaar@example.nl', name: 'Els Visser', organisationId: orgId });
    await createUser(store, {
      email: 'adviseur@example.nl',
      name: 'Aad Adviseur',
      organisationId: orgId,
      role: 'adviser',
    });
    await createUser(store, { email: 'lid@example.nl', organisationId: orgId, role: 'member' });
    owner = await login(app, 'eigenaar@example.nl');
    adviser = await login(app, 'adviseur@example.nl');
    member = await login(app, 'lid@example.nl');
    const created = await owner.request('POST', `/api/orgs/${orgId}/use-cases`, { document: INVOICES });
    useCaseId = created.json().id;
    pilots = `/api/orgs/${orgId}/use-cases/${useCaseId}/pilots`;
  });

  async function createPilot(client: Client = member): Promise<{ url: string; plan: Plan }> {
    const res = await client.request('POST', pilots, {});
    expect(res.statusCode, res.body).toBe(201);
    return { url: `${pilots}/${res.json().id}`, plan: res.json().plan };
  }

  /** A pre-filled plan completed with what the use case does not say. */
  function completed(plan: Plan): Plan {
    return {
      ...plan,
      startDate: COMPLETION.startDate,
      primaryKpi: { ...plan.primaryKpi, ...COMPLETION.primaryKpi },
      secondaryKpis: [{ ...plan.secondaryKpis?.[0], ...COMPLETION.secondaryKpis[0] }],
    };
  }

  /** A pilot that is running: planned, completed, with a baseline, started. */
  async function runningPilot(): Promise<{ url: string; plan: Plan }> {
    const { url, plan } = await createPilot();
    expect((await member.request('PATCH', url, { plan: completed(plan) })).statusCode).toBe(200);
    expect((await member.request('PUT', `${url}/baseline`, { periods: BASELINE })).statusCode).toBe(200);
    const started = await member.request('POST', `${url}/start`);
    expect(started.statusCode, started.body).toBe(200);
    return { url, plan: started.json().plan };
  }

  it('pre-fills a new plan from the use case: KPIs, direction, target, weeks, process and economics', async () => {
    const res = await member.request('POST', pilots, {});
    expect(res.statusCode, res.body).toBe(201);
    const pilot = res.json();
    expect(pilot).toMatchObject({ status: 'planned', useCaseId, title: INVOICES.title, outcome: null });
    expect(pilot.plan).toEqual({
      title: INVOICES.title,
      process: 'Inkoopfacturen inboeken',
      weeks: 8,
      primaryKpi: {
        id: PRIMARY,
        name: 'Minuten per factuur',
        unit: 'minuten',
        howMeasured: 'tijdregistratie',
        better: 'down',
        valuedAs: 'minutes-per-item',
      },
      secondaryKpis: [{ id: SECONDARY, name: 'Foutpercentage', unit: 'procent', better: 'down' }],
      rules: {
        mustMeet: [
          { text: 'Doorlooptijd per factuur minstens 30 % lager', kpi: PRIMARY, test: 'reaches', value: 6 },
        ],
      },
      economics: { volumePerWeek: 200, hourlyCost: 45 },
    });
    expect(pilot.frozenPlan).toBeNull();
    expect(pilot.analysis).toBeNull();
    expect(pilot.readiness.canStart).toBe(false);
    const paths = (pilot.readiness.problems as Problem[]).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['baseline', 'plan.primaryKpi.smallestEffect']));

    const list = await member.request('GET', pilots);
    expect(list.json()).toEqual([expect.objectContaining({ id: pilot.id, status: 'planned' })]);
  });

  it('takes plan fields in the request over the pre-filled ones, and keeps several pilots per use case', async () => {
    const res = await member.request('POST', pilots, { plan: { weeks: 4, reviewRhythm: 'elke vrijdag' } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().plan).toMatchObject({
      weeks: 4,
      reviewRhythm: 'elke vrijdag',
      process: 'Inkoopfacturen inboeken',
    });
    await createPilot();
    expect((await member.request('GET', pilots)).json()).toHaveLength(2);
  });

  it('replaces the plan while the pilot is planned, without recording amendments', async () => {
    const { url, plan } = await createPilot();
    const res = await member.request('PATCH', url, { plan: { ...plan, weeks: 6, humanReviewShare: 0.2 } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().plan).toMatchObject({ weeks: 6, humanReviewShare: 0.2 });
    expect(res.json().amendments).toEqual([]);
    const bad = await member.request('PATCH', url, { plan: { ...plan, humanReviewShare: 2 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('refuses to start without a baseline or a primary KPI, naming what is missing', async () => {
    const { url, plan } = await createPilot();
    await member.request('PATCH', url, { plan: completed(plan) });
    const noBaseline = await member.request('POST', `${url}/start?lang=en`);
    expect(noBaseline.statusCode).toBe(409);
    expect(noBaseline.json().error.code).toBe('PILOT_NOT_READY');
    expect(noBaseline.json().error.message).toContain('no baseline values yet');
    expect(noBaseline.json().error.details.problems.map((p: Problem) => p.path)).toEqual(['baseline']);

    const { primaryKpi: _p, secondaryKpis: _s, rules: _r, ...withoutKpis } = completed(plan);
    await member.request('PATCH', url, { plan: withoutKpis });
    await member.request('PUT', `${url}/baseline`, { periods: [{ period: '2026-10-05', values: {} }] });
    const noKpi = await member.request('POST', `${url}/start`);
    expect(noKpi.statusCode).toBe(409);
    const problems = noKpi.json().error.details.problems as Problem[];
    expect(problems.map((p) => p.path)).toContain('plan.primaryKpi');
    expect(noKpi.json().error.message).toContain('nog geen hoofd-KPI');
    expect((await member.request('GET', url)).json().status).toBe('planned');
  });

  it('analyses a complete plan with its baseline before the start (the power check), in the request’s language', async () => {
    const { url, plan } = await createPilot();
    await member.request('PATCH', url, { plan: completed(plan) });
    const res = await member.request('PUT', `${url}/baseline?lang=en`, { periods: BASELINE });
    expect(res.statusCode, res.body).toBe(200);
    const pilot = res.json();
    expect(pilot.readiness).toEqual({ canStart: true, problems: [] });
    expect(pilot.analysis).toMatchObject({ status: 'planned', weeksMeasured: 0, plannedWeeks: 8 });
    const primary = pilot.analysis.kpis.find((k: { id: string }) => k.id === PRIMARY);
    expect(primary.power).toMatchObject({ status: 'checked', isPowered: true });
    expect(pilot.analysis.findings).toContainEqual(
      expect.objectContaining({
        id: 'few-baseline-points',
        message: 'The baseline of Minuten per factuur has only 4 points.',
      }),
    );
    for (const f of pilot.analysis.findings) {
      expect(typeof f.message).toBe('string');
      expect(f.message).not.toMatch(/^pilot\./);
    }
  });

  it('checks baseline values against the plan’s KPIs, naming the field', async () => {
    const { url } = await createPilot();
    const res = await member.request('PUT', `${url}/baseline?lang=en`, {
      periods: [{ period: '2026-10-05', values: { [PRIMARY]: 12, minutes: 3 } }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.problems.map((p: Problem) => p.path)).toEqual([
      'body.periods[0].values.minutes',
    ]);
    expect(res.json().error.message).toContain("KPI 'minutes' is not in the plan");
  });

  it('starts: the plan (with its start date and baseline window) and the baseline are frozen', async () => {
    const { url } = await runningPilot();
    const pilot = (await member.request('GET', url)).json();
    expect(pilot.status).toBe('running');
    expect(pilot.startedAt).not.toBeNull();
    expect(pilot.frozenPlan).toEqual(pilot.plan);
    expect(pilot.frozenPlan).toMatchObject({
      startDate: '2026-11-30',
      baselineWindow: { from: '2026-10-05', to: '2026-10-26' },
    });
    expect(pilot.frozenBaseline).toEqual(BASELINE);
    expect(pilot.readiness).toEqual({ canStart: false, problems: [] });
    expect(pilot.analysis.kpis.map((k: { id: string }) => k.id)).toEqual([PRIMARY, SECONDARY]);
    expect((await store.useCases.get(orgId, useCaseId))?.status).toBe('pilot');

    const baseline = await member.request('PUT', `${url}/baseline`, { periods: [] });
    expect(baseline.statusCode).toBe(409);
    expect(baseline.json().error.code).toBe('PILOT_FROZEN');
    const again = await member.request('POST', `${url}/start`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('PILOT_STARTED');
    expect((await member.request('GET', url)).json().frozenBaseline).toEqual(BASELINE);
  });

  it('refuses a change to a started pilot’s plan unless it is recorded as an amendment with a reason', async () => {
    const { url, plan } = await runningPilot();
    const refused = await member.request('PATCH', url, { plan: { ...plan, weeks: 10 } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('PILOT_FROZEN');
    expect(refused.json().error.message).toContain('amendement');
    expect((await member.request('GET', url)).json().plan.weeks).toBe(8);

    const blank = await member.request('PATCH', url, {
      plan: { ...plan, weeks: 10 },
      amendment: { reason: ' ' },
    });
    expect(blank.statusCode).toBe(400);

    const amended = await member.request('PATCH', url, {
      plan: { ...plan, weeks: 10 },
      amendment: { reason: 'De leverancier leverde twee weken later', date: '2026-12-07' },
    });
    expect(amended.statusCode, amended.body).toBe(200);
    const pilot = amended.json();
    expect(pilot.plan.weeks).toBe(10);
    expect(pilot.frozenPlan.weeks).toBe(8);
    expect(pilot.amendments).toEqual([
      expect.objectContaining({
        date: '2026-12-07',
        what: 'weeks',
        reason: 'De leverancier leverde twee weken later',
        by: 'lid',
        planBefore: expect.objectContaining({ weeks: 8 }),
        planAfter: expect.objectContaining({ weeks: 10 }),
      }),
    ]);

    const { primaryKpi: _p, ...incomplete } = plan;
    const broken = await member.request('PATCH', url, { plan: incomplete, amendment: { reason: 'test' } });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.details.problems.map((p: Problem) => p.path)).toContain(
      'body.plan.primaryKpi',
    );
    expect((await member.request('GET', url)).json().amendments).toHaveLength(1);
  });

  it('refuses an amendment that the weeks recorded so far no longer fit, naming them', async () => {
    const { url, plan } = await runningPilot();
    await member.request('POST', `${url}/measurements`, { week: 7, values: { [SECONDARY]: 3 } });
    const shorter = await member.request('PATCH', url, {
      plan: { ...plan, weeks: 6 },
      amendment: { reason: 'korter' },
    });
    expect(shorter.statusCode).toBe(400);
    expect(shorter.json().error.details.problems.map((p: Problem) => p.path)).toEqual([
      'measurements[0].week',
    ]);
    const { secondaryKpis: _s, ...withoutSecondary } = plan;
    const fewer = await member.request('PATCH', url, {
      plan: withoutSecondary,
      amendment: { reason: 'minder' },
    });
    expect(fewer.statusCode).toBe(400);
    // The frozen baseline has values of that KPI too: the plan must keep it.
    expect(
      fewer
        .json()
        .error.details.problems.map((p: Problem) => p.path)
        .sort(),
    ).toEqual([
      `baseline[0].values.${SECONDARY}`,
      `baseline[2].values.${SECONDARY}`,
      `measurements[0].values.${SECONDARY}`,
    ]);
    expect((await member.request('GET', url)).json().amendments).toEqual([]);
  });

  it('records weekly measurements, checked against the plan’s KPIs with the field named', async () => {
    const { url } = await runningPilot();
    const week1 = await member.request('POST', `${url}/measurements`, {
      week: 1,
      date: '2026-11-30',
      values: { [PRIMARY]: 9.5, [SECONDARY]: 3 },
      adoption: 0.4,
      hoursSpent: 6,
      costsEur: 250,
      note: 'eerste week',
    });
    expect(week1.statusCode, week1.body).toBe(200);
    expect(week1.json()).toMatchObject({ week: 1, adoption: 0.4, hoursSpent: 6, costsEur: 250 });
    const again = await member.request('POST', `${url}/measurements`, { week: 1, values: { [PRIMARY]: 9 } });
    expect(again.statusCode).toBe(200);

    const unknown = await member.request('POST', `${url}/measurements?lang=en`, {
      week: 2,
      values: { minutes: 8 },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.problems).toEqual([
      expect.objectContaining({ path: 'body.values.minutes' }),
    ]);
    expect(unknown.json().error.message).toContain(`these are: ${PRIMARY}, ${SECONDARY}`);
    const beyond = await member.request('POST', `${url}/measurements`, { week: 9, values: {} });
    expect(beyond.json().error.details.problems.map((p: Problem) => p.path)).toEqual(['body.week']);
    const early = await member.request('POST', `${url}/measurements`, {
      week: 2,
      date: '2026-11-01',
      values: {},
    });
    expect(early.json().error.details.problems.map((p: Problem) => p.path)).toEqual(['body.date']);
    const share = await member.request('POST', `${url}/measurements`, { week: 2, values: {}, adoption: 1.5 });
    expect(share.statusCode).toBe(400);
    expect(share.json().error.details.problems.map((p: Problem) => p.path)).toEqual(['body.adoption']);

    const pilot = (await member.request('GET', url)).json();
    expect(pilot.measurements).toEqual([expect.objectContaining({ week: 1, values: { [PRIMARY]: 9 } })]);
  });

  it('takes measurements and iterations only while the pilot runs', async () => {
    const { url } = await createPilot();
    const early = await member.request('POST', `${url}/measurements`, { week: 1, values: {} });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('PILOT_NOT_RUNNING');
    const log = await member.request('POST', `${url}/iterations`, { week: 1, change: 'x', why: 'y' });
    expect(log.json().error.code).toBe('PILOT_NOT_RUNNING');
  });

  it('removes a week entered by mistake while the pilot runs, and only a week that is there', async () => {
    const { url } = await runningPilot();
    for (const week of [1, 2]) {
      const res = await member.request('POST', `${url}/measurements`, {
        week,
        values: { [PRIMARY]: 7 + week },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    expect((await member.request('DELETE', `${url}/measurements/2`)).statusCode).toBe(204);
    expect(
      (await member.request('GET', url)).json().measurements.map((m: { week: number }) => m.week),
    ).toEqual([1]);
    const again = await member.request('DELETE', `${url}/measurements/2`);
    expect(again.statusCode).toBe(404);
    expect((await member.request('DELETE', `${url}/measurements/0`)).statusCode).toBe(400);
    await owner.request('POST', `${url}/decision`, { outcome: 'kill', reasons: 'Stopgezet' });
    const decided = await member.request('DELETE', `${url}/measurements/1`);
    expect(decided.json().error.code).toBe('PILOT_DECIDED');
    expect((await member.request('GET', url)).json().measurements).toHaveLength(1);
  });

  it('keeps the iteration log: what changed in a week, and why', async () => {
    const { url } = await runningPilot();
    const entry = await member.request('POST', `${url}/iterations`, {
      week: 2,
      change: 'Prompt aangepast voor buitenlandse facturen',
      why: 'Btw-nummers werden gemist',
    });
    expect(entry.statusCode, entry.body).toBe(201);
    const beyond = await member.request('POST', `${url}/iterations`, { week: 12, change: 'x', why: 'y' });
    expect(beyond.statusCode).toBe(400);
    expect((await member.request('GET', url)).json().iterations).toEqual([
      expect.objectContaining({ week: 2, why: 'Btw-nummers werden gemist' }),
    ]);
  });

  it('records the decision of an owner or adviser (who, when, why), not of a member, and only once', async () => {
    const { url } = await runningPilot();
    const body = { outcome: 'go', reasons: 'Doorlooptijd gehalveerd, fouten gelijk', on: '2026-12-20' };
    const byMember = await member.request('POST', `${url}/decision`, body);
    expect(byMember.statusCode).toBe(403);
    expect(byMember.json().error.code).toBe('FORBIDDEN');
    expect((await member.request('GET', url)).json().decision).toBeNull();

    const proposed = (await member.request('GET', url)).json().analysis.proposal.outcome;
    expect(['go', 'kill', 'hold', 'recycle']).toContain(proposed);
    const decided = await adviser.request('POST', `${url}/decision`, body);
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({
      status: 'decided',
      outcome: 'go',
      decision: {
        outcome: 'go',
        by: 'Aad Adviseur',
        on: '2026-12-20',
        reasons: body.reasons,
        proposedOutcome: proposed,
      },
    });
    expect((await store.useCases.get(orgId, useCaseId))?.status).toBe('decided');

    const twice = await owner.request('POST', `${url}/decision`, { ...body, outcome: 'kill' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('PILOT_DECIDED');
    const after = await member.request('POST', `${url}/measurements`, { week: 3, values: {} });
    expect(after.json().error.code).toBe('PILOT_DECIDED');
    const plan = decided.json().plan;
    const change = await member.request('PATCH', url, { plan, amendment: { reason: 'te laat' } });
    expect(change.json().error.code).toBe('PILOT_DECIDED');
    expect((await member.request('GET', url)).json().decision.outcome).toBe('go');
  });

  it('refuses a decision on a pilot that has not started', async () => {
    const { url } = await createPilot();
    const res = await owner.request('POST', `${url}/decision`, { outcome: 'kill', reasons: 'te vroeg' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('PILOT_NOT_RUNNING');
  });

  it('analyses values at the edges of what the schema takes without failing', async () => {
    const { url, plan } = await createPilot();
    await member.request('PATCH', url, { plan: completed(plan) });
    const edge = 1_000_000_000;
    const periods = [
      { period: '2026-10-05', values: { [PRIMARY]: edge, [SECONDARY]: -edge } },
      { period: '2026-10-12', values: { [PRIMARY]: -edge, [SECONDARY]: 0 } },
      { period: '2026-10-19', values: { [PRIMARY]: 0 } },
    ];
    expect((await member.request('PUT', `${url}/baseline`, { periods })).statusCode).toBe(200);
    expect((await member.request('POST', `${url}/start`)).statusCode).toBe(200);
    for (const [week, value] of [
      [1, edge],
      [2, -edge],
      [3, 0],
      [4, edge],
    ] as const) {
      const res = await member.request('POST', `${url}/measurements`, {
        week,
        values: { [PRIMARY]: value, [SECONDARY]: value },
        adoption: week === 1 ? 0 : 1,
        hoursSpent: 10_000,
        costsEur: edge,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const res = await member.request('GET', url);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().analysis.weeksMeasured).toBe(4);
  });

  it('answers 404 for a pilot of another use case, and removes pilots with their use case', async () => {
    const { url } = await createPilot();
    const other = await owner.request('POST', `/api/orgs/${orgId}/use-cases`, {
      document: { title: 'Ander' },
    });
    const pilotId = url.split('/').at(-1);
    const elsewhere = await member.request(
      'GET',
      `/api/orgs/${orgId}/use-cases/${other.json().id}/pilots/${pilotId}`,
    );
    expect(elsewhere.statusCode).toBe(404);
    await store.db.query('delete from use_cases where id = $1', [useCaseId]);
    expect(await store.db.query('select id from pilots')).toEqual([]);
  });
});
