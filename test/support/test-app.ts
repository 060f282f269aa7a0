import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { hashPassword } from '../../src/server/password.ts';
import type { Role } from '../../src/store/accounts-repository.ts';
import type { Store } from '../../src/store/store.ts';

/** A test configuration: no demo, generous login rate, no web root. */
export function testConfig(overrides: Record<string, string> = {}) {
  const loaded = loadConfig(
    { HAALBAAR_DEMO: 'false', HAALBAAR_LOGIN_RATE_PER_MINUTE: '1000', ...overrides },
    {
      webRoot: null,
    },
  );
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  return loaded.config;
}

export async function testApp(store: Store, env: Record<string, string> = {}): Promise<FastifyInstance> {
  const app = await buildApp({ store, config: testConfig(env) });
  await app.ready();
  return app;
}

let passwordHashCache: string | null = null;
export const TEST_PASSWORD = 'correct horse battery';

/** Creates a user (with TEST_PASSWORD) and optionally a membership. */
export async function createUser(
  store: Store,
  input: { email: string; name?: string; organisationId?: string; role?: Role },
) {
  passwordHashCache ??= await hashPassword(TEST_PASSWORD);
  const user = await store.accounts.createUser({
    email: input.email,
    name: input.name ?? input.email.split('@')[0]!,
    passwordHash: passwordHashCache,
  });
  if (input.organisationId) {
    await store.accounts.addMembership({
      userId: user.id,
      organisationId: input.organisationId,
      role: input.role ?? 'owner',
    });
  }
  return user;
}

/** A logged-in browser-like client: session cookie plus CSRF header on changes. */
export type Client = {
  request: (
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<LightMyRequestResponse>;
};

export async function login(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'hb_session');
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  return {
    request: (method, url, body, headers = {}) =>
      app.inject({
        method: method as 'GET',
        url,
        cookies: { hb_session: cookie!.value },
        headers: { 'x-csrf-token': csrf, ...headers },
        ...(body === undefined ? {} : { payload: body as object }),
      }),
  };
}

/** A client authenticated with an API token. */
export function tokenClient(app: FastifyInstance, secret: string): Client {
  return {
    request: (method, url, body, headers = {}) =>
      app.inject({
        method: method as 'GET',
        url,
        headers: { authorization: `Bearer ${secret}`, ...headers },
        ...(body === undefined ? {} : { payload: body as object }),
      }),
  };
}
