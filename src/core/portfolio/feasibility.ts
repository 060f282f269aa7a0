import type {
  ConditionStatus,
  FactorId,
  RiskLevel,
  SuccessConditionId,
} from '../assessment/assessment-types.ts';

/**
 * Feasibility 0–100 (higher = more likely to reach production) from what the assessment measured:
 * the five factors' risk scores and the success conditions. It never reads an opinion score (how
 * promising someone finds the idea): a portfolio that ranks on opinions ranks on enthusiasm.
 * See docs/portfolio.md for the reasoning behind each weight and cap.
 */

/** The factors' share of the figure; the success conditions carry the rest. */
export const FACTOR_WEIGHT = 0.75;

/**
 * What each success-condition status adds (0..1). Unknown counts for a little, not as a pass:
 * "unknown" is a risk, but a known failure weighs more.
 */
export const CONDITION_CREDIT: Readonly<Record<ConditionStatus, number>> = {
  met: 1,
  unknown: 0.25,
  'not-met': 0,
};

/**
 * Highest feasibility a use case can have with these factor levels, so the matrix agrees with the
 * verdict: a critical factor or several high ones (a rethink) never land in the feasible half.
 */
export const FEASIBILITY_CAPS = {
  critical: 20,
  severalHigh: 40,
  oneHigh: 60,
} as const;

export type FeasibilityCap = keyof typeof FEASIBILITY_CAPS;

export type FeasibilityInput = {
  factors: readonly { id: FactorId; risk: RiskLevel; score: number }[];
  successConditions: readonly { id: SuccessConditionId; status: ConditionStatus }[];
};

export type Feasibility = {
  /** 0–100, whole numbers. */
  score: number;
  /** 100 minus the mean factor risk score (0–100). */
  factorPart: number;
  /** The success conditions' credit as 0–100. */
  conditionPart: number;
  /** The cap that lowered the figure, or null when none did. */
  cap: FeasibilityCap | null;
};

const clamp = (n: number) => Math.min(100, Math.max(0, n));

/**
 * @example feasibility({ factors: [{ id: 'data', risk: 'low', score: 10 }], successConditions: [] })
 * // { score: 90, factorPart: 90, conditionPart: 0, cap: null } (no conditions: the factors alone)
 */
export function feasibility(input: FeasibilityInput): Feasibility {
  const factorPart =
    input.factors.length === 0
      ? 0
      : 100 - input.factors.reduce((sum, f) => sum + clamp(f.score), 0) / input.factors.length;
  const conditionPart =
    input.successConditions.length === 0
      ? null
      : (100 * input.successConditions.reduce((sum, c) => sum + CONDITION_CREDIT[c.status], 0)) /
        input.successConditions.length;
  const raw =
    conditionPart === null ? factorPart : FACTOR_WEIGHT * factorPart + (1 - FACTOR_WEIGHT) * conditionPart;
  const critical = input.factors.some((f) => f.risk === 'critical');
  const high = input.factors.filter((f) => f.risk === 'high' || f.risk === 'critical').length;
  const cap: FeasibilityCap | null = critical
    ? 'critical'
    : high >= 2
      ? 'severalHigh'
      : high === 1
        ? 'oneHigh'
        : null;
  const capped = cap === null ? raw : Math.min(raw, FEASIBILITY_CAPS[cap]);
  return {
    score: Math.round(clamp(capped)),
    factorPart: Math.round(factorPart),
    conditionPart: Math.round(conditionPart ?? 0),
    cap: cap !== null && raw > FEASIBILITY_CAPS[cap] ? cap : null,
  };
}
