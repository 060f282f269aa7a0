import { type Message, msg } from '../message.ts';
import type {
  AssessedRules,
  FactorId,
  FactorResult,
  SuccessConditionResult,
  Verdict,
} from './assessment-types.ts';
import { isHighRisk } from './score-findings.ts';
import { VERDICT } from './scoring-rules.ts';

export type VerdictDecision = {
  verdict: Verdict;
  reason: Message;
  /** The factors at high or critical risk, in contract order. */
  blockingFactors: FactorId[];
};

/**
 * The verdict (DESIGN.md "Verdict"):
 * - rethink: the `problem` factor is critical, or several (≥ 3) factors are high or critical at once;
 * - ready: no factor high or critical, no success condition not met, at most one still unknown;
 * - fix-first: everything in between.
 * The rules (when assessed) come first: a prohibited practice is `rethink` whatever else holds, and
 * a legal blocker (a required DPIA not done, high-risk deployer duties not planned) keeps the
 * verdict from `ready`.
 * The reason names the rule that decided, with counts.
 */
export function decideVerdict(
  factors: readonly FactorResult[],
  conditions: readonly SuccessConditionResult[],
  rules?: Pick<AssessedRules, 'aiAct' | 'blockers'>,
): VerdictDecision {
  const blockingFactors = factors.filter((f) => isHighRisk(f.risk)).map((f) => f.id);
  const notMet = conditions.filter((c) => c.status === 'not-met').length;
  const unknown = conditions.filter((c) => c.status === 'unknown').length;
  const problem = factors.find((f) => f.id === 'problem');

  if (rules?.aiAct.classification === 'prohibited') {
    return { verdict: 'rethink', reason: msg('assessment.verdict.reason.prohibited'), blockingFactors };
  }
  if (problem?.risk === 'critical') {
    return { verdict: 'rethink', reason: msg('assessment.verdict.reason.problemCritical'), blockingFactors };
  }
  if (blockingFactors.length >= VERDICT.severalFactors) {
    return {
      verdict: 'rethink',
      reason: msg('assessment.verdict.reason.severalFactors', { count: blockingFactors.length }),
      blockingFactors,
    };
  }
  const legal = rules?.blockers.length ?? 0;
  if (
    legal === 0 &&
    blockingFactors.length === 0 &&
    notMet === 0 &&
    unknown <= VERDICT.readyMaxUnknownConditions
  ) {
    const medium = factors.filter((f) => f.risk === 'medium').length;
    return {
      verdict: 'ready',
      reason: msg(
        medium === 0 ? 'assessment.verdict.reason.ready' : 'assessment.verdict.reason.readyWithCare',
        {
          count: medium,
        },
      ),
      blockingFactors,
    };
  }
  const open = notMet + unknown;
  if (
    legal > 0 &&
    blockingFactors.length === 0 &&
    notMet === 0 &&
    unknown <= VERDICT.readyMaxUnknownConditions
  ) {
    return {
      verdict: 'fix-first',
      reason: msg('assessment.verdict.reason.fixFirstRules', { count: legal }),
      blockingFactors,
    };
  }
  let variant: string;
  if (blockingFactors.length > 0 && open > 0) variant = 'fixFirstBoth';
  else if (blockingFactors.length > 0) variant = 'fixFirstFactors';
  else variant = 'fixFirstConditions';
  return {
    verdict: 'fix-first',
    reason: msg(`assessment.verdict.reason.${variant}`, { count: blockingFactors.length, conditions: open }),
    blockingFactors,
  };
}
