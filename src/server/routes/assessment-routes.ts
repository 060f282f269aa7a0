import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZActionParams,
  ZActionProgress,
  ZActionProgressList,
  ZAssessmentList,
  ZAssessmentState,
  ZAssessQuery,
  ZMarkActionDoneBody,
  ZRenderedAssessment,
} from '../../api/assessment-schemas.ts';
import { errorResponses, ZLangQuery, ZNoContent, ZUseCaseParams } from '../../api/common-schemas.ts';
import { assess } from '../../core/assessment/assess.ts';
import type { Assessment } from '../../core/assessment/assessment-types.ts';
import { actionIdOf } from '../../core/assessment/plan-actions.ts';
import {
  type ActionProgress,
  type ActionRecord,
  actionEvidence,
  actionProgress,
} from '../../core/assessment-history/action-progress.ts';
import {
  type AssessmentChange,
  compareAssessments,
  isImprovement,
} from '../../core/assessment-history/compare-assessments.ts';
import { assessWithEvidence } from '../../core/business-case/assessed-business-case.ts';
import { ZUseCase } from '../../core/use-case/use-case-schema.ts';
import { formatEur } from '../../i18n/locale-format.ts';
import type { Locale } from '../../i18n/resources.ts';
import { translator } from '../../i18n/translate.ts';
import { text } from '../../report/assessment-format.ts';
import { renderAssessment } from '../../report/assessment-render.ts';
import type { StoredAssessment } from '../../store/assessments-repository.ts';
import { AppError } from '../app-error.ts';
import { requireOrgAccess } from '../auth.ts';
import { ASSESSMENT_VERSION, assessUseCase, useCaseEvidence } from '../current-assessment.ts';
import { today } from '../pilot-plan.ts';
import { requestLocale } from '../request-locale.ts';

/** One change in words, with its factor (the list is grouped per factor) and whether it is a step forward. */
function renderChange(change: AssessmentChange, locale: Locale) {
  const t = translator(locale);
  const better = isImprovement(change);
  const tone: 'better' | 'worse' | 'neutral' = better === null ? 'neutral' : better ? 'better' : 'worse';
  const base = { kind: change.kind, tone };
  const severity = (s: string) => t(`web.severity.${s}`);
  switch (change.kind) {
    case 'verdict':
      return {
        ...base,
        factor: null,
        text: t('common.change.verdict', {
          from: t(`web.verdict.${change.from}.title`),
          to: t(`web.verdict.${change.to}.title`),
        }),
      };
    case 'risk':
      return {
        ...base,
        factor: change.factor,
        text: t('common.change.risk', {
          from: t(`web.risk.${change.from}`),
          to: t(`web.risk.${change.to}`),
          fromScore: change.fromScore,
          toScore: change.toScore,
        }),
      };
    case 'finding-new':
    case 'finding-resolved':
      return {
        ...base,
        factor: change.factor,
        text: t(
          change.kind === 'finding-new' ? 'common.change.findingNew' : 'common.change.findingResolved',
          {
            title: text(change.title, locale),
          },
        ),
      };
    case 'finding-changed':
      return {
        ...base,
        factor: change.factor,
        text: t(better ? 'common.change.findingBetter' : 'common.change.findingWorse', {
          from: severity(change.from),
          to: severity(change.to),
          title: text(change.title, locale),
        }),
      };
    case 'status-quo-cost': {
      const money = (n: number | null) =>
        n === null ? t('common.change.unknownAmount') : formatEur(n, locale);
      return {
        ...base,
        factor: null,
        text: t('common.change.cost', { from: money(change.fromPerYear), to: money(change.toPerYear) }),
      };
    }
  }
}

function renderProgress(progress: ActionProgress, locale: Locale) {
  const { actionId, state, doneOn, note, title } = progress;
  return { actionId, state, doneOn, note, title: text(title, locale) };
}

export function registerAssessmentRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { store } = app.deps;
  const tags = ['assessments'];

  async function findUseCase(orgId: string, useCaseId: string) {
    const useCase = await store.useCases.get(orgId, useCaseId);
    if (!useCase) throw new AppError('NOT_FOUND');
    return useCase;
  }

  /** The done marks of a use case against an assessment (none without one: nothing to compare with). */
  async function progressOf(orgId: string, useCaseId: string, assessment: Assessment | undefined) {
    const records: ActionRecord[] = await store.actions.list(orgId, useCaseId);
    if (!assessment) {
      return records.map(
        ({ actionId, title, doneOn, note }): ActionProgress => ({
          actionId,
          title,
          doneOn,
          note,
          state: 'done',
        }),
      );
    }
    return actionProgress(assessment, records);
  }

  async function state(orgId: string, useCaseId: string, locale: Locale) {
    const useCase = await findUseCase(orgId, useCaseId);
    const [current, previous] = await store.assessments.latestTwo(orgId, useCaseId);
    const { hash } = await useCaseEvidence(store, { orgId, useCaseId, document: useCase.document });
    const view = (a: StoredAssessment | undefined) =>
      a
        ? {
            id: a.id,
            revision: a.revision,
            createdAt: a.createdAt,
            result: renderAssessment(a.result, locale),
          }
        : null;
    const progress = await progressOf(orgId, useCaseId, current?.result);
    return {
      current: view(current),
      previous: view(previous),
      changes:
        current && previous
          ? compareAssessments(previous.result, current.result).map((c) => renderChange(c, locale))
          : [],
      actionProgress: progress.map((p) => renderProgress(p, locale)),
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
          "By default the assessment weighs the business case's simulated range too, as a stored assessment and " +
          '`haalbaar assess` do; `?businessCase=false` assesses the answers alone (faster).',
        querystring: ZAssessQuery,
        body: ZUseCase,
        response: { 200: ZRenderedAssessment, ...errorResponses },
      },
    },
    async (request) => {
      if (!request.auth) throw new AppError('UNAUTHENTICATED');
      const asOf = request.query.asOf ?? today();
      const assessment =
        request.query.businessCase === 'false'
          ? assess(request.body, { asOf })
          : assessWithEvidence(request.body, { asOf });
      return renderAssessment(assessment, requestLocale(request));
    },
  );

  r.get(
    '/api/orgs/:orgId/use-cases/:useCaseId/assessments/latest',
    {
      schema: {
        tags,
        summary: 'The latest assessment, the one before it, what changed, and the actions marked done',
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
      const useCase = await findUseCase(orgId, useCaseId);
      const evidence = await useCaseEvidence(store, { orgId, useCaseId, document: useCase.document });
      const [latest] = await store.assessments.latestTwo(orgId, useCaseId);
      if (!latest || latest.evidenceHash !== evidence.hash) {
        await store.assessments.create({
          organisationId: orgId,
          useCaseId,
          revision: useCase.revision,
          result: assessUseCase(useCase.document, evidence),
          evidenceHash: evidence.hash,
          modelVersion: ASSESSMENT_VERSION,
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
      await findUseCase(orgId, useCaseId);
      return (await store.assessments.list(orgId, useCaseId)).map(({ useCaseId: _u, ...a }) => a);
    },
  );

  r.get(
    '/api/orgs/:orgId/use-cases/:useCaseId/actions',
    {
      schema: {
        tags,
        summary: 'The actions of the plan marked done, and where each stands against the latest assessment',
        description:
          '`done`: the evidence it addressed is unchanged, it stays in the plan as done; `settled`: that evidence changed or is gone, ' +
          'it drops out of the plan; `reopened`: the latest assessment found new evidence the action must address, or that evidence got worse.',
        params: ZUseCaseParams,
        querystring: ZLangQuery,
        response: { 200: ZActionProgressList, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId } = request.params;
      await requireOrgAccess(request, orgId);
      await findUseCase(orgId, useCaseId);
      const [latest] = await store.assessments.latestTwo(orgId, useCaseId);
      const locale = requestLocale(request);
      return (await progressOf(orgId, useCaseId, latest?.result)).map((p) => renderProgress(p, locale));
    },
  );

  r.put(
    '/api/orgs/:orgId/use-cases/:useCaseId/actions/:actionId',
    {
      schema: {
        tags,
        summary: 'Mark an action of the latest assessment’s plan done, with the day and a note',
        description:
          'The action id comes from `actions[].id` of the latest assessment; an action its plan does not list is 404. ' +
          'Marking it again replaces the day and the note. The evidence the action addresses now is kept with the mark: ' +
          'when a later assessment finds it changed or gone, the action drops out of the plan.',
        params: ZActionParams,
        querystring: ZLangQuery,
        body: ZMarkActionDoneBody,
        response: { 200: ZActionProgress, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId, actionId } = request.params;
      const access = await requireOrgAccess(request, orgId);
      await findUseCase(orgId, useCaseId);
      const [latest] = await store.assessments.latestTwo(orgId, useCaseId);
      const action = latest?.result.actions.find((a) => actionIdOf(a) === actionId);
      if (!latest || !action) throw new AppError('NOT_FOUND');
      const saved = await store.actions.markDone({
        organisationId: orgId,
        useCaseId,
        actionId,
        title: action.title,
        doneOn: request.body.doneOn,
        note: request.body.note?.trim() ?? '',
        evidence: actionEvidence(latest.result, action),
        userId: access.userId,
      });
      if (!saved) throw new AppError('NOT_FOUND');
      const [progress] = actionProgress(latest.result, [saved]);
      return renderProgress(progress!, requestLocale(request));
    },
  );

  r.delete(
    '/api/orgs/:orgId/use-cases/:useCaseId/actions/:actionId',
    {
      schema: {
        tags,
        summary: 'Open a done action again (removes its mark)',
        params: ZActionParams,
        response: { 204: ZNoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, useCaseId, actionId } = request.params;
      await requireOrgAccess(request, orgId);
      await findUseCase(orgId, useCaseId);
      await store.actions.reopen(orgId, useCaseId, actionId);
      return reply.status(204).send(null);
    },
  );
}
