/** What the text signals can find. Each tag has its texts under `assessment.finding.*` in the locales. */

/** Promises that signal magical thinking (DESIGN.md, factor `expectations`) or data reuse (`partner`). */
export const RED_FLAG_CLAIMS = [
  'totalAutomation',
  'perfectAccuracy',
  'outOfTheBox',
  'noDataNeeded',
  'instantResults',
  'replacesTeam',
  'reusesData',
] as const;
export type RedFlagClaim = (typeof RED_FLAG_CLAIMS)[number];

/** Goals that describe a wish for AI rather than a problem (factor `problem`). */
export const VAGUE_GOALS = [
  'innovation',
  'somethingWithAi',
  'competitor',
  'keepUp',
  'transformation',
] as const;
export type VagueGoal = (typeof VAGUE_GOALS)[number];

/** What makes a problem statement or target concrete. */
export const CONCRETE_KINDS = ['amount', 'percentage', 'hours', 'volume', 'date', 'baseline'] as const;
export type ConcreteKind = (typeof CONCRETE_KINDS)[number];
