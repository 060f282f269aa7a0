import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZChangePasswordBody,
  ZLocaleBody,
  ZLoginBody,
  ZSessionInfo,
  ZUser,
} from '../../api/account-schemas.ts';
import { errorResponses, ZNoContent } from '../../api/common-schemas.ts';
import { AppError } from '../app-error.ts';
import { isSecureRequest, requireUser, SESSION_COOKIE, startSession } from '../auth.ts';
import { assertStrongPassword } from '../new-password.ts';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../password.ts';
import { startPasswordAttempt } from '../password-attempts.ts';
import { requestLocale } from '../request-locale.ts';

export function registerAccountRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { store, config } = app.deps;

  r.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Log in with email and password; sets the session cookie',
        description:
          'Failed attempts are limited per account (a short lock after 5 in a row, doubling up to 15 minutes) ' +
          'and per address (HAALBAAR_LOGIN_RATE_PER_MINUTE per minute); a limited attempt gets 429 with Retry-After.',
        security: [],
        body: ZLoginBody,
        response: { 200: ZSessionInfo, ...errorResponses, 429: errorResponses[400] },
      },
    },
    async (request, reply) => {
      const attempt = await startPasswordAttempt(request, reply, {
        store,
        config,
        email: request.body.email,
      });
      const found = await store.accounts.findUserByEmail(request.body.email);
      // Spend the same time whether or not the email exists.
      const valid = await verifyPassword(request.body.password, found?.passwordHash ?? DUMMY_HASH);
      if (!found || !valid) throw new AppError('INVALID_CREDENTIALS');
      await attempt.succeeded();
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
      schema: {
        tags: ['auth'],
        summary: 'End the session',
        response: { 204: ZNoContent, ...errorResponses },
      },
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
        body: ZLocaleBody,
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
        summary: 'Change your own password; ends your other sessions',
        description:
          'The new password must meet the password policy (WEAK_PASSWORD names each reason). Wrong current ' +
          'passwords count against the same limits as failed logins.',
        body: ZChangePasswordBody,
        response: { 204: ZNoContent, ...errorResponses, 429: errorResponses[400] },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      assertStrongPassword(request.body.newPassword, {
        email: user.email,
        name: user.name,
        field: 'body.newPassword',
        locale: requestLocale(request),
      });
      const attempt = await startPasswordAttempt(request, reply, { store, config, email: user.email });
      const found = await store.accounts.findUserByEmail(user.email);
      if (!found || !(await verifyPassword(request.body.currentPassword, found.passwordHash))) {
        throw new AppError('INVALID_CREDENTIALS', { context: 'currentPassword' });
      }
      await attempt.succeeded();
      await store.accounts.setPassword(user.id, await hashPassword(request.body.newPassword));
      const auth = request.auth;
      const ended = await store.sessions.deleteOtherSessions(
        user.id,
        auth?.kind === 'session' ? auth.tokenHash : null,
      );
      request.log.info({ userId: user.id, endedSessions: ended }, 'password changed');
      return reply.status(204).send(null);
    },
  );
}
