import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, ZNoContent, ZOrgParams } from '../../api/common-schemas.ts';
import {
  type Invitation,
  ZAcceptedInvitation,
  ZAcceptInvitationBody,
  ZCreatedInvitation,
  ZCreateInvitationBody,
  ZInvitationList,
  ZInvitationParams,
  ZInvitationView,
  ZSecretParams,
} from '../../api/invitation-schemas.ts';
import { msg } from '../../core/message.ts';
import { accountsRepository, EmailTakenError } from '../../store/accounts-repository.ts';
import { invitationsRepository } from '../../store/invitations-repository.ts';
import { AppError } from '../app-error.ts';
import { isSecureRequest, newSecret, requireOrgAccess, sha256, startSession } from '../auth.ts';
import { invalidFields } from '../invalid-fields.ts';
import { assertStrongPassword } from '../new-password.ts';
import { hashPassword } from '../password.ts';
import { normaliseEmail } from '../password-attempts.ts';
import { requestLocale } from '../request-locale.ts';

/** How long an invitation link works. */
export const INVITATION_DAYS = 7;

const publicInvitation = (i: Invitation) => ({
  id: i.id,
  email: i.email,
  name: i.name,
  role: i.role,
  createdAt: i.createdAt,
  expiresAt: i.expiresAt,
});

/**
 * Members join by invitation: an owner invites an e-mail address with a role and passes the link on;
 * the person opens it and accepts. The answer to an invitation never tells whether the address
 * already has an account, and nobody sets another person's password.
 */
export function registerInvitationRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { store, config } = app.deps;
  const tags = ['invitations'];

  r.get(
    '/api/orgs/:orgId/invitations',
    {
      schema: {
        tags,
        summary: 'Open invitations of the organisation (owner only)',
        params: ZOrgParams,
        response: { 200: ZInvitationList, ...errorResponses },
      },
    },
    async (request) => {
      await requireOrgAccess(request, request.params.orgId, 'owner');
      return (await store.invitations.listOpen(request.params.orgId)).map(publicInvitation);
    },
  );

  r.post(
    '/api/orgs/:orgId/invitations',
    {
      schema: {
        tags,
        summary: 'Invite someone by e-mail address (owner only); the link is shown once',
        description:
          `The link works for ${INVITATION_DAYS} days, once. The answer is the same whether or not the address ` +
          'already has an account. A newer invitation for the same address replaces an open one.',
        params: ZOrgParams,
        body: ZCreateInvitationBody,
        response: { 201: ZCreatedInvitation, ...errorResponses },
      },
    },
    async (request, reply) => {
      const access = await requireOrgAccess(request, request.params.orgId, 'owner');
      const secret = newSecret();
      const invitation = await store.db.transaction((tx) =>
        invitationsRepository(tx).create({
          organisationId: request.params.orgId,
          email: request.body.email,
          name: request.body.name,
          role: request.body.role,
          secretHash: sha256(secret),
          invitedBy: access.userId,
          expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
        }),
      );
      request.log.info({ invitationId: invitation.id, by: access.userId }, 'invitation created');
      return reply.status(201).send({ ...publicInvitation(invitation), secret, link: `/invite/${secret}` });
    },
  );

  r.delete(
    '/api/orgs/:orgId/invitations/:invitationId',
    {
      schema: {
        tags,
        summary: 'Revoke an open invitation (owner only)',
        params: ZInvitationParams,
        response: { 204: ZNoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await requireOrgAccess(request, request.params.orgId, 'owner');
      if (!(await store.invitations.revoke(request.params.orgId, request.params.invitationId))) {
        throw new AppError('NOT_FOUND');
      }
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/invitations/:secret',
    {
      schema: {
        tags,
        summary: 'What an invitation link is for: organisation, role and invited address',
        security: [],
        params: ZSecretParams,
        response: { 200: ZInvitationView, ...errorResponses },
      },
    },
    async (request) => {
      const invitation = await store.invitations.findOpen(sha256(request.params.secret));
      if (!invitation) throw new AppError('INVITATION_INVALID');
      const { organisationName, email, name, role, expiresAt } = invitation;
      return { organisationName, email, name, role, expiresAt };
    },
  );

  r.post(
    '/api/invitations/:secret/accept',
    {
      schema: {
        tags,
        summary: 'Accept an invitation',
        description:
          'Logged in as the invited address: joins the organisation (send no body fields). Not logged in and ' +
          'the address has no account yet: send name and password; this creates the account and logs in. ' +
          'The address has an account but you are not logged in as it: 401 LOGIN_REQUIRED; log in first.',
        security: [],
        params: ZSecretParams,
        body: ZAcceptInvitationBody,
        response: { 200: ZAcceptedInvitation, ...errorResponses },
      },
    },
    async (request, reply) => {
      const invitation = await store.invitations.findOpen(sha256(request.params.secret));
      if (!invitation) throw new AppError('INVITATION_INVALID');
      const auth = request.auth;
      const body = request.body ?? {};
      if (auth?.kind === 'token') throw new AppError('UNAUTHENTICATED', { context: 'personRequired' });

      if (auth?.kind === 'session') {
        const user = auth.user;
        if (normaliseEmail(user.email) !== normaliseEmail(invitation.email)) {
          throw new AppError('INVITATION_WRONG_ACCOUNT', { email: invitation.email, current: user.email });
        }
        const supplied = (['name', 'password'] as const).filter((field) => body[field] !== undefined);
        if (supplied.length > 0) {
          throw invalidFields(
            request,
            supplied.map((field) => ({ path: `body.${field}`, message: msg('input.notWhenLoggedIn') })),
          );
        }
        await store.db.transaction(async (tx) => {
          if (!(await invitationsRepository(tx).markAccepted(invitation.id, user.id))) {
            throw new AppError('INVITATION_INVALID');
          }
          await accountsRepository(tx).joinOrganisation({
            userId: user.id,
            organisationId: invitation.organisationId,
            role: invitation.role,
          });
        });
        request.log.info({ invitationId: invitation.id, userId: user.id }, 'invitation accepted');
        return {
          organisationId: invitation.organisationId,
          user,
          memberships: await store.accounts.listMemberships(user.id),
          csrfToken: auth.csrfToken,
        };
      }

      if (await store.accounts.findUserByEmail(invitation.email)) {
        throw new AppError('LOGIN_REQUIRED', { email: invitation.email });
      }
      const { name, password } = body;
      if (name === undefined || password === undefined) {
        throw invalidFields(
          request,
          [name === undefined ? 'body.name' : null, password === undefined ? 'body.password' : null]
            .filter((path) => path !== null)
            .map((path) => ({ path, message: msg('input.required', { expected: 'string' }) })),
        );
      }
      assertStrongPassword(password, {
        email: invitation.email,
        name,
        field: 'body.password',
        locale: requestLocale(request),
      });
      const passwordHash = await hashPassword(password);
      const user = await store.db
        .transaction(async (tx) => {
          const created = await accountsRepository(tx).createUser({
            email: invitation.email,
            name,
            passwordHash,
            locale: requestLocale(request),
          });
          if (!(await invitationsRepository(tx).markAccepted(invitation.id, created.id))) {
            throw new AppError('INVITATION_INVALID');
          }
          await accountsRepository(tx).joinOrganisation({
            userId: created.id,
            organisationId: invitation.organisationId,
            role: invitation.role,
          });
          return created;
        })
        .catch((e: unknown) => {
          // Someone made the account in the meantime (another invitation, accepted just now).
          if (e instanceof EmailTakenError) throw new AppError('LOGIN_REQUIRED', { email: invitation.email });
          throw e;
        });
      const { csrfToken } = await startSession(reply, {
        store,
        config,
        userId: user.id,
        secure: isSecureRequest(request, config),
      });
      request.log.info(
        { invitationId: invitation.id, userId: user.id },
        'invitation accepted by a new account',
      );
      return {
        organisationId: invitation.organisationId,
        user,
        memberships: await store.accounts.listMemberships(user.id),
        csrfToken,
      };
    },
  );
}
