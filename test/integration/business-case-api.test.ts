/**
 * The business-case API: the stateless simulation, the stored use case's business case and its XLSX
 * download, on PGlite and (with TEST_DATABASE_URL) PostgreSQL. Other organisations get 404: that is
 * covered for every scoped route by tenant-isolation.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { XLSX_CONTENT_TYPE } from '../../src/api/business-case-schemas.ts';
import {
  assessedBusinessCase,
  businessCaseAssessment,
} from '../../src/core/business-case/assessed-business-case.ts';
import { parseUseCaseText } from '../../src/core/use-case/parse-use-case.ts';
import type { UseCase } from '../../src/core/use-case/use-case-schema.ts';
import { renderBusinessCaseJson } from '../../src/report/business-case-json.ts';
import { businessCaseFileName } from '../../src/server/routes/business-case-routes.ts';
import type { Store } from '../../src/store/store.ts';
import { freshStore, resetStore, testEngines } from '../support/databases.ts';
import { type Client, createUser, login, testApp, tokenClient } from '../support/test-app.ts';

const INVOICE_FILE = join(import.meta.dirname, '..', '..', 'examples', 'invoice-entry.yaml');

function invoiceExample(): UseCase {
  const parsed = parseUseCaseText(readFileSync(INVOICE_FILE, 'utf8'));
  if (!parsed.ok) throw new Error('examples/invoice-entry.yaml does not validate');
  return parsed.value;
}

describe.each(testEngines())('business-case API on $name', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let orgId: string;
  let owner: Client;
  const invoice = invoiceExample();

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
    orgId = (await store.accounts.createOrganisation('Van Dijk')).id;
    await createUser(store, { email: 'owner@example.nl', organisationId: orgId });
    owner = await login(app, 'owner@example.nl');
  });

  async function storeInvoice(): Promise<string> {
    const res = await owner.request('POST', `/api/orgs/${orgId}/use-cases`, { document: invoice });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  }

  describe('POST /api/business-case', () => {
    it('computes the invoice example: €780 a week of labour, €540 of errors, €68 640 a year', async () => {
      const res = await owner.request('POST', '/api/business-case', invoice);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body.statusQuo.breakdown.labourPerWeek).toBe(780);
      expect(body.statusQuo.breakdown.errorsPerWeek).toBe(540);
      expect(body.statusQuo.perYear).toBe(68_640);
      expect(body.runs).toBe(10_000);
      expect(body.seed).toBe(1);
      expect(body.npvHistogram.bins.length).toBeGreaterThan(1);
      expect(body.tornado.bars).toHaveLength(9);
      expect(body.samples).toBeUndefined();
    });

    it('gives the same figures as the CLI (assessedBusinessCase, stall chance from the assessment)', async () => {
      const res = await owner.request('POST', '/api/business-case?seed=3&runs=2000', invoice);
      const { result, findings, assessment } = assessedBusinessCase({
        useCase: invoice,
        runs: 2000,
        seed: 3,
        withRankCorrelation: true,
      });
      const cli = JSON.parse(
        JSON.stringify(
          renderBusinessCaseJson(
            { useCase: invoice, result, findings, assessment: businessCaseAssessment(assessment) },
            'nl',
          ),
        ),
      );
      expect(res.json()).toEqual(cli);
      expect(res.json().stall.source).toBe('assessment');
    });

    it('gives the same result for the same seed, and another for another seed', async () => {
      const a = await owner.request('POST', '/api/business-case?seed=42', invoice);
      const b = await owner.request('POST', '/api/business-case?seed=42', invoice);
      const c = await owner.request('POST', '/api/business-case?seed=43', invoice);
      expect(a.body).toBe(b.body);
      expect(c.json().seed).toBe(43);
      expect(c.json().simulated.npvEur.p50).not.toBe(a.json().simulated.npvEur.p50);
      // Deterministic figures do not depend on the seed.
      expect(c.json().deterministic).toEqual(a.json().deterministic);
    });

    it('answers in the language of ?lang or Accept-Language', async () => {
      const optimistic: UseCase = {
        ...invoice,
        expectations: { ...invoice.expectations, expectedAutomationRate: 0.95 },
      };
      const en = await owner.request('POST', '/api/business-case', optimistic, {
        'accept-language': 'en-GB,en;q=0.9',
      });
      const nl = await owner.request('POST', '/api/business-case?lang=nl', optimistic, {
        'accept-language': 'en',
      });
      expect(en.json().locale).toBe('en');
      expect(nl.json().locale).toBe('nl');
      const gap = (body: { findings: { id: string; title: string }[] }) =>
        body.findings.find((f) => f.id === 'businessCase.automationGap')?.title;
      expect(gap(en.json())).toMatch(/more automation/);
      expect(gap(nl.json())).toMatch(/meer automatisering/);
    });

    it('takes the ranges from the document: a range given counts as input, not as an assumption', async () => {
      const narrow: UseCase = {
        ...invoice,
        businessCase: { timeReduction: { low: 0.5, likely: 0.55, high: 0.6 }, stallProbability: 0.3 },
      };
      const body = (await owner.request('POST', '/api/business-case', narrow)).json();
      expect(body.inputs.ranges.timeReduction).toEqual({
        low: 0.5,
        likely: 0.55,
        high: 0.6,
        source: 'input',
      });
      expect(body.inputs.ranges.errorReduction.source).toBe('default');
      expect(body.stall).toMatchObject({ probability: 0.3, source: 'override' });
    });

    it('limits runs and names the problem', async () => {
      const res = await owner.request('POST', '/api/business-case?runs=100001', invoice);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.details.problems[0].path).toBe('querystring.runs');
      expect(res.json().error.message).toContain("Aantal scenario's");
      const few = await owner.request('POST', '/api/business-case?runs=250', invoice);
      expect(few.json().runs).toBe(250);
    });

    it('rejects a range with low above high, naming its path', async () => {
      const res = await owner.request('POST', '/api/business-case', {
        businessCase: { timeReduction: { low: 0.6, likely: 0.4, high: 0.2 } },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.problems[0].path).toBe('body.businessCase.timeReduction');
      expect(res.json().error.message).toContain('Minder handwerk (deel van de uren)');
    });

    it('requires authentication; an API token is enough', async () => {
      const anonymous = await app.inject({ method: 'POST', url: '/api/business-case', payload: invoice });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json().error.code).toBe('UNAUTHENTICATED');
      const created = await owner.request('POST', `/api/orgs/${orgId}/tokens`, { name: 'script' });
      const token = tokenClient(app, created.json().secret);
      const res = await token.request('POST', '/api/business-case', invoice);
      expect(res.statusCode).toBe(200);
    });
  });

  describe('GET …/use-cases/:id/business-case', () => {
    it('computes from the current document, identical to the stateless route', async () => {
      const id = await storeInvoice();
      const stored = await owner.request('GET', `/api/orgs/${orgId}/use-cases/${id}/business-case?seed=5`);
      expect(stored.statusCode, stored.body).toBe(200);
      const stateless = await owner.request('POST', '/api/business-case?seed=5', {
        schemaVersion: 1,
        ...invoice,
      });
      expect(stored.json()).toEqual(stateless.json());
      expect(stored.json().statusQuo.breakdown.labourPerWeek).toBe(780);
    });

    it('follows a saved change of the ranges (a new revision)', async () => {
      const id = await storeInvoice();
      const url = `/api/orgs/${orgId}/use-cases/${id}/business-case`;
      const before = (await owner.request('GET', url)).json();
      const saved = await owner.request('PATCH', `/api/orgs/${orgId}/use-cases/${id}`, {
        document: { ...invoice, businessCase: { yearlyCosts: { licence: { low: 0, likely: 0, high: 0 } } } },
        expectedRevision: 1,
      });
      expect(saved.json().revision).toBe(2);
      const after = (await owner.request('GET', url)).json();
      expect(after.inputs.ranges['yearlyCosts.licence']).toMatchObject({ likely: 0, source: 'input' });
      expect(after.simulated.probabilityNpvPositive).toBeGreaterThan(before.simulated.probabilityNpvPositive);
    });

    it('answers 404 for a use case that does not exist', async () => {
      const res = await owner.request(
        'GET',
        `/api/orgs/${orgId}/use-cases/00000000-0000-4000-8000-000000000000/business-case`,
      );
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    });
  });

  describe('GET …/use-cases/:id/business-case.xlsx', () => {
    it('downloads a valid XLSX workbook as an attachment with a safe file name', async () => {
      const id = await storeInvoice();
      const res = await owner.request('GET', `/api/orgs/${orgId}/use-cases/${id}/business-case.xlsx`);
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      expect(res.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="businesscase-inkomende-facturen-automatisch-inlezen-in-het-erp.xlsx"',
      );
      const bytes = res.rawPayload;
      expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]); // zip: "PK\3\4"
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(['Invoer', 'Kasstroom', 'Simulatie']);
    });

    it('is in the requested language', async () => {
      const id = await storeInvoice();
      const res = await owner.request('GET', `/api/orgs/${orgId}/use-cases/${id}/business-case.xlsx?lang=en`);
      expect(res.headers['content-disposition']).toContain('filename="business-case-inkomende-facturen');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(['Inputs', 'Cash flow', 'Simulation']);
    });
  });

  it('makes file names safe: ASCII, no quotes or slashes, a fallback for an empty title', () => {
    expect(businessCaseFileName({ title: 'Één "test"/..\\ café; =cmd', locale: 'nl' })).toBe(
      'businesscase-een-test-cafe-cmd.xlsx',
    );
    expect(businessCaseFileName({ title: '   ', locale: 'en' })).toBe('business-case.xlsx');
    expect(businessCaseFileName({ title: undefined, locale: 'nl' })).toBe('businesscase.xlsx');
    expect(businessCaseFileName({ title: 'x'.repeat(200), locale: 'nl' })).toHaveLength(
      'businesscase-'.length + 60 + '.xlsx'.length,
    );
  });
});
