/**
 * The vendors' own answers as evidence for the one assessment: once a vendor submits its
 * questionnaire through its link, the stored use case's partner factor quotes that answer, the
 * assessment counts as stale, and the business case (API and the page's stall evidence) counts the
 * selected vendor's switching cost. PGlite, and PostgreSQL with TEST_DATABASE_URL.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { UseCase } from '../../src/core/use-case/use-case-schema.ts';
import type { VendorAnswers } from '../../src/core/vendors/vendor-types.ts';
import type { Store } from '../../src/store/store.ts';
import { freshStore, resetStore, testEngines } from '../support/databases.ts';
import { type Client, createUser, login, testApp } from '../support/test-app.ts';

const USE_CASE: UseCase = {
  title: 'Facturen automatisch inlezen',
  problem: { hoursPerWeek: 15, hourlyCost: 52, volumePerWeek: 180, errorRate: 0.03, costPerError: 100 },
  data: { personalData: true },
  partner: { vendors: [{ name: 'Factuurslim', dataExport: true, exitTerms: true, contractMonths: 12 }] },
};

/** Every gate passed with evidence, except export: the vendor says no, in its own words. */
const ANSWERS: VendorAnswers = {
  noTrainingWithoutConsent: { value: 'yes', evidence: [{ kind: 'clause', text: 'Art. 7: geen training.' }] },
  processingAgreement: { value: 'yes', evidence: [{ kind: 'url', url: 'https://factuurslim.example/dpa' }] },
  subProcessors: { value: 'yes', subProcessors: [{ name: 'Rekencentrum', location: 'Nederland' }] },
  euHosting: { value: 'yes' },
  openExport: { value: 'no', comment: 'Export alleen via onze eigen koppeling.' },
  exitTerms: { value: 'yes', noticeMonths: 3 },
  pilotFirst: { value: 'yes', contractMonths: 24 },
  threeYearCost: { value: 'yes', tco: { licence: 14400, implementation: 6000, support: 3000, other: 0 } },
};

type Finding = { id: string; severity: string; evidence: string };
type Factor = { id: string; risk: string; findings: Finding[] };

describe.each(testEngines())('vendor answers as evidence on $name', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let owner: Client;
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
    const orgId = (await store.accounts.createOrganisation('Administratiekantoor Visser')).id;
    await createUser(store, { email: 'eigenaar@example.nl', organisationId: orgId });
    owner = await login(app, 'eigenaar@example.nl');
    const created = await owner.request('POST', `/api/orgs/${orgId}/use-cases`, { document: USE_CASE });
    base = `/api/orgs/${orgId}/use-cases/${created.json().id}`;
  });

  async function partner(): Promise<Factor> {
    const res = await owner.request('POST', `${base}/assessments`);
    expect(res.statusCode).toBe(200);
    return res.json().current.result.factors.find((f: Factor) => f.id === 'partner');
  }

  it('quotes the vendor on the partner factor and counts its switching cost in the business case', async () => {
    const before = await partner();
    expect(before.findings.some((f) => f.id.startsWith('partner.questionnaire.'))).toBe(false);
    const caseBefore = (await owner.request('GET', `${base}/business-case?runs=200`)).json();
    expect(caseBefore.assessment.switchingCost).toBeNull();
    expect(caseBefore.switching).toBeNull();

    const vendor = (await owner.request('POST', `${base}/vendors`, { name: 'Factuurslim' })).json();
    await owner.request('PUT', `${base}/vendors/${vendor.id}`, {
      switching: { yearlyCost: 4800, migration: { low: 2000, likely: 4000, high: 9000 } },
    });
    const { token } = (await owner.request('POST', `${base}/vendors/${vendor.id}/link`)).json();
    const submitted = await app.inject({
      method: 'POST',
      url: `/api/public/vendor-questionnaire/${token}/submit`,
      payload: { answers: ANSWERS },
    });
    expect(submitted.statusCode, submitted.body).toBe(200);

    const latest = (await owner.request('GET', `${base}/assessments/latest`)).json();
    expect(latest.isStale).toBe(true);

    const after = await partner();
    const failed = after.findings.find((f) => f.id === 'partner.questionnaire.openExport');
    expect(failed?.severity).toBe('high');
    expect(failed?.evidence).toContain('Export alleen via onze eigen koppeling.');
    expect(after.findings.find((f) => f.id === 'partner.questionnaire.basis')).toBeDefined();
    expect(['high', 'critical']).toContain(after.risk);

    const caseAfter = (await owner.request('GET', `${base}/business-case?runs=200`)).json();
    expect(caseAfter.assessment.switchingCost.likely).toBeGreaterThan(4000);
    expect(caseAfter.switching.range).toEqual(caseAfter.assessment.switchingCost);
    expect(caseAfter.switching.stalledMeanEur).toBeGreaterThan(0);
  });
});
