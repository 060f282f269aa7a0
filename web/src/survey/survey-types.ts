import type { ResponseOf } from '../../../src/api/endpoint-types.ts';

/** A survey round as the API lists it: wave, status, k, links (GET …/surveys). */
export type RoundView = ResponseOf<'GET /api/orgs/:orgId/use-cases/:useCaseId/surveys'>[number];
/** A round's results under the anonymity rules, with its notes rendered (GET …/surveys/:roundId/results). */
export type ResultsView = ResponseOf<'GET /api/orgs/:orgId/use-cases/:useCaseId/surveys/:roundId/results'>;
export type FiguresView = NonNullable<ResultsView['overall']>;
export type ItemFigureView = NonNullable<FiguresView['elements'][number]['figure']>;
/** The element means of every round of a use case (GET …/surveys/trend). */
export type TrendView = ResponseOf<'GET /api/orgs/:orgId/use-cases/:useCaseId/surveys/trend'>;
/** The feedback inbox: items and the measured share handled within two weeks. */
export type InboxView = ResponseOf<'GET /api/orgs/:orgId/use-cases/:useCaseId/feedback'>;
export type FeedbackItemView = InboxView['items'][number];
export type FeedbackLinkView = ResponseOf<'GET /api/orgs/:orgId/use-cases/:useCaseId/feedback-link'>;
/** The instrument as the public page shows it, with a one-time ticket. */
export type PublicSurveyView = ResponseOf<'GET /api/public/surveys/:token'>;
export type PublicFeedbackView = ResponseOf<'GET /api/public/feedback/:token'>;

export type UseCaseIds = { orgId: string; useCaseId: string };
export type RoundIds = UseCaseIds & { roundId: string };
