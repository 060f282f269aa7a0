/**
 * The API contract (src/api) is what the server validates with: every JSON route registers exactly
 * the schema objects its `ENDPOINTS` entry names, and every `/api` route is in the contract. So the
 * types the web takes from `ENDPOINTS` are the ones the server checks requests and answers against.
 */
import type { FastifyInstance, FastifySchema } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZRole, ZUseCaseStatus } from '../../src/api/common-schemas.ts';
import { DOWNLOADS, ENDPOINTS, type Endpoint } from '../../src/api/endpoints.ts';
import type { RouteInfo } from '../../src/server/app.ts';
import { ROLES } from '../../src/store/accounts-repository.ts';
import { openStore, type Store } from '../../src/store/store.ts';
import { USE_CASE_STATUSES } from '../../src/store/use-cases-repository.ts';
import { testApp } from '../support/test-app.ts';

type RouteSchema = FastifySchema & { response?: Record<string, unknown>; hide?: boolean };

describe('API contract', () => {
  let store: Store;
  let app: FastifyInstance;
  let routes: Map<string, RouteInfo>;

  beforeAll(async () => {
    store = await openStore({ kind: 'pglite', dataDir: null });
    app = await testApp(store);
    const api = app.routeList.filter(
      (r) => r.url.startsWith('/api/') && !(r.schema as RouteSchema | undefined)?.hide,
    );
    routes = new Map(api.map((r) => [`${r.method} ${r.url}`, r]));
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('names every /api route, and every operation it names is registered', () => {
    const named = [...Object.keys(ENDPOINTS), ...Object.keys(DOWNLOADS)].sort();
    expect([...routes.keys()].sort()).toEqual(named);
  });

  it('gives each JSON route exactly the schemas of its ENDPOINTS entry', () => {
    for (const [key, endpoint] of Object.entries(ENDPOINTS) as [string, Endpoint][]) {
      const schema = routes.get(key)?.schema as RouteSchema;
      expect(schema.params, `${key}: params`).toBe(endpoint.params);
      expect(schema.querystring, `${key}: query`).toBe(endpoint.query);
      expect(schema.body, `${key}: body`).toBe(endpoint.body);
      const success = Object.keys(schema.response ?? {}).filter((status) => status.startsWith('2'));
      expect(success, `${key}: success statuses`).toEqual([String(endpoint.status)]);
      expect(schema.response?.[endpoint.status], `${key}: response`).toBe(endpoint.response);
    }
  });

  it('gives each download route the schemas and content type of its DOWNLOADS entry', () => {
    for (const [key, download] of Object.entries(DOWNLOADS)) {
      const schema = routes.get(key)?.schema as RouteSchema;
      expect(schema.params, `${key}: params`).toBe(download.params);
      expect(schema.querystring, `${key}: query`).toBe(download.query);
      const ok = schema.response?.[200] as { content?: Record<string, unknown> } | undefined;
      expect(Object.keys(ok?.content ?? {}), `${key}: content type`).toEqual([download.contentType]);
    }
  });

  it('lists the same roles and use-case statuses as the store', () => {
    expect(ZRole.options).toEqual([...ROLES]);
    expect(ZUseCaseStatus.options).toEqual([...USE_CASE_STATUSES]);
  });
});
