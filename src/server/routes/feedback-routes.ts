import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, ZUseCaseParams } from '../../api/common-schemas.ts';
import {
  ZFeedbackBody,
  ZFeedbackInbox,
  ZFeedbackItem,
  ZFeedbackItemParams,
  ZFeedbackLink,
  ZFeedbackReceived,
  ZHandleFeedbackBody,
  ZLinkTokenParams,
  ZPublicFeedbackForm,
} from '../../api/survey-schemas.ts';
import { msg } from '../../core/message.ts';
import { feedbackEvidenceOf } from '../../core/survey/feedback-evidence.ts';
import type { StoredFeedbackItem } from '../../store/feedback-repository.ts';
import { AppError } from '../app-error.ts';
import { newSecret, requireOrgAccess } from '../auth.ts';
import { invalidFields } from '../invalid-fields.ts';
import { today } from '../pilot-plan.ts';

/** Feedback items per minute through one link from one network address. */
export const FEEDBACK_PER_MINUTE = 60;

function linkView(token: string | null) {
  return {
    token,
    path: token === null ? null : `/f/${token}`,
    apiPath: token === null ? null : `/api/public/feedback/${token}`,
  };
}

const itemView = (item: StoredFeedbackItem) => item;

/** Who handled an item, as the inbox shows it: the person's name, or the API token's. */
function actorName(request: FastifyRequest): string {
  const auth = request.auth;
  if (auth?.kind === 'session') return auth.user.name;
  if (auth?.kind === 'token') return auth.token.name;
  return '—';
}

/**
 * Feedback during the pilot (DESIGN.md "Employee voice"): a link per use case for a form and for
 * tools posting next to each AI output, and the inbox where the project lead acts on, answers or
 * declines each item. The share handled within two weeks is the measured feedback channel.
 */
export function registerFeedbackRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { store } = app.deps;
  const tags = ['feedback'];
  const base = '/api/orgs/:orgId/use-cases/:useCaseId';

  async function findUseCase(orgId: string, useCaseId: string) {
    const useCase = await store.useCases.get(orgId, useCaseId);
    if (!useCase) throw new AppError('NOT_FOUND');
    return useCase;
  }

  r.get(
    `${base}/feedback`,
    {
      schema: {
        tags,
        summary: 'The feedback inbox, newest first, with the share handled within two weeks',
        params: ZUseCaseParams,
        response: { 200: ZFeedbackInbox, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId } = request.params;
      await requireOrgAccess(request, orgId);
      await findUseCase(orgId, useCaseId);
      const items = await store.feedback.list(orgId, useCaseId);
      return { items: items.map(itemView), measured: feedbackEvidenceOf(items, today()) };
    },
  );

  r.patch(
    `${base}/feedback/:itemId`,
    {
      schema: {
        tags,
        summary: 'Handle a feedback item: acted on (what changed), answered, declined, or back to open',
        params: ZFeedbackItemParams,
        body: ZHandleFeedbackBody,
        response: { 200: ZFeedbackItem, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId, itemId } = request.params;
      const access = await requireOrgAccess(request, orgId);
      const { status, note } = request.body;
      if (status !== 'open' && !note) {
        throw invalidFields(request, [{ path: 'body.note', message: msg('input.feedbackNoteRequired') }]);
      }
      const item = await store.feedback.handle({
        organisationId: orgId,
        useCaseId,
        itemId,
        status,
        note: note ?? null,
        on: today(),
        userId: access.userId,
        byName: actorName(request),
      });
      if (!item) throw new AppError('NOT_FOUND');
      return itemView(item);
    },
  );

  r.get(
    `${base}/feedback-link`,
    {
      schema: {
        tags,
        summary: 'The use case’s feedback link (null until made)',
        params: ZUseCaseParams,
        response: { 200: ZFeedbackLink, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId } = request.params;
      await requireOrgAccess(request, orgId);
      await findUseCase(orgId, useCaseId);
      return linkView(await store.feedback.link(orgId, useCaseId));
    },
  );

  r.post(
    `${base}/feedback-link`,
    {
      schema: {
        tags,
        summary: 'Make the feedback link, or replace it: the old one stops working (owners and advisers)',
        params: ZUseCaseParams,
        response: { 200: ZFeedbackLink, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId } = request.params;
      await requireOrgAccess(request, orgId, 'adviser');
      const token = await store.feedback.renewLink(orgId, useCaseId, newSecret(18));
      if (token === null) throw new AppError('NOT_FOUND');
      return linkView(token);
    },
  );

  const rateLimit = {
    rateLimit: {
      max: FEEDBACK_PER_MINUTE,
      timeWindow: '1 minute',
      keyGenerator: (request: FastifyRequest) =>
        `${request.ip}|${(request.params as { token?: string }).token ?? ''}`,
    },
  };

  r.get(
    '/api/public/feedback/:token',
    {
      logLevel: 'warn',
      config: rateLimit,
      schema: {
        tags,
        summary: 'What a feedback link is for',
        security: [],
        params: ZLinkTokenParams,
        response: { 200: ZPublicFeedbackForm, ...errorResponses },
      },
    },
    async (request) => {
      const found = await store.feedback.findByToken(request.params.token);
      if (!found) throw new AppError('LINK_INVALID');
      return { organisationName: found.organisationName, title: found.title };
    },
  );

  r.post(
    '/api/public/feedback/:token',
    {
      logLevel: 'warn',
      config: rateLimit,
      schema: {
        tags,
        summary: 'Give feedback on the new way of working, or on one AI output',
        description:
          'For the form and for tools: post next to each AI output with `rating` (useful, notUseful, wrong, ' +
          'remark), an optional `comment` and `outputRef`. Leave `name` out to stay anonymous. Only the day is kept.',
        security: [],
        params: ZLinkTokenParams,
        body: ZFeedbackBody,
        response: { 201: ZFeedbackReceived, ...errorResponses },
      },
    },
    async (request, reply) => {
      const found = await store.feedback.findByToken(request.params.token);
      if (!found) throw new AppError('LINK_INVALID');
      const body = request.body;
      await store.feedback.add({
        organisationId: found.organisationId,
        useCaseId: found.useCaseId,
        rating: body.rating,
        comment: body.comment || null,
        name: body.name || null,
        outputRef: body.outputRef || null,
        receivedOn: today(),
      });
      return reply.status(201).send({ received: true as const });
    },
  );
}
