import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role, User } from '../store/accounts-repository.ts';
import type { ApiToken } from '../store/sessions-repository.ts';
import type { Store } from '../store/store.ts';
import { AppError } from './app-error.ts';
import type { Config } from './config.ts';

export const SESSION_COOKIE = 'hb_session';
export const CSRF_HEADER = 'x-csrf-token';
export const API_TOKEN_PREFIX = 'hb_';

export type Auth =
  | {
      kind: 'session';
      user: User;
      csrfToken: string;
      tokenHash: string;
      /** The user's role in each organisation, read with the session (one query per request). */
      roles: Record<string, Role>;
    }
  | { kind: 'token'; token: ApiToken };

/** What a caller may do inside one organisation. */
export type OrgAccess = { organisationId: string; role: Role; userId: string | null };

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null;
  }
}

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const newSecret = (bytes = 32) => randomBytes(bytes).toString('base64url');

/**
 * Why credentials that came with a request did not authenticate it, so the 401 can say so:
 * `tokenExpired`, `tokenInvalid` (unknown, revoked, or its creator lost access) or `sessionEnded`
 * (expired, idle too long, or ended by a password change or logout).
 */
export type AuthProblem = 'tokenExpired' | 'tokenInvalid' | 'sessionEnded';
// Keyed by request and dropped with it; the Fastify request has no field for it.
const authProblems = new WeakMap<FastifyRequest, AuthProblem>();

/**
 * Resolves the caller from the session cookie or a bearer token. Never throws for bad credentials:
 * it returns null and remembers why, for `unauthenticated` below.
 */
export async function resolveAuth(
  request: FastifyRequest,
  store: Store,
  config: Config,
): Promise<Auth | null> {
  const header = request.headers.authorization;
  if (typeof header === 'string' && header.startsWith('Bearer ')) {
    const secret = header.slice('Bearer '.length).trim();
    const used = secret.startsWith(API_TOKEN_PREFIX)
      ? await store.sessions.useApiToken(sha256(secret))
      : null;
    if (used && 'token' in used) return { kind: 'token', token: used.token };
    authProblems.set(request, used?.problem === 'expired' ? 'tokenExpired' : 'tokenInvalid');
    return null;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const tokenHash = sha256(cookie);
  const found = await store.sessions.findSessionUser(tokenHash, { idleHours: config.sessionIdleHours });
  if (!found) {
    authProblems.set(request, 'sessionEnded');
    return null;
  }
  return {
    kind: 'session',
    user: found.user,
    csrfToken: found.session.csrfToken,
    tokenHash,
    roles: found.roles,
  };
}

/** The 401 for a request without valid credentials, saying why when credentials came with it. */
export function unauthenticated(request: FastifyRequest): AppError {
  const problem = authProblems.get(request);
  return new AppError('UNAUTHENTICATED', problem ? { context: problem } : {});
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cookie-authenticated changes must carry the session's CSRF token in a header. A cross-site
 * form cannot set headers, and SameSite=Lax already keeps the cookie off most cross-site requests.
 */
export function checkCsrf(request: FastifyRequest): void {
  const auth = request.auth;
  if (auth?.kind !== 'session' || !UNSAFE.has(request.method)) return;
  if (request.headers[CSRF_HEADER] !== auth.csrfToken) throw new AppError('CSRF_FAILED');
}

export function requireUser(request: FastifyRequest): User {
  const auth = request.auth;
  if (auth?.kind === 'token') throw new AppError('UNAUTHENTICATED', { context: 'personRequired' });
  if (auth?.kind !== 'session') throw unauthenticated(request);
  return auth.user;
}

const RANK: Record<Role, number> = { member: 0, adviser: 1, owner: 2 };

/**
 * The caller's access to an organisation. Outsiders get NOT_FOUND, never FORBIDDEN, so they
 * cannot tell whether the organisation exists. API tokens act with the adviser role in their own
 * organisation only.
 */
export async function requireOrgAccess(
  request: FastifyRequest,
  organisationId: string,
  minimumRole: Role = 'member',
): Promise<OrgAccess> {
  const auth = request.auth;
  if (!auth) throw unauthenticated(request);
  let access: OrgAccess;
  if (auth.kind === 'token') {
    if (auth.token.organisationId !== organisationId) throw new AppError('NOT_FOUND');
    access = { organisationId, role: 'adviser', userId: null };
  } else {
    const role = Object.hasOwn(auth.roles, organisationId) ? auth.roles[organisationId] : undefined;
    if (!role) throw new AppError('NOT_FOUND');
    access = { organisationId, role, userId: auth.user.id };
  }
  if (RANK[access.role] < RANK[minimumRole]) throw new AppError('FORBIDDEN');
  return access;
}

/** Starts a session: a random cookie (only its hash is stored) and a CSRF token. */
export async function startSession(
  reply: FastifyReply,
  options: { store: Store; config: Config; userId: string; secure: boolean },
): Promise<{ csrfToken: string }> {
  const secret = newSecret();
  const csrfToken = newSecret(24);
  const expiresAt = new Date(Date.now() + options.config.sessionDays * 86_400_000);
  await options.store.sessions.createSession({
    tokenHash: sha256(secret),
    userId: options.userId,
    csrfToken,
    expiresAt,
  });
  reply.setCookie(SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secure,
    path: '/',
    expires: expiresAt,
  });
  return { csrfToken };
}

/** Whether cookies must be Secure for this request. */
export function isSecureRequest(request: FastifyRequest, config: Config): boolean {
  if (config.secureCookies === 'always') return true;
  if (config.secureCookies === 'never') return false;
  return request.protocol === 'https';
}
