/**
 * The text-signal rules: each one combines word classes from lexicon.ts (and parsed quantities) that
 * must stand close together in one clause. Rules are data: add a row here, with a test in
 * find-signals.test.ts in both languages, never a regular expression elsewhere. Keep each rule about a
 * meaning, not a phrase: a rule that only matches one example's sentence is fitted, not learned.
 */
import * as L from './lexicon.ts';
import type { Slot } from './match-terms.ts';
import type { RedFlagClaim, VagueGoal } from './signal-tags.ts';

type RuleShape = {
  slots: readonly Slot[];
  /** The slots must appear in this order; by default any order. */
  ordered?: boolean;
  /** Most words from the first slot's first word to the last slot's last word, both included. */
  window: number;
  /** No match when one of these words stands between the slots ("zonder extra personeel"). */
  notBetween?: readonly string[];
  /** No match when one of these words follows the match directly ("werkt direct samen met"). */
  notFollowedBy?: readonly string[];
  /**
   * No match when the clause names a share below this percentage: "70 % goes through without human
   * intervention" promises partial automation, not full.
   */
  unlessPercentBelow?: number;
  /**
   * An object check: a match counts only when the rest of its clause is empty or names one of these
   * (a wish to keep up with the market is vague; "keep up with 400 orders a week" is a real problem).
   * A number in the rest of the clause always means a workload.
   */
  objectAmong?: readonly string[];
};

export type SignalRule =
  | ({ kind: 'redFlag'; tag: RedFlagClaim } & RuleShape)
  /** `negatable: false` for wishes phrased negatively by nature ("we cannot afford to fall behind"). */
  | ({ kind: 'vague'; tag: VagueGoal; negatable?: false } & RuleShape);

const red = (tag: RedFlagClaim, shape: RuleShape): SignalRule => ({ kind: 'redFlag', tag, ...shape });
const vague = (tag: VagueGoal, shape: RuleShape & { negatable?: false }): SignalRule => ({
  kind: 'vague',
  tag,
  ...shape,
});

/** Vendor and demo promises. Read in `expectations.vendorClaims` and each vendor's `claims`. */
const RED_FLAG_RULES: SignalRule[] = [
  // totalAutomation: everything, fully, without people (unless the clause names a smaller share)
  ...(
    [
      { slots: [L.TOTAL, L.AUTOMATE], window: 4 },
      { slots: [L.AUTOMATION_IDIOMS], window: 3 },
      { slots: [{ percentAtLeast: 90 }, L.AUTOMATE], window: 8 },
      { slots: [L.TAKE_OVER, { percentAtLeast: 90 }], ordered: true, window: 3 },
      { slots: [L.EVERYTHING, L.AUTOMATE], window: 3 },
      { slots: [L.EACH, L.AUTOMATE], ordered: true, window: 5 },
      { slots: [L.WITHOUT, L.HUMAN], ordered: true, window: 4 },
      { slots: [L.WITHOUT, L.MANUAL], ordered: true, window: 3 },
      { slots: [L.NO, L.HUMAN, L.NEEDED], ordered: true, window: 5 },
      { slots: [L.NOT_AUX, L.NEED_VERB, L.HUMAN], ordered: true, window: 5 },
      { slots: [L.NO_MORE, L.MANUAL], ordered: true, window: 3 },
      { slots: [L.NO, L.MANUAL], ordered: true, window: 2 },
      { slots: [L.TAKE_OVER, L.ALL, L.WORK], ordered: true, window: 6 },
      { slots: [[...L.TAKE_OVER, 'automat*'], L.EVERYTHING], ordered: true, window: 3 },
    ] satisfies RuleShape[]
  ).map((shape) => red('totalAutomation', { ...shape, unlessPercentBelow: 90 })),
  // replacesTeam
  red('replacesTeam', { slots: [L.REPLACE, L.STAFF], ordered: true, window: 5, notBetween: L.EXTRA }),
  red('replacesTeam', { slots: [L.STAFF, L.REDUNDANT], ordered: true, window: 5 }),
  red('replacesTeam', {
    slots: [L.STAFF, L.REPLACE],
    ordered: true,
    window: 4,
    notBetween: ['niet', 'not', 'never'],
  }),
  red('replacesTeam', { slots: [L.NO, L.STAFF, L.NEEDED], ordered: true, window: 5, notBetween: L.EXTRA }),
  red('replacesTeam', { slots: [L.NO_MORE, L.NEED_VERB, L.STAFF], ordered: true, window: 6 }),
  red('replacesTeam', { slots: [L.WITHOUT, L.STAFF], ordered: true, window: 3, notBetween: L.EXTRA }),
  red('replacesTeam', { slots: [L.TAKE_OVER, L.WORK, L.STAFF], ordered: true, window: 7 }),
  // perfectAccuracy
  red('perfectAccuracy', { slots: [{ percentAtLeast: 99 }, L.ACCURACY], window: 5 }),
  red('perfectAccuracy', { slots: [L.PERFECT_WORDS], window: 2 }),
  red('perfectAccuracy', { slots: [L.PERFECT, L.OUTPUT], ordered: true, window: 3 }),
  red('perfectAccuracy', { slots: [L.NEVER_OR_ZERO, L.ERRORS], ordered: true, window: 3 }),
  red('perfectAccuracy', { slots: [L.WITHOUT, L.ERRORS], ordered: true, window: 3 }),
  red('perfectAccuracy', { slots: [L.ALWAYS, L.RIGHT], ordered: true, window: 2 }),
  // outOfTheBox
  ...L.OUT_OF_BOX.map(([a, b]) => red('outOfTheBox', { slots: [[a], [b]], ordered: true, window: 4 })),
  red('outOfTheBox', { slots: [L.TURNKEY], window: 2 }),
  red('outOfTheBox', {
    slots: [L.WORKS, L.IMMEDIATELY],
    window: 3,
    notBetween: ['en', 'and'],
    notFollowedBy: L.NOT_ABOUT_TIME,
  }),
  red('outOfTheBox', { slots: [L.NO, L.SETUP, L.NEEDED], ordered: true, window: 5 }),
  red('outOfTheBox', { slots: [L.WITHOUT, L.SETUP], ordered: true, window: 3 }),
  red('outOfTheBox', { slots: [L.SET_UP_DONE, { durationAtMostMonths: 1 / 30 }], window: 5 }),
  red('outOfTheBox', { slots: [L.SET_UP_DONE, L.MOMENTS], window: 4 }),
  // noDataNeeded
  red('noDataNeeded', { slots: [L.NO, L.TRAINING_DATA, L.NEEDED], ordered: true, window: 5 }),
  red('noDataNeeded', { slots: [L.WITHOUT, L.TRAINING], ordered: true, window: 3 }),
  red('noDataNeeded', { slots: [L.WITHOUT, L.PLAIN_DATA], ordered: true, window: 2 }),
  red('noDataNeeded', { slots: [L.NEED_VERB, ['no', 'zero'], L.TRAINING_DATA], ordered: true, window: 4 }),
  red('noDataNeeded', {
    slots: [L.NOT_AUX, L.NEED_VERB, [...L.TRAINING_DATA, 'train*']],
    ordered: true,
    window: 5,
  }),
  red('noDataNeeded', { slots: [L.HOEFT, L.NIET, L.BE_TRAINED], ordered: true, window: 6 }),
  red('noDataNeeded', { slots: [L.LEARNS, L.BY_ITSELF], ordered: true, window: 4 }),
  // instantResults
  red('instantResults', { slots: [L.IMMEDIATELY, L.RESULT], window: 3 }),
  red('instantResults', { slots: [L.DAY_ONE, [...L.RESULT, ...L.WORKS, ...L.LIVE, 'automat*']], window: 6 }),
  red('instantResults', { slots: [L.FIRST_PERIOD, L.RESULT], window: 6 }),
  red('instantResults', { slots: [{ durationAtMostMonths: 1 }, L.RESULT], window: 6 }),
  red('instantResults', { slots: [{ durationAtMostMonths: 0.5 }, L.LIVE], window: 6 }),
  red('instantResults', { slots: [['ene'], ['andere dag']], ordered: true, window: 4 }),
  // reusesData (partner: lock-in and data protection)
  red('reusesData', { slots: [L.LEARN_FROM, L.YOURS, L.OWN_DATA, L.THEIRS], window: 12 }),
];

/** Wishes instead of problems. Read in `problem.statement` and `problem.target`. */
const VAGUE_RULES: SignalRule[] = [
  vague('innovation', { slots: [L.INNOVATION], window: 1 }),
  vague('somethingWithAi', { slots: [L.SOMETHING, L.WITH, L.AI], ordered: true, window: 4 }),
  vague('somethingWithAi', { slots: [L.WHERE, L.AI, L.APPLY], window: 6 }),
  vague('somethingWithAi', { slots: [L.SEARCH, L.APPLICATION], ordered: true, window: 5 }),
  vague('somethingWithAi', { slots: [L.CHANCES, L.AI], window: 3 }),
  vague('somethingWithAi', { slots: [['ai'], L.FEATURE], ordered: true, window: 2 }),
  vague('somethingWithAi', { slots: [L.BUDGET, L.ALLOCATED, L.AI], window: 8 }),
  vague('competitor', { slots: [L.COMPETITOR, L.TECH], window: 7 }),
  vague('competitor', { slots: [L.COMPETITOR, L.IT, L.ALSO], window: 5 }),
  vague('competitor', { slots: [L.EVERYONE, L.DOES, L.IT], ordered: true, window: 7 }),
  vague('competitor', { slots: [L.EVERYONE, L.DOES, L.AI], ordered: true, window: 7 }),
  vague('keepUp', { slots: [L.FALL_BEHIND], window: 3, objectAmong: L.MARKET, negatable: false }),
  vague('keepUp', { slots: [L.FUTURE_PROOF], window: 2, negatable: false }),
  vague('keepUp', {
    slots: [
      ['klaar', 'ready'],
      ['toekomst', 'future'],
    ],
    ordered: true,
    window: 4,
  }),
  vague('keepUp', { slots: [['tijd'], ['mee', 'meegaan']], window: 3, negatable: false }),
  vague('keepUp', { slots: [['state'], ['art']], ordered: true, window: 4 }),
  vague('keepUp', {
    slots: [
      ['kaart', 'map'],
      ['zetten', 'zet', 'put'],
    ],
    window: 4,
  }),
  vague('transformation', { slots: [L.TRANSFORM_LEAD, L.TRANSFORM], ordered: true, window: 2 }),
  vague('transformation', { slots: [L.EMBRACE, L.AI], window: 3 }),
];

/** Every rule, in evaluation order. */
export const SIGNAL_RULES: readonly SignalRule[] = [...RED_FLAG_RULES, ...VAGUE_RULES];
