import { type Message, msg } from '../message.ts';
import type { Obligation, RulesResult } from '../rules/rules-types.ts';
import type { UseCase } from '../use-case/use-case-schema.ts';
import type { AssessedRules, OwnerId, RulesBlocker } from './assessment-types.ts';
import { RULES } from './scoring-rules.ts';

/**
 * The action plan's legal duties (DESIGN.md "Rules and obligations"): the obligations that follow
 * from the rules, grouped into the actions an owner takes, each with the day it applies from.
 * - `rules.stopProhibited`: a prohibited practice; first in the plan.
 * - `rules.dpia`, `rules.deployerDuties`: blockers when a DPIA is required and not done, or a
 *   high-risk use's deployer duties are not planned; they keep the verdict from `ready`.
 * - `rules.providerDuties`, `rules.transparency`, `rules.literacy`: duties to plan.
 * - `rules.settle`: the classification or the role is unclear; put the questions to the vendor or a
 *   lawyer.
 * Works-council consent is no action of its own: the people factor's `people.worksCouncil` already
 * asks for it when the system can monitor staff.
 */
export const RULES_ACTION_IDS = [
  'rules.stopProhibited',
  'rules.dpia',
  'rules.deployerDuties',
  'rules.providerDuties',
  'rules.transparency',
  'rules.literacy',
  'rules.settle',
] as const;
export type RulesActionId = (typeof RULES_ACTION_IDS)[number];

/** The action each obligation belongs to; `null` where another part of the plan covers it. */
export function actionForObligation(id: string): RulesActionId | null {
  if (id === 'stopProhibited') return 'rules.stopProhibited';
  if (id === 'literacy') return 'rules.literacy';
  if (id === 'dpia') return 'rules.dpia';
  if (id === 'worksCouncilConsent') return null;
  if (TRANSPARENCY_OBLIGATIONS.has(id)) return 'rules.transparency';
  if (id.startsWith('deployer')) return 'rules.deployerDuties';
  if (id.startsWith('provider')) return 'rules.providerDuties';
  return null;
}

/** The article 50 duties, whoever carries them. */
const TRANSPARENCY_OBLIGATIONS = new Set([
  'providerDiscloseInteraction',
  'deployerCheckInteractionNotice',
  'providerMarkContent',
  'deployerCheckContentMarking',
  'deployerInformEmotion',
  'deployerDiscloseGenerated',
]);

const SPEC: Record<RulesActionId, { owner: OwnerId; effort: 1 | 2 | 3 }> = {
  'rules.stopProhibited': { owner: 'board', effort: 1 },
  'rules.dpia': { owner: 'privacy', effort: 2 },
  'rules.deployerDuties': { owner: 'projectLead', effort: 2 },
  'rules.providerDuties': { owner: 'board', effort: 3 },
  'rules.transparency': { owner: 'projectLead', effort: 1 },
  'rules.literacy': { owner: 'hr', effort: 1 },
  'rules.settle': { owner: 'projectLead', effort: 1 },
};

/**
 * What blocks a pilot on legal grounds (see {@link RulesBlocker}): a required DPIA not answered as
 * done, and a high-risk use whose deployer duties are not answered as planned. Every role carries
 * them: a provider uses its own system in its own process too (docs/rules.md), and an unclear role
 * gets them as the floor. A day on which the high-risk duties do not apply yet is no excuse: a pilot
 * started now runs into it.
 */
export function rulesBlockers(result: RulesResult, useCase: UseCase): RulesBlocker[] {
  const blockers: RulesBlocker[] = [];
  if (result.dpia.outcome === 'required' && result.dpia.done !== 'yes') blockers.push('dpia');
  const highRisk = result.aiAct.classification === 'high-risk';
  if (highRisk && useCase.rules?.deployerDutiesPlanned !== 'yes') {
    blockers.push('deployerDuties');
  }
  return blockers;
}

/** The rules of a use case on a day, with the blockers the verdict reads. */
export function assessedRules(result: RulesResult, useCase: UseCase): AssessedRules {
  return { ...result, blockers: rulesBlockers(result, useCase) };
}

/** A rules action before ranking: the plan ranks it with the others (plan-actions.ts). */
export type RulesActionCandidate = {
  id: RulesActionId;
  title: Message;
  why: Message;
  owner: OwnerId;
  effort: 1 | 2 | 3;
  riskRemoved: number;
  /** 0: before everything; 1: with the blockers; 2: with the rest. */
  tier: 0 | 1 | 2;
  /** The obligations it covers, as the action's `findingIds` (`rules.<obligation id>`). */
  obligationIds: string[];
};

/**
 * The articles of a group of obligations, once each and per law:
 * "AI Act art. 26(1), 26(2), 86" rather than the law's name before every article.
 */
export function articles(obligations: readonly Pick<Obligation, 'article'>[]): string {
  const byLaw = new Map<string, string[]>();
  for (const { article } of obligations) {
    const match = /^(.*?)\s*art\.\s*(.+)$/.exec(article);
    const law = match ? match[1]! : article;
    const refs = byLaw.get(law) ?? [];
    const ref = match ? match[2]! : '';
    if (ref !== '' && !refs.includes(ref)) refs.push(ref);
    byLaw.set(law, refs);
  }
  return [...byLaw]
    .map(([law, refs]) => (refs.length === 0 ? law : `${law} art. ${refs.join(', ')}`))
    .join('; ');
}

/**
 * The legal duties as actions: one per group of obligations, with the articles and the day from
 * which the earliest of them applies (or "applies now"). DPIA and deployer duties rank as blockers
 * while they are open; a prohibited practice ranks first.
 */
export function rulesActions(rules: AssessedRules): RulesActionCandidate[] {
  const groups = new Map<RulesActionId, Obligation[]>();
  for (const o of rules.obligations) {
    const id = actionForObligation(o.id);
    if (id === null) continue;
    groups.set(id, [...(groups.get(id) ?? []), o]);
  }
  const out: RulesActionCandidate[] = [];
  for (const [id, obligations] of groups) {
    if (id === 'rules.dpia' && rules.dpia.done === 'yes') continue;
    if (id === 'rules.deployerDuties' && !rules.blockers.includes('deployerDuties')) continue;
    const first = [...obligations].sort((a, b) => a.appliesFrom.date.localeCompare(b.appliesFrom.date))[0]!;
    const applies = obligations.some((o) => o.applies);
    out.push({
      id,
      title: msg(`assessment.action.${id}.title`),
      why: msg(`assessment.action.${id}.${applies ? 'whyNow' : 'whyFrom'}`, {
        articles: articles(obligations),
        from: first.appliesFrom.date,
      }),
      ...SPEC[id],
      ...rank(id, rules),
      obligationIds: obligations.map((o) => `rules.${o.id}`),
    });
  }
  if (rules.dpia.outcome === 'recommended' && rules.dpia.done !== 'yes') {
    out.push({
      id: 'rules.dpia',
      title: msg('assessment.action.rules.dpia.titleRecommended'),
      why: msg('assessment.action.rules.dpia.whyRecommended'),
      ...SPEC['rules.dpia'],
      riskRemoved: RULES.dpiaRecommendedWorth,
      tier: 2,
      obligationIds: [],
    });
  }
  if (rules.aiAct.classification === 'unclear' || rules.aiAct.role === 'unclear') {
    out.push({
      id: 'rules.settle',
      title: msg('assessment.action.rules.settle.title'),
      why: msg('assessment.action.rules.settle.why', { count: rules.aiAct.questions.length }),
      ...SPEC['rules.settle'],
      riskRemoved: RULES.settleWorth,
      tier: 2,
      obligationIds: [],
    });
  }
  return out;
}

function rank(id: RulesActionId, rules: AssessedRules): { riskRemoved: number; tier: 0 | 1 | 2 } {
  switch (id) {
    case 'rules.stopProhibited':
      return { riskRemoved: RULES.prohibitedWorth, tier: 0 };
    case 'rules.dpia':
      return rules.blockers.includes('dpia')
        ? { riskRemoved: RULES.blockerWorth, tier: 1 }
        : { riskRemoved: RULES.dpiaRecommendedWorth, tier: 2 };
    case 'rules.deployerDuties':
      return { riskRemoved: RULES.blockerWorth, tier: 1 };
    case 'rules.providerDuties':
      return { riskRemoved: RULES.providerDutiesWorth, tier: 2 };
    case 'rules.transparency':
      return { riskRemoved: RULES.transparencyWorth, tier: 2 };
    case 'rules.literacy':
      return { riskRemoved: RULES.literacyWorth, tier: 2 };
    case 'rules.settle':
      return { riskRemoved: RULES.settleWorth, tier: 2 };
  }
}
