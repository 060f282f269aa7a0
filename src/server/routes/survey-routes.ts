import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, ZLangQuery, ZTextBody, ZUseCaseParams } from '../../api/common-schemas.ts';
import {
  ZLinkTokenParams,
  ZOpenRoundBody,
  ZPublicSurvey,
  ZSurveyExport,
  ZSurveyResponseBody,
  ZSurveyResults,
  ZSurveyRound,
  ZSurveyRoundList,
  ZSurveyRoundParams,
  ZSurveySubmitted,
  ZSurveyTrend,
} from '../../api/survey-schemas.ts';
import { msg } from '../../core/message.ts';
import { anonymisedExport } from '../../core/survey/aggregate-survey.ts';
import { checkSurveyAnswers, surveyInstrument } from '../../core/survey/instrument.ts';
import { surveyExportCsv } from '../../core/survey/parse-survey-export.ts';
import { surveyTrend } from '../../core/survey/survey-trend.ts';
import {
  OPEN_QUESTIONS,
  SURVEY_INSTRUMENT_VERSION,
  SURVEY_K_DEFAULT,
  type SurveyResults,
} from '../../core/survey/survey-types.ts';
import { renderMessage } from '../../i18n/translate.ts';
import { type StoredSurveyRound, TicketUsedError } from '../../store/surveys-repository.ts';
import { AppError } from '../app-error.ts';
import { newSecret, requireOrgAccess } from '../auth.ts';
import { invalidInput } from '../invalid-fields.ts';
import { today } from '../pilot-plan.ts';
import { requestLocale } from '../request-locale.ts';
import { issueTicket, readTicket } from '../survey-ticket.ts';
import { presentRound, roundResults, secureShuffle } from '../survey-view.ts';

/** Submissions per minute through one link from one network address (a whole office may share one). */
export const SURVEY_SUBMISSIONS_PER_MINUTE = 30;

/**
 * Public routes log nothing about the request at info level: a log line would hold the address and
 * the link next to the time, which is exactly what a response must not be linkable to.
 */
const QUIET = 'warn' as const;

function linkRateLimit(max: number) {
  return {
    rateLimit: {
      max,
      timeWindow: '1 minute',
      // Kept in memory only, for the minute: the address is never stored.
      keyGenerator: (request: FastifyRequest) =>
        `${request.ip}|${(request.params as { token?: string }).token ?? ''}`,
    },
  };
}

/** The barrier's advice and the duties, as notes beside the figures. */
function resultNotes(results: SurveyResults, monitorsStaff: boolean, late: number) {
  const notes: Array<{ key: string; message: ReturnType<typeof msg> }> = [];
  if (late > 0)
    notes.push({
      key: 'lateLeftOut',
      message: msg('survey.note.lateLeftOut', { count: late, k: results.k }),
    });
  const barrier = results.barrier;
  if (results.shown && barrier) {
    const figure = results.overall?.elements.find((e) => e.id === barrier)?.figure;
    if (figure) {
      notes.push({
        key: `barrier.${barrier}`,
        message: msg(`survey.note.barrier.${barrier}`, {
          mean: figure.mean,
          disagree: Math.round(figure.disagreeShare * 100),
        }),
      });
    }
  } else if (results.shown) {
    notes.push({ key: 'noBarrier', message: msg('survey.note.noBarrier') });
  }
  if (results.status === 'open' && results.shown) {
    notes.push({ key: 'openSteps', message: msg('survey.note.openSteps', { k: results.k }) });
  }
  if (monitorsStaff) notes.push({ key: 'duties', message: msg('survey.note.duties') });
  return notes;
}

/**
 * Survey rounds of a use case (DESIGN.md "Employee voice"): opened and closed by the organisation,
 * answered through public links without an account, results under the anonymity rules.
 */
export function registerSurveyRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { store } = app.deps;
  const tags = ['surveys'];
  const base = '/api/orgs/:orgId/use-cases/:useCaseId/surveys';
  let secret: Promise<string> | null = null;
  /** The database's signing secret for tickets, made on first use. */
  const ticketSecret = () => {
    secret ??= store.surveys.secret('survey-ticket', newSecret(32)).catch((e: unknown) => {
      secret = null;
      throw e;
    });
    return secret;
  };

  async function findUseCase(orgId: string, useCaseId: string) {
    const useCase = await store.useCases.get(orgId, useCaseId);
    if (!useCase) throw new AppError('NOT_FOUND');
    return useCase;
  }

  async function findRound(params: { orgId: string; useCaseId: string; roundId: string }) {
    const round = await store.surveys.get({
      organisationId: params.orgId,
      useCaseId: params.useCaseId,
      roundId: params.roundId,
    });
    if (!round) throw new AppError('NOT_FOUND');
    return round;
  }

  r.get(
    base,
    {
      schema: {
        tags,
        summary: 'Survey rounds of a use case, newest first',
        params: ZUseCaseParams,
        response: { 200: ZSurveyRoundList, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId } = request.params;
      await requireOrgAccess(request, orgId);
      await findUseCase(orgId, useCaseId);
      const rounds = await store.surveys.list(orgId, useCaseId);
      return Promise.all(rounds.map((round) => presentRound(store, round)));
    },
  );

  r.post(
    base,
    {
      schema: {
        tags,
        summary: 'Open a survey round (owners and advisers)',
        description:
          'Makes a general link, or one link per group (a team, a location). People answer through the link ' +
          'without an account; results of a group show only from k responses on.',
        params: ZUseCaseParams,
        body: ZOpenRoundBody,
        response: { 201: ZSurveyRound, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, useCaseId } = request.params;
      const access = await requireOrgAccess(request, orgId, 'adviser');
      const useCase = await findUseCase(orgId, useCaseId);
      const body = request.body;
      const labels = [...new Set(body.groups ?? [])];
      const groups = labels.map((label, i) => ({ key: `g${i + 1}`, label }));
      const links = [
        ...(groups.length === 0 ? [{ token: newSecret(18), group: null }] : []),
        ...groups.map((g) => ({ token: newSecret(18), group: g.key })),
      ];
      const round = await store.surveys.open({
        organisationId: orgId,
        useCaseId,
        title: body.title ?? (useCase.title.trim() || 'Enquête'),
        wave: body.wave,
        k: body.k ?? SURVEY_K_DEFAULT,
        instrumentVersion: SURVEY_INSTRUMENT_VERSION,
        groups,
        openedOn: today(),
        userId: access.userId,
        links,
      });
      if (!round) throw new AppError('NOT_FOUND');
      return reply.status(201).send(await presentRound(store, round));
    },
  );

  r.get(
    `${base}/trend`,
    {
      schema: {
        tags,
        summary: 'The element means of every round of the use case, oldest first',
        params: ZUseCaseParams,
        response: { 200: ZSurveyTrend, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId } = request.params;
      await requireOrgAccess(request, orgId);
      await findUseCase(orgId, useCaseId);
      // Oldest first: rounds opened on the same day keep the order they were opened in.
      const rounds = (await store.surveys.list(orgId, useCaseId)).reverse();
      const withResults = await Promise.all(
        rounds.map(async (round) => ({
          roundId: round.id,
          wave: round.wave,
          openedOn: round.openedOn,
          closedOn: round.closedOn,
          results: await roundResults(store, round),
        })),
      );
      return { rounds: surveyTrend(withResults) };
    },
  );

  r.get(
    `${base}/:roundId`,
    {
      schema: {
        tags,
        summary: 'A survey round with its links',
        params: ZSurveyRoundParams,
        response: { 200: ZSurveyRound, ...errorResponses },
      },
    },
    async (request) => {
      await requireOrgAccess(request, request.params.orgId);
      return presentRound(store, await findRound(request.params));
    },
  );

  r.post(
    `${base}/:roundId/close`,
    {
      schema: {
        tags,
        summary: 'Close a survey round: its links take no more answers (owners and advisers)',
        params: ZSurveyRoundParams,
        response: { 200: ZSurveyRound, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId, roundId } = request.params;
      await requireOrgAccess(request, orgId, 'adviser');
      const round = await store.surveys.close({ organisationId: orgId, useCaseId, roundId }, today());
      if (!round) throw new AppError('NOT_FOUND');
      return presentRound(store, round);
    },
  );

  r.get(
    `${base}/:roundId/results`,
    {
      schema: {
        tags,
        summary: 'Results of a round under the anonymity rules',
        description:
          'Nothing, not even the count, while the round is open and has fewer than k responses. A group shows ' +
          'only with at least k responses; smaller groups merge into "other", and a group is merged too when ' +
          'the total minus the shown groups would reveal a small one. Open answers come in random order, only ' +
          'from groups with at least k responses.',
        params: ZSurveyRoundParams,
        querystring: ZLangQuery,
        response: { 200: ZSurveyResults, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId } = request.params;
      await requireOrgAccess(request, orgId);
      const useCase = await findUseCase(orgId, useCaseId);
      const round = await findRound(request.params);
      const results = await roundResults(store, round);
      const count = await store.surveys.responseCount(round.id);
      // Closed with answers after the last update of fewer than k: those stay out (shownResponses).
      const late =
        round.status === 'closed' && results.responses !== null ? count.all - results.responses : 0;
      const locale = requestLocale(request);
      const people = useCase.document.people as { monitorsStaff?: boolean } | undefined;
      return {
        roundId: round.id,
        ...results,
        notes: resultNotes(results, people?.monitorsStaff === true, late).map((n) => ({
          key: n.key,
          text: renderMessage(n.message, locale),
        })),
      };
    },
  );

  r.get(
    `${base}/:roundId/export`,
    {
      schema: {
        tags,
        summary: 'A closed round’s answers for `haalbaar survey results`, anonymised',
        description:
          'Shuffled, without days and without open answers; groups below k carry the group they were merged into.',
        params: ZSurveyRoundParams,
        response: { 200: ZSurveyExport, ...errorResponses },
      },
    },
    async (request) => {
      await requireOrgAccess(request, request.params.orgId, 'adviser');
      return exportOf(await findRound(request.params));
    },
  );

  r.get(
    `${base}/:roundId/export.csv`,
    {
      schema: {
        tags,
        summary: 'The same export as CSV, to keep or to read with `haalbaar survey results`',
        params: ZSurveyRoundParams,
        querystring: ZLangQuery,
        response: {
          200: { description: 'The export', content: { 'text/csv': { schema: ZTextBody } } },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      await requireOrgAccess(request, request.params.orgId, 'adviser');
      const round = await findRound(request.params);
      const csv = surveyExportCsv(await exportOf(round));
      return reply
        .type('text/csv; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `attachment; filename="survey-${round.wave}-${round.openedOn}.csv"`)
        .send(csv);
    },
  );

  /** A closed round's anonymised export (shuffled, small groups relabelled, their free text left out). */
  async function exportOf(round: StoredSurveyRound) {
    if (round.status !== 'closed') throw new AppError('SURVEY_OPEN');
    return anonymisedExport({
      title: round.title,
      wave: round.wave,
      k: round.k,
      instrumentVersion: round.instrumentVersion,
      groups: round.groups,
      responses: await store.surveys.responses(round.id),
      shuffle: secureShuffle,
    });
  }

  // Public: answering through a link, without an account.

  async function findLink(token: string) {
    const found = await store.surveys.findByToken(token);
    if (!found) throw new AppError('LINK_INVALID');
    return found;
  }

  r.get(
    '/api/public/surveys/:token',
    {
      logLevel: QUIET,
      config: linkRateLimit(SURVEY_SUBMISSIONS_PER_MINUTE * 2),
      schema: {
        tags,
        summary: 'The survey behind a link, with a one-time ticket to answer it',
        security: [],
        params: ZLinkTokenParams,
        querystring: ZLangQuery,
        response: { 200: ZPublicSurvey, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { round, group, organisationName } = await findLink(request.params.token);
      const instrument = surveyInstrument(round.instrumentVersion);
      if (!instrument) throw new AppError('LINK_INVALID');
      const locale = requestLocale(request);
      const text = (key: string, params?: Record<string, string | number>) =>
        renderMessage(msg(key, params), locale);
      void reply.header('cache-control', 'no-store');
      return {
        organisationName,
        title: round.title,
        wave: round.wave,
        group: group === null ? null : (round.groups.find((g) => g.key === group)?.label ?? null),
        status: round.status,
        instrumentVersion: instrument.version,
        intro: text(instrument.introKey, { k: round.k }),
        scale: instrument.scale.map((s) => ({ value: s.value, label: text(s.key) })),
        sections: instrument.sections.map((s) => ({
          id: s.id,
          title: text(s.titleKey),
          items: s.items.map((i) => ({ id: i.id, text: text(i.key) })),
        })),
        openQuestions: instrument.openQuestions.map((q) => ({ id: q.id, text: text(q.key) })),
        ticket: issueTicket(await ticketSecret(), round.id, today()),
      };
    },
  );

  r.post(
    '/api/public/surveys/:token/responses',
    {
      logLevel: QUIET,
      config: linkRateLimit(SURVEY_SUBMISSIONS_PER_MINUTE),
      schema: {
        tags,
        summary: 'Answer a survey round',
        description:
          'Send the ticket from the survey page with the answers. Stored without account, address, browser ' +
          'or time finer than the day; a ticket works once.',
        security: [],
        params: ZLinkTokenParams,
        body: ZSurveyResponseBody,
        response: { 201: ZSurveySubmitted, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { round, group } = await findLink(request.params.token);
      if (round.status !== 'open') throw new AppError('SURVEY_CLOSED');
      const day = today();
      const ticket = readTicket(await ticketSecret(), request.body.ticket, round.id, day);
      if (!ticket) throw new AppError('SURVEY_TICKET_INVALID');
      const checked = checkSurveyAnswers(round.instrumentVersion, {
        answers: request.body.answers,
        open: request.body.open ?? {},
      });
      if (!checked.ok) {
        const where = (path: string) =>
          path.startsWith('(')
            ? 'body.answers'
            : `body.${(OPEN_QUESTIONS as readonly string[]).includes(path) ? 'open' : 'answers'}.${path}`;
        const problems = checked.error.map((p) => ({ path: where(p.path), message: p.message }));
        throw invalidInput(problems, requestLocale(request));
      }
      try {
        const stored = await store.surveys.addResponse({
          roundId: round.id,
          organisationId: round.organisationId,
          response: { group, answers: checked.value.answers, open: checked.value.open },
          submittedOn: day,
          ticketDigest: ticket.digest,
          ticketExpiresOn: ticket.expiresOn,
        });
        if (!stored) throw new AppError('SURVEY_CLOSED');
      } catch (e) {
        if (e instanceof TicketUsedError) throw new AppError('SURVEY_ANSWERED');
        throw e;
      }
      return reply.status(201).send({ received: true as const });
    },
  );
}
