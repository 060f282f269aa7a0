/**
 * Partner due diligence over HTTP and in the database: candidate vendors and their questionnaires,
 * roles, the vendor's link (no account, one vendor of one use case, expiring, replaced by a new one),
 * evidence files (size and kind checked, served back only to the organisation), bad input that stores
 * nothing, the comparison as XLSX, and claims settled by the pilot's weekly measurements. PGlite, and
 * PostgreSQL with TEST_DATABASE_URL. Other organisations get 404 on every scoped route:
 * tenant-isolation.test.ts.
 */
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { UseCase } from '../../src/core/use-case/use-case-schema.ts';
import { VENDOR_LIMITS } from '../../src/core/vendors/vendor-types.ts';
import { buildApp } from '../../src/server/app.ts';
import { QUESTIONNAIRE_REQUESTS_PER_MINUTE } from '../../src/server/routes/vendor-routes.ts';
import type { Store } from '../../src/store/store.ts';
import { freshStore, resetStore, testEngines } from '../support/databases.ts';
import { type Client, createUser, login, testApp, testConfig } from '../support/test-app.ts';

/** An accounting office comparing vendors that read invoices; the primary KPI in minutes, lower is better. */
const INVOICES: UseCase = {
  title: 'Facturen automatisch inlezen',
  problem: { process: 'Inkoopfacturen inboeken', volumePerWeek: 200, hourlyCost: 45 },
  data: { personalData: true },
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
    ],
  },
};
const PRIMARY = 'minuten-per-factuur';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const BOUNDARY = 'haalbaar-vendor-test';

/** A multipart body with one file in the field `file`. */
function upload(name: string, content: Buffer, field = 'file') {
  const head = Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, content, Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
  };
}

type Vendor = {
  id: string;
  name: string;
  answeredBy: string | null;
  submittedAt: string | null;
  answers: Record<string, unknown>;
  chosen: boolean;
  link: { expiresAt: string; isExpired: boolean } | null;
};
type Claim = { id: string; status: string; measured?: number; flag?: { tag: string; question: string } };

describe.each(testEngines())('vendors API on $name', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let owner: Client;
  let adviser: Client;
  let member: Client;
  let outsider: Client;
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
    orgId = (await store.accounts.createOrganisation('Administratiekantoor Visser')).id;
    const otherOrg = (await store.accounts.createOrganisation('Concurrent BV')).id;
    await createUser(store, { email: 'eigenaar@example.nl', organisationId: orgId });
    await createUser(store, { email: 'adviseur@example.nl', organisationId: orgId, role: 'adviser' });
    await createUser(store, { email: 'lid@example.nl', organisationId: orgId, role: 'member' });
    await createUser(store, { email: 'buiten@example.nl', organisationId: otherOrg });
    owner = await login(app, 'eigenaar@example.nl');
    adviser = await login(app, 'adviseur@example.nl');
    member = await login(app, 'lid@example.nl');
    outsider = await login(app, 'buiten@example.nl');
    const created = await owner.request('POST', `/api/orgs/${orgId}/use-cases`, { document: INVOICES });
    useCaseId = created.json().id;
    base = `/api/orgs/${orgId}/use-cases/${useCaseId}`;
  });

  async function addVendor(name: string, client: Client = owner): Promise<Vendor> {
    const res = await client.request('POST', `${base}/vendors`, { name, website: 'https://example.com' });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  async function makeLink(vendorId: string, body?: unknown): Promise<{ token: string; path: string }> {
    const res = await owner.request('POST', `${base}/vendors/${vendorId}/link`, body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  /** Anyone with the link: no cookie, no token. */
  function viaLink(method: 'GET' | 'PUT' | 'POST', token: string, suffix = '', payload?: unknown) {
    return app.inject({
      method,
      url: `/api/public/vendor-questionnaire/${token}${suffix}`,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }

  function uploadVia(url: string, name: string, content: Buffer, client?: Client) {
    const body = upload(name, content);
    return client
      ? client.request('POST', url, body.payload, body.headers)
      : app.inject({ method: 'POST', url, payload: body.payload, headers: body.headers });
  }

  async function vendorsNow(): Promise<Vendor[]> {
    const res = await member.request('GET', `${base}/vendors`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().vendors;
  }

  async function evidenceCount(): Promise<number> {
    const [row] = await store.db.query('select count(*)::int as n from vendor_evidence_files');
    return Number(row?.n);
  }

  it('adds, changes, chooses and removes vendors, and lists them with the comparison', async () => {
    const a = await addVendor('Factuurlezer BV');
    const b = await addVendor('InvoiceAI Ltd', adviser);
    expect(a).toMatchObject({ name: 'Factuurlezer BV', answeredBy: null, submittedAt: null, chosen: false });

    const changed = await owner.request('PUT', `${base}/vendors/${a.id}`, {
      name: 'Factuurlezer B.V.',
      switching: { contractMonths: 24, yearlyCost: 6000 },
      chosen: true,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      name: 'Factuurlezer B.V.',
      chosen: true,
      switching: { yearlyCost: 6000 },
    });
    // Choosing another unchooses the first.
    await owner.request('PUT', `${base}/vendors/${b.id}`, { chosen: true });
    const listed = await member.request('GET', `${base}/vendors`);
    const body = listed.json();
    expect(body.vendors.map((v: Vendor) => [v.name, v.chosen])).toEqual([
      ['Factuurlezer B.V.', false],
      ['InvoiceAI Ltd', true],
    ]);
    expect(body.comparison.selectedId).toBe(b.id);
    expect(body.comparison.rows.map((r: { vendorId: string }) => r.vendorId).sort()).toEqual(
      [a.id, b.id].sort(),
    );
    expect(body.weights.integration).toBe(3);

    const weights = await owner.request('PUT', `${base}/vendor-weights`, { weights: { integration: 5 } });
    expect(weights.statusCode, weights.body).toBe(200);
    expect((await member.request('GET', `${base}/vendors`)).json().weights.integration).toBe(5);

    const removed = await owner.request('DELETE', `${base}/vendors/${a.id}`);
    expect(removed.statusCode).toBe(204);
    expect((await vendorsNow()).map((v) => v.id)).toEqual([b.id]);
    expect((await owner.request('DELETE', `${base}/vendors/${a.id}`)).statusCode).toBe(404);
  });

  it(`refuses a vendor beyond ${VENDOR_LIMITS.vendorsPerUseCase} per use case`, async () => {
    for (let i = 0; i < VENDOR_LIMITS.vendorsPerUseCase; i++) await addVendor(`Leverancier ${i + 1}`);
    const res = await owner.request('POST', `${base}/vendors`, { name: 'Eén te veel' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('VENDOR_LIMIT');
    expect(await vendorsNow()).toHaveLength(VENDOR_LIMITS.vendorsPerUseCase);
  });

  it('lets members read but not change: 403 on every write', async () => {
    const vendor = await addVendor('Factuurlezer BV');
    const claim = await owner.request('POST', `${base}/claims`, {
      text: 'Wij halveren de verwerkingstijd',
      source: 'intake',
      date: '2026-11-02',
    });
    const claimId = claim.json().id;
    const file = upload('dpa.pdf', PDF);
    const writes: Array<[string, string, unknown, Record<string, string>?]> = [
      ['POST', `${base}/vendors`, { name: 'Stiekem BV' }],
      ['PUT', `${base}/vendors/${vendor.id}`, { name: 'Overgenomen' }],
      ['DELETE', `${base}/vendors/${vendor.id}`, undefined],
      ['POST', `${base}/vendors/${vendor.id}/link`, undefined],
      ['DELETE', `${base}/vendors/${vendor.id}/link`, undefined],
      ['POST', `${base}/vendors/${vendor.id}/evidence`, file.payload, file.headers],
      ['PUT', `${base}/vendor-weights`, { weights: { references: 0 } }],
      ['POST', `${base}/claims`, { text: 'x', source: 'entered', date: '2026-11-02' }],
      ['PUT', `${base}/claims/${claimId}`, { text: 'x', source: 'entered', date: '2026-11-02' }],
      ['DELETE', `${base}/claims/${claimId}`, undefined],
    ];
    for (const [method, url, body, headers] of writes) {
      const res = await member.request(method, url, body, headers);
      expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    expect((await member.request('GET', `${base}/vendors`)).statusCode).toBe(200);
    expect((await member.request('GET', `${base}/claims`)).statusCode).toBe(200);
    expect((await vendorsNow()).map((v) => v.name)).toEqual(['Factuurlezer BV']);
    expect(await evidenceCount()).toBe(0);
  });

  it('lets the vendor answer through its link without an account, and shows it nothing else', async () => {
    const vendor = await addVendor('Factuurlezer BV');
    const link = await makeLink(vendor.id, { days: 7 });
    expect(link.path).toBe(`/v/${link.token}`);
    // Only a digest of the token is stored.
    const stored = await store.db.query('select token_digest from vendor_links');
    expect(stored.map((r) => r.token_digest)).not.toContain(link.token);
    expect(JSON.stringify(stored)).not.toContain(link.token);

    const page = await viaLink('GET', link.token);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    const shown = page.json();
    expect(Object.keys(shown).sort()).toEqual(
      [
        'answers',
        'expiresAt',
        'organisationName',
        'personalData',
        'submitted',
        'useCaseTitle',
        'vendorName',
      ].sort(),
    );
    expect(shown).toMatchObject({
      vendorName: 'Factuurlezer BV',
      organisationName: 'Administratiekantoor Visser',
      useCaseTitle: 'Facturen automatisch inlezen',
      personalData: true,
      answers: {},
      submitted: false,
    });

    const answers = {
      noTrainingWithoutConsent: {
        value: 'yes',
        evidence: [{ kind: 'clause', text: 'Art. 4: geen training.' }],
      },
      ownDataAccuracy: { value: 'yes', accuracy: 0.97, comment: 'Gemeten op 500 facturen van een klant' },
      humanShare: { value: 'partly', humanShare: 0.1 },
    };
    const draft = await viaLink('PUT', link.token, '', { answers });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json()).toMatchObject({ submitted: false, answers });
    expect((await vendorsNow())[0]).toMatchObject({ answeredBy: null, submittedAt: null, answers });

    const submitted = await viaLink('POST', link.token, '/submit', { answers });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().submitted).toBe(true);
    const [after] = await vendorsNow();
    expect(after?.answeredBy).toBe('vendor');
    expect(after?.submittedAt).not.toBeNull();

    // The questionnaire's claims went into the ledger, once.
    const claims = (await member.request('GET', `${base}/claims`)).json().claims as Claim[];
    expect(claims.length).toBeGreaterThan(0);
    expect((await viaLink('POST', link.token, '/submit', { answers })).statusCode).toBe(200);
    expect((await member.request('GET', `${base}/claims`)).json().claims).toHaveLength(claims.length);

    // The link has no way to the organisation's routes: no cookie is resolved from it.
    const org = await app.inject({ method: 'GET', url: `${base}/vendors` });
    expect(org.statusCode).toBe(401);
  });

  it('rate-limits a link per network address, and logs no line with the link in it', async () => {
    const vendor = await addVendor('Factuurlezer BV');
    const other = await addVendor('InvoiceAI Ltd');
    const link = await makeLink(vendor.id);
    const otherLink = await makeLink(other.id);
    const statuses: number[] = [];
    for (let i = 0; i <= QUESTIONNAIRE_REQUESTS_PER_MINUTE; i++)
      statuses.push((await viaLink('GET', link.token)).statusCode);
    expect(statuses.slice(0, QUESTIONNAIRE_REQUESTS_PER_MINUTE).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect((await viaLink('GET', otherLink.token)).statusCode).toBe(200);

    const lines: string[] = [];
    const logged = await buildApp({
      store,
      config: testConfig(),
      logger: { level: 'info', stream: { write: (line: string) => lines.push(line) } },
    });
    await logged.ready();
    try {
      const url = `/api/public/vendor-questionnaire/${otherLink.token}`;
      expect((await logged.inject({ method: 'GET', url })).statusCode).toBe(200);
      expect((await logged.inject({ method: 'PUT', url, payload: { answers: {} } })).statusCode).toBe(200);
      expect((await logged.inject({ method: 'GET', url: '/api/health' })).statusCode).toBeLessThan(500);
    } finally {
      await logged.close();
    }
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line) => line.includes(otherLink.token))).toEqual([]);
  });

  it('refuses an expired link with 410 and stores nothing through it', async () => {
    const vendor = await addVendor('Factuurlezer BV');
    const link = await makeLink(vendor.id);
    await store.db.query(`update vendor_links set expires_at = now() - interval '1 day'`);
    const answers = { references: { value: 'yes' } };
    for (const res of [
      await viaLink('GET', link.token),
      await viaLink('PUT', link.token, '', { answers }),
      await viaLink('POST', link.token, '/submit', { answers }),
      await uploadVia(`/api/public/vendor-questionnaire/${link.token}/evidence`, 'dpa.pdf', PDF),
    ]) {
      expect(res.statusCode, res.body).toBe(410);
      expect(res.json().error.code).toBe('LINK_EXPIRED');
    }
    const en = await app.inject({
      method: 'GET',
      url: `/api/public/vendor-questionnaire/${link.token}`,
      headers: { 'accept-language': 'en' },
    });
    expect(en.json().error.message).toMatch(/expired on/);
    expect((await vendorsNow())[0]?.answers).toEqual({});
    expect((await vendorsNow())[0]?.link?.isExpired).toBe(true);
    expect(await evidenceCount()).toBe(0);
  });

  it('refuses a replaced or ended link, and an unknown one', async () => {
    const vendor = await addVendor('Factuurlezer BV');
    const first = await makeLink(vendor.id);
    const second = await makeLink(vendor.id);
    const old = await viaLink('GET', first.token);
    expect(old.statusCode).toBe(404);
    expect(old.json().error.code).toBe('LINK_INVALID');
    expect((await viaLink('PUT', first.token, '', { answers: {} })).statusCode).toBe(404);
    expect((await viaLink('GET', second.token)).statusCode).toBe(200);
    expect((await viaLink('GET', 'x'.repeat(32))).statusCode).toBe(404);

    expect((await owner.request('DELETE', `${base}/vendors/${vendor.id}/link`)).statusCode).toBe(204);
    expect((await viaLink('GET', second.token)).statusCode).toBe(404);
    expect((await vendorsNow())[0]?.link).toBeNull();
  });

  it('keeps a link to its own vendor: it cannot name or reach another vendor’s evidence', async () => {
    const a = await addVendor('Factuurlezer BV');
    const b = await addVendor('InvoiceAI Ltd');
    const linkA = await makeLink(a.id);
    const fileB = await uploadVia(`${base}/vendors/${b.id}/evidence`, 'b-dpa.pdf', PDF, owner);
    expect(fileB.statusCode, fileB.body).toBe(201);
    const refB = fileB.json();

    const stolen = { processingAgreement: { value: 'yes', evidence: [refB] } };
    const res = await viaLink('POST', linkA.token, '/submit', { answers: stolen });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.details.problems.map((p: { path: string }) => p.path)).toEqual([
      'body.answers.processingAgreement.evidence[0].fileId',
    ]);
    expect((await vendorsNow()).find((v) => v.id === a.id)).toMatchObject({ answers: {}, submittedAt: null });

    // An upload through A's link belongs to A only.
    const fileA = await uploadVia(`/api/public/vendor-questionnaire/${linkA.token}/evidence`, 'a.pdf', PDF);
    expect(fileA.statusCode, fileA.body).toBe(201);
    const idA = fileA.json().fileId;
    expect((await member.request('GET', `${base}/vendors/${a.id}/evidence/${idA}`)).statusCode).toBe(200);
    expect((await member.request('GET', `${base}/vendors/${b.id}/evidence/${idA}`)).statusCode).toBe(404);
    expect((await member.request('GET', `${base}/vendors/${a.id}/evidence/${refB.fileId}`)).statusCode).toBe(
      404,
    );
    const own = await viaLink('POST', linkA.token, '/submit', {
      answers: { processingAgreement: { value: 'yes', evidence: [fileA.json()] } },
    });
    expect(own.statusCode, own.body).toBe(200);
  });

  it('answers malformed and oversized answers with errors naming the field, storing nothing', async () => {
    const vendor = await addVendor('Factuurlezer BV');
    const link = await makeLink(vendor.id);
    const paths = async (res: Awaited<ReturnType<typeof viaLink>>) => {
      expect(res.statusCode, res.body).toBe(400);
      return res.json().error.details.problems.map((p: { path: string }) => p.path);
    };
    expect(
      await paths(await viaLink('PUT', link.token, '', { answers: { references: { value: 'maybe' } } })),
    ).toEqual(['body.answers.references.value']);
    expect(
      await paths(
        await viaLink('PUT', link.token, '', {
          answers: { limitations: { value: 'yes', comment: 'x'.repeat(VENDOR_LIMITS.comment + 1) } },
        }),
      ),
    ).toEqual(['body.answers.limitations.comment']);
    const unknown = await viaLink('PUT', link.token, '', { answers: { magic: { value: 'yes' } } });
    expect(unknown.statusCode, unknown.body).toBe(400);
    expect(unknown.body).toContain('magic');
    expect(
      await paths(
        await viaLink('POST', link.token, '/submit', {
          answers: { ownDataAccuracy: { value: 'yes', accuracy: 1.5 } },
        }),
      ),
    ).toEqual(['body.answers.ownDataAccuracy.accuracy']);
    const owners = await owner.request('PUT', `${base}/vendors/${vendor.id}`, {
      answers: { support: { value: 'yes', evidence: [{ kind: 'url', url: 'javascript:alert(1)' }] } },
    });
    expect(owners.statusCode, owners.body).toBe(400);
    expect(owners.json().error.details.problems[0].path).toBe('body.answers.support.evidence[0].url');

    const huge = await viaLink('PUT', link.token, '', {
      answers: { references: { value: 'yes', comment: 'x'.repeat(3 * 1024 * 1024) } },
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('PAYLOAD_TOO_LARGE');

    const [after] = await vendorsNow();
    expect(after).toMatchObject({ answers: {}, submittedAt: null, answeredBy: null });
    expect((await member.request('GET', `${base}/claims`)).json().claims).toEqual([]);
  });

  it('refuses oversized, disguised and missing evidence files, storing nothing', async () => {
    const vendor = await addVendor('Factuurlezer BV');
    const link = await makeLink(vendor.id);
    const publicUrl = `/api/public/vendor-questionnaire/${link.token}/evidence`;
    const ownerUrl = `${base}/vendors/${vendor.id}/evidence`;

    const tooBig = Buffer.concat([PDF, Buffer.alloc(VENDOR_LIMITS.evidenceFileBytes, 0x20)]);
    for (const res of [
      await uploadVia(publicUrl, 'big.pdf', tooBig),
      await uploadVia(ownerUrl, 'big.pdf', tooBig, owner),
    ]) {
      expect(res.statusCode, res.body).toBe(413);
      expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
      expect(res.json().error.message).toContain('5 MB');
    }
    const page = await uploadVia(
      publicUrl,
      'contract.pdf',
      Buffer.from('<html><script>alert(1)</script></html>'),
    );
    expect(page.statusCode, page.body).toBe(422);
    expect(page.json().error.code).toBe('EVIDENCE_FILE_REFUSED');
    expect(page.json().error.message).toContain('contract.pdf');
    expect((await uploadVia(publicUrl, 'page.html', Buffer.from('<html></html>'))).statusCode).toBe(422);
    expect((await uploadVia(publicUrl, 'leeg.pdf', Buffer.alloc(0))).statusCode).toBe(422);

    const wrongField = upload('dpa.pdf', PDF, 'bijlage');
    const res = await app.inject({ method: 'POST', url: publicUrl, ...wrongField });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.details.problems[0].path).toBe('body.bijlage');
    const json = await app.inject({ method: 'POST', url: publicUrl, payload: { file: 'x' } });
    expect(json.statusCode).toBe(415);

    expect(await evidenceCount()).toBe(0);
    const exact = Buffer.concat([PDF, Buffer.alloc(VENDOR_LIMITS.evidenceFileBytes - PDF.length, 0x20)]);
    const fits = await uploadVia(publicUrl, 'precies.pdf', exact);
    expect(fits.statusCode, fits.body).toBe(201);
    expect(fits.json()).toMatchObject({
      kind: 'file',
      name: 'precies.pdf',
      bytes: VENDOR_LIMITS.evidenceFileBytes,
    });
  });

  it('serves evidence only to the organisation, as an attachment that is never sniffed', async () => {
    const vendor = await addVendor('Factuurlezer BV');
    const uploaded = await uploadVia(
      `${base}/vendors/${vendor.id}/evidence`,
      'verwerkersovereenkomst.pdf',
      PDF,
      adviser,
    );
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const url = `${base}/vendors/${vendor.id}/evidence/${uploaded.json().fileId}`;

    const res = await member.request('GET', url);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(PDF)).toBe(true);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="verwerkersovereenkomst.pdf"/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');

    const other = await outsider.request('GET', url);
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('NOT_FOUND');
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });

  it('downloads the comparison and the ledger as a valid XLSX workbook', async () => {
    const a = await addVendor('Factuurlezer BV');
    await addVendor('InvoiceAI Ltd');
    await owner.request('PUT', `${base}/vendors/${a.id}`, {
      answers: { noTrainingWithoutConsent: { value: 'yes' }, integration: { value: 'partly' } },
      submit: true,
    });
    await owner.request('POST', `${base}/claims`, {
      vendorId: a.id,
      text: '=HYPERLINK("http://evil")',
      source: 'entered',
      date: '2026-11-02',
    });
    const res = await member.request('GET', `${base}/vendors/comparison.xlsx?lang=en`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(/^attachment/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.length).toBeGreaterThan(0);
    const cells = workbook.worksheets.flatMap((ws) => {
      const values: string[] = [];
      ws.eachRow((row) => row.eachCell((cell) => values.push(String(cell.text))));
      return values;
    });
    expect(cells.some((c) => c.includes('Factuurlezer BV'))).toBe(true);
  });

  it('settles a claim linked to a pilot KPI when the weekly measurements come in', async () => {
    // A pilot through the pilot API: planned, completed, a baseline, started.
    const created = await owner.request('POST', `${base}/pilots`, {});
    expect(created.statusCode, created.body).toBe(201);
    const pilotUrl = `${base}/pilots/${created.json().id}`;
    const plan = created.json().plan;
    const completed = {
      ...plan,
      startDate: '2026-11-30',
      primaryKpi: { ...plan.primaryKpi, smallestEffect: 2 },
    };
    expect((await owner.request('PATCH', pilotUrl, { plan: completed })).statusCode).toBe(200);
    const baseline = ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26'].map((period, i) => ({
      period,
      values: { [PRIMARY]: [12.5, 11.8, 12.1, 12.9][i] },
    }));
    expect((await owner.request('PUT', `${pilotUrl}/baseline`, { periods: baseline })).statusCode).toBe(200);
    const started = await owner.request('POST', `${pilotUrl}/start`);
    expect(started.statusCode, started.body).toBe(200);

    const vendor = await addVendor('Factuurlezer BV');
    const claim = async (text: string, claimed: number) => {
      const res = await owner.request('POST', `${base}/claims`, {
        vendorId: vendor.id,
        text,
        source: 'intake',
        date: '2026-11-02',
        kpiId: PRIMARY,
        claimed,
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as Claim;
    };
    const kept = await claim('Met onze software kost een factuur nog 6 minuten', 6);
    const broken = await claim('Met onze software kost een factuur nog 2 minuten', 2);
    expect([kept.status, broken.status]).toEqual(['unverified', 'unverified']);

    for (const [week, value] of [
      [1, 5.2],
      [2, 4.9],
      [3, 5.4],
      [4, 5.0],
    ] as const) {
      const res = await owner.request('POST', `${pilotUrl}/measurements`, {
        week,
        values: { [PRIMARY]: value },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const ledger = (await member.request('GET', `${base}/claims`)).json().claims as Claim[];
    const byId = new Map(ledger.map((c) => [c.id, c]));
    expect(byId.get(kept.id)?.status).toBe('confirmed');
    expect(byId.get(broken.id)?.status).toBe('refuted');
    expect(byId.get(kept.id)?.measured).toBeGreaterThan(4.8);
    expect(byId.get(kept.id)?.measured).toBeLessThan(5.5);

    // Changing the promised figure settles it again; removing it takes it out.
    const changed = await owner.request('PUT', `${base}/claims/${broken.id}`, {
      vendorId: vendor.id,
      text: 'Met onze software kost een factuur nog 5,5 minuut',
      source: 'intake',
      date: '2026-11-02',
      kpiId: PRIMARY,
      claimed: 5.5,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().status).toBe('confirmed');
    expect((await owner.request('DELETE', `${base}/claims/${broken.id}`)).statusCode).toBe(204);
    expect((await member.request('GET', `${base}/claims`)).json().claims).toHaveLength(1);
  });

  it('flags a claim that promises too much, and refuses a claim for another use case’s vendor', async () => {
    const res = await owner.request('POST', `${base}/claims?lang=en`, {
      text: 'Onze AI verwerkt 100% van de facturen volledig automatisch',
      source: 'entered',
      date: '2026-11-02',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().flag?.tag).toBeTruthy();
    expect(typeof res.json().flag?.question).toBe('string');

    const other = await owner.request('POST', `/api/orgs/${orgId}/use-cases`, {
      document: { title: 'Ander' },
    });
    const foreign = await owner.request('POST', `/api/orgs/${orgId}/use-cases/${other.json().id}/vendors`, {
      name: 'Elders BV',
    });
    const wrong = await owner.request('POST', `${base}/claims`, {
      vendorId: foreign.json().id,
      text: 'x',
      source: 'entered',
      date: '2026-11-02',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details.problems[0].path).toBe('body.vendorId');
  });

  it('removes a use case’s vendors, links, files and claims with it', async () => {
    const vendor = await addVendor('Factuurlezer BV');
    await makeLink(vendor.id);
    await uploadVia(`${base}/vendors/${vendor.id}/evidence`, 'dpa.pdf', PDF, owner);
    await owner.request('POST', `${base}/claims`, {
      vendorId: vendor.id,
      text: 'x',
      source: 'entered',
      date: '2026-11-02',
    });
    await store.db.query('delete from use_cases where id = $1', [useCaseId]);
    for (const table of ['vendors', 'vendor_links', 'vendor_evidence_files', 'vendor_claims']) {
      const [row] = await store.db.query(`select count(*)::int as n from ${table}`);
      expect(Number(row?.n), table).toBe(0);
    }
  });
});
