/**
 * One assessment everywhere: the results (stored assessment), the business case's stall chance and
 * its XLSX follow the same assessment with all evidence, here a data file that makes `data`
 * critical. Regression for "the business case said data low, ×0.6, while the results page said
 * Data critical from the uploaded files". PGlite, and PostgreSQL with TEST_DATABASE_URL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DataProfile } from '../../src/core/data-profile/data-profile-types.ts';
import { parseUseCaseText } from '../../src/core/use-case/parse-use-case.ts';
import type { UseCase } from '../../src/core/use-case/use-case-schema.ts';
import type { Store } from '../../src/store/store.ts';
import { freshStore, resetStore, testEngines } from '../support/databases.ts';
import { type Client, createUser, login, testApp } from '../support/test-app.ts';

const invoice: UseCase = (() => {
  const parsed = parseUseCaseText(
    readFileSync(join(import.meta.dirname, '../../examples/invoice-entry.yaml'), 'utf8'),
  );
  if (!parsed.ok) throw new Error('examples/invoice-entry.yaml is invalid');
  return parsed.value;
})();

/** A file the profiler could not use: twelve rows, not loadable. Makes the data factor critical. */
const UNUSABLE: DataProfile = {
  schemaVersion: 1,
  file: 'facturen-export.csv',
  dataset: { rows: 12, columns: 3, duplicateRows: 0, encoding: 'utf-8', format: 'csv', bytes: 400 },
  columns: [],
  timeSeries: [],
  pii: [],
  readiness: { level: 'not-loadable', reasons: [] },
  issues: [{ code: 'TOO_FEW_ROWS', severity: 'critical', message: { key: 'profiler.issue.TOO_FEW_ROWS' } }],
};

type Level = { factor: string; risk: string };
type Condition = { condition: string; status: string };

/** The factor and condition rows under the stall heading of the workbook's simulation sheet. */
async function xlsxStall(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sim = workbook.getWorksheet('Simulatie')!;
  let probability: number | undefined;
  let heading = 0;
  sim.eachRow((row, n) => {
    if (row.getCell(1).value === 'Kans op stranden') probability = Number(row.getCell(2).value);
    if (row.getCell(1).value === 'Faalfactoren achter de kans op stranden') heading = n;
  });
  const rows = (from: number) => {
    const out: [string, string][] = [];
    for (let n = from; sim.getRow(n).getCell(1).value; n++) {
      out.push([String(sim.getRow(n).getCell(1).value), String(sim.getRow(n).getCell(2).value)]);
    }
    return out;
  };
  const levels = rows(heading + 2);
  // After an empty row and their own header: the success conditions.
  const conditions = rows(heading + 2 + levels.length + 2);
  return { probability, levels, conditions };
}

const FACTOR_NL: Record<string, string> = {
  expectations: 'verwachtingen',
  problem: 'probleem',
  data: 'data',
  people: 'medewerkers',
  partner: 'partner',
};
const RISK_NL: Record<string, string> = { low: 'laag', medium: 'middel', high: 'hoog', critical: 'kritiek' };
const CONDITION_NL: Record<string, string> = {
  startSmall: 'klein beginnen',
  measure: 'meten',
  iterate: 'bijsturen',
  sponsor: 'sponsor',
  humanInTheLoop: 'mens en AI samen',
};
const STATUS_NL: Record<string, string> = { met: 'in orde', 'not-met': 'niet in orde', unknown: 'onbekend' };

describe.each(testEngines())('one assessment everywhere on $name', (engine) => {
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
    orgId = (await store.accounts.createOrganisation('Van Dijk')).id;
    const user = await createUser(store, { email: 'owner@example.nl', organisationId: orgId });
    owner = await login(app, 'owner@example.nl');
    useCaseId = (await store.useCases.create({ organisationId: orgId, document: invoice, userId: user.id }))
      .id;
    base = `/api/orgs/${orgId}/use-cases/${useCaseId}`;
    const file = await store.dataFiles.create({
      organisationId: orgId,
      useCaseId,
      fileName: UNUSABLE.file,
      bytes: 400,
      storedPath: null,
      keepFile: false,
      options: {},
      userId: user.id,
    });
    await store.dataFiles.setProfile(file!.id, UNUSABLE);
  });

  it('regression: the business case, its XLSX and the results use the data file (data critical), not the answers alone', async () => {
    // Before anyone opened the results: the business case assesses the current evidence itself.
    const early = (await owner.request('GET', `${base}/business-case`)).json();
    expect(early.assessment).toMatchObject({ assessmentId: null });
    expect(early.stall.contributions.find((c: Level) => c.factor === 'data')).toMatchObject({
      risk: 'critical',
    });

    const state = (await owner.request('POST', `${base}/assessments`)).json();
    const results = state.current.result as {
      factors: { id: string; risk: string; score: number }[];
      successConditions: { id: string; status: string }[];
    };
    expect(results.factors.find((f) => f.id === 'data')?.risk).toBe('critical');
    const levels = results.factors.map((f) => ({ factor: f.id, risk: f.risk }));
    const conditions = results.successConditions.map((c) => ({ condition: c.id, status: c.status }));

    const bc = (await owner.request('GET', `${base}/business-case`)).json();
    expect(bc.assessment.assessmentId).toBe(state.current.id);
    expect(bc.assessment.factors).toEqual(
      results.factors.map(({ id, risk, score }) => ({ id, risk, score })),
    );
    expect(bc.stall.contributions.map((c: Level) => ({ factor: c.factor, risk: c.risk }))).toEqual(levels);
    expect(
      bc.stall.conditionContributions.map((c: Condition) => ({ condition: c.condition, status: c.status })),
    ).toEqual(conditions);
    expect(bc.assessment.successConditions).toEqual(
      results.successConditions.map(({ id, status }) => ({ id, status })),
    );
    // Same evidence ⇒ the early answer was already the same business case.
    expect({ ...early, assessment: null }).toEqual({ ...bc, assessment: null });

    const xlsx = await owner.request('GET', `${base}/business-case.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const sheet = await xlsxStall(xlsx.rawPayload);
    expect(sheet.probability).toBe(bc.stall.probability);
    expect(sheet.levels).toEqual(levels.map((l) => [FACTOR_NL[l.factor], RISK_NL[l.risk]]));
    expect(sheet.conditions).toEqual(conditions.map((c) => [CONDITION_NL[c.condition], STATUS_NL[c.status]]));
  });

  it('takes the licence from the vendor’s yearly cost in the intake and says which vendor', async () => {
    const bc = (await owner.request('GET', `${base}/business-case`)).json();
    expect(bc.inputs.ranges['yearlyCosts.licence']).toEqual({
      low: 7200,
      likely: 7200,
      high: 9000,
      source: 'vendor',
    });
    expect(bc.inputs.licenceVendor).toMatchObject({
      vendor: 'Factuurslim B.V.',
      basis: 'only',
      pricedVendors: 1,
    });
  });

  it('answers the API’s stateless assessment with the same weighing as a stored one', async () => {
    const stored = (await owner.request('POST', `${base}/assessments`)).json();
    // The stateless route has no files: its data factor comes from the answers, everything else agrees.
    const stateless = (await owner.request('POST', '/api/assess', invoice)).json();
    const without = (f: { id: string }) => f.id !== 'data';
    expect(stateless.factors.filter(without)).toEqual(stored.current.result.factors.filter(without));
  });
});
