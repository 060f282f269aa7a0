import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, apiHref, ContractError, setCsrfToken } from './api.ts';

const ORG = '6f1d2c3e-0000-4000-8000-000000000001';
const CASE = '6f1d2c3e-0000-4000-8000-000000000002';

const summary = {
  id: CASE,
  organisationId: ORG,
  title: 'Facturen',
  status: 'idea',
  revision: 1,
  archivedAt: null,
  createdAt: '2026-11-26T10:00:00.000Z',
  updatedAt: '2026-11-26T10:00:00.000Z',
};

/** Answers every request with this status and JSON body, and records what was asked. */
function serve(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(status === 204 ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  });
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('api client', () => {
  it('fills the path, adds the query and sends the body with the CSRF header', async () => {
    setCsrfToken('csrf-1');
    const calls = serve(200, { ...summary, document: { title: 'Facturen' } });
    const saved = await api.patch('/api/orgs/:orgId/use-cases/:useCaseId', {
      params: { orgId: ORG, useCaseId: CASE },
      body: { document: { title: 'Facturen' }, expectedRevision: 1 },
    });
    expect(saved.document.title).toBe('Facturen');
    const [call] = calls;
    expect(call?.url).toBe(`/api/orgs/${ORG}/use-cases/${CASE}`);
    expect(call?.init.method).toBe('PATCH');
    expect(call?.init.headers).toMatchObject({ 'x-csrf-token': 'csrf-1' });
    expect(JSON.parse(String(call?.init.body))).toEqual({
      document: { title: 'Facturen' },
      expectedRevision: 1,
    });
  });

  it('passes an answer that matches its schema through unchanged', async () => {
    const item = { ...summary, verdict: 'fix-first' };
    const calls = serve(200, [item]);
    const list = await api.get('/api/orgs/:orgId/use-cases', {
      params: { orgId: ORG },
      query: { archived: 'true' },
    });
    expect(list).toEqual([item]);
    expect(calls[0]?.url).toBe(`/api/orgs/${ORG}/use-cases?archived=true`);
  });

  it('in development, throws and logs when an answer breaks the contract (a renamed field)', async () => {
    const { title, ...renamed } = summary;
    serve(200, [{ ...renamed, name: title }]);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const answer = api.get('/api/orgs/:orgId/use-cases', { params: { orgId: ORG } });
    await expect(answer).rejects.toBeInstanceOf(ContractError);
    await expect(answer).rejects.toThrow(/GET \/api\/orgs\/:orgId\/use-cases.*0\.title/);
    expect(logged).toHaveBeenCalledOnce();
  });

  it('turns an error answer into an ApiError with the server’s code and message', async () => {
    serve(409, { error: { code: 'REVISION_CONFLICT', message: 'Someone saved in between.' } });
    const answer = api.patch('/api/orgs/:orgId/use-cases/:useCaseId', {
      params: { orgId: ORG, useCaseId: CASE },
      body: { expectedRevision: 1 },
    });
    await expect(answer).rejects.toBeInstanceOf(ApiError);
    await expect(answer).rejects.toMatchObject({ status: 409, code: 'REVISION_CONFLICT' });
  });

  it('answers undefined for 204', async () => {
    serve(204, null);
    await expect(api.post('/api/auth/logout')).resolves.toBeUndefined();
  });

  it('builds the address of a download with its query', () => {
    expect(
      apiHref('GET /api/orgs/:orgId/use-cases/:useCaseId/business-case.xlsx', {
        params: { orgId: ORG, useCaseId: CASE },
        query: { lang: 'en' },
      }),
    ).toBe(`/api/orgs/${ORG}/use-cases/${CASE}/business-case.xlsx?lang=en`);
  });
});
