import { type Message, msg } from '../message.ts';
import { assertNever } from '../result.ts';
import type { UseCase } from '../use-case/use-case-schema.ts';
import { DPIA_AP_LIST, DPIA_CRITERIA, type DpiaCondition, type DpiaEntry } from './rules-data.ts';
import type { Answer3, DpiaOutcome } from './rules-types.ts';

/** Two or more WP248 criteria: a DPIA is required; one: recommended (WP248 rev.01, III.B.a). */
export const CRITERIA_FOR_REQUIRED = 2;

export type DpiaFindings = { outcome: DpiaOutcome; reasons: Message[]; done: Answer3 | undefined };

/** The two lists a DPIA check reads; the data file's by default (a test may pass others). */
export type DpiaLists = { apList: readonly DpiaEntry[]; criteria: readonly DpiaEntry[] };

const DATA_LISTS: DpiaLists = { apList: DPIA_AP_LIST, criteria: DPIA_CRITERIA };

/** Whether a trigger of dpia-criteria.json holds for the use case. Unknown answers never trigger. */
export function conditionHolds(condition: DpiaCondition, useCase: UseCase): boolean {
  const rules = useCase.rules ?? {};
  if ('all' in condition) return condition.all.every((c) => conditionHolds(c, useCase));
  if ('any' in condition) return condition.any.some((c) => conditionHolds(c, useCase));
  if ('always' in condition) return condition.always;
  if ('activity' in condition) return rules.activities?.includes(condition.activity) === true;
  if ('dataCategory' in condition) return rules.dataCategories?.includes(condition.dataCategory) === true;
  if ('affected' in condition) return rules.affected?.includes(condition.affected) === true;
  if ('answer' in condition) return rules[condition.answer] === condition.is;
  if ('decides' in condition) return rules.decides === condition.decides;
  if ('monitorsStaff' in condition) return useCase.people?.monitorsStaff === condition.monitorsStaff;
  return assertNever(condition, 'DPIA condition');
}

/** Answers still open that could add a list category or a criterion. */
function hasOpenAnswers(useCase: UseCase): boolean {
  const rules = useCase.rules;
  if (rules === undefined) return false;
  return (
    rules.dataCategories?.includes('unknown') === true ||
    rules.affected?.includes('unknown') === true ||
    rules.profiling === 'unknown' ||
    rules.largeScale === 'unknown' ||
    rules.decides === 'unknown'
  );
}

/**
 * Whether the GDPR asks for a data protection impact assessment (art. 35). Required when the use
 * falls in a category of the Dutch DPA's list (Staatscourant 2019, 64418) or meets two or more of the
 * nine WP248 criteria; recommended at one criterion, or when it is not known whether personal data is
 * involved; not indicated without personal data. AI always counts as an innovative technology
 * (criterion 8), so any AI use of personal data meets at least one criterion.
 */
export function assessDpia(useCase: UseCase, lists: DpiaLists = DATA_LISTS): DpiaFindings {
  const done = useCase.rules?.dpiaDone;
  const personalData = useCase.data?.personalData;
  if (personalData === false)
    return { outcome: 'not-indicated', reasons: [msg('rules.dpia.reason.noPersonalData')], done };

  const listed = lists.apList
    .filter((e) => conditionHolds(e.when, useCase))
    .map((e) => msg(`rules.dpia.reason.apList.${e.id}`));
  const criteria = lists.criteria
    .filter((e) => conditionHolds(e.when, useCase))
    .map((e) => msg(`rules.dpia.reason.criterion.${e.id}`));
  const open = hasOpenAnswers(useCase) ? [msg('rules.dpia.reason.openAnswers')] : [];

  if (personalData === undefined) {
    return {
      outcome: 'recommended',
      reasons: [msg('rules.dpia.reason.personalDataUnknown'), ...listed, ...criteria],
      done,
    };
  }
  const count = msg('rules.dpia.reason.criteriaCount', { count: criteria.length });
  if (listed.length > 0) return { outcome: 'required', reasons: [...listed, count, ...criteria], done };
  if (criteria.length >= CRITERIA_FOR_REQUIRED)
    return { outcome: 'required', reasons: [count, ...criteria], done };
  if (criteria.length === 1) return { outcome: 'recommended', reasons: [count, ...criteria, ...open], done };
  return { outcome: 'not-indicated', reasons: [msg('rules.dpia.reason.noCriteria'), ...open], done };
}
