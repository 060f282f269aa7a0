import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZAssessmentList,
  ZAssessmentState,
  ZAssessQuery,
  ZRenderedAssessment,
} from '../../api/assessment-schemas.ts';
import { errorResponses, ZLangQuery, ZUseCaseParams } from '../../api/common-schemas.ts';
import { assess } from '../../core/assessment/assess.ts';
import type { Assessment } from '../../core/assessment/assessment-types.ts';
import {
  type AssessmentChange,
  compareAssessments,
} from '../../core/assessment-history/compare-assessments.ts';
import { assessedBusinessCase } from '../../core/business-case/assessed-business-case.ts';
import type { DataProfile } from '../../core/data-profile/data-profile-types.ts';
import type { UseCase } from '../../core/use-case/use-case-schema.ts';
import { ZUseCase } from '../../core/use-case/use-case-schema.ts';
import { formatEur } from '../../i18n/locale-format.ts';
import type { Locale } from '../../i18n/resources.ts';
import { translator } from '../../i18n/translate.ts';
import { renderAssessment } from '../../report/assessment-render.ts';
import type { StoredAssessment } from '../../store/assessments-repository.ts';
import { AppError } from '../app-error.ts';
import { requireOrgAccess } from '../auth.ts';
import { requestLocale } from '../request-locale.ts';

/**
 * Assesses a use case with every piece of evidence the product has: the answers, the profiles of
 * its data files, and the gap between expectations and the business case's evidence-based range.
 * The last needs a 2,000-run Monte Carlo (tens of milliseconds of CPU), so only stored assessments
 * and `POST /api/assess?businessCase=true` pay for it.
 */
export function assessWithEvidence(useCase: UseCase, dataProfiles: DataProfile[]): Assessment {
  return assessedBusinessCase({ useCase, runs: 2000, seed: 1, dataProfiles }).assessment;
}

function renderChange(change: AssessmentChange, locale: Locale) {
  const t = translator(locale);
  const factor = (id: string) => t(`web.factor.${id}`);
  switch (change.kind) {
    case 'verdict':
      return {
        kind: change.kind,
        text: t('common.change.verdict', {
          from: t(`web.verdict.${change.from}.title`),
          to: t(`web.verdict.${change.to}.title`),
        }),
        tone: (change.to === 'ready' || (change.to === 'fix-first' && change.from === 'rethink')
          ? 'better'
          : 'worse') as 'better' | 'worse',
      };
    case 'risk': {
      const better =
        ['low', 'medium', 'high', 'critical'].indexOf(change.to) <
        ['low', 'medium', 'high', 'critical'].indexOf(change.from);
      return {
        kind: change.kind,
        text: t('common.change.risk', {
          factor: factor(change.factor),
          from: t(`web.risk.${change.from}`),
          to: t(`web.risk.${change.to}`),
          fromScore: change.fromScore,
          toScore: change.toScore,
        }),
        tone: (better ? 'better' : 'worse') as 'better' | 'worse',
      };
    }
    case 'finding-new':
      return {
        kind: change.kind,
        text: t('common.change.findingNew', {
          factor: factor(change.factor),
          title: t(change.title.key, change.title.params ?? {}),
        }),
        tone: 'worse' as const,
      };
    case 'finding-resolved':
      return {
        kind: change.kind,
        text: t('common.change.findingResolved', {
          factor: factor(change.factor),
          title: t(change.title.key, change.title.params ?? {}),
        }),
        tone: 'better' as const,
      };
    case 'status-quo-cost': {
      const money = (n: number | null) =>
        n === null ? t('common.change.unknownAmount') : formatEur(n, locale);
      return {
        kind: change.kind,
        text: t('common.change.cost', { from: money(change.fromPerYear), to: money(change.toPerYear) }),
        tone: 'neutral' as const,
      };
    }
  }
}

export function registerAssessmentRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { store } = app.deps;
  const tags = ['assessments'];

  /** The evidence an assessment of the current revision would use, and its fingerprint. */
  async function evidenceFor(orgId: string, useCaseId: string, document: UseCase) {
    const files = (await store.dataFiles.list(orgId, useCaseId)).filter(
      (f) => f.status === 'done' && f.profile && f.countsAsEvidence,
    );
    // The answers and the finished profiles; a status change or a save without changes is not new evidence.
    const hash = createHash('sha256')
      .update(JSON.stringify({ document, files: files.map((f) => [f.id, f.updatedAt]) }))
      .digest('hex');
    return { profiles: files.map((f) => f.profile!), hash };
  }

  async function state(orgId: string, useCaseId: string, locale: Locale) {
    const useCase = await store.useCases.get(orgId, useCaseId);
    if (!useCase) throw new AppError('NOT_FOUND');
    const [current, previous] = await store.assessments.latestTwo(orgId, useCaseId);
    const { hash } = await evidenceFor(orgId, useCaseId, useCase.document);
    const view = (a: StoredAssessment | undefined) =>
      a
        ? {
            id: a.id,
            revision: a.revision,
            createdAt: a.createdAt,
            result: renderAssessment(a.result, locale),
          }
        : null;
    return {
      current: view(current),
      previous: view(previous),
      changes:
        current && previous
          ? compareAssessments(previous.result, current.result).map((c) => renderChange(c, locale))
          : [],
      isStale: current ? current.evidenceHash !== hash : true,
      currentRevision: useCase.revision,
    };
  }

  r.post(
    '/api/assess',
    {
      schema: {
        tags,
        summary: 'Assess a use-case document without storing anything',
        description:
          'The body is a schema-v1 use-case document. The texts come in the language of `?lang` or Accept-Language. ' +
          'By default the answers alone are assessed, as `haalbaar assess` does; `?businessCase=true` also weighs ' +
          "the business case's simulated range, as a stored assessment does.",
        querystring: ZAssessQuery,
        body: ZUseCase,
        response: { 200: ZRenderedAssessment, ...errorResponses },
      },
    },
    async (request) => {
      if (!request.auth) throw new AppError('UNAUTHENTICATED');
      const assessment =
        request.query.businessCase === 'true' ? assessWithEvidence(request.body, []) : assess(request.body);
      return renderAssessment(assessment, requestLocale(request));
    },
  );

  r.get(
    '/api/orgs/:orgId/use-cases/:useCaseId/assessments/latest',
    {
      schema: {
        tags,
        summary: 'The latest assessment, the one before it, and what changed',
        params: ZUseCaseParams,
        querystring: ZLangQuery,
        response: { 200: ZAssessmentState, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId } = request.params;
      await requireOrgAccess(request, orgId);
      return state(orgId, useCaseId, requestLocale(request));
    },
  );

  r.post(
    '/api/orgs/:orgId/use-cases/:useCaseId/assessments',
    {
      schema: {
        tags,
        summary: 'Assess the current revision with all evidence and keep the result',
        description:
          'Each assessment is kept with the revision it was made from. Assessing again without any change in answers or evidence returns the existing one.',
        params: ZUseCaseParams,
        querystring: ZLangQuery,
        response: { 200: ZAssessmentState, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId } = request.params;
      const access = await requireOrgAccess(request, orgId);
      const useCase = await store.useCases.get(orgId, useCaseId);
      if (!useCase) throw new AppError('NOT_FOUND');
      const { profiles, hash } = await evidenceFor(orgId, useCaseId, useCase.document);
      const [latest] = await store.assessments.latestTwo(orgId, useCaseId);
      if (!latest || latest.evidenceHash !== hash) {
        await store.assessments.create({
          organisationId: orgId,
          useCaseId,
          revision: useCase.revision,
          result: assessWithEvidence(useCase.document, profiles),
          evidenceHash: hash,
          userId: access.userId,
        });
        if (useCase.status === 'idea') {
          await store.useCases.update({
            organisationId: orgId,
            id: useCaseId,
            status: 'assessing',
            userId: access.userId,
          });
        }
      }
      return state(orgId, useCaseId, requestLocale(request));
    },
  );

  r.get(
    '/api/orgs/:orgId/use-cases/:useCaseId/assessments',
    {
      schema: {
        tags,
        summary: 'Every kept assessment of a use case (verdict per revision), newest first',
        params: ZUseCaseParams,
        response: { 200: ZAssessmentList, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId } = request.params;
      await requireOrgAccess(request, orgId);
      if (!(await store.useCases.get(orgId, useCaseId))) throw new AppError('NOT_FOUND');
      return (await store.assessments.list(orgId, useCaseId)).map(({ useCaseId: _u, ...a }) => a);
    },
  );
}
