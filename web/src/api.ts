/**
 * The browser's API client, typed end to end from the server's own schemas (src/api): the path picks
 * the operation, and its params, query, body and answer are the contract's types.
 *
 * @example const cases = await api.get('/api/orgs/:orgId/use-cases', { params: { orgId } });
 *
 * In development every answer is also checked against its schema; a mismatch is logged and thrown
 * as a ContractError. The production build leaves the check and zod out.
 */
import { apiPath } from '../../src/api/api-path.ts';
import type {
  DownloadKey,
  EndpointKey,
  HttpMethod,
  PathOf,
  RequestArgs,
  ResponseOf,
} from '../../src/api/endpoint-types.ts';

export type { SessionInfo, User } from '../../src/api/account-schemas.ts';
export type {
  AssessmentState,
  AssessmentView,
  RenderedAssessment,
  RenderedFinding,
} from '../../src/api/assessment-schemas.ts';
export type { Role, UseCaseStatus } from '../../src/api/common-schemas.ts';
export type { DataFile, RenderedProfile } from '../../src/api/data-file-schemas.ts';
export type {
  AcceptedInvitation,
  CreatedInvitation,
  Invitation,
  InvitationView,
} from '../../src/api/invitation-schemas.ts';
export type { ListedApiToken, Member } from '../../src/api/organisation-schemas.ts';
export type { StoredUseCase, UseCaseRevision, UseCaseSummary } from '../../src/api/use-case-schemas.ts';

/** An answer the server gave as an error (`{ error: { code, message, details } }`), or no answer. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** An answer that does not match its schema: the server and the contract disagree (development only). */
export class ContractError extends Error {
  constructor(
    readonly endpoint: string,
    readonly problems: string[],
  ) {
    super(`The answer of ${endpoint} does not match the API contract: ${problems.join('; ')}`);
    this.name = 'ContractError';
  }
}

let csrfToken = '';
let language = 'nl';

export function setCsrfToken(token: string): void {
  csrfToken = token;
}
export function setApiLanguage(lang: string): void {
  language = lang;
}

/**
 * Checks an answer against the operation's response schema. The contract (and zod with it) is loaded
 * only here, so a production build, where this is never called, does not contain it.
 */
async function checkAnswer(key: EndpointKey, data: unknown): Promise<void> {
  const { ENDPOINTS } = await import('../../src/api/endpoints.ts');
  const result = ENDPOINTS[key].response.safeParse(data);
  if (result.success) return;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(answer)'}: ${i.message}`);
  console.error(`API contract broken by ${key}:`, problems, data);
  throw new ContractError(key, problems);
}

type Options = { params?: Record<string, string | number>; query?: object; body?: unknown };

/** The fetch, the errors and (in development) the check; `undefined` for 204. */
async function send(key: EndpointKey, options: Options = {}): Promise<unknown> {
  const space = key.indexOf(' ');
  const method = key.slice(0, space);
  const url = apiPath(key.slice(space + 1), options.params, options.query as Record<string, unknown>);
  const headers: Record<string, string> = { 'accept-language': language, accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
  } catch {
    throw new ApiError(
      0,
      'NETWORK',
      language === 'en' ? 'The server cannot be reached.' : 'De server is niet bereikbaar.',
    );
  }
  if (res.status === 204) return undefined;
  const data = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const e = (data as { error?: { code: string; message: string; details?: unknown } } | null)?.error;
    throw new ApiError(res.status, e?.code ?? 'HTTP', e?.message ?? `HTTP ${res.status}`, e?.details);
  }
  await checkAnswerInDevelopment(key, data);
  return data;
}

type Key<M extends HttpMethod, P extends string> = `${M} ${P}` & EndpointKey;

function method<M extends HttpMethod>(m: M) {
  return <P extends PathOf<M>>(path: P, ...args: RequestArgs<Key<M, P>>): Promise<ResponseOf<Key<M, P>>> =>
    send(`${m} ${path}` as EndpointKey, args[0] as Options) as Promise<ResponseOf<Key<M, P>>>;
}

/** One function per method; the path is the route as the server registers it (`:orgId`, not a value). */
export const api = {
  get: method('GET'),
  post: method('POST'),
  put: method('PUT'),
  patch: method('PATCH'),
  delete: method('DELETE'),
};

/**
 * The address of an operation, for what the browser fetches itself: a download link, an upload.
 *
 * @example apiHref('GET /api/orgs/:orgId/use-cases/:useCaseId/business-case.xlsx', { params: { orgId, useCaseId } })
 */
export function apiHref<K extends EndpointKey | DownloadKey>(key: K, ...args: RequestArgs<K>): string {
  const options = (args[0] ?? {}) as Options;
  return apiPath(key.slice(key.indexOf(' ') + 1), options.params, options.query as Record<string, unknown>);
}

/** Checks an answer the browser received itself (an upload) against the contract, in development. */
export async function checkAnswerInDevelopment(key: EndpointKey, data: unknown): Promise<void> {
  if (import.meta.env.DEV) await checkAnswer(key, data);
}
