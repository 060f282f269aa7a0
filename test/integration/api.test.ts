import { Validator } from '@seriousme/openapi-schema-validator';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import { freshStore, resetStore, testEngines } from '../support/databases.ts';
import { createUser, login, TEST_PASSWORD, testApp, tokenClient } from '../support/test-app.ts';

describe.each(testEngines())('HTTP API on $name', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let orgId: string;

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
    orgId = (await store.accounts.createOrganisation('Testbedrijf')).id;
    await createUser(store, { email: 'owner@example.nl', organisationId: orgId });
  });

  describe('documentation', () => {
    it('serves an OpenAPI 3.1 document that passes a real validator', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/docs/json' });
      expect(res.statusCode).toBe(200);
      const spec = res.json();
      expect(spec.openapi).toBe('3.1.0');
      const result = await new Validator().validate(spec);
      expect(result.errors ?? []).toEqual([]);
      expect(result.valid).toBe(true);
      expect(Object.keys(spec.paths)).toContain('/api/orgs/{orgId}/use-cases');
      expect(spec.components.schemas.UseCase).toBeDefined();
    });

    it('serves the interactive page at /api/docs', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/docs/' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
    });
  });

  describe('bad input gets a 4xx JSON error naming the problem, and the server keeps serving', () => {
    it('malformed JSON', async () => {
      const client = await login(app, 'owner@example.nl');
      const res = await client.request('POST', `/api/orgs/${orgId}/use-cases`, '{"document": {', {
        'content-type': 'application/json',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('MALFORMED_JSON');
      expect(res.json().error.message).toMatch(/JSON/);
    });

    it('oversized body', async () => {
      const client = await login(app, 'owner@example.nl');
      const res = await client.request(
        'POST',
        `/api/orgs/${orgId}/use-cases`,
        JSON.stringify({ document: { title: 'x'.repeat(3 * 1024 * 1024) } }),
        { 'content-type': 'application/json' },
      );
      expect(res.statusCode).toBe(413);
      expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
      expect(res.json().error.message).toContain('2 MB');
    });

    it('unknown fields, named with their path', async () => {
      const client = await login(app, 'owner@example.nl');
      const res = await client.request('POST', `/api/orgs/${orgId}/use-cases`, {
        document: { title: 'A', problem: { hoursPerWeek: 3, hoursPerWek: 4 } },
      });
      expect(res.statusCode).toBe(400);
      const error = res.json().error;
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.details.problems).toContainEqual(
        expect.objectContaining({ path: 'body.document.problem.hoursPerWek' }),
      );
      expect(error.message).toContain('hoursPerWek');
    });

    it('wrong types and out-of-range values, named with their path, in the requested language', async () => {
      const client = await login(app, 'owner@example.nl');
      const res = await client.request(
        'POST',
        `/api/orgs/${orgId}/use-cases`,
        {
          document: {
            problem: { hoursPerWeek: 'veel', errorRate: 1.5 },
            partner: { vendors: [{}, { contractMonths: '12' }] },
          },
        },
        { 'accept-language': 'en-GB,en;q=0.9' },
      );
      expect(res.statusCode).toBe(400);
      const { message, details } = res.json().error;
      expect(details.problems.map((p: { path: string }) => p.path).sort()).toEqual([
        'body.document.partner.vendors[1].contractMonths',
        'body.document.problem.errorRate',
        'body.document.problem.hoursPerWeek',
      ]);
      expect(message).toContain('expected a number, but this is text');
      expect(message).toContain('at most 1');
    });

    it('an unknown route', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/does-not-exist' });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('ROUTE_NOT_FOUND');
      expect(res.json().error.message).toContain('/api/does-not-exist');
    });

    it('a malformed id', async () => {
      const client = await login(app, 'owner@example.nl');
      const res = await client.request('GET', `/api/orgs/${orgId}/use-cases/not-a-uuid`);
      expect(res.statusCode).toBe(400);
      // A person reads which part of the address is wrong; a program reads the path.
      expect(res.json().error.message).toBe(
        'Dit adres klopt niet. De use case in het adres: geen geldige code. Controleer de link, of ga terug naar het overzicht.',
      );
      expect(res.json().error.details.problems[0].path).toBe('params.useCaseId');
    });

    it('an unsupported content type', async () => {
      const client = await login(app, 'owner@example.nl');
      const res = await client.request('POST', `/api/orgs/${orgId}/use-cases`, 'title=x', {
        'content-type': 'application/x-www-form-urlencoded',
      });
      expect(res.statusCode).toBe(415);
      expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });

    it('keeps serving after all of the above', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/health' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'ok', database: engine.name });
    });
  });

  describe('accounts and sessions', () => {
    it('logs in with the right password only, with the same answer for an unknown email', async () => {
      const wrong = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'owner@example.nl', password: 'wrong' },
      });
      const unknown = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'nobody@example.nl', password: 'wrong' },
      });
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.json()).toEqual(unknown.json());
      const ok = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'OWNER@example.nl', password: TEST_PASSWORD },
      });
      expect(ok.statusCode).toBe(200);
      const cookie = ok.cookies.find((c) => c.name === 'hb_session')!;
      expect(cookie.httpOnly).toBe(true);
      expect(cookie.sameSite).toBe('Lax');
      expect(cookie.secure).toBeFalsy();
    });

    it('sets Secure cookies when the request came over TLS through a trusted proxy', async () => {
      const proxied = await testApp(store, { HAALBAAR_TRUST_PROXY: 'true' });
      const res = await proxied.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { email: 'owner@example.nl', password: TEST_PASSWORD },
      });
      expect(res.cookies.find((c) => c.name === 'hb_session')?.secure).toBe(true);
      await proxied.close();
    });

    it('refuses a cookie-authenticated change without the CSRF token', async () => {
      const client = await login(app, 'owner@example.nl');
      const res = await client.request(
        'POST',
        `/api/orgs/${orgId}/use-cases`,
        { document: { title: 'A' } },
        {
          'x-csrf-token': 'forged',
        },
      );
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('CSRF_FAILED');
      expect(await store.useCases.list(orgId)).toEqual([]);
    });

    it('rate-limits login attempts', async () => {
      const limited = await testApp(store, { HAALBAAR_LOGIN_RATE_PER_MINUTE: '3' });
      const attempt = () =>
        limited.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: 'owner@example.nl', password: 'x' },
        });
      const codes = [];
      for (let i = 0; i < 5; i++) codes.push((await attempt()).statusCode);
      expect(codes).toEqual([401, 401, 401, 429, 429]);
      const last = await attempt();
      expect(last.json().error.code).toBe('RATE_LIMITED');
      expect(last.json().error.message).toMatch(/\d+ seconden/);
      await limited.close();
    });

    it('ends the session on logout', async () => {
      const client = await login(app, 'owner@example.nl');
      expect((await client.request('GET', '/api/auth/me')).statusCode).toBe(200);
      expect((await client.request('POST', '/api/auth/logout')).statusCode).toBe(204);
      expect((await client.request('GET', '/api/auth/me')).statusCode).toBe(401);
    });

    it('does not let a member manage members', async () => {
      await createUser(store, { email: 'member@example.nl', organisationId: orgId, role: 'member' });
      const member = await login(app, 'member@example.nl');
      const res = await member.request('POST', `/api/orgs/${orgId}/invitations`, {
        email: 'x@example.nl',
        name: 'X',
        role: 'owner',
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    });

    it('keeps at least one owner', async () => {
      const owner = await login(app, 'owner@example.nl');
      const me = (await owner.request('GET', '/api/auth/me')).json().user;
      const res = await owner.request('PATCH', `/api/orgs/${orgId}/members/${me.id}`, { role: 'member' });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('LAST_OWNER');
    });

    it('lets an adviser switch between the organisations they belong to', async () => {
      const second = await store.accounts.createOrganisation('Tweede klant');
      const adviser = await createUser(store, {
        email: 'adv@example.nl',
        organisationId: orgId,
        role: 'adviser',
      });
      await store.accounts.addMembership({ userId: adviser.id, organisationId: second.id, role: 'adviser' });
      const client = await login(app, 'adv@example.nl');
      const orgs = (await client.request('GET', '/api/orgs')).json();
      expect(orgs.map((o: { organisationName: string }) => o.organisationName)).toEqual([
        'Testbedrijf',
        'Tweede klant',
      ]);
      for (const o of orgs) {
        expect((await client.request('GET', `/api/orgs/${o.organisationId}/use-cases`)).statusCode).toBe(200);
      }
    });
  });

  describe('API tokens', () => {
    it('creates a token shown once, authenticates with it, and stops after revoking', async () => {
      const owner = await login(app, 'owner@example.nl');
      const created = await owner.request('POST', `/api/orgs/${orgId}/tokens`, { name: 'CLI' });
      expect(created.statusCode).toBe(201);
      const { secret, id } = created.json();
      expect(secret).toMatch(/^hb_/);
      const listed = (await owner.request('GET', `/api/orgs/${orgId}/tokens`)).json();
      expect(listed).toHaveLength(1);
      expect(JSON.stringify(listed)).not.toContain(secret);
      const cli = tokenClient(app, secret);
      const made = await cli.request('POST', `/api/orgs/${orgId}/use-cases`, {
        document: { title: 'Via token' },
      });
      expect(made.statusCode).toBe(201);
      expect((await owner.request('DELETE', `/api/orgs/${orgId}/tokens/${id}`)).statusCode).toBe(204);
      expect((await cli.request('GET', `/api/orgs/${orgId}/use-cases`)).statusCode).toBe(401);
    });
  });

  describe('use cases', () => {
    it('creates, lists, reads, updates, archives and restores a use case with history', async () => {
      const client = await login(app, 'owner@example.nl');
      const created = await client.request('POST', `/api/orgs/${orgId}/use-cases`, {
        document: { title: 'Facturen', problem: { hoursPerWeek: 15 } },
      });
      expect(created.statusCode).toBe(201);
      const uc = created.json();
      expect(uc).toMatchObject({ title: 'Facturen', status: 'idea', revision: 1 });
      expect(uc.document.schemaVersion).toBe(1);
      const base = `/api/orgs/${orgId}/use-cases/${uc.id}`;
      const updated = await client.request('PATCH', base, {
        document: { ...uc.document, title: 'Facturen inlezen' },
        expectedRevision: 1,
      });
      expect(updated.json()).toMatchObject({ title: 'Facturen inlezen', revision: 2 });
      const stale = await client.request('PATCH', base, { document: { title: 'Oud' }, expectedRevision: 1 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.code).toBe('REVISION_CONFLICT');
      const revisions = (await client.request('GET', `${base}/revisions`)).json();
      expect(revisions.map((r: { revision: number }) => r.revision)).toEqual([2, 1]);
      const restored = await client.request('POST', `${base}/revisions/1/restore`);
      expect(restored.json()).toMatchObject({ title: 'Facturen', revision: 3 });
      expect((await client.request('GET', `${base}/revisions/3`)).json().note).toBe('restored:1');
      const archived = await client.request('PATCH', base, { archived: true });
      expect(archived.json().archivedAt).not.toBeNull();
      expect((await client.request('GET', `/api/orgs/${orgId}/use-cases`)).json()).toEqual([]);
      expect((await client.request('GET', `/api/orgs/${orgId}/use-cases?archived=true`)).json()).toHaveLength(
        1,
      );
    });
  });
});
