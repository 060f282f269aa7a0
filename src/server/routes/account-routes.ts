import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../app-error.ts';
import { isSecureRequest, requireUser, SESSION_COOKIE, startSession } from '../auth.ts';
import { DUMMY_HASH, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '../password.ts';
import { errorResponses, ZMembership, ZUser } from '../schemas.ts';

const ZSessionInfo = z
  .object({ user: ZUser, memberships: z.array(ZMembership), csrfToken: z.string() })
  .meta({ id: 'SessionInfo' });

const ZLoginBody = z.strictObject({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1000),
});

export function registerAccountRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { store, config } = app.deps;

  r.post(
    '/api/auth/login',
    {
      config: {
        rateLimit: {
          max: config.loginRatePerMinute,
          timeWindow: 60_000,
          // Per address and per account, so one attacker cannot lock out everyone.
          keyGenerator: (request) =>
            `${request.ip}|${String((request.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}`,
          errorResponseBuilder: (_request, context) =>
            new AppError('RATE_LIMITED', { seconds: Math.ceil(context.ttl / 1000) }),
        },
      },
      schema: {
        tags: ['auth'],
        summary: 'Log in with email and password; sets the session cookie',
        security: [],
        body: ZLoginBody,
        response: { 200: ZSessionInfo, ...errorResponses, 429: errorResponses[400] },
      },
    },
    async (request, reply) => {
      const found = await store.accounts.findUserByEmail(request.body.email);
      // Spend the same time whether or not the email exists.
      const valid = await verifyPassword(request.body.password, found?.passwordHash ?? DUMMY_HASH);
      if (!found || !valid) throw new AppError('INVALID_CREDENTIALS');
      const { passwordHash: _h, ...user } = found;
      const { csrfToken } = await startSession(reply, {
        store,
        config,
        userId: user.id,
        secure: isSecureRequest(request, config),
      });
      request.log.info({ userId: user.id }, 'login');
      return { user, memberships: await store.accounts.listMemberships(user.id), csrfToken };
    },
  );

  r.post(
    '/api/auth/logout',
    {
      schema: { tags: ['auth'], summary: 'End the session', response: { 204: z.null(), ...errorResponses } },
    },
    async (request, reply) => {
      const auth = request.auth;
      if (auth?.kind === 'session') await store.sessions.deleteSession(auth.tokenHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The logged-in user, the organisations they belong to and the CSRF token',
        response: { 200: ZSessionInfo, ...errorResponses },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const auth = request.auth;
      return {
        user,
        memberships: await store.accounts.listMemberships(user.id),
        csrfToken: auth?.kind === 'session' ? auth.csrfToken : '',
      };
    },
  );

  r.patch(
    '/api/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change your preferred language',
        body: z.strictObject({ locale: z.enum(['nl', 'en']) }),
        response: { 200: ZUser, ...errorResponses },
      },
    },
    async (request) => {
      const user = requireUser(request);
      await store.accounts.setLocale(user.id, request.body.locale);
      return { ...user, locale: request.body.locale };
    },
  );

  r.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change your own password',
        body: z.strictObject({
          currentPassword: z.string().min(1).max(1000),
          newPassword: z.string().min(MIN_PASSWORD_LENGTH).max(1000),
        }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const found = await store.accounts.findUserByEmail(user.email);
      if (!found || !(await verifyPassword(request.body.currentPassword, found.passwordHash))) {
        throw new AppError('INVALID_CREDENTIALS');
      }
      await store.accounts.setPassword(user.id, await hashPassword(request.body.newPassword));
      return reply.status(204).send(null);
    },
  );
}
