/**
 * A pilot as evidence for the same use case: its facts judge the measure, iterate and
 * people-in-the-loop conditions of the assessment; its start keeps the business case's prediction;
 * a Go writes the measured time reduction into a new use-case revision that the business case then
 * uses. Through the real HTTP server, PGlite and PostgreSQL (TEST_DATABASE_URL).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseUseCaseText } from '../../src/core/use-case/parse-use-case.ts';
import type { UseCase } from '../../src/core/use-case/use-case-schema.ts';
import type { Store } from '../../src/store/store.ts';
import { PROJECT_ROOT } from '../support/cli-process.ts';
import { freshStore, resetStore, testEngines } from '../support/databases.ts';
import { type Client, createUser, login, testApp } from '../support/test-app.ts';

function invoiceUseCase(): UseCase {
  const parsed = parseUseCaseText(readFileSync(join(PROJECT_ROOT, 'examples/invoice-entry.yaml'), 'utf8'));
  if (!parsed.ok) throw new Error('the invoice example does not parse');
  return parsed.value;
}

/** Hours of manual entry per week: eight weeks before (about 15), six weeks with the AI (about 8.5). */
const BASELINE_HOURS = [15.5, 14, 16, 15, 14.5, 15.5, 16.5, 14];
const PILOT_HOURS = [9.5, 8.5, 9, 8, 8.5, 7.5];

type Condition = { id: string; status: string; evidence: string };

describe.each(testEngines())('a pilot as evidence on $name', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let owner: Client;
  let orgId: string;
  let useCaseUrl: string;

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
    orgId = (await store.accounts.createOrganisation('Installatiebedrijf De Vries')).id;
    await createUser(store, { email: 'eigenaar@example.nl', name: 'Els de Vries', organisationId: orgId });
    owner = await login(app, 'eigenaar@example.nl');
    const created = await owner.request('POST', `/api/orgs/${orgId}/use-cases`, {
      document: invoiceUseCase(),
    });
    expect(created.statusCode, created.body).toBe(201);
    useCaseUrl = `/api/orgs/${orgId}/use-cases/${created.json().id}`;
  });

  async function conditions(): Promise<Record<string, Condition>> {
    const res = await owner.request('POST', `${useCaseUrl}/assessments?lang=nl`);
    expect(res.statusCode, res.body).toBe(200);
    const list: Condition[] = res.json().current.result.successConditions;
    return Object.fromEntries(list.map((c) => [c.id, c]));
  }

  /** A planned pilot from the use case, completed, with eight weeks of baseline. */
  async function plannedPilot(humanReviewShare: number): Promise<string> {
    const created = await owner.request('POST', `${useCaseUrl}/pilots`, {});
    expect(created.statusCode, created.body).toBe(201);
    const url = `${useCaseUrl}/pilots/${created.json().id}`;
    const plan = created.json().plan;
    expect(plan.primaryKpi).toMatchObject({
      unit: 'uur per week',
      better: 'down',
      valuedAs: 'hours-per-week',
    });
    const patched = await owner.request('PATCH', url, {
      plan: {
        ...plan,
        startDate: '2026-11-02',
        primaryKpi: { ...plan.primaryKpi, smallestEffect: 3 },
        secondaryKpis: [],
        humanReviewShare,
        rules: {
          mustMeet: [
            {
              text: 'invoertijd minstens 30 % lager',
              kpi: plan.primaryKpi.id,
              test: 'improvesBy',
              value: 0.3,
            },
          ],
        },
      },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const periods = BASELINE_HOURS.map((hours, i) => ({
      period: `2026-09-${String(7 + i * 3).padStart(2, '0')}`,
      values: { [plan.primaryKpi.id]: hours },
    }));
    const baseline = await owner.request('PUT', `${url}/baseline`, { periods });
    expect(baseline.statusCode, baseline.body).toBe(200);
    return url;
  }

  it('judges three success conditions from the pilot, outranking the answers', async () => {
    const before = await conditions();
    // The intake answers: complete KPIs, people in the loop, evaluation moments planned.
    expect(before.measure?.status).toBe('met');
    expect(before.measure?.evidence).not.toContain('Pilot');
    expect(before.humanInTheLoop?.status).toBe('met');

    const url = await plannedPilot(0);
    const planned = await conditions();
    expect(planned.measure).toMatchObject({ status: 'met' });
    expect(planned.measure?.evidence).toContain('nulmeting van 8 periodes');
    // The answers said people stay in the loop; the pilot's plan has nobody checking.
    expect(planned.humanInTheLoop?.status).toBe('not-met');
    expect(planned.humanInTheLoop?.evidence).toContain('controleert niemand');

    const plan = (await owner.request('GET', url)).json().plan;
    await owner.request('PATCH', url, { plan: { ...plan, humanReviewShare: 0.25 } });
    expect((await owner.request('POST', `${url}/start`)).statusCode).toBe(200);
    for (const [i, hours] of PILOT_HOURS.slice(0, 3).entries()) {
      const week = await owner.request('POST', `${url}/measurements`, {
        week: i + 1,
        values: { [plan.primaryKpi.id]: hours },
        adoption: 0.3 + i * 0.1,
      });
      expect(week.statusCode, week.body).toBe(200);
    }
    const idle = await conditions();
    expect(idle.humanInTheLoop?.evidence).toContain('25%');
    expect(idle.humanInTheLoop?.status).toBe('met');
    expect(idle.iterate?.status).toBe('not-met');
    expect(idle.iterate?.evidence).toContain('3 weken zonder één vastgelegde aanpassing');

    const logged = await owner.request('POST', `${url}/iterations`, {
      week: 3,
      change: 'Leveranciers met afwijkende layout apart getraind',
      why: 'Die facturen kostten de meeste correctietijd',
    });
    expect(logged.statusCode, logged.body).toBe(201);
    expect((await conditions()).iterate).toMatchObject({ status: 'met' });
  });

  it('keeps the business case’s prediction at the start and writes the measured range on a Go', async () => {
    const url = await plannedPilot(0.2);
    expect((await owner.request('GET', `${url}/memo.md`)).statusCode).toBe(409);
    const businessCaseBefore = (await owner.request('GET', `${useCaseUrl}/business-case`)).json();
    const savings = businessCaseBefore.simulated.savingsPerYearEur;
    // The example leaves the time reduction to Haalbaar's assumption.
    expect(businessCaseBefore.inputs.ranges.timeReduction.source).toBe('default');

    const started = await owner.request('POST', `${url}/start`);
    expect(started.statusCode, started.body).toBe(200);
    const kpi = started.json().plan.primaryKpi.id;
    for (const [i, hours] of PILOT_HOURS.entries()) {
      await owner.request('POST', `${url}/measurements`, {
        week: i + 1,
        values: { [kpi]: hours },
        adoption: 0.9,
      });
    }
    const running = (await owner.request('GET', url)).json();
    expect(running.analysis.predictedVsRealised.predicted).toMatchObject({
      p10: Math.round(savings.p10),
      p50: Math.round(savings.p50),
      p90: Math.round(savings.p90),
    });
    const effect = running.analysis.kpis[0].effect.relative;
    expect(effect.low).toBeGreaterThan(0.3);

    const decided = await owner.request('POST', `${url}/decision`, {
      outcome: 'go',
      reasons: 'De invoertijd daalde met ruim een derde; we rollen uit naar alle leveranciers.',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const update = decided.json().decision.businessCase;
    const measured = {
      low: Math.round(effect.low * 1000) / 1000,
      likely: Math.round(effect.estimate * 1000) / 1000,
      high: Math.round(effect.high * 1000) / 1000,
    };
    expect(update).toMatchObject({ input: 'timeReduction', kpi: { id: kpi }, range: measured });
    expect(update.previous).toBeNull();

    const useCase = (await owner.request('GET', useCaseUrl)).json();
    expect(useCase.revision).toBe(update.revision);
    expect(useCase.status).toBe('decided');
    expect(useCase.document.businessCase.timeReduction).toEqual(measured);
    const revisions = (await owner.request('GET', `${useCaseUrl}/revisions`)).json();
    expect(revisions[0].note).toContain('Gemeten in pilot');

    const memo = await owner.request('GET', `${url}/memo.html?lang=en`);
    expect(memo.statusCode).toBe(200);
    expect(memo.headers['content-type']).toContain('text/html');
    expect(memo.body).toContain('we rollen uit naar alle leveranciers');
    expect(memo.body).not.toContain('<script');
    const markdown = await owner.request('GET', `${url}/memo.md`);
    expect(markdown.headers['content-type']).toContain('text/markdown');
    expect(markdown.body).toMatch(/^# /);

    const businessCaseAfter = (await owner.request('GET', `${useCaseUrl}/business-case`)).json();
    expect(businessCaseAfter.inputs.ranges.timeReduction).toMatchObject({ ...measured, source: 'input' });
    expect(businessCaseAfter.simulated.savingsPerYearEur.p50).not.toBe(savings.p50);
  });

  it('leaves the business case alone on a Kill', async () => {
    const url = await plannedPilot(0.2);
    await owner.request('POST', `${url}/start`);
    const revisionBefore = (await owner.request('GET', useCaseUrl)).json().revision;
    const decided = await owner.request('POST', `${url}/decision`, {
      outcome: 'kill',
      reasons: 'De leverancier kon de koppeling met het boekhoudpakket niet leveren.',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().decision.businessCase).toBeNull();
    const after = (await owner.request('GET', useCaseUrl)).json();
    expect(after.status).toBe('decided');
    expect(after.document.businessCase?.timeReduction).toEqual(invoiceUseCase().businessCase?.timeReduction);
    expect(after.revision).toBe(revisionBefore + 1);
  });
});
