import { z } from 'zod';
import {
  CHANGE_ELEMENTS,
  FEEDBACK_RATINGS,
  FEEDBACK_STATUSES,
  MAX_OPEN_ANSWER,
  MAX_SURVEY_GROUPS,
  OPEN_QUESTIONS,
  PERCEPTIONS,
  SURVEY_K_DEFAULT,
  SURVEY_K_MAX,
  SURVEY_K_MIN,
  SURVEY_WAVES,
} from '../core/survey/survey-types.ts';
import { ZUseCaseParams, ZUuid } from './common-schemas.ts';

/**
 * The employee voice (DESIGN.md "Employee voice"): survey rounds answered through links without an
 * account, their results under the anonymity rules, and the feedback inbox of a use case.
 */

const ZDay = z.iso.date().describe('YYYY-MM-DD');
const ZRenderedMessage = z.string().describe('in the requested language');

export const ZSurveyWave = z.enum(SURVEY_WAVES);
export const ZChangeElement = z.enum(CHANGE_ELEMENTS);
export const ZPerception = z.enum(PERCEPTIONS);
export const ZOpenQuestion = z.enum(OPEN_QUESTIONS);

export const ZSurveyRoundParams = ZUseCaseParams.extend({ roundId: ZUuid });
export const ZFeedbackItemParams = ZUseCaseParams.extend({ itemId: ZUuid });

/** A public link's secret in the path. */
export const ZLinkTokenParams = z.strictObject({ token: z.string().min(16).max(100) });

export const ZOpenRoundBody = z.strictObject({
  wave: ZSurveyWave.describe('before the pilot, at its start, at its end, or about three months later'),
  title: z.string().trim().min(1).max(200).optional().describe('the use case’s title when absent'),
  k: z
    .number()
    .int()
    .min(SURVEY_K_MIN)
    .max(SURVEY_K_MAX)
    .optional()
    .describe(`smallest group whose results are shown; ${SURVEY_K_DEFAULT} when absent`),
  groups: z
    .array(z.string().trim().min(1).max(100))
    .max(MAX_SURVEY_GROUPS)
    .optional()
    .describe('a link per group (a team, a location); one general link when absent'),
});

/** A link to a round: the general one (group null) or one per group. */
export const ZSurveyLink = z.object({
  group: z.string().nullable().describe('the group key; null for the general link'),
  label: z.string().nullable(),
  token: z.string(),
  path: z.string().describe('the page to send people to, e.g. /s/<token>'),
});

export const ZSurveyRound = z
  .object({
    id: ZUuid,
    useCaseId: ZUuid,
    title: z.string(),
    wave: ZSurveyWave,
    status: z.enum(['open', 'closed']),
    k: z.number().int(),
    instrumentVersion: z.number().int(),
    openedOn: ZDay,
    closedOn: ZDay.nullable(),
    responses: z.number().int().nullable().describe('null while the round is open and below k'),
    links: z.array(ZSurveyLink),
  })
  .meta({ id: 'SurveyRound' });
export type SurveyRoundView = z.output<typeof ZSurveyRound>;
export const ZSurveyRoundList = z.array(ZSurveyRound);

const ZItemFigure = z.object({
  mean: z.number(),
  disagreeShare: z.number(),
  agreeShare: z.number(),
  answered: z.number().int(),
});

const ZSurveyFigures = z.object({
  responses: z.number().int(),
  elements: z.array(z.object({ id: ZChangeElement, figure: ZItemFigure.nullable() })),
  perceptions: z.array(z.object({ id: ZPerception, figure: ZItemFigure.nullable() })),
});

export const ZSurveyResults = z
  .object({
    roundId: ZUuid,
    status: z.enum(['open', 'closed']),
    k: z.number().int(),
    instrumentVersion: z.number().int(),
    responses: z.number().int().nullable(),
    shown: z.boolean(),
    overall: ZSurveyFigures.nullable(),
    barrier: ZChangeElement.nullable(),
    groups: z.array(z.object({ key: z.string(), label: z.string().nullable(), figures: ZSurveyFigures })),
    hiddenGroups: z.number().int(),
    openAnswers: z.array(z.object({ question: ZOpenQuestion, texts: z.array(z.string()) })),
    /** What the figures mean for the project, in words: the barrier's advice, the duties. */
    notes: z.array(z.object({ key: z.string(), text: ZRenderedMessage })),
  })
  .meta({ id: 'SurveyResults' });
export type SurveyResultsView = z.output<typeof ZSurveyResults>;

export const ZSurveyTrend = z.object({
  rounds: z.array(
    z.object({
      roundId: ZUuid,
      wave: ZSurveyWave,
      openedOn: ZDay,
      closedOn: ZDay.nullable(),
      responses: z.number().int().nullable(),
      elements: z.array(z.object({ id: ZChangeElement, mean: z.number().nullable() })),
    }),
  ),
});

/** The instrument as the public page shows it, in the requested language. */
export const ZPublicSurvey = z
  .object({
    organisationName: z.string(),
    title: z.string(),
    wave: ZSurveyWave,
    group: z.string().nullable().describe('the group label of this link'),
    status: z.enum(['open', 'closed']),
    instrumentVersion: z.number().int(),
    intro: ZRenderedMessage,
    scale: z.array(z.object({ value: z.number().int(), label: ZRenderedMessage })),
    sections: z.array(
      z.object({
        id: z.string(),
        title: ZRenderedMessage,
        items: z.array(z.object({ id: z.string(), text: ZRenderedMessage })),
      }),
    ),
    openQuestions: z.array(z.object({ id: ZOpenQuestion, text: ZRenderedMessage })),
    ticket: z
      .string()
      .describe(
        'a signed one-time ticket for one submission; it names nobody and is not stored with the answers',
      ),
  })
  .meta({ id: 'PublicSurvey' });

const ZScore = z.number().int().min(1).max(5);

export const ZSurveyResponseBody = z.strictObject({
  ticket: z.string().min(1).max(400),
  answers: z
    .record(z.string().max(40), ZScore)
    .describe('item id → 1 (disagree fully) … 5 (agree fully); skip an item by leaving it out'),
  open: z
    .strictObject({
      helps: z.string().trim().max(MAX_OPEN_ANSWER).optional(),
      concerns: z.string().trim().max(MAX_OPEN_ANSWER).optional(),
    })
    .optional(),
});

export const ZSurveySubmitted = z.object({ received: z.literal(true) });

/** A round exported for `haalbaar survey results FILE`: closed, shuffled, small groups relabelled. */
export const ZSurveyExport = z
  .object({
    format: z.literal('haalbaar-survey-export'),
    formatVersion: z.literal(1),
    title: z.string(),
    wave: ZSurveyWave,
    k: z.number().int(),
    instrumentVersion: z.number().int(),
    groups: z.array(z.object({ key: z.string(), label: z.string() })),
    responses: z.array(
      z.object({
        group: z.string().nullable(),
        answers: z.record(z.string(), z.number().int()),
        open: z.object({ helps: z.string().optional(), concerns: z.string().optional() }),
      }),
    ),
  })
  .meta({ id: 'SurveyExport' });

// Feedback during the pilot

export const ZFeedbackStatus = z.enum(FEEDBACK_STATUSES);
export const ZFeedbackRating = z.enum(FEEDBACK_RATINGS);

export const ZFeedbackLink = z.object({
  token: z.string().nullable().describe('null until a link is made'),
  path: z.string().nullable().describe('the form for people, e.g. /f/<token>'),
  apiPath: z.string().nullable().describe('where a tool posts feedback next to each AI output'),
});

export const ZPublicFeedbackForm = z.object({
  organisationName: z.string(),
  title: z.string(),
});

export const ZFeedbackBody = z.strictObject({
  rating: ZFeedbackRating.describe('useful, not useful, wrong, or a remark'),
  comment: z.string().trim().max(MAX_OPEN_ANSWER).optional(),
  name: z.string().trim().max(200).optional().describe('leave out to stay anonymous'),
  outputRef: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('the tool’s reference of the AI output the feedback is about'),
});

export const ZFeedbackReceived = z.object({ received: z.literal(true) });

export const ZFeedbackItem = z
  .object({
    id: ZUuid,
    rating: ZFeedbackRating,
    comment: z.string().nullable(),
    name: z.string().nullable(),
    outputRef: z.string().nullable(),
    receivedOn: ZDay,
    status: ZFeedbackStatus,
    handledOn: ZDay.nullable(),
    note: z.string().nullable().describe('what changed, or the answer given'),
    handledBy: z.string().nullable(),
  })
  .meta({ id: 'FeedbackItem' });
export type FeedbackItemView = z.output<typeof ZFeedbackItem>;

export const ZFeedbackInbox = z.object({
  items: z.array(ZFeedbackItem),
  measured: z.object({
    received: z.number().int(),
    due: z.number().int(),
    handledInTime: z.number().int(),
    share: z.number().nullable(),
    actedOn: z.number().int(),
    overdue: z.number().int(),
  }),
});

export const ZHandleFeedbackBody = z.strictObject({
  status: ZFeedbackStatus,
  note: z
    .string()
    .trim()
    .max(MAX_OPEN_ANSWER)
    .optional()
    .describe('what changed, or the answer; required unless open'),
});
