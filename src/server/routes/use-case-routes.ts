import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, ZOrgParams, ZUseCaseParams } from '../../api/common-schemas.ts';
import {
  type UseCaseListItem,
  ZCreateUseCaseBody,
  ZRevisionParams,
  ZSaveUseCaseBody,
  ZStoredUseCase,
  ZUseCaseListQuery,
  ZUseCaseRevision,
  ZUseCaseRevisionList,
  ZUseCaseSummaryList,
} from '../../api/use-case-schemas.ts';
import { AMEND_IDLE_MINUTES, RevisionConflictError } from '../../store/use-cases-repository.ts';
import { AppError } from '../app-error.ts';
import { requireOrgAccess } from '../auth.ts';

/** Runs a save and turns a lost race into a 409 the user can act on. */
async function saving<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof RevisionConflictError) {
      throw new AppError('REVISION_CONFLICT', { actual: e.actual }, { currentRevision: e.actual });
    }
    throw e;
  }
}

export function registerUseCaseRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { store } = app.deps;
  const tags = ['use cases'];

  r.get(
    '/api/orgs/:orgId/use-cases',
    {
      schema: {
        tags,
        summary: 'Use cases of the organisation, most recently changed first, with their latest verdict',
        params: ZOrgParams,
        querystring: ZUseCaseListQuery,
        response: { 200: ZUseCaseSummaryList, ...errorResponses },
      },
    },
    async (request) => {
      await requireOrgAccess(request, request.params.orgId);
      const [useCases, verdicts] = await Promise.all([
        store.useCases.list(request.params.orgId, { includeArchived: request.query.archived === 'true' }),
        store.assessments.latestVerdicts(request.params.orgId),
      ]);
      return useCases.map((uc) => ({
        ...uc,
        verdict: (verdicts.get(uc.id) ?? null) as UseCaseListItem['verdict'],
      }));
    },
  );

  r.post(
    '/api/orgs/:orgId/use-cases',
    {
      schema: {
        tags,
        summary: 'Create a use case from a schema-v1 document',
        params: ZOrgParams,
        body: ZCreateUseCaseBody,
        response: { 201: ZStoredUseCase, ...errorResponses },
      },
    },
    async (request, reply) => {
      const access = await requireOrgAccess(request, request.params.orgId);
      const created = await store.useCases.create({
        organisationId: access.organisationId,
        document: { schemaVersion: 1, ...request.body.document },
        ...(request.body.status ? { status: request.body.status } : {}),
        userId: access.userId,
      });
      return reply.status(201).send(created);
    },
  );

  r.get(
    '/api/orgs/:orgId/use-cases/:useCaseId',
    {
      schema: {
        tags,
        summary: 'One use case with its current document',
        params: ZUseCaseParams,
        response: { 200: ZStoredUseCase, ...errorResponses },
      },
    },
    async (request) => {
      await requireOrgAccess(request, request.params.orgId);
      const found = await store.useCases.get(request.params.orgId, request.params.useCaseId);
      if (!found) throw new AppError('NOT_FOUND');
      return found;
    },
  );

  r.patch(
    '/api/orgs/:orgId/use-cases/:useCaseId',
    {
      schema: {
        tags,
        summary: 'Save (document and/or status); archive or unarchive',
        description:
          'Every save gets the next revision number. Send `expectedRevision` (the revision you edited) to be told with 409 when someone saved in between, instead of overwriting their work. ' +
          `In the history, the saves one person makes in one editing session (within ${AMEND_IDLE_MINUTES} minutes of their previous save, nobody else's in between, same status) amend the latest version instead of adding one.`,
        params: ZUseCaseParams,
        body: ZSaveUseCaseBody,
        response: { 200: ZStoredUseCase, ...errorResponses },
      },
    },
    async (request) => {
      const access = await requireOrgAccess(request, request.params.orgId);
      const { document, status, archived, expectedRevision } = request.body;
      const id = request.params.useCaseId;
      let result = await store.useCases.get(access.organisationId, id);
      if (!result) throw new AppError('NOT_FOUND');
      if (document !== undefined || status !== undefined) {
        result = await saving(() =>
          store.useCases.update({
            organisationId: access.organisationId,
            id,
            ...(document ? { document: { schemaVersion: 1, ...document } } : {}),
            ...(status ? { status } : {}),
            userId: access.userId,
            ...(expectedRevision === undefined ? {} : { expectedRevision }),
          }),
        );
      }
      if (archived !== undefined)
        result = await store.useCases.setArchived(access.organisationId, id, archived);
      if (!result) throw new AppError('NOT_FOUND');
      return result;
    },
  );

  r.get(
    '/api/orgs/:orgId/use-cases/:useCaseId/revisions',
    {
      schema: {
        tags,
        summary: 'Every version, newest first (one version groups the saves of one editing session)',
        params: ZUseCaseParams,
        response: { 200: ZUseCaseRevisionList, ...errorResponses },
      },
    },
    async (request) => {
      await requireOrgAccess(request, request.params.orgId);
      const revisions = await store.useCases.listRevisions(request.params.orgId, request.params.useCaseId);
      if (revisions.length === 0) throw new AppError('NOT_FOUND');
      return revisions;
    },
  );

  r.get(
    '/api/orgs/:orgId/use-cases/:useCaseId/revisions/:revision',
    {
      schema: {
        tags,
        summary: 'One saved version',
        params: ZRevisionParams,
        response: { 200: ZUseCaseRevision, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId, revision } = request.params;
      await requireOrgAccess(request, orgId);
      const found = await store.useCases.getRevision(orgId, useCaseId, revision);
      if (!found) throw new AppError('NOT_FOUND');
      return found;
    },
  );

  r.post(
    '/api/orgs/:orgId/use-cases/:useCaseId/revisions/:revision/restore',
    {
      schema: {
        tags,
        summary: 'Restore an earlier version; it becomes the newest revision (history is kept)',
        params: ZRevisionParams,
        response: { 200: ZStoredUseCase, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId, revision } = request.params;
      const access = await requireOrgAccess(request, orgId);
      const old = await store.useCases.getRevision(orgId, useCaseId, revision);
      if (!old) throw new AppError('NOT_FOUND');
      const restored = await saving(() =>
        store.useCases.update({
          organisationId: orgId,
          id: useCaseId,
          document: old.document,
          status: old.status,
          userId: access.userId,
          note: `restored:${revision}`,
        }),
      );
      if (!restored) throw new AppError('NOT_FOUND');
      return restored;
    },
  );
}
