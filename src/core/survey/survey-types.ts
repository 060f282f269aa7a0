// The employee survey's vocabulary and result shapes (DESIGN.md "Employee voice"). No imports and no
// zod here: the web bundles read these constants, and the browser's CSP refuses zod's eval probe.

/**
 * The five change elements, in the order a change goes through them: knowing why, wanting to take
 * part, knowing how, being able to in daily work, and it being kept up. The barrier point is the
 * first of these whose mean is at most 3.
 */
export const CHANGE_ELEMENTS = ['awareness', 'desire', 'knowledge', 'ability', 'reinforcement'] as const;
export type ChangeElement = (typeof CHANGE_ELEMENTS)[number];

/** The five single statements about the tool and the job, each on the same 1–5 scale. */
export const PERCEPTIONS = ['usefulness', 'ease', 'jobWorry', 'trust', 'learningTime'] as const;
export type Perception = (typeof PERCEPTIONS)[number];

/** The two open questions. */
export const OPEN_QUESTIONS = ['helps', 'concerns'] as const;
export type OpenQuestion = (typeof OPEN_QUESTIONS)[number];

/** When in the project a round is held; the same instrument each time, so the rounds form a trend. */
export const SURVEY_WAVES = ['before', 'start', 'end', 'followUp'] as const;
export type SurveyWave = (typeof SURVEY_WAVES)[number];

/** The instrument version new rounds use; each round stores the version it was opened with. */
export const SURVEY_INSTRUMENT_VERSION = 1;

/** Smallest group whose figures and free text are shown: default, and the range an owner may set. */
export const SURVEY_K_DEFAULT = 5;
export const SURVEY_K_MIN = 3;
export const SURVEY_K_MAX = 10;

/** An element's mean at or below this is a barrier. */
export const BARRIER_MEAN = 3;

/** The longest answer to an open question, in characters. */
export const MAX_OPEN_ANSWER = 2000;

/** Groups a round may be split into (a team, a location). */
export const MAX_SURVEY_GROUPS = 20;

/**
 * Item ids of instrument version 1: two statements per change element (`awareness.1`,
 * `awareness.2`, …) and one per perception (`usefulness`, …). Texts are `survey.instrument.v1.<id>`.
 */
export const INSTRUMENT_V1_ITEMS = [
  ...CHANGE_ELEMENTS.flatMap((e) => [`${e}.1`, `${e}.2`] as const),
  ...PERCEPTIONS,
] as const;
export type SurveyItemId = (typeof INSTRUMENT_V1_ITEMS)[number];

/** One person's answers: 1 (disagree fully) … 5 (agree fully) per item; skipped items are absent. */
export type SurveyAnswers = Partial<Record<SurveyItemId, 1 | 2 | 3 | 4 | 5>>;

/**
 * A response as it is stored: no account, address, browser or time finer than the day, and no link
 * to the link or page view it came through beyond the group the link stands for.
 */
export type SurveyResponse = {
  /** The group key of the link it came through; null for the round's general link. */
  group: string | null;
  answers: SurveyAnswers;
  open: Partial<Record<OpenQuestion, string>>;
};

/** A group a round is split into: a stable key (in links and responses) and the owner's label. */
export type SurveyGroup = { key: string; label: string };

/** A figure over the answers to one element or statement; null figures are suppressed. */
export type ItemFigure = {
  /** Mean on the 1–5 scale, rounded to one decimal. */
  mean: number;
  /** Share (0..1) of people who disagree: an element score or answer of 2 or lower. */
  disagreeShare: number;
  /** Share (0..1) of people who agree: 4 or higher. */
  agreeShare: number;
  /** How many people answered it. */
  answered: number;
};

/** The figures of a set of responses (the whole round, or one shown group). */
export type SurveyFigures = {
  responses: number;
  /** Per change element, in CHANGE_ELEMENTS order; null where fewer than k people answered it. */
  elements: Array<{ id: ChangeElement; figure: ItemFigure | null }>;
  perceptions: Array<{ id: Perception; figure: ItemFigure | null }>;
};

/**
 * The results of a round as they may be shown. While the round is open and has fewer than k
 * responses, not even the count is given. A group is shown only with at least k responses; smaller
 * groups are merged into "other", and a group is merged too when the shown groups would otherwise let
 * someone derive a small one from the total.
 */
export type SurveyResults = {
  status: 'open' | 'closed';
  k: number;
  instrumentVersion: number;
  /** The number of responses; null while the round is open and below k. */
  responses: number | null;
  /** True when the figures below are given (at least k responses). */
  shown: boolean;
  overall: SurveyFigures | null;
  /** The first change element whose mean is at most 3; null when none is or nothing is shown. */
  barrier: ChangeElement | null;
  /** Shown groups; `key` is `other` for the merged remainder. Empty when no split may be shown. */
  groups: Array<{ key: string; label: string | null; figures: SurveyFigures }>;
  /** How many of the round's groups with responses are not shown on their own. */
  hiddenGroups: number;
  /** Answers to the open questions, in random order, from groups with at least k responses only. */
  openAnswers: Array<{ question: OpenQuestion; texts: string[] }>;
};

/** One round in the trend of a use case: its wave and, when shown, its element means. */
export type SurveyTrendPoint = {
  roundId: string;
  wave: SurveyWave;
  /** YYYY-MM-DD: the day the round opened. */
  openedOn: string;
  closedOn: string | null;
  responses: number | null;
  elements: Array<{ id: ChangeElement; mean: number | null }>;
};

/**
 * What the survey tells the assessment about the `people` factor: the newest round whose figures
 * may be shown (closed, or open with at least k responses). Figures are aggregates only.
 */
export type SurveyEvidence = {
  roundId: string;
  wave: SurveyWave;
  status: 'open' | 'closed';
  /** YYYY-MM-DD */
  openedOn: string;
  responses: number;
  elements: Array<{ id: ChangeElement; mean: number | null; disagreeShare: number | null }>;
  perceptions: Array<{ id: Perception; mean: number | null; agreeShare: number | null }>;
  barrier: ChangeElement | null;
};

/** How a feedback item was handled in the inbox. */
export const FEEDBACK_STATUSES = ['open', 'acted', 'answered', 'declined'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** What someone said about an AI output or the new way of working. */
export const FEEDBACK_RATINGS = ['useful', 'notUseful', 'wrong', 'remark'] as const;
export type FeedbackRating = (typeof FEEDBACK_RATINGS)[number];

/** An item counts as handled in time when handled within this many days of arriving. */
export const FEEDBACK_HANDLE_DAYS = 14;

/**
 * The feedback channel, measured: of the items that arrived at least two weeks ago or were handled,
 * how many were handled (acted on, answered or declined) within two weeks.
 */
export type FeedbackEvidence = {
  /** Items received so far. */
  received: number;
  /** Items whose two weeks are over, or that were handled: the ones the share is taken over. */
  due: number;
  handledInTime: number;
  /** handledInTime / due; null when nothing is due yet. */
  share: number | null;
  /** Items acted on (something changed because of them). */
  actedOn: number;
  /** Open items older than two weeks. */
  overdue: number;
};
