/**
 * Requests a probe once turned into 500s, each now a 400 that names the problem in the request's
 * language; the error handler's mapping of framework errors; the security headers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/store.ts';
import { freshStore, resetStore, testEngines } from '../support/databases.ts';
import { type Client, createUser, login, testApp, testConfig } from '../support/test-app.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'haalbaar-hygiene-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

type ErrorBody = {
  error: { code: string; message: string; details?: { problems: Array<{ path: string }> } };
};

function problemPaths(body: ErrorBody): string[] {
  return (body.error.details?.problems ?? []).map((p) => p.path);
}

/** A multipart body with one CSV file and the given fields, as a browser sends it. */
function form(boundary: string, fields: Record<string, string> = {}, fileName = 'meting.csv'): string {
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  parts.push(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\na;b\r\n1;2\r\n`,
  );
  return `${parts.join('')}--${boundary}--\r\n`;
}

describe.each(testEngines())('request hygiene on $name', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let client: Client;
  let orgId: string;
  let useCaseUrl: string;

  beforeAll(async () => {
    store = await freshStore(engine);
    app = await buildApp({ store, config: testConfig({ HAALBAAR_DATA_DIR: dataDir }), runJobs: false });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });
  beforeEach(async () => {
    await resetStore(store);
    orgId = (await store.accounts.createOrganisation('Testbedrijf')).id;
    await createUser(store, { email: 'owner@example.nl', organisationId: orgId });
    client = await login(app, 'owner@example.nl');
    const created = await client.request('POST', `/api/orgs/${orgId}/use-cases`, {
      document: { title: 'A' },
    });
    useCaseUrl = `/api/orgs/${orgId}/use-cases/${created.json().id}`;
  });

  describe('text PostgreSQL cannot store is a 400 naming the field', () => {
    it('a NUL in a body string, in English when asked', async () => {
      const res = await client.request(
        'POST',
        `/api/orgs/${orgId}/use-cases`,
        { document: { title: 'Facturen\u0000' } },
        { 'accept-language': 'en' },
      );
      expect(res.statusCode).toBe(400);
      const body = res.json<ErrorBody>();
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(problemPaths(body)).toEqual(['body.document.title']);
      expect(body.error.message).toContain(
        'Title: contains a character that cannot be stored (a NUL control character or half of an emoji, at character 9)',
      );
      expect(await store.useCases.list(orgId)).toHaveLength(1);
    });

    it('a lone surrogate in a body string, in Dutch by default', async () => {
      const res = await client.request('PATCH', useCaseUrl, '{"document":{"title":"fiets \\ud83d"}}', {
        'content-type': 'application/json',
      });
      expect(res.statusCode).toBe(400);
      expect(problemPaths(res.json())).toEqual(['body.document.title']);
      expect(res.json<ErrorBody>().error.message).toContain('bevat een teken dat niet kan worden opgeslagen');
    });

    it('a NUL in an object key, shown escaped', async () => {
      const res = await client.request('POST', '/api/assess', '{"title":"x","a\\u0000b":1}', {
        'content-type': 'application/json',
      });
      expect(res.statusCode).toBe(400);
      expect(problemPaths(res.json())).toEqual(['body["a\\u0000b"]']);
    });

    it('a NUL in the login email (was a 500 from the database)', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'owner\u0000@example.nl', password: 'x' },
      });
      expect(res.statusCode).toBe(400);
      expect(problemPaths(res.json())).toEqual(['body.email']);
    });

    it('a NUL in the query string and in a path parameter', async () => {
      const query = await client.request('GET', `/api/orgs/${orgId}/use-cases?archived=tr%00ue`);
      expect(query.statusCode).toBe(400);
      expect(problemPaths(query.json())).toEqual(['querystring.archived']);
      const param = await client.request('GET', `/api/orgs/${orgId}/use-cases/%00`);
      expect(param.statusCode).toBe(400);
      expect(problemPaths(param.json())).toEqual(['params.useCaseId']);
    });
  });

  describe('numbers beyond what the database column holds are a 400', () => {
    it('a revision number beyond 32 bits in the path', async () => {
      for (const url of [
        `${useCaseUrl}/revisions/99999999999`,
        `${useCaseUrl}/revisions/99999999999/restore`,
      ]) {
        const res = await client.request(url.endsWith('restore') ? 'POST' : 'GET', url);
        expect(res.statusCode).toBe(400);
        expect(problemPaths(res.json())).toEqual(['params.revision']);
        expect(res.json<ErrorBody>().error.message).toContain('maximaal 2147483647');
      }
      const largest = await client.request('GET', `${useCaseUrl}/revisions/2147483647`);
      expect(largest.statusCode).toBe(404);
    });

    it('an expectedRevision beyond 32 bits in the body', async () => {
      const res = await client.request('PATCH', useCaseUrl, {
        document: { title: 'B' },
        expectedRevision: 2 ** 31,
      });
      expect(res.statusCode).toBe(400);
      expect(problemPaths(res.json())).toEqual(['body.expectedRevision']);
    });
  });

  describe('JSON nested too deep', () => {
    it('a megabyte of opening brackets is refused quickly, naming the body', async () => {
      const res = await client.request('POST', '/api/assess', '['.repeat(1024 * 1024), {
        'content-type': 'application/json',
      });
      expect(res.statusCode).toBe(400);
      expect(problemPaths(res.json())).toEqual(['body']);
      expect(res.json<ErrorBody>().error.message).toContain('meer dan 64 niveaus');
    });

    it('valid JSON nested a hundred thousand levels deep is refused too', async () => {
      const deep = `{"title":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
      const res = await client.request('POST', '/api/assess', deep, { 'content-type': 'application/json' });
      expect(res.statusCode).toBe(400);
      expect(problemPaths(res.json())).toEqual(['body']);
    });

    it('still refuses prototype poisoning as malformed JSON', async () => {
      const res = await client.request('POST', '/api/assess', '{"__proto__":{"admin":true}}', {
        'content-type': 'application/json',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json<ErrorBody>().error.code).toBe('MALFORMED_JSON');
    });
  });

  describe('broken multipart uploads are MALFORMED_MULTIPART, not 500 or MALFORMED_JSON', () => {
    const upload = (payload: string, contentType: string, headers: Record<string, string> = {}) =>
      client.request('POST', `${useCaseUrl}/data-files`, payload, {
        'content-type': contentType,
        ...headers,
      });

    it('no boundary', async () => {
      const res = await upload(form('abc'), 'multipart/form-data', { 'accept-language': 'en' });
      expect(res.statusCode).toBe(400);
      expect(res.json<ErrorBody>().error.code).toBe('MALFORMED_MULTIPART');
      expect(res.json<ErrorBody>().error.message).toContain('has no usable boundary');
    });

    it('an empty or overlong boundary', async () => {
      for (const boundary of ['', '""', 'x'.repeat(300)]) {
        const res = await upload(form('abc'), `multipart/form-data; boundary=${boundary}`);
        expect(res.statusCode).toBe(400);
        expect(res.json<ErrorBody>().error.code).toBe('MALFORMED_MULTIPART');
      }
    });

    it('a body cut off in the middle of the file, and one cut off before any part ends', async () => {
      const whole = form('grens');
      for (const cut of [whole.length - 20, 30]) {
        const res = await upload(whole.slice(0, cut), 'multipart/form-data; boundary=grens', {
          'accept-language': 'en',
        });
        expect(res.statusCode).toBe(400);
        expect(res.json<ErrorBody>().error.code).toBe('MALFORMED_MULTIPART');
        expect(res.json<ErrorBody>().error.message).toContain('the upload was cut off');
      }
      expect((await store.dataFiles.list(orgId, useCaseUrl.split('/').at(-1)!)).length).toBe(0);
    });

    it('a NUL in a form field or in the file name, named as the field', async () => {
      const field = await upload(form('g', { sheet: 'Blad\u00001' }), 'multipart/form-data; boundary=g');
      expect(field.statusCode).toBe(400);
      expect(problemPaths(field.json())).toEqual(['body.sheet']);
      const name = await upload(form('g', {}, 'me\u0000ting.csv'), 'multipart/form-data; boundary=g');
      expect(name.statusCode).toBe(400);
      expect(problemPaths(name.json())).toEqual(['body.file.filename']);
    });

    it('more fields than allowed', async () => {
      const fields = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`sheet${i}`, 'x']));
      const res = await upload(form('g', fields), 'multipart/form-data; boundary=g');
      expect(res.statusCode).toBe(400);
    });

    it('JSON sent to the upload route names multipart/form-data as what to send', async () => {
      const res = await client.request(
        'POST',
        `${useCaseUrl}/data-files`,
        { file: 'x' },
        { 'accept-language': 'en' },
      );
      expect(res.statusCode).toBe(415);
      expect(res.json<ErrorBody>().error.message).toContain('Content-Type: multipart/form-data');
    });

    it('a form sent to a JSON route names application/json as what to send', async () => {
      const res = await client.request('POST', `/api/orgs/${orgId}/use-cases`, 'title=x', {
        'content-type': 'application/xml',
        'accept-language': 'en',
      });
      expect(res.statusCode).toBe(415);
      expect(res.json<ErrorBody>().error.message).toContain('Content-Type: application/json');
    });

    it('a correct upload is still accepted', async () => {
      const res = await upload(form('g', { keepFile: 'false' }), 'multipart/form-data; boundary=g');
      expect(res.statusCode).toBe(202);
    });
  });

  describe('addresses the router cannot read get the same error shape', () => {
    it('a broken %-escape', async () => {
      for (const bad of ['%zz', '%ED%A0%80', '%']) {
        const res = await client.request('GET', `/api/orgs/${bad}/use-cases`, undefined, {
          'accept-language': 'en',
        });
        expect(res.statusCode).toBe(400);
        expect(res.json<ErrorBody>().error.code).toBe('MALFORMED_REQUEST');
        expect(res.json<ErrorBody>().error.message).toContain('not valid UTF-8');
      }
    });

    it('a path parameter longer than any id', async () => {
      const res = await client.request('GET', `/api/orgs/${'a'.repeat(500)}/use-cases`);
      expect(res.statusCode).toBe(400);
      expect(res.json<ErrorBody>().error.code).toBe('MALFORMED_REQUEST');
    });

    it('keeps serving after all of the above', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/health' });
      expect(res.statusCode).toBe(200);
    });
  });
});

describe('unknown errors', () => {
  it('stay a 500 without details, logged with the request id the message gives as reference', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const store = await freshStore(testEngines()[0]!);
    const app = await buildApp({
      store,
      config: testConfig({ HAALBAAR_DATA_DIR: dataDir }),
      runJobs: false,
      logger: { level: 'error', stream },
    });
    app.get('/api/test-bug', async () => {
      throw new Error('Unexpected end of multipart data');
    });
    await app.ready();
    const res = await app.inject({
      method: 'GET',
      url: '/api/test-bug',
      headers: { 'accept-language': 'en' },
    });
    await app.close();
    await store.close();
    expect(res.statusCode).toBe(500);
    const { error } = res.json<ErrorBody>();
    expect(error.code).toBe('INTERNAL');
    expect(error.message).not.toContain('multipart');
    const logged = lines.find((l) => l.msg === 'unhandled error');
    expect(logged).toBeDefined();
    expect(logged?.level).toBe(50);
    expect(error.message).toContain(String(logged?.reqId));
    expect(logged?.requestId).toBe(logged?.reqId);
  });
});

describe('security headers', () => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(testEngines()[0]!);
  });
  afterAll(async () => {
    await store.close();
  });

  it('allow only scripts from the app itself: no inline script', async () => {
    const app = await testApp(store);
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    await app.close();
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/(^|;)script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("script-src-attr 'none'");
  });

  it('give the API docs their own policy: no inline script, and no upgrade to HTTPS on a plain-HTTP install', async () => {
    const app = await testApp(store);
    const res = await app.inject({ method: 'GET', url: '/api/docs/' });
    await app.close();
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'[^;]*;/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  it('send no HSTS over plain HTTP, even when a client claims HTTPS without a trusted proxy', async () => {
    const app = await testApp(store);
    const plain = await app.inject({ method: 'GET', url: '/api/health' });
    const claimed = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-forwarded-proto': 'https' },
    });
    await app.close();
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    expect(claimed.headers['strict-transport-security']).toBeUndefined();
  });

  it('send HSTS when a trusted proxy says the request came over TLS', async () => {
    const app = await testApp(store, { HAALBAAR_TRUST_PROXY: 'true' });
    const tls = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-forwarded-proto': 'https' },
    });
    const plain = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-forwarded-proto': 'http' },
    });
    const error = await app.inject({
      method: 'GET',
      url: '/api/nope',
      headers: { 'x-forwarded-proto': 'https' },
    });
    await app.close();
    expect(tls.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    expect(error.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});
