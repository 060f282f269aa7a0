import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  errorResponses,
  ZLangQuery,
  ZNoContent,
  ZTextBody,
  ZUseCaseParams,
} from '../../api/common-schemas.ts';
import {
  type PilotPlanDraft,
  ZBaselineBody,
  ZChangePilotPlanBody,
  ZCreatePilotBody,
  ZDecisionBody,
  ZIterationBody,
  ZIterationView,
  ZMeasurementBody,
  ZMeasurementView,
  ZPilotParams,
  ZPilotSummaryList,
  ZPilotView,
  ZPilotWeekParams,
} from '../../api/pilot-schemas.ts';
import { pilotKpis } from '../../core/pilot/pilot-schema.ts';
import type { Locale } from '../../i18n/resources.ts';
import { renderPilotMemoHtml, renderPilotMemoMarkdown } from '../../report/pilot-report.ts';
import type { StoredPilot } from '../../store/pilots-repository.ts';
import { AppError } from '../app-error.ts';
import { type OrgAccess, requireOrgAccess } from '../auth.ts';
import { invalidInput } from '../invalid-fields.ts';
import { applyMeasuredRange, predictedSavings } from '../pilot-business-case.ts';
import {
  amendedPlanProblems,
  baselineProblems,
  changedFields,
  iterationProblems,
  measurementProblems,
  type PlanProblem,
  pilotFileOf,
  prefillPlan,
  startCheck,
  today,
} from '../pilot-plan.ts';
import { pilotAnalysisOf, pilotTitle, presentPilot, renderedProblems } from '../pilot-view.ts';
import { requestLocale } from '../request-locale.ts';

/** Who is acting, as a decision records it: the person's name, or the API token's. */
function actorName(request: FastifyRequest): string {
  const auth = request.auth;
  if (auth?.kind === 'session') return auth.user.name;
  if (auth?.kind === 'token') return auth.token.name;
  return '—';
}

export function registerPilotRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { store } = app.deps;
  const tags = ['pilots'];
  const base = '/api/orgs/:orgId/use-cases/:useCaseId/pilots';

  async function findUseCase(orgId: string, useCaseId: string) {
    const useCase = await store.useCases.get(orgId, useCaseId);
    if (!useCase) throw new AppError('NOT_FOUND');
    return useCase;
  }

  async function findPilot(params: { orgId: string; useCaseId: string; pilotId: string }) {
    const key = { organisationId: params.orgId, useCaseId: params.useCaseId, pilotId: params.pilotId };
    const record = await store.pilots.getRecord<PilotPlanDraft>(key);
    if (!record) throw new AppError('NOT_FOUND');
    return { key, record };
  }

  /** The pilot as the API shows it, with what keeps it from starting while it is planned. */
  async function view(params: { orgId: string; useCaseId: string; pilotId: string }, locale: Locale) {
    const useCase = await findUseCase(params.orgId, params.useCaseId);
    const { record } = await findPilot(params);
    return presentPilot(record, useCase.title, locale);
  }

  /** A 400 naming each field, when there are problems. */
  function refuseProblems(request: FastifyRequest, problems: readonly PlanProblem[]): void {
    if (problems.length > 0) throw invalidInput(problems, requestLocale(request));
  }

  /** The 409 for a pilot that is not (or no longer) in the state a change needs. */
  function wrongState(record: StoredPilot<PilotPlanDraft>, needs: 'planned' | 'running'): AppError {
    if (record.status === 'decided') return new AppError('PILOT_DECIDED');
    if (needs === 'planned') return new AppError('PILOT_FROZEN', { context: 'baseline' });
    return new AppError('PILOT_NOT_RUNNING');
  }

  r.get(
    base,
    {
      schema: {
        tags,
        summary: 'Pilots of a use case, newest first',
        params: ZUseCaseParams,
        response: { 200: ZPilotSummaryList, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId } = request.params;
      await requireOrgAccess(request, orgId);
      const useCase = await findUseCase(orgId, useCaseId);
      const pilots = await store.pilots.list<PilotPlanDraft>(orgId, useCaseId);
      return pilots.map((p) => ({
        id: p.id,
        useCaseId: p.useCaseId,
        status: p.status,
        title: pilotTitle(p, useCase.title),
        outcome: p.outcome,
        startedAt: p.startedAt,
        createdAt: p.createdAt,
        updatedAt: p.updatedAt,
      }));
    },
  );

  r.post(
    base,
    {
      schema: {
        tags,
        summary: 'Plan a new pilot, pre-filled from the use case',
        description:
          'The plan starts from the use case: its KPIs (the first is the primary one, at most three secondary), the target ' +
          '(as a must-meet rule), the pilot weeks, the process and the economics. Fields in `plan` replace the pre-filled ones. ' +
          'The pilot is `planned` until it is started.',
        params: ZUseCaseParams,
        querystring: ZLangQuery,
        body: ZCreatePilotBody,
        response: { 201: ZPilotView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, useCaseId } = request.params;
      const access = await requireOrgAccess(request, orgId);
      const useCase = await findUseCase(orgId, useCaseId);
      const plan: PilotPlanDraft = { ...prefillPlan(useCase.document), ...request.body.plan };
      const created = await store.pilots.create({
        organisationId: orgId,
        useCaseId,
        plan,
        userId: access.userId,
      });
      if (!created) throw new AppError('NOT_FOUND');
      const body = await view({ orgId, useCaseId, pilotId: created.id }, requestLocale(request));
      return reply.status(201).send(body);
    },
  );

  r.get(
    `${base}/:pilotId`,
    {
      schema: {
        tags,
        summary: 'One pilot: plan, baseline, weeks, amendments, iteration log and decision',
        description:
          'While the pilot is planned, `readiness` says whether it can start and names every field still missing.',
        params: ZPilotParams,
        querystring: ZLangQuery,
        response: { 200: ZPilotView, ...errorResponses },
      },
    },
    async (request) => {
      await requireOrgAccess(request, request.params.orgId);
      return view(request.params, requestLocale(request));
    },
  );

  r.patch(
    `${base}/:pilotId`,
    {
      schema: {
        tags,
        summary: 'Change the plan; once the pilot has started, only as an amendment with a reason',
        description:
          'While the pilot is planned the plan is replaced. Once it has started the plan is frozen: a change without ' +
          '`amendment.reason` is refused (409 PILOT_FROZEN); with it, the new plan must be complete and the amendment is ' +
          'recorded with its date, what changed and the plan before and after. A decided pilot cannot change (409 PILOT_DECIDED).',
        params: ZPilotParams,
        querystring: ZLangQuery,
        body: ZChangePilotPlanBody,
        response: { 200: ZPilotView, ...errorResponses },
      },
    },
    async (request) => {
      const access = await requireOrgAccess(request, request.params.orgId);
      const useCase = await findUseCase(request.params.orgId, request.params.useCaseId);
      const { key, record } = await findPilot(request.params);
      const { plan, amendment } = request.body;
      if (record.status === 'decided') throw new AppError('PILOT_DECIDED');
      if (record.status === 'planned') {
        const saved = await store.pilots.replacePlan(key, plan);
        // Started in between: the change would have slipped past the freeze.
        if (!saved) throw new AppError('PILOT_FROZEN');
      } else {
        if (!amendment) throw new AppError('PILOT_FROZEN');
        refuseProblems(request, amendedPlanProblems(plan, record, useCase.title));
        const saved = await store.pilots.amendPlan(key, {
          plan,
          date: amendment.date ?? today(),
          what: amendment.what ?? changedFields(record.plan, plan),
          reason: amendment.reason,
          userId: access.userId,
        });
        if (!saved) throw new AppError('PILOT_DECIDED');
      }
      return view(request.params, requestLocale(request));
    },
  );

  r.put(
    `${base}/:pilotId/baseline`,
    {
      schema: {
        tags,
        summary: 'Enter the baseline: the values measured before the start, per period',
        description:
          'Replaces every baseline period. Values are keyed by the plan’s KPI ids; a value for a KPI the plan does not have is ' +
          'refused, naming the field. The baseline is frozen at the start (409 PILOT_FROZEN after it).',
        params: ZPilotParams,
        querystring: ZLangQuery,
        body: ZBaselineBody,
        response: { 200: ZPilotView, ...errorResponses },
      },
    },
    async (request) => {
      const access = await requireOrgAccess(request, request.params.orgId);
      await findUseCase(request.params.orgId, request.params.useCaseId);
      const { key, record } = await findPilot(request.params);
      if (record.status !== 'planned') throw wrongState(record, 'planned');
      refuseProblems(request, baselineProblems(record.plan, request.body.periods));
      const saved = await store.pilots.replaceBaseline(key, request.body.periods, access.userId);
      if (!saved) throw new AppError('PILOT_FROZEN', { context: 'baseline' });
      return view(request.params, requestLocale(request));
    },
  );

  r.post(
    `${base}/:pilotId/start`,
    {
      schema: {
        tags,
        summary: 'Start the pilot: the plan and the baseline are frozen',
        description:
          'Refused (409 PILOT_NOT_READY) while something is missing, every missing field named: a primary KPI with how it is ' +
          'measured and the smallest effect worth having, baseline values of the primary KPI, a must-meet rule, … ' +
          'The start date defaults to today and the baseline window to the baseline’s periods. Later changes are amendments.',
        params: ZPilotParams,
        querystring: ZLangQuery,
        response: { 200: ZPilotView, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId } = request.params;
      const access = await requireOrgAccess(request, orgId);
      const useCase = await findUseCase(orgId, useCaseId);
      const { key, record } = await findPilot(request.params);
      if (record.status !== 'planned') {
        throw record.status === 'decided' ? new AppError('PILOT_DECIDED') : new AppError('PILOT_STARTED');
      }
      const locale = requestLocale(request);
      const check = startCheck(record.plan, record.baseline, { fallbackTitle: useCase.title, day: today() });
      if (!check.ok) {
        const problems = renderedProblems(check.problems, locale);
        throw new AppError(
          'PILOT_NOT_READY',
          { problems: problems.map((p) => `${p.field ?? p.path}: ${p.message}`).join('; ') },
          { problems },
        );
      }
      const started = await store.pilots.start(key, {
        plan: check.plan,
        baseline: record.baseline,
        predicted: await predictedSavings(store, { orgId, useCase }),
        userId: access.userId,
      });
      if (!started) throw new AppError('PILOT_STARTED');
      if (useCase.status !== 'pilot') {
        await store.useCases.update({
          organisationId: orgId,
          id: useCaseId,
          status: 'pilot',
          userId: access.userId,
        });
      }
      return view(request.params, locale);
    },
  );

  r.post(
    `${base}/:pilotId/measurements`,
    {
      schema: {
        tags,
        summary: 'Record a week of the running pilot (again: replaces that week)',
        description:
          'Values are keyed by the plan’s KPI ids; `adoption` is the share of the eligible work done with the AI that week ' +
          '(0..1), `hoursSpent` and `costsEur` what the pilot took. A KPI the plan does not have, a week beyond the plan or a ' +
          'day before the start is a 400 naming the field.',
        params: ZPilotParams,
        body: ZMeasurementBody,
        response: { 200: ZMeasurementView, ...errorResponses },
      },
    },
    async (request) => {
      const access = await requireOrgAccess(request, request.params.orgId);
      await findUseCase(request.params.orgId, request.params.useCaseId);
      const { key, record } = await findPilot(request.params);
      if (record.status !== 'running') throw wrongState(record, 'running');
      refuseProblems(request, measurementProblems(record.plan, request.body));
      const saved = await store.pilots.recordMeasurement(key, request.body, access.userId);
      if (!saved) throw new AppError('PILOT_DECIDED');
      return saved;
    },
  );

  r.delete(
    `${base}/:pilotId/measurements/:week`,
    {
      schema: {
        tags,
        summary: 'Remove a week of the running pilot that was entered by mistake',
        description: 'Only while the pilot runs; a week that was not recorded is a 404.',
        params: ZPilotWeekParams,
        response: { 204: ZNoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await requireOrgAccess(request, request.params.orgId);
      await findUseCase(request.params.orgId, request.params.useCaseId);
      const { key, record } = await findPilot(request.params);
      if (record.status !== 'running') throw wrongState(record, 'running');
      if (!(await store.pilots.deleteMeasurement(key, request.params.week))) throw new AppError('NOT_FOUND');
      return reply.status(204).send(null);
    },
  );

  r.post(
    `${base}/:pilotId/iterations`,
    {
      schema: {
        tags,
        summary: 'Add to the iteration log: what changed in a week of the pilot, and why',
        params: ZPilotParams,
        body: ZIterationBody,
        response: { 201: ZIterationView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const access = await requireOrgAccess(request, request.params.orgId);
      await findUseCase(request.params.orgId, request.params.useCaseId);
      const { key, record } = await findPilot(request.params);
      if (record.status !== 'running') throw wrongState(record, 'running');
      refuseProblems(request, iterationProblems(record.plan, request.body.week));
      const saved = await store.pilots.addIteration(key, { ...request.body, userId: access.userId });
      if (!saved) throw new AppError('PILOT_DECIDED');
      return reply.status(201).send(saved);
    },
  );

  for (const format of ['html', 'md'] as const) {
    r.get(
      `${base}/:pilotId/memo.${format}`,
      {
        schema: {
          tags,
          summary:
            format === 'html'
              ? 'The decision memo as a standalone HTML page (no scripts), to read, print or save'
              : 'The decision memo as Markdown',
          description:
            'The proposal with its reason, every rule met / not met / unknown with its figure, the effect per KPI with its ' +
            'interval, adoption, predicted versus realised, and the recorded decision once there is one. Once the pilot has ' +
            'started (409 PILOT_NOT_RUNNING before).',
          params: ZPilotParams,
          querystring: ZLangQuery,
          response: {
            200: {
              description: format === 'html' ? 'The memo page' : 'The memo in Markdown',
              content: { [format === 'html' ? 'text/html' : 'text/markdown']: { schema: ZTextBody } },
            },
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        await requireOrgAccess(request, request.params.orgId);
        const useCase = await findUseCase(request.params.orgId, request.params.useCaseId);
        const { record } = await findPilot(request.params);
        const analysis = pilotAnalysisOf(record, useCase.title);
        if (!analysis) throw new AppError('PILOT_NOT_RUNNING');
        const locale = requestLocale(request);
        return reply
          .type(format === 'html' ? 'text/html; charset=utf-8' : 'text/markdown; charset=utf-8')
          .header('cache-control', 'private, no-store')
          .send(
            format === 'html'
              ? renderPilotMemoHtml(analysis, locale)
              : renderPilotMemoMarkdown(analysis, locale),
          );
      },
    );
  }

  r.post(
    `${base}/:pilotId/decision`,
    {
      schema: {
        tags,
        summary: 'Record the decision at the gate: go, kill, hold or recycle, with the reasons',
        description:
          'Only an owner or adviser of the organisation (or an API token) decides. The decision keeps who decided, on which ' +
          'day and why, beside the outcome the rules and the evidence proposed at that moment. A pilot is decided once.',
        params: ZPilotParams,
        querystring: ZLangQuery,
        body: ZDecisionBody,
        response: { 200: ZPilotView, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId } = request.params;
      const access: OrgAccess = await requireOrgAccess(request, orgId, 'adviser');
      const useCase = await findUseCase(orgId, useCaseId);
      const { key, record } = await findPilot(request.params);
      if (record.status !== 'running') throw wrongState(record, 'running');
      const decided = await store.pilots.decide(key, {
        outcome: request.body.outcome,
        proposedOutcome: pilotAnalysisOf(record, useCase.title)?.proposal.outcome ?? null,
        on: request.body.on ?? today(),
        byName: actorName(request),
        userId: access.userId,
        reasons: request.body.reasons,
      });
      if (!decided) throw new AppError('PILOT_DECIDED');
      const analysis = request.body.outcome === 'go' ? pilotAnalysisOf(record, useCase.title) : null;
      const pilot = request.body.outcome === 'go' ? pilotFileOf(record, useCase.title) : null;
      const update =
        analysis && pilot
          ? await applyMeasuredRange(store, {
              orgId,
              useCase,
              analysis,
              kpis: pilotKpis(pilot.plan),
              userId: access.userId,
              locale: requestLocale(request),
            })
          : null;
      if (update) {
        await store.pilots.recordBusinessCaseUpdate(key, update);
      } else if (useCase.status !== 'decided') {
        await store.useCases.update({
          organisationId: orgId,
          id: useCaseId,
          status: 'decided',
          userId: access.userId,
        });
      }
      return view(request.params, requestLocale(request));
    },
  );
}
