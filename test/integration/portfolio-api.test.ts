/**
 * The portfolio API: an adviser sees every client organisation they belong to and no other; the
 * figures of each row equal the per-use-case business-case API (P10/P50/P90 of the net yearly
 * benefit, the one-off cost) and the assessment API's verdict; a decided pilot shows its decision and
 * predicted against realised; the workbook opens and escapes its texts; a use case copied into
 * another client carries its answers only. PGlite, and PostgreSQL with TEST_DATABASE_URL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { XLSX_CONTENT_TYPE } from '../../src/api/business-case-schemas.ts';
import { parseUseCaseText } from '../../src/core/use-case/parse-use-case.ts';
import type { UseCase } from '../../src/core/use-case/use-case-schema.ts';
import { ASSESSMENT_VERSION } from '../../src/server/current-assessment.ts';
import type { Store } from '../../src/store/store.ts';
import { freshStore, resetStore, testEngines } from '../support/databases.ts';
import { type Client, createUser, login, testApp } from '../support/test-app.ts';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

function example(path: string): UseCase {
  const parsed = parseUseCaseText(readFileSync(join(EXAMPLES, path), 'utf8'));
  if (!parsed.ok) throw new Error(`${path} does not validate`);
  return parsed.value;
}

const INVOICE = example('invoice-entry.yaml');
const HEAT_PUMP = example('heat-pump-maintenance.yaml');
const VAGUE = example('cases/accountantskantoor-digitale-transformatie.yaml');

type Row = {
  organisationId: string;
  organisationName: string;
  useCaseId: string;
  title: string;
  verdict: string;
  yearlyBenefitEur: { p10: number; p50: number; p90: number };
  oneOffCostEur: number;
  feasibility: number;
  decision: string | null;
  predictedVsRealised: { predictedEur: { p50: number }; realisedEur: number | null; position: string } | null;
  modelVersion: number | null;
  isOlderModel: boolean;
};

describe.each(testEngines())('portfolio API on $name', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let adviser: Client;
  let clients: { id: string; name: string }[];
  let foreignOrgId: string;
  let foreignUseCaseId: string;

  beforeAll(async () => {
    store = await freshStore(engine);
    app = await testApp(store);
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  async function addUseCase(
    client: Client,
    orgId: string,
    document: UseCase,
    assess = true,
  ): Promise<string> {
    const res = await client.request('POST', `/api/orgs/${orgId}/use-cases`, { document });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    if (assess) {
      const assessed = await client.request('POST', `/api/orgs/${orgId}/use-cases/${id}/assessments`);
      expect(assessed.statusCode, assessed.body).toBe(200);
    }
    return id;
  }

  beforeEach(async () => {
    await resetStore(store);
    const adviserUser = await createUser(store, { email: 'adviseur@example.nl', name: 'Ada Adviseur' });
    clients = [];
    for (const name of ['Bakkerij Jansen', 'Installatiebedrijf De Vries', '=Kantoor Smit']) {
      const org = await store.accounts.createOrganisation(name);
      await store.accounts.addMembership({ userId: adviserUser.id, organisationId: org.id, role: 'adviser' });
      clients.push({ id: org.id, name });
    }
    const foreign = await store.accounts.createOrganisation('Vreemde Vis BV');
    foreignOrgId = foreign.id;
    await createUser(store, { email: 'ander@example.nl', organisationId: foreignOrgId });
    adviser = await login(app, 'adviseur@example.nl');
    const other = await login(app, 'ander@example.nl');
    foreignUseCaseId = await addUseCase(other, foreignOrgId, { ...INVOICE, title: 'Geheim project' });
    await addUseCase(adviser, clients[0]!.id, INVOICE);
    await addUseCase(adviser, clients[1]!.id, HEAT_PUMP);
    await addUseCase(adviser, clients[2]!.id, { ...VAGUE, title: '@SUM(A1) digitale transformatie' });
    // Assessed only in the working copy: the portfolio computes it as the results page would.
    await addUseCase(adviser, clients[0]!.id, { ...HEAT_PUMP, title: 'Onderhoud plannen' }, false);
  });

  it("shows an adviser's three client organisations and no fourth", async () => {
    const res = await adviser.request('GET', '/api/portfolio');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as {
      organisations: { id: string; role: string }[];
      rows: Row[];
      modelVersion: number;
    };
    expect(body.organisations.map((o) => o.id).sort()).toEqual(clients.map((c) => c.id).sort());
    expect(body.organisations.every((o) => o.role === 'adviser')).toBe(true);
    expect(body.rows).toHaveLength(4);
    expect(new Set(body.rows.map((r) => r.organisationId))).toEqual(new Set(clients.map((c) => c.id)));
    expect(body.rows.some((r) => r.organisationId === foreignOrgId || r.useCaseId === foreignUseCaseId)).toBe(
      false,
    );
    expect(JSON.stringify(body)).not.toContain('Vreemde Vis');
    expect(body.modelVersion).toBe(ASSESSMENT_VERSION);
  });

  it('filters to one organisation, and answers 404 for one the user does not belong to', async () => {
    const one = await adviser.request('GET', `/api/portfolio?orgId=${clients[1]!.id}`);
    expect(one.statusCode).toBe(200);
    expect((one.json().rows as Row[]).map((r) => r.organisationName)).toEqual([
      'Installatiebedrijf De Vries',
    ]);
    // All organisations stay listed for the filter.
    expect(one.json().organisations).toHaveLength(3);

    const foreign = await adviser.request('GET', `/api/portfolio?orgId=${foreignOrgId}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('NOT_FOUND');
    const foreignXlsx = await adviser.request('GET', `/api/portfolio.xlsx?orgId=${foreignOrgId}`);
    expect(foreignXlsx.statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/portfolio' })).statusCode).toBe(401);
  });

  it("equals the business-case API's P10/P50/P90 and one-off cost and the assessment API's verdict, per use case", async () => {
    const rows = (await adviser.request('GET', '/api/portfolio')).json().rows as Row[];
    for (const row of rows) {
      const base = `/api/orgs/${row.organisationId}/use-cases/${row.useCaseId}`;
      const bc = (await adviser.request('GET', `${base}/business-case`)).json();
      expect(row.yearlyBenefitEur, row.title).toEqual({
        p10: bc.simulated.netBenefitPerYearEur.p10,
        p50: bc.simulated.netBenefitPerYearEur.p50,
        p90: bc.simulated.netBenefitPerYearEur.p90,
      });
      expect(row.oneOffCostEur).toBe(bc.deterministic.oneOffEur);
      expect(row.verdict).toBe(bc.assessment.verdict);
      const latest = (await adviser.request('GET', `${base}/assessments/latest`)).json();
      if (latest.current) {
        expect(row.verdict, row.title).toBe(latest.current.result.verdict);
        expect(row.modelVersion).toBe(ASSESSMENT_VERSION);
      } else {
        expect(row.modelVersion).toBeNull();
      }
      expect(row.isOlderModel).toBe(false);
      expect(row.feasibility).toBeGreaterThanOrEqual(0);
      expect(row.feasibility).toBeLessThanOrEqual(100);
    }
    // The rows differ: the figures are per use case, not one shared computation.
    expect(new Set(rows.map((r) => r.yearlyBenefitEur.p50)).size).toBeGreaterThan(1);
  });

  it('marks an assessment stored by an older model version', async () => {
    const rows = (await adviser.request('GET', `/api/portfolio?orgId=${clients[1]!.id}`)).json()
      .rows as Row[];
    await store.db.query('update assessments set model_version = $1 where use_case_id = $2', [
      ASSESSMENT_VERSION - 1,
      rows[0]!.useCaseId,
    ]);
    const after = (await adviser.request('GET', `/api/portfolio?orgId=${clients[1]!.id}`)).json()
      .rows as Row[];
    expect(after[0]).toMatchObject({ modelVersion: ASSESSMENT_VERSION - 1, isOlderModel: true });
  });

  it("shows the latest pilot's decision and what it predicted against what it realised", async () => {
    const row = (
      (await adviser.request('GET', `/api/portfolio?orgId=${clients[0]!.id}`)).json().rows as Row[]
    ).find((r) => r.title === INVOICE.title)!;
    expect(row.decision).toBeNull();
    const pilots = `/api/orgs/${clients[0]!.id}/use-cases/${row.useCaseId}/pilots`;
    const created = (await adviser.request('POST', pilots, {})).json();
    const url = `${pilots}/${created.id}`;
    const plan = created.plan;
    const patched = await adviser.request('PATCH', url, {
      plan: {
        ...plan,
        startDate: '2026-11-02',
        primaryKpi: { ...plan.primaryKpi, smallestEffect: 3 },
        secondaryKpis: [],
        humanReviewShare: 0.2,
      },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const periods = [15.5, 14, 16, 15, 14.5, 15.5, 16.5, 14].map((hours, i) => ({
      period: `2026-09-${String(7 + i * 3).padStart(2, '0')}`,
      values: { [plan.primaryKpi.id]: hours },
    }));
    expect((await adviser.request('PUT', `${url}/baseline`, { periods })).statusCode).toBe(200);
    const started = await adviser.request('POST', `${url}/start`);
    expect(started.statusCode, started.body).toBe(200);
    for (const [i, hours] of [9.5, 8.5, 9, 8, 8.5, 7.5].entries()) {
      await adviser.request('POST', `${url}/measurements`, {
        week: i + 1,
        values: { [plan.primaryKpi.id]: hours },
        adoption: 0.9,
      });
    }
    const analysis = (await adviser.request('GET', url)).json().analysis;
    const decided = await adviser.request('POST', `${url}/decision`, {
      outcome: 'go',
      reasons: 'Ruim een derde sneller.',
    });
    expect(decided.statusCode, decided.body).toBe(200);

    const after = (
      (await adviser.request('GET', `/api/portfolio?orgId=${clients[0]!.id}`)).json().rows as Row[]
    ).find((r) => r.useCaseId === row.useCaseId)!;
    expect(after.decision).toBe('go');
    expect(after.predictedVsRealised).toEqual({
      predictedEur: {
        p10: analysis.predictedVsRealised.predicted.p10,
        p50: analysis.predictedVsRealised.predicted.p50,
        p90: analysis.predictedVsRealised.predicted.p90,
      },
      realisedEur: analysis.predictedVsRealised.realised.estimate,
      position: analysis.predictedVsRealised.position,
    });
    // The Go wrote the measured range into the use case: the portfolio follows the business case still.
    const bc = (
      await adviser.request('GET', `/api/orgs/${clients[0]!.id}/use-cases/${row.useCaseId}/business-case`)
    ).json();
    expect(after.yearlyBenefitEur.p50).toBe(bc.simulated.netBenefitPerYearEur.p50);
  });

  it('sees its own organisation as a member, read-only', async () => {
    await createUser(store, { email: 'lid@example.nl', organisationId: clients[0]!.id, role: 'member' });
    const member = await login(app, 'lid@example.nl');
    const res = await member.request('GET', '/api/portfolio');
    expect(res.statusCode).toBe(200);
    expect(res.json().organisations).toEqual([
      { id: clients[0]!.id, name: 'Bakkerij Jansen', role: 'member' },
    ]);
    expect((res.json().rows as Row[]).map((r) => r.organisationId)).toEqual([clients[0]!.id, clients[0]!.id]);
  });

  it('opens as a workbook with one row per use case and escaped texts', async () => {
    const res = await adviser.request('GET', '/api/portfolio.xlsx?lang=en');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain(XLSX_CONTENT_TYPE);
    expect(res.headers['content-disposition']).toContain('portfolio.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Organisation');
    const texts: string[] = [];
    const rows: { org: string; p50: unknown }[] = [];
    for (let i = 2; i <= 5; i++) {
      const row = sheet.getRow(i);
      rows.push({ org: String(row.getCell(1).value), p50: row.getCell(6).value });
      for (let c = 1; c <= 13; c++) {
        const v = row.getCell(c).value;
        if (typeof v === 'string') texts.push(v);
        expect(typeof v === 'object' && v !== null && 'formula' in v).toBe(false);
      }
    }
    expect(rows.map((r) => r.org)).toContain("'=Kantoor Smit");
    expect(texts).toContain("'@SUM(A1) digitale transformatie");
    expect(texts.every((t) => !/^[=+\-@]/.test(t))).toBe(true);
    const json = (await adviser.request('GET', '/api/portfolio')).json().rows as Row[];
    expect(rows.map((r) => r.p50)).toEqual(json.map((r) => Math.round(r.yearlyBenefitEur.p50)));
  });

  it('copies a use case into another client as answers only, and refuses a client the user cannot write to', async () => {
    const source = (await adviser.request('GET', `/api/orgs/${clients[0]!.id}/use-cases`)).json()[0];
    const base = `/api/orgs/${clients[0]!.id}/use-cases/${source.id}`;
    // Something beside the answers that must stay behind.
    expect((await adviser.request('POST', `${base}/pilots`, {})).statusCode).toBe(201);
    const copied = await adviser.request('POST', `${base}/copy`, {
      targetOrgId: clients[1]!.id,
      title: 'Sjabloon',
    });
    expect(copied.statusCode, copied.body).toBe(201);
    const copy = copied.json();
    expect(copy.organisationId).toBe(clients[1]!.id);
    expect(copy.status).toBe('idea');
    expect(copy.revision).toBe(1);
    expect(copy.title).toBe('Sjabloon');
    const original = (await adviser.request('GET', base)).json();
    expect({ ...copy.document, title: original.document.title }).toEqual(original.document);
    const copyBase = `/api/orgs/${clients[1]!.id}/use-cases/${copy.id}`;
    expect((await adviser.request('GET', `${copyBase}/pilots`)).json()).toEqual([]);
    expect((await adviser.request('GET', `${copyBase}/assessments`)).json()).toEqual([]);
    expect((await adviser.request('GET', `${copyBase}/data-files`)).json()).toEqual([]);
    expect((await adviser.request('GET', `${copyBase}/vendors`)).json().vendors ?? []).toEqual([]);

    const intoForeign = await adviser.request('POST', `${base}/copy`, { targetOrgId: foreignOrgId });
    expect(intoForeign.statusCode).toBe(404);
    await createUser(store, { email: 'lid2@example.nl', organisationId: clients[0]!.id, role: 'owner' });
    const owner = await login(app, 'lid2@example.nl');
    await store.accounts.addMembership({
      userId: (await store.accounts.findUserByEmail('lid2@example.nl'))!.id,
      organisationId: clients[2]!.id,
      role: 'member',
    });
    const asMember = await owner.request('POST', `${base}/copy`, { targetOrgId: clients[2]!.id });
    expect(asMember.statusCode).toBe(403);
    expect((await adviser.request('GET', `/api/orgs/${foreignOrgId}/use-cases`)).statusCode).toBe(404);
  });
  it('lets an adviser create a client organisation and invite its owner, then step back to adviser', async () => {
    const created = await adviser.request('POST', '/api/orgs', { name: 'Nieuwe Klant BV' });
    expect(created.statusCode, created.body).toBe(201);
    const orgId = created.json().id as string;
    const invited = await adviser.request('POST', `/api/orgs/${orgId}/invitations`, {
      email: 'eigenaar@nieuweklant.nl',
      name: 'Nina Klant',
      role: 'owner',
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const accepted = await app.inject({
      method: 'POST',
      url: `/api/invitations/${invited.json().secret}/accept`,
      payload: { name: 'Nina Klant', password: 'groene kikker op de brug 2026' },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const adviserId = (await store.accounts.findUserByEmail('adviseur@example.nl'))!.id;
    const stepBack = await adviser.request('PATCH', `/api/orgs/${orgId}/members/${adviserId}`, {
      role: 'adviser',
    });
    expect(stepBack.statusCode, stepBack.body).toBe(200);
    const portfolio = (await adviser.request('GET', '/api/portfolio')).json();
    expect(portfolio.organisations).toContainEqual({ id: orgId, name: 'Nieuwe Klant BV', role: 'adviser' });
  });
});
