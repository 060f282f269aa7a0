import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZMembershipList } from '../../api/account-schemas.ts';
import { errorResponses, ZNoContent, ZOrgParams } from '../../api/common-schemas.ts';
import {
  ZCreatedApiToken,
  ZCreateOrganisationBody,
  ZCreateTokenBody,
  ZListedApiTokenList,
  ZMember,
  ZMemberList,
  ZMemberParams,
  ZOrganisation,
  ZRenameOrganisationBody,
  ZRoleBody,
  ZTokenParams,
} from '../../api/organisation-schemas.ts';
import type { ApiToken } from '../../store/sessions-repository.ts';
import { AppError } from '../app-error.ts';
import { API_TOKEN_PREFIX, newSecret, requireOrgAccess, requireUser, sha256 } from '../auth.ts';

/** Token lifetime when the request does not choose one. */
export const DEFAULT_TOKEN_DAYS = 90;

const publicToken = (t: ApiToken) => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  createdAt: t.createdAt,
  expiresAt: t.expiresAt,
  lastUsedAt: t.lastUsedAt,
  revokedAt: t.revokedAt,
});

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
        response: { 200: ZMembershipList, ...errorResponses },
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
        body: ZCreateOrganisationBody,
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
      const access = await requireOrgAccess(request, request.params.orgId);
      const org = await store.accounts.getOrganisation(request.params.orgId);
      if (!org) throw new AppError('NOT_FOUND');
      return { ...org, role: access.role };
    },
  );

  r.patch(
    '/api/orgs/:orgId',
    {
      schema: {
        tags,
        summary: 'Rename the organisation (owner only)',
        params: ZOrgParams,
        body: ZRenameOrganisationBody,
        response: { 200: ZOrganisation, ...errorResponses },
      },
    },
    async (request) => {
      const access = await requireOrgAccess(request, request.params.orgId, 'owner');
      const org = await store.accounts.renameOrganisation(request.params.orgId, request.body.name);
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
        response: { 200: ZMemberList, ...errorResponses },
      },
    },
    async (request) => {
      await requireOrgAccess(request, request.params.orgId);
      return store.accounts.listMembers(request.params.orgId);
    },
  );

  r.patch(
    '/api/orgs/:orgId/members/:userId',
    {
      schema: {
        tags,
        summary: 'Change a member’s role (owner only)',
        params: ZMemberParams,
        body: ZRoleBody,
        response: { 200: ZMember, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, userId } = request.params;
      await requireOrgAccess(request, orgId, 'owner');
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
        response: { 204: ZNoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, userId } = request.params;
      await requireOrgAccess(request, orgId, 'owner');
      const current = await store.accounts.getRole(userId, orgId);
      if (!current) throw new AppError('NOT_FOUND');
      if (current === 'owner' && (await store.accounts.countOwners(orgId)) <= 1)
        throw new AppError('LAST_OWNER');
      await store.accounts.removeMembership(userId, orgId);
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
        response: { 200: ZListedApiTokenList, ...errorResponses },
      },
    },
    async (request) => {
      requireUser(request);
      await requireOrgAccess(request, request.params.orgId, 'adviser');
      return (await store.sessions.listApiTokens(request.params.orgId)).map((t) => ({
        ...publicToken(t),
        createdByName: t.createdByName,
        state: t.state,
      }));
    },
  );

  r.post(
    '/api/orgs/:orgId/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Create an API token; the secret is shown once',
        description:
          'The token acts as an adviser of this organisation, and only while you stay an owner or adviser ' +
          `of it. It expires after expiresInDays (default ${DEFAULT_TOKEN_DAYS}).`,
        params: ZOrgParams,
        body: ZCreateTokenBody,
        response: { 201: ZCreatedApiToken, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      await requireOrgAccess(request, request.params.orgId, 'adviser');
      const secret = `${API_TOKEN_PREFIX}${newSecret()}`;
      const token = await store.sessions.createApiToken({
        organisationId: request.params.orgId,
        name: request.body.name,
        tokenHash: sha256(secret),
        prefix: secret.slice(0, 8),
        createdBy: user.id,
        expiresAt: new Date(Date.now() + (request.body.expiresInDays ?? DEFAULT_TOKEN_DAYS) * 86_400_000),
      });
      return reply.status(201).send({ ...publicToken(token), secret });
    },
  );

  r.delete(
    '/api/orgs/:orgId/tokens/:tokenId',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Revoke an API token',
        params: ZTokenParams,
        response: { 204: ZNoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      requireUser(request);
      await requireOrgAccess(request, request.params.orgId, 'adviser');
      if (!(await store.sessions.revokeApiToken(request.params.orgId, request.params.tokenId))) {
        throw new AppError('NOT_FOUND');
      }
      return reply.status(204).send(null);
    },
  );
}
