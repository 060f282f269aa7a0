import { msg } from '../message.ts';
import { assertNever } from '../result.ts';
import type { UseCase } from '../use-case/use-case-schema.ts';
import type { AiActFindings } from './classify-ai-act.ts';
import {
  ACTIVITIES,
  type DateEntry,
  dateEntry,
  OBLIGATIONS,
  type ObligationCondition,
  type ObligationEntry,
} from './rules-data.ts';
import type {
  AiActRole,
  ApplicationDate,
  DpiaOutcome,
  Obligation,
  RulesActivity,
  WorksCouncilOutcome,
} from './rules-types.ts';

/** What the obligations follow from: the use case and the outcomes already reached for it. */
export type ObligationFacts = {
  useCase: UseCase;
  aiAct: AiActFindings;
  role: AiActRole;
  dpia: DpiaOutcome;
  worksCouncil: WorksCouncilOutcome;
};

/** Annex III areas whose deployers must tell people about decisions and explain them (art. 26(11), 86). */
const isAboutPeople = (a: RulesActivity) =>
  (ACTIVITIES[a].kind === 'annexIII' || a === 'emotionRecognition') && a !== 'criticalInfrastructure';

/** Deployers who owe a fundamental-rights impact assessment (art. 27(1)): 5(a) public services, 5(b), 5(c). */
const FRIA_AREAS: readonly RulesActivity[] = ['publicBenefits', 'creditScoring', 'insurancePricing'];

/** Whether a named condition of obligations.json holds. */
export function conditionHolds(when: ObligationCondition, facts: ObligationFacts): boolean {
  const { aiAct, useCase } = facts;
  const rules = useCase.rules ?? {};
  const activities = rules.activities ?? [];
  const highRisk = aiAct.classification === 'high-risk';
  const notBanned = aiAct.classification !== 'prohibited';
  switch (when) {
    case 'always':
      return true;
    case 'prohibited':
      return aiAct.classification === 'prohibited';
    case 'highRisk':
      return highRisk;
    case 'highRiskAtWork':
      return (
        highRisk &&
        (rules.affected?.includes('employees') === true ||
          activities.includes('workDecisions') ||
          useCase.people?.monitorsStaff === true)
      );
    case 'highRiskAboutPeople':
      return highRisk && aiAct.routes.annexIII && activities.some(isAboutPeople);
    case 'highRiskFria':
      return highRisk && aiAct.routes.annexIII && activities.some((a) => FRIA_AREAS.includes(a));
    case 'exceptionApplied':
      return aiAct.exceptionApplied;
    case 'interacts':
      return notBanned && aiAct.transparency.interacts;
    case 'generates':
      return notBanned && aiAct.transparency.generates;
    case 'emotionOrBiometric':
      return notBanned && aiAct.transparency.emotionOrBiometric;
    case 'dpiaRequired':
      return facts.dpia === 'required';
    case 'worksCouncilConsent':
      return facts.worksCouncil === 'consent-required';
    default:
      return assertNever(when, 'obligation condition');
  }
}

/**
 * Whether an obligation binds the company in its role. The use cases are the company's own
 * processes, so a provider also uses its system (art. 3(4)) and a deployer's duties bind every role,
 * also while it is unclear; checking the supplier's duties only makes sense when someone else is the
 * provider, and the provider's own duties need the role settled.
 */
function roleMatches(entry: ObligationEntry, role: AiActRole): boolean {
  switch (entry.role) {
    case 'any':
    case 'deployer':
      return true;
    case 'buyer':
      return role !== 'provider';
    case 'provider':
      return role === 'provider';
    default:
      return assertNever(entry.role, 'obligation role');
  }
}

/** The date an obligation starts: for high-risk duties, the earliest route that makes it high-risk. */
function startOf(entry: ObligationEntry, facts: ObligationFacts): DateEntry {
  if (typeof entry.appliesFrom === 'string') return dateEntry(entry.appliesFrom);
  const { annexIII, annexI } = facts.aiAct.routes;
  const candidates = [
    ...(annexIII || !annexI ? [dateEntry(entry.appliesFrom.annexIII)] : []),
    ...(annexI ? [dateEntry(entry.appliesFrom.annexI)] : []),
  ];
  return candidates.reduce((a, b) => (b.date < a.date ? b : a));
}

/** A data-file date as the result shows it; its note becomes a message. */
export function toApplicationDate(entry: DateEntry): ApplicationDate {
  return {
    id: entry.id,
    date: entry.date,
    verified: entry.verified,
    source: entry.source,
    ...(entry.note === undefined ? {} : { note: msg(`rules.dateNote.${entry.note}`) }),
  };
}

/**
 * Every obligation that follows from the facts, dated: `applies` when its start date is on or
 * before `asOf` (YYYY-MM-DD; ISO dates compare as strings). Sorted by start date, then in the data
 * file's order, so the list reads as a calendar.
 */
export function obligationsFor(facts: ObligationFacts, asOf: string): Obligation[] {
  return OBLIGATIONS.filter((e) => roleMatches(e, facts.role) && conditionHolds(e.when, facts))
    .map((e): Obligation => {
      const appliesFrom = toApplicationDate(startOf(e, facts));
      return {
        id: e.id,
        article: e.article,
        text: msg(`rules.obligation.${e.id}`),
        appliesFrom,
        applies: appliesFrom.date <= asOf,
        owner: e.owner,
        source: e.source,
      };
    })
    .sort((a, b) =>
      a.appliesFrom.date < b.appliesFrom.date ? -1 : a.appliesFrom.date > b.appliesFrom.date ? 1 : 0,
    );
}
