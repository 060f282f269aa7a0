/**
 * Tenant isolation: a user (or API token) of organisation B gets 404 for every organisation-scoped
 * route of organisation A, and A's data is unchanged afterwards. The test enumerates the registered
 * routes: a new `/api/orgs/:orgId/...` route without a case in ISOLATION_CASES fails the suite.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessWithEvidence } from '../../src/core/business-case/assessed-business-case.ts';
import { newVendorLink } from '../../src/server/vendor-link.ts';
import type { Store } from '../../src/store/store.ts';
import { freshStore, testEngines } from '../support/databases.ts';
import { type Client, createUser, login, testApp, tokenClient } from '../support/test-app.ts';

type Ids = {
  orgId: string;
  useCaseId: string;
  userId: string;
  tokenId: string;
  revision: string;
  dataFileId: string;
  invitationId: string;
  actionId: string;
  pilotId: string;
  week: string;
  roundId: string;
  itemId: string;
  vendorId: string;
  fileId: string;
  claimId: string;
};
type Case = { body?: (ids: Ids) => unknown; multipart?: boolean };

/** One entry per organisation-scoped route: a request that would succeed for A's own members. */
const ISOLATION_CASES: Record<string, Case> = {
  'GET /api/orgs/:orgId': {},
  'PATCH /api/orgs/:orgId': { body: () => ({ name: 'Overgenomen BV' }) },
  'GET /api/orgs/:orgId/members': {},
  'PATCH /api/orgs/:orgId/members/:userId': { body: () => ({ role: 'member' }) },
  'DELETE /api/orgs/:orgId/members/:userId': {},
  'GET /api/orgs/:orgId/invitations': {},
  'POST /api/orgs/:orgId/invitations': {
    body: () => ({ email: 'new@example.nl', name: 'New', role: 'owner' }),
  },
  'DELETE /api/orgs/:orgId/invitations/:invitationId': {},
  'GET /api/orgs/:orgId/tokens': {},
  'POST /api/orgs/:orgId/tokens': { body: () => ({ name: 'sneaky' }) },
  'DELETE /api/orgs/:orgId/tokens/:tokenId': {},
  'GET /api/orgs/:orgId/use-cases': {},
  'POST /api/orgs/:orgId/use-cases': { body: () => ({ document: { title: 'Injected' } }) },
  'GET /api/orgs/:orgId/use-cases/:useCaseId': {},
  'PATCH /api/orgs/:orgId/use-cases/:useCaseId': { body: () => ({ document: { title: 'Overwritten' } }) },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/revisions': {},
  'GET /api/orgs/:orgId/use-cases/:useCaseId/revisions/:revision': {},
  'POST /api/orgs/:orgId/use-cases/:useCaseId/revisions/:revision/restore': {},
  'GET /api/orgs/:orgId/use-cases/:useCaseId/business-case': {},
  'GET /api/orgs/:orgId/use-cases/:useCaseId/business-case.xlsx': {},
  'GET /api/orgs/:orgId/use-cases/:useCaseId/report.pdf': {},
  'GET /api/orgs/:orgId/use-cases/:useCaseId/report.html': {},
  'GET /api/orgs/:orgId/use-cases/:useCaseId/report.md': {},
  'POST /api/orgs/:orgId/use-cases/:useCaseId/data-files': { multipart: true },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/assessments/latest': {},
  'POST /api/orgs/:orgId/use-cases/:useCaseId/assessments': {},
  'GET /api/orgs/:orgId/use-cases/:useCaseId/assessments': {},
  'GET /api/orgs/:orgId/use-cases/:useCaseId/actions': {},
  'PUT /api/orgs/:orgId/use-cases/:useCaseId/actions/:actionId': {
    body: () => ({ doneOn: '2026-11-26', note: 'overwritten' }),
  },
  'DELETE /api/orgs/:orgId/use-cases/:useCaseId/actions/:actionId': {},
  'GET /api/orgs/:orgId/use-cases/:useCaseId/data-files': {},
  'GET /api/orgs/:orgId/use-cases/:useCaseId/data-files/:dataFileId': {},
  'DELETE /api/orgs/:orgId/use-cases/:useCaseId/data-files/:dataFileId': {},
  'PATCH /api/orgs/:orgId/use-cases/:useCaseId/data-files/:dataFileId': {
    body: () => ({ countsAsEvidence: false }),
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/data-files/:dataFileId/profile': {},
  'GET /api/orgs/:orgId/use-cases/:useCaseId/data-files/:dataFileId/profile.html': {},
  'GET /api/orgs/:orgId/use-cases/:useCaseId/pilots': {},
  'POST /api/orgs/:orgId/use-cases/:useCaseId/pilots': { body: () => ({ plan: { title: 'Ingebroken' } }) },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId': {},
  'GET /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/memo.html': {},
  'GET /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/memo.md': {},
  'PATCH /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId': {
    body: () => ({ plan: { title: 'Overgenomen' } }),
  },
  'PUT /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/baseline': {
    body: () => ({ periods: [{ period: '2026-10-05', values: {} }] }),
  },
  'POST /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/start': {},
  'POST /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/measurements': {
    body: () => ({ week: 1, values: {} }),
  },
  'POST /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/iterations': {
    body: () => ({ week: 1, change: 'sneaky', why: 'because' }),
  },
  'POST /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/import': { multipart: true },
  'DELETE /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/measurements/:week': {},
  'POST /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/decision': {
    body: () => ({ outcome: 'kill', reasons: 'sabotage' }),
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/surveys': {},
  'POST /api/orgs/:orgId/use-cases/:useCaseId/surveys': { body: () => ({ wave: 'start' }) },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/surveys/trend': {},
  'GET /api/orgs/:orgId/use-cases/:useCaseId/surveys/:roundId': {},
  'POST /api/orgs/:orgId/use-cases/:useCaseId/surveys/:roundId/close': {},
  'GET /api/orgs/:orgId/use-cases/:useCaseId/surveys/:roundId/results': {},
  'GET /api/orgs/:orgId/use-cases/:useCaseId/surveys/:roundId/export': {},
  'GET /api/orgs/:orgId/use-cases/:useCaseId/surveys/:roundId/export.csv': {},
  'GET /api/orgs/:orgId/use-cases/:useCaseId/feedback': {},
  'PATCH /api/orgs/:orgId/use-cases/:useCaseId/feedback/:itemId': {
    body: () => ({ status: 'declined', note: 'sabotage' }),
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/feedback-link': {},
  'POST /api/orgs/:orgId/use-cases/:useCaseId/feedback-link': {},
  'GET /api/orgs/:orgId/use-cases/:useCaseId/vendors': {},
  'POST /api/orgs/:orgId/use-cases/:useCaseId/vendors': { body: () => ({ name: 'Stiekem BV' }) },
  'PUT /api/orgs/:orgId/use-cases/:useCaseId/vendors/:vendorId': {
    body: () => ({ name: 'Overgenomen', chosen: true, answers: { references: { value: 'no' } } }),
  },
  'DELETE /api/orgs/:orgId/use-cases/:useCaseId/vendors/:vendorId': {},
  'POST /api/orgs/:orgId/use-cases/:useCaseId/vendors/:vendorId/link': { body: () => ({ days: 60 }) },
  'DELETE /api/orgs/:orgId/use-cases/:useCaseId/vendors/:vendorId/link': {},
  'POST /api/orgs/:orgId/use-cases/:useCaseId/vendors/:vendorId/evidence': { multipart: true },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/vendors/:vendorId/evidence/:fileId': {},
  'GET /api/orgs/:orgId/use-cases/:useCaseId/vendors/comparison.xlsx': {},
  'PUT /api/orgs/:orgId/use-cases/:useCaseId/vendor-weights': {
    body: () => ({ weights: { references: 0 } }),
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/claims': {},
  'POST /api/orgs/:orgId/use-cases/:useCaseId/claims': {
    body: () => ({ text: 'Ingebroken', source: 'entered', date: '2026-11-02' }),
  },
  'PUT /api/orgs/:orgId/use-cases/:useCaseId/claims/:claimId': {
    body: () => ({ text: 'Overschreven', source: 'entered', date: '2026-11-02' }),
  },
  'DELETE /api/orgs/:orgId/use-cases/:useCaseId/claims/:claimId': {},
  'POST /api/orgs/:orgId/use-cases/:useCaseId/copy': { body: (ids) => ({ targetOrgId: ids.orgId }) },
};

const BOUNDARY = 'haalbaar-isolation';
/** A body and its headers: JSON, or a small multipart upload for file routes. */
function requestBody(c: Case, ids: Ids): [unknown, Record<string, string>?] {
  if (c.multipart) {
    const body = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="x.csv"\r\nContent-Type: text/csv\r\n\r\na,b\n1,2\n\r\n--${BOUNDARY}--\r\n`;
    return [body, { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }];
  }
  return [c.body?.(ids)];
}

function fill(url: string, ids: Ids): string {
  return url.replace(/:(\w+)/g, (_m, name: string) => ids[name as keyof Ids] ?? `:${name}`);
}

describe.each(testEngines())('tenant isolation on $name', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let ids: Ids;
  let outsider: Client;
  let outsiderToken: Client;
  let vendorLinkA: string;
  let vendorLinkB: string;

  beforeAll(async () => {
    store = await freshStore(engine);
    app = await testApp(store);
    const orgA = await store.accounts.createOrganisation('A BV');
    const orgB = await store.accounts.createOrganisation('B BV');
    const ownerA = await createUser(store, { email: 'owner-a@example.nl', organisationId: orgA.id });
    const memberA = await createUser(store, {
      email: 'member-a@example.nl',
      organisationId: orgA.id,
      role: 'member',
    });
    await createUser(store, { email: 'owner-b@example.nl', organisationId: orgB.id });
    const useCase = await store.useCases.create({
      organisationId: orgA.id,
      document: { title: 'Geheim' },
      userId: ownerA.id,
    });
    const token = await store.sessions.createApiToken({
      organisationId: orgA.id,
      name: 'A token',
      tokenHash: 'x',
      prefix: 'hb_x',
      createdBy: ownerA.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    const invitation = await store.invitations.create({
      organisationId: orgA.id,
      email: 'invited-a@example.nl',
      name: 'Invited',
      role: 'member',
      secretHash: 'invitation-hash',
      invitedBy: ownerA.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    const dataFile = await store.dataFiles.create({
      organisationId: orgA.id,
      useCaseId: useCase.id,
      fileName: 'a.csv',
      bytes: 3,
      storedPath: '/nonexistent/a.csv',
      keepFile: true,
      options: {},
      userId: ownerA.id,
    });
    // A finished profile, so A's owner can read the profile routes (the last test below).
    await store.dataFiles.setProfile(dataFile!.id, {
      schemaVersion: 1,
      file: 'a.csv',
      dataset: { rows: 1, columns: 1, duplicateRows: 0, encoding: 'utf-8', format: 'csv', bytes: 3 },
      columns: [{ name: 'a', type: 'integer', missingShare: 0, distinctCount: 1, issues: [] }],
      timeSeries: [],
      pii: [],
      readiness: { level: 'B', reasons: [{ key: 'profiler.readiness.summary.B', params: { blockers: 1 } }] },
      issues: [],
    });
    // An assessment with one action marked done, which outsiders must neither see, change nor reopen.
    const assessment = assessWithEvidence({ title: 'Geheim' });
    const stored = await store.assessments.create({
      organisationId: orgA.id,
      useCaseId: useCase.id,
      revision: 1,
      result: assessment,
      evidenceHash: 'isolation',
      userId: ownerA.id,
    });
    const action = stored.result.actions[0]!;
    await store.actions.markDone({
      organisationId: orgA.id,
      useCaseId: useCase.id,
      actionId: action.id!,
      title: action.title,
      doneOn: '2026-11-01',
      note: 'A’s own note',
      evidence: [],
      userId: ownerA.id,
    });
    // A planned pilot, whose plan outsiders must neither read nor change, nor start or decide it.
    const pilot = await store.pilots.create({
      organisationId: orgA.id,
      useCaseId: useCase.id,
      plan: { title: 'Geheime pilot', weeks: 6 },
      userId: ownerA.id,
    });
    // An open survey round and a feedback item, which outsiders must neither read, close nor handle.
    const round = await store.surveys.open({
      organisationId: orgA.id,
      useCaseId: useCase.id,
      title: 'Geheime enquête',
      wave: 'start',
      k: 5,
      instrumentVersion: 1,
      groups: [],
      openedOn: '2026-11-02',
      userId: ownerA.id,
      links: [{ token: 'isolation-survey-token-a', group: null }],
    });
    await store.feedback.renewLink(orgA.id, useCase.id, 'isolation-feedback-token-a');
    const item = await store.feedback.add({
      organisationId: orgA.id,
      useCaseId: useCase.id,
      rating: 'wrong',
      comment: 'A’s own remark',
      name: null,
      outputRef: null,
      receivedOn: '2026-11-02',
    });
    // A vendor with a questionnaire link, an evidence file and a claim; and B's own vendor link, which
    // must open B's questionnaire and nothing of A.
    const vendor = await store.vendors.create({
      organisationId: orgA.id,
      useCaseId: useCase.id,
      name: 'Geheime leverancier',
      website: undefined,
      max: 20,
    });
    const vendorKey = {
      organisationId: orgA.id,
      useCaseId: useCase.id,
      vendorId: (vendor as { id: string }).id,
    };
    const linkA = newVendorLink(new Date(), 14);
    await store.vendors.setLink(vendorKey, linkA);
    const file = await store.vendors.addEvidence(vendorKey, {
      name: 'contract.pdf',
      mediaType: 'application/pdf',
      content: Buffer.from('%PDF-1.7 geheim'),
      max: 30,
    });
    const claim = await store.vendors.addClaim(
      { organisationId: orgA.id, useCaseId: useCase.id },
      { text: 'A’s own claim', source: 'entered', date: '2026-11-02' },
      200,
    );
    const useCaseB = await store.useCases.create({
      organisationId: orgB.id,
      document: { title: 'B' },
      userId: null,
    });
    const vendorB = await store.vendors.create({
      organisationId: orgB.id,
      useCaseId: useCaseB.id,
      name: 'B’s leverancier',
      website: undefined,
      max: 20,
    });
    const linkB = newVendorLink(new Date(), 14);
    await store.vendors.setLink(
      { organisationId: orgB.id, useCaseId: useCaseB.id, vendorId: (vendorB as { id: string }).id },
      linkB,
    );
    vendorLinkB = linkB.token;
    vendorLinkA = linkA.token;
    ids = {
      vendorId: vendorKey.vendorId,
      fileId: (file as { id: string }).id,
      claimId: (claim as { id: string }).id,
      roundId: round!.id,
      itemId: item.id,
      pilotId: pilot!.id,
      orgId: orgA.id,
      useCaseId: useCase.id,
      userId: memberA.id,
      tokenId: token.id,
      revision: '1',
      dataFileId: dataFile!.id,
      invitationId: invitation.id,
      actionId: action.id!,
      week: '1',
    };
    outsider = await login(app, 'owner-b@example.nl');
    const ownerB = await login(app, 'owner-b@example.nl');
    const created = await ownerB.request('POST', `/api/orgs/${orgB.id}/tokens`, { name: 'B token' });
    outsiderToken = tokenClient(app, (created.json() as { secret: string }).secret);
  });

  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('has an isolation case for every organisation-scoped route', () => {
    const scoped = app.routeList
      .filter((r) => r.url.includes(':orgId'))
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(scoped.length).toBeGreaterThan(10);
    const missing = scoped.filter((key) => !(key in ISOLATION_CASES));
    expect(missing, 'routes without a tenant-isolation case: add them to ISOLATION_CASES').toEqual([]);
  });

  it('answers 404 to a member of another organisation on every scoped route', async () => {
    const scoped = app.routeList.filter((r) => r.url.includes(':orgId'));
    for (const route of scoped) {
      const c = ISOLATION_CASES[`${route.method} ${route.url}`]!;
      const res = await outsider.request(route.method, fill(route.url, ids), ...requestBody(c, ids));
      expect(res.statusCode, `${route.method} ${route.url}: ${res.body}`).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
  });

  it('answers 404 to an API token of another organisation on every scoped route', async () => {
    const scoped = app.routeList.filter((r) => r.url.includes(':orgId'));
    for (const route of scoped) {
      const c = ISOLATION_CASES[`${route.method} ${route.url}`]!;
      const res = await outsiderToken.request(route.method, fill(route.url, ids), ...requestBody(c, ids));
      // Token-less routes (member and token management need a logged-in person) may say 401 first;
      // what matters is that nothing of A is revealed or changed.
      expect([401, 404], `${route.method} ${route.url}: ${res.body}`).toContain(res.statusCode);
    }
  });

  it('left organisation A untouched', async () => {
    const uc = await store.useCases.get(ids.orgId, ids.useCaseId);
    expect(uc?.title).toBe('Geheim');
    expect(uc?.revision).toBe(1);
    expect((await store.accounts.getOrganisation(ids.orgId))?.name).toBe('A BV');
    expect((await store.dataFiles.get(ids.orgId, ids.dataFileId))?.countsAsEvidence).toBe(true);
    expect(await store.useCases.list(ids.orgId)).toHaveLength(1);
    expect((await store.accounts.listMembers(ids.orgId)).map((m) => m.email).sort()).toEqual([
      'member-a@example.nl',
      'owner-a@example.nl',
    ]);
    expect((await store.sessions.listApiTokens(ids.orgId)).map((t) => [t.name, t.revokedAt])).toEqual([
      ['A token', null],
    ]);
    expect((await store.invitations.listOpen(ids.orgId)).map((i) => i.email)).toEqual([
      'invited-a@example.nl',
    ]);
    expect(
      (await store.actions.list(ids.orgId, ids.useCaseId)).map((a) => [a.actionId, a.doneOn, a.note]),
    ).toEqual([[ids.actionId, '2026-11-01', 'A’s own note']]);
    const pilots = await store.pilots.list(ids.orgId, ids.useCaseId);
    expect(pilots.map((p) => [p.id, p.status, p.plan])).toEqual([
      [ids.pilotId, 'planned', { title: 'Geheime pilot', weeks: 6 }],
    ]);
    const pilot = await store.pilots.getRecord({
      organisationId: ids.orgId,
      useCaseId: ids.useCaseId,
      pilotId: ids.pilotId,
    });
    expect([pilot?.baseline, pilot?.measurements, pilot?.iterations, pilot?.decision]).toEqual([
      [],
      [],
      [],
      null,
    ]);
    const rounds = await store.surveys.list(ids.orgId, ids.useCaseId);
    expect(rounds.map((r) => [r.id, r.status])).toEqual([[ids.roundId, 'open']]);
    const feedback = await store.feedback.list(ids.orgId, ids.useCaseId);
    expect(feedback.map((f) => [f.id, f.status, f.note])).toEqual([[ids.itemId, 'open', null]]);
    expect(await store.feedback.link(ids.orgId, ids.useCaseId)).toBe('isolation-feedback-token-a');
    const vendors = await store.vendors.list(ids.orgId, ids.useCaseId);
    expect(vendors.map((v) => [v.id, v.name, v.chosen, v.answers, v.linkExpiresAt !== null])).toEqual([
      [ids.vendorId, 'Geheime leverancier', false, {}, true],
    ]);
    const key = { organisationId: ids.orgId, useCaseId: ids.useCaseId, vendorId: ids.vendorId };
    expect([...(await store.vendors.evidenceIds(key))]).toEqual([ids.fileId]);
    expect((await store.vendors.claims(ids.orgId, ids.useCaseId)).map((c) => [c.id, c.text])).toEqual([
      [ids.claimId, 'A’s own claim'],
    ]);
    expect(await store.vendors.weights(ids.orgId, ids.useCaseId)).toEqual({});
  });

  it('opens only its own vendor’s questionnaire through a vendor link, and nothing scoped', async () => {
    const publicRoutes = app.routeList.filter((r) => r.url.startsWith('/api/public/vendor-questionnaire/'));
    expect(publicRoutes.length).toBeGreaterThanOrEqual(4);
    // B's link shows B's vendor; nothing in its answer names A.
    const page = await app.inject({ method: 'GET', url: `/api/public/vendor-questionnaire/${vendorLinkB}` });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({ vendorName: 'B’s leverancier', organisationName: 'B BV' });
    expect(page.body).not.toContain('Geheim');
    // B's link writes only B's vendor: it cannot name A's evidence file in its answers.
    const stolen = {
      answers: {
        references: {
          value: 'yes',
          evidence: [{ kind: 'file', fileId: ids.fileId, name: 'contract.pdf', bytes: 15 }],
        },
      },
    };
    for (const suffix of ['', '/submit']) {
      const res = await app.inject({
        method: suffix === '' ? 'PUT' : 'POST',
        url: `/api/public/vendor-questionnaire/${vendorLinkB}${suffix}`,
        payload: stolen,
      });
      expect(res.statusCode, res.body).toBe(400);
    }
    // A vendor link is no credential: as a bearer token or a cookie it opens no organisation route.
    const scoped = app.routeList.filter((r) => r.url.includes(':orgId'));
    for (const route of scoped) {
      const c = ISOLATION_CASES[`${route.method} ${route.url}`]!;
      const [body, headers] = requestBody(c, ids);
      for (const credential of [
        { authorization: `Bearer ${vendorLinkA}` },
        { cookie: `hb_session=${vendorLinkA}` },
      ]) {
        const res = await app.inject({
          method: route.method as 'GET',
          url: fill(route.url, ids),
          headers: { ...credential, ...headers },
          ...(body === undefined ? {} : { payload: body as object }),
        });
        expect([401, 403], `${route.method} ${route.url}: ${res.body}`).toContain(res.statusCode);
      }
    }
  });

  it('serves the same routes to A’s own owner (the 404s above are not a broken route)', async () => {
    const ownerA = await login(app, 'owner-a@example.nl');
    const scoped = app.routeList.filter((r) => r.url.includes(':orgId') && r.method === 'GET');
    for (const route of scoped) {
      const res = await ownerA.request('GET', fill(route.url, ids));
      // A's pilot is planned: its memo exists once it starts, so the route answers with that state.
      if (route.url.endsWith('/memo.html') || route.url.endsWith('/memo.md')) {
        expect(res.statusCode, `${route.method} ${route.url}: ${res.body}`).toBe(409);
        expect(res.json().error.code).toBe('PILOT_NOT_RUNNING');
        continue;
      }
      // A's round is open: its export exists once it is closed.
      if (route.url.endsWith('/export') || route.url.endsWith('/export.csv')) {
        expect(res.statusCode, `${route.method} ${route.url}: ${res.body}`).toBe(409);
        expect(res.json().error.code).toBe('SURVEY_OPEN');
        continue;
      }
      expect(res.statusCode, `${route.method} ${route.url}: ${res.body}`).toBe(200);
    }
  });
});
