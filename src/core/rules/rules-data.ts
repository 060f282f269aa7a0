// The rules' data files, typed once. Every legal fact the rules use (a date, a provision, a DPIA
// trigger) lives in data/*.json with its source, so a changed date is one edit in one file.

import { invariant } from '../result.ts';
import activitiesFile from './data/ai-act-activities.json' with { type: 'json' };
import datesFile from './data/ai-act-dates.json' with { type: 'json' };
import dpiaFile from './data/dpia-criteria.json' with { type: 'json' };
import obligationsFile from './data/obligations.json' with { type: 'json' };
import type {
  AffectedGroup,
  Answer3,
  LegalSource,
  ObligationOwner,
  RulesActivity,
  RulesAnswers,
  RulesDataCategory,
} from './rules-types.ts';

/** A date as the data file holds it: the note is a key under `rules.dateNote`, `original` the date an amendment replaced. */
export type DateEntry = {
  id: string;
  date: string;
  verified: boolean;
  original?: string;
  note?: string;
  source: LegalSource;
};

/** How the AI Act treats an intake activity. `emotion` depends on where it is used (art. 5(1)(f)). */
export type ActivityKind =
  | 'prohibited'
  | 'emotion'
  | 'annexIII'
  | 'annexI'
  | 'notListed'
  | 'none'
  | 'unknown';

export type ActivityEntry = {
  kind: ActivityKind;
  /** Evaluates people by its description: the art. 6(3) exceptions never apply. */
  profilingByNature?: boolean;
  source: LegalSource;
};

/** The named conditions obligations.ts decides; the data file says which one each obligation follows. */
export const OBLIGATION_CONDITIONS = [
  'always',
  'prohibited',
  'highRisk',
  'highRiskAtWork',
  'highRiskAboutPeople',
  'highRiskFria',
  'exceptionApplied',
  'interacts',
  'generates',
  'emotionOrBiometric',
  'dpiaRequired',
  'worksCouncilConsent',
] as const;
export type ObligationCondition = (typeof OBLIGATION_CONDITIONS)[number];

/** High-risk duties start on the date of the route that makes the system high-risk. */
export type HighRiskDates = { annexIII: string; annexI: string };

export type ObligationEntry = {
  id: string;
  article: string;
  owner: ObligationOwner;
  /** See obligations.json: `deployer` duties bind whoever uses it, `buyer` duties only a non-provider. */
  role: 'provider' | 'deployer' | 'buyer' | 'any';
  when: ObligationCondition;
  appliesFrom: string | HighRiskDates;
  source: LegalSource;
};

type Answer3Field = {
  [K in keyof RulesAnswers]-?: NonNullable<RulesAnswers[K]> extends Answer3 ? K : never;
}[keyof RulesAnswers];

/** A DPIA trigger over the intake's answers; `{ any: [] }` is one the intake cannot see. */
export type DpiaCondition =
  | { activity: RulesActivity }
  | { dataCategory: RulesDataCategory }
  | { affected: AffectedGroup }
  | { answer: Answer3Field; is: Answer3 }
  | { decides: 'decides' | 'advises' }
  | { monitorsStaff: boolean }
  | { all: DpiaCondition[] }
  | { any: DpiaCondition[] }
  | { always: true };

export type DpiaEntry = { id: string; when: DpiaCondition; source: LegalSource };

export const DATES: readonly DateEntry[] = datesFile.dates;
export const ACTIVITIES = activitiesFile.activities as Record<RulesActivity, ActivityEntry>;
export const OBLIGATIONS = obligationsFile.obligations as ObligationEntry[];
export const DPIA_AP_LIST = dpiaFile.apList as DpiaEntry[];
export const DPIA_CRITERIA = dpiaFile.criteria as DpiaEntry[];
export const DPIA_TWO_CRITERIA_SOURCE: LegalSource = dpiaFile.twoCriteriaRule;

/** A date entry by id; the ids are fixed by the data files, so a miss is a bug in them. */
export function dateEntry(id: string): DateEntry {
  const entry = DATES.find((d) => d.id === id);
  invariant(entry !== undefined, `no date '${id}' in ai-act-dates.json`);
  return entry;
}
