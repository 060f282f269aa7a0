import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EmailTakenError } from '../../store/accounts-repository.ts';
import { AppError } from '../app-error.ts';
import { API_TOKEN_PREFIX, newSecret, requireOrgAccess, requireUser, sha256 } from '../auth.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../password.ts';
import { errorResponses, ZMembership, ZOrgParams, ZRole, ZUuid } from '../schemas.ts';

const ZOrganisation = z
  .object({ id: z.string(), name: z.string(), createdAt: z.string(), role: ZRole })
  .meta({ id: 'Organisation' });
const ZMember = z
  .object({ userId: z.string(), email: z.string(), name: z.string(), role: ZRole })
  .meta({ id: 'Member' });
const ZApiToken = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });
const ZMemberParams = ZOrgParams.extend({ userId: ZUuid });
const ZTokenParams = ZOrgParams.extend({ tokenId: ZUuid });

export function registerOrganisationRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { store } = app.deps;
  const tags = ['organisations'];

  r.get(
    '/api/orgs',
    {
      schema: {
        tags,
        summary: 'The organisations you belong to (an API token sees its own)',
        response: { 200: z.array(ZMembership), ...errorResponses },
      },
    },
    async (request) => {
      const auth = request.auth;
      if (auth?.kind === 'token') {
        const org = await store.accounts.getOrganisation(auth.token.organisationId);
        return org ? [{ organisationId: org.id, organisationName: org.name, role: 'adviser' as const }] : [];
      }
      return store.accounts.listMemberships(requireUser(request).id);
    },
  );

  r.post(
    '/api/orgs',
    {
      schema: {
        tags,
        summary: 'Create an organisation; you become its owner',
        body: z.strictObject({ name: z.string().trim().min(1).max(200) }),
        response: { 201: ZOrganisation, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const org = await store.db.transaction(async (tx) => {
        const [row] = await tx.query(
          'insert into organisations (name) values ($1) returning id, name, created_at',
          [request.body.name],
        );
        await tx.query(`insert into memberships (user_id, organisation_id, role) values ($1, $2, 'owner')`, [
          user.id,
          row!.id,
        ]);
        return row!;
      });
      return reply.status(201).send({
        id: String(org.id),
        name: String(org.name),
        createdAt: new Date(org.created_at as string).toISOString(),
        role: 'owner' as const,
      });
    },
  );

  r.get(
    '/api/orgs/:orgId',
    {
      schema: {
        tags,
        summary: 'One organisation',
        params: ZOrgParams,
        response: { 200: ZOrganisation, ...errorResponses },
      },
    },
    async (request) => {
      const access = await requireOrgAccess(request, store, request.params.orgId);
      const org = await store.accounts.getOrganisation(request.params.orgId);
      if (!org) throw new AppError('NOT_FOUND');
      return { ...org, role: access.role };
    },
  );

  r.get(
    '/api/orgs/:orgId/members',
    {
      schema: {
        tags,
        summary: 'Members of the organisation',
        params: ZOrgParams,
        response: { 200: z.array(ZMember), ...errorResponses },
      },
    },
    async (request) => {
      await requireOrgAccess(request, store, request.params.orgId);
      return store.accounts.listMembers(request.params.orgId);
    },
  );

  r.post(
    '/api/orgs/:orgId/members',
    {
      schema: {
        tags,
        summary: 'Add a member (owner only). A new email gets an account with the given password.',
        params: ZOrgParams,
        body: z.strictObject({
          email: z.email().max(320),
          name: z.string().trim().min(1).max(200),
          role: ZRole,
          password: z.string().min(MIN_PASSWORD_LENGTH).max(1000).optional(),
        }),
        response: { 201: ZMember, ...errorResponses },
      },
    },
    async (request, reply) => {
      await requireOrgAccess(request, store, request.params.orgId, 'owner');
      const { email, name, role, password } = request.body;
      let user = await store.accounts.findUserByEmail(email);
      if (!user) {
        if (!password) {
          throw new AppError('VALIDATION_FAILED', { problems: 'body.password: required for a new account' });
        }
        try {
          const created = await store.accounts.createUser({
            email,
            name,
            passwordHash: await hashPassword(password),
          });
          user = { ...created, passwordHash: '' };
        } catch (e) {
          if (e instanceof EmailTakenError) throw new AppError('EMAIL_TAKEN', { email });
          throw e;
        }
      }
      await store.accounts.addMembership({ userId: user.id, organisationId: request.params.orgId, role });
      return reply.status(201).send({ userId: user.id, email: user.email, name: user.name, role });
    },
  );

  r.patch(
    '/api/orgs/:orgId/members/:userId',
    {
      schema: {
        tags,
        summary: 'Change a member’s role (owner only)',
        params: ZMemberParams,
        body: z.strictObject({ role: ZRole }),
        response: { 200: ZMember, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, userId } = request.params;
      await requireOrgAccess(request, store, orgId, 'owner');
      const current = await store.accounts.getRole(userId, orgId);
      if (!current) throw new AppError('NOT_FOUND');
      if (
        current === 'owner' &&
        request.body.role !== 'owner' &&
        (await store.accounts.countOwners(orgId)) <= 1
      ) {
        throw new AppError('LAST_OWNER');
      }
      await store.accounts.addMembership({ userId, organisationId: orgId, role: request.body.role });
      const member = (await store.accounts.listMembers(orgId)).find((m) => m.userId === userId);
      if (!member) throw new AppError('NOT_FOUND');
      return member;
    },
  );

  r.delete(
    '/api/orgs/:orgId/members/:userId',
    {
      schema: {
        tags,
        summary: 'Remove a member (owner only)',
        params: ZMemberParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, userId } = request.params;
      await requireOrgAccess(request, store, orgId, 'owner');
      const current = await store.accounts.getRole(userId, orgId);
      if (!current) throw new AppError('NOT_FOUND');
      if (current === 'owner' && (await store.accounts.countOwners(orgId)) <= 1)
        throw new AppError('LAST_OWNER');
      await store.accounts.removeMembership(userId, orgId);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/orgs/:orgId/members/:userId/password',
    {
      schema: {
        tags,
        summary: 'Set a new password for a member (owner only); ends their sessions',
        description:
          'Allowed only when every organisation the member belongs to is one you own, so an owner of one client cannot take over an adviser who also serves other clients.',
        params: ZMemberParams,
        body: z.strictObject({ password: z.string().min(MIN_PASSWORD_LENGTH).max(1000) }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, userId } = request.params;
      const access = await requireOrgAccess(request, store, orgId, 'owner');
      if (!(await store.accounts.getRole(userId, orgId))) throw new AppError('NOT_FOUND');
      const theirs = await store.accounts.listMemberships(userId);
      for (const m of theirs) {
        if (
          access.userId === null ||
          (await store.accounts.getRole(access.userId, m.organisationId)) !== 'owner'
        ) {
          throw new AppError('FORBIDDEN');
        }
      }
      await store.accounts.setPassword(userId, await hashPassword(request.body.password));
      await store.sessions.deleteUserSessions(userId);
      request.log.info({ userId, by: access.userId }, 'password reset by owner');
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/orgs/:orgId/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: 'API tokens of the organisation (owner or adviser)',
        params: ZOrgParams,
        response: { 200: z.array(ZApiToken), ...errorResponses },
      },
    },
    async (request) => {
      requireUser(request);
      await requireOrgAccess(request, store, request.params.orgId, 'adviser');
      return (await store.sessions.listApiTokens(request.params.orgId)).map(
        ({ organisationId: _o, ...t }) => t,
      );
    },
  );

  r.post(
    '/api/orgs/:orgId/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Create an API token; the secret is shown once',
        params: ZOrgParams,
        body: z.strictObject({ name: z.string().trim().min(1).max(100) }),
        response: { 201: ZApiToken.extend({ secret: z.string() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      await requireOrgAccess(request, store, request.params.orgId, 'adviser');
      const secret = `${API_TOKEN_PREFIX}${newSecret()}`;
      const token = await store.sessions.createApiToken({
        organisationId: request.params.orgId,
        name: request.body.name,
        tokenHash: sha256(secret),
        prefix: secret.slice(0, 8),
        createdBy: user.id,
      });
      const { organisationId: _o, ...rest } = token;
      return reply.status(201).send({ ...rest, secret });
    },
  );

  r.delete(
    '/api/orgs/:orgId/tokens/:tokenId',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Revoke an API token',
        params: ZTokenParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      requireUser(request);
      await requireOrgAccess(request, store, request.params.orgId, 'adviser');
      if (!(await store.sessions.revokeApiToken(request.params.orgId, request.params.tokenId))) {
        throw new AppError('NOT_FOUND');
      }
      return reply.status(204).send(null);
    },
  );
}
