import { msg } from '../message.ts';
import {
  ACTION_CATALOGUE,
  type ActionId,
  type CompanySize,
  DEFAULT_OWNER,
  ownerForSize,
} from './action-catalogue.ts';
import {
  type Action,
  FACTOR_IDS,
  type FactorId,
  type Finding,
  type OwnerId,
  type RiskLevel,
  type SuccessConditionResult,
} from './assessment-types.ts';
import type { DraftFinding } from './draft-finding.ts';
import type { RulesActionCandidate } from './rules-actions.ts';
import { scoreFindings } from './score-findings.ts';
import { ACTIONS } from './scoring-rules.ts';

export type FactorForPlanning = {
  id: FactorId;
  score: number;
  risk: RiskLevel;
  /** The rules' own findings, each naming the action that removes it. */
  findings: readonly DraftFinding[];
  /** Findings from other modules; each becomes an action of its own. */
  extraFindings: readonly Finding[];
};

type Candidate = Omit<Action, 'priority'> & { id: string; order: number; tier: number };

/** The action id of an action made from another module's finding. */
const findingActionId = (findingId: string) => `finding.${findingId}`;

/**
 * The stable id of an action, also for assessments stored before actions had one: the catalogue id
 * is in the title's message key (`assessment.action.<id>.title`), otherwise it is the finding's action.
 */
export function actionIdOf(action: Pick<Action, 'id' | 'title' | 'findingIds'>): string {
  if (action.id !== undefined) return action.id;
  const match = /^assessment\.action\.(.+)\.title$/.exec(action.title.key);
  if (match?.[1]) return match[1];
  return findingActionId(action.findingIds[0] ?? action.title.key);
}

const FACTOR_ORDER = [
  ...FACTOR_IDS,
  'startSmall',
  'measure',
  'iterate',
  'sponsor',
  'humanInTheLoop',
  'rules',
];

/**
 * The action plan: one action per fix, ranked in tiers, and within a tier by the risk it removes per
 * unit of effort, then by the risk it removes.
 * - Tier 0: actions on the `problem` factor when it is high or critical. Without a concrete, costly
 *   problem every other fix is premature (the source: start from the problem).
 * - Tier 1: actions on other high or critical factors, and success conditions not met: these decide
 *   the verdict.
 * - Tier 2: everything else (medium and low factors, conditions that are only unknown).
 * The risk an action removes is the score its findings carry on their own (0–100); for a success
 * condition it is a fixed worth (scoring-rules.ts). Information findings need no action.
 * Owners fit the company's size (`ownerForSize`): a company of eight gets "owner" or "vendor", not a
 * department it does not have. Deterministic: ties fall back to factor order and action id.
 */
export function planActions(options: {
  factors: readonly FactorForPlanning[];
  conditions: readonly SuccessConditionResult[];
  /** Unknown when absent: owners then name no departments. */
  companySize?: CompanySize;
  /** The legal duties (rules-actions.ts), each with its tier and worth. */
  rules?: readonly RulesActionCandidate[];
}): Action[] {
  const candidates: Candidate[] = [];
  const size = options.companySize ?? 'unknown';
  const owner = (id: OwnerId) => msg(`assessment.owner.${ownerForSize(id, size)}`);

  for (const factor of options.factors) {
    const isBlocking = factor.risk === 'high' || factor.risk === 'critical';
    const tier = isBlocking ? (factor.id === 'problem' ? 0 : 1) : 2;

    const groups = new Map<ActionId, DraftFinding[]>();
    for (const f of factor.findings) {
      if (f.severity === 'info') continue;
      const list = groups.get(f.action) ?? [];
      list.push(f);
      groups.set(f.action, list);
    }
    for (const [id, findings] of groups) {
      const spec = ACTION_CATALOGUE[id];
      const ids = new Set(findings.map((f) => f.id));
      candidates.push({
        id,
        factor: factor.id,
        title: msg(`assessment.action.${id}.title`),
        why: msg(`assessment.action.${id}.why`),
        owner: owner(spec.owner),
        riskRemoved: scoreFindings(findings),
        effort: spec.effort,
        findingIds: [...ids],
        order: FACTOR_ORDER.indexOf(factor.id),
        tier,
      });
    }
    for (const f of factor.extraFindings) {
      if (f.severity === 'info') continue;
      candidates.push({
        id: findingActionId(f.id),
        factor: factor.id,
        title: f.title,
        why: f.advice,
        owner: owner(DEFAULT_OWNER[factor.id]),
        riskRemoved: scoreFindings([f]),
        effort: 2,
        findingIds: [f.id],
        order: FACTOR_ORDER.indexOf(factor.id),
        tier,
      });
    }
  }

  for (const c of options.conditions) {
    if (c.status === 'met') continue;
    const id = `condition.${c.id}` as const;
    const spec = ACTION_CATALOGUE[id];
    candidates.push({
      id,
      factor: c.id,
      title: msg(`assessment.action.${id}.title`),
      why: msg(`assessment.action.${id}.why`),
      owner: owner(spec.owner),
      riskRemoved: ACTIONS.conditionRiskRemoved[c.id],
      effort: spec.effort,
      findingIds: [],
      order: FACTOR_ORDER.indexOf(c.id),
      tier: c.status === 'not-met' ? 1 : 2,
    });
  }

  for (const r of options.rules ?? []) {
    candidates.push({
      id: r.id,
      factor: 'rules',
      title: r.title,
      why: r.why,
      owner: owner(r.owner),
      riskRemoved: r.riskRemoved,
      effort: r.effort,
      findingIds: r.obligationIds,
      order: FACTOR_ORDER.indexOf('rules'),
      tier: r.tier,
    });
  }

  return candidates
    .filter((c) => c.riskRemoved > 0)
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        b.riskRemoved / b.effort - a.riskRemoved / a.effort ||
        b.riskRemoved - a.riskRemoved ||
        a.order - b.order ||
        a.title.key.localeCompare(b.title.key),
    )
    .map(({ order: _order, tier: _tier, id, ...action }, i) => ({ id, priority: i + 1, ...action }));
}
