import {
  type ConditionStatus,
  FACTOR_IDS,
  type FactorId,
  type RiskLevel,
  SUCCESS_CONDITION_IDS,
  type SuccessConditionId,
} from '../assessment/assessment-types.ts';
import { invariant } from '../result.ts';

/**
 * Chance that an AI project never reaches production, across all projects: about 70 % (surveys by
 * Gartner, McKinsey and MIT Sloan, as quoted in the seed article; for MKB companies probably higher).
 */
export const BASE_STALL_PROBABILITY = 0.7;

/**
 * How one factor's assessed risk level multiplies the odds of stalling (odds = p / (1 − p)).
 *
 * Reading of the 70 %: it is the rate for projects as they are started in practice, where the five
 * failure factors are typically not examined. We anchor it at the neutral profile — every factor
 * `medium` (or not assessed) — so a project that went through an assessment but about which we learn
 * nothing special keeps the population rate (we do not lower it for MKB, where the rate is if anything
 * higher). Each factor then moves the odds on its own: a `low` factor removes 40 % of the odds, a
 * `high` one adds 60 %, a `critical` one multiplies them by 2.5. These are Haalbaar's judgement, not
 * measured effect sizes, and are kept few and visible so they can be argued with and tested:
 *   all five low      → 7/3 × 0.6^5 ≈ 0.18 → 15 %  (AI projects still stall for reasons outside the five)
 *   one high, rest medium → 7/3 × 1.6 ≈ 3.7 → 79 %
 *   all five high     → 7/3 × 1.6^5 ≈ 24 → 96 %
 */
export const STALL_ODDS_MULTIPLIERS: Record<RiskLevel, number> = {
  low: 0.6,
  medium: 1,
  high: 1.6,
  critical: 2.5,
};

/**
 * How each success condition multiplies the odds of stalling, by its status. `unknown` is neutral (1):
 * the 70 % is the rate of projects as they are started in practice, where nobody checked these
 * conditions. The seed names five conditions of projects that reach production and calls the sponsor
 * on the board decisive ("without it problems escalate and projects die a quiet death"), so the
 * sponsor moves the odds most; then measuring (no baseline means no proof and no go-decision), then
 * starting small and keeping people in the loop, then planned iterations. The order follows the worth
 * the action plan gives each condition (ACTIONS.conditionRiskRemoved in scoring-rules.ts). A condition
 * not met weighs more than one met helps: a missing sponsor is a known cause of stalls, a present one
 * no guarantee. Haalbaar's judgement, not measured effect sizes; with the factor multipliers:
 *   all five factors low, all conditions met   → 7/3 × 0.6^5 × 0.52 ≈ 0.095 → 9 %
 *   neutral factors, no board sponsor, rest unknown → 7/3 × 1.8 = 4.2 → 81 % (with one: 7/3 × 0.8 → 65 %)
 *   all five factors high, no condition met    → 7/3 × 1.6^5 × 6.2 ≈ 150 → 99 %
 */
export const STALL_CONDITION_MULTIPLIERS: Record<SuccessConditionId, Record<ConditionStatus, number>> = {
  sponsor: { met: 0.8, unknown: 1, 'not-met': 1.8 },
  measure: { met: 0.85, unknown: 1, 'not-met': 1.5 },
  startSmall: { met: 0.9, unknown: 1, 'not-met': 1.35 },
  humanInTheLoop: { met: 0.9, unknown: 1, 'not-met': 1.35 },
  iterate: { met: 0.95, unknown: 1, 'not-met': 1.25 },
};

/** The stall probability with how it came about, so a report can explain it. */
export type StallProbability = {
  /** Chance (0..1) the project stalls before production. */
  probability: number;
  /**
   * `override`: the use-case file states it; `assessment`: adjusted by factor risks and success
   * conditions; `default`: 70 %.
   */
  source: 'override' | 'assessment' | 'default';
  baseProbability: number;
  /** Product of all multipliers, factors and conditions (1 when none apply). */
  oddsMultiplier: number;
  contributions: { factor: FactorId; risk: RiskLevel; oddsMultiplier: number }[];
  /** The success conditions' share of the odds, one per condition given. */
  conditionContributions: {
    condition: SuccessConditionId;
    status: ConditionStatus;
    oddsMultiplier: number;
  }[];
  /**
   * What a stalled project still pays besides its share of the one-off costs: this many months of
   * licence, the contract it is committed to (see {@link committedLicenceMonths}); 0 when unknown.
   */
  committedLicenceMonths: number;
};

/**
 * The chance the project stalls before production. An explicit override (the file's
 * `businessCase.stallProbability`) wins; otherwise the base odds (70 %) are multiplied by one factor
 * per assessed failure factor (see {@link STALL_ODDS_MULTIPLIERS}) and one per judged success
 * condition (see {@link STALL_CONDITION_MULTIPLIERS}). Factors and conditions missing from the
 * options count as neutral. Pure and monotone: raising any factor's risk, or a condition going from
 * met to unknown to not met, never lowers the result.
 *
 * @example
 *   stallProbability({ factorRisks: { problem: 'low', data: 'high' }, conditions: { sponsor: 'not-met' } })
 *   // odds 7/3 × 0.6 × 1.6 × 1.8 ≈ 4.03 → 0.80
 */
export function stallProbability(options: {
  factorRisks?: Partial<Record<FactorId, RiskLevel>> | undefined;
  conditions?: Partial<Record<SuccessConditionId, ConditionStatus>> | undefined;
  override?: number | undefined;
  /** Months of licence the stalled project is committed to; carried into the result (default 0). */
  committedLicenceMonths?: number | undefined;
}): StallProbability {
  const { factorRisks, conditions, override } = options;
  const committed = options.committedLicenceMonths ?? 0;
  invariant(committed >= 0, 'committed licence months must be ≥ 0');
  if (override !== undefined) {
    invariant(override >= 0 && override <= 1, 'stall probability override must be 0..1');
    return {
      probability: override,
      source: 'override',
      baseProbability: BASE_STALL_PROBABILITY,
      oddsMultiplier: 1,
      contributions: [],
      conditionContributions: [],
      committedLicenceMonths: committed,
    };
  }
  const contributions: StallProbability['contributions'] = [];
  let oddsMultiplier = 1;
  for (const factor of FACTOR_IDS) {
    const risk = factorRisks?.[factor];
    if (risk === undefined) continue;
    const m = STALL_ODDS_MULTIPLIERS[risk];
    oddsMultiplier *= m;
    contributions.push({ factor, risk, oddsMultiplier: m });
  }
  const conditionContributions: StallProbability['conditionContributions'] = [];
  for (const condition of SUCCESS_CONDITION_IDS) {
    const status = conditions?.[condition];
    if (status === undefined) continue;
    const m = STALL_CONDITION_MULTIPLIERS[condition][status];
    oddsMultiplier *= m;
    conditionContributions.push({ condition, status, oddsMultiplier: m });
  }
  const baseOdds = BASE_STALL_PROBABILITY / (1 - BASE_STALL_PROBABILITY);
  const odds = baseOdds * oddsMultiplier;
  const isAssessed = contributions.length > 0 || conditionContributions.length > 0;
  return {
    probability: odds / (1 + odds),
    source: isAssessed ? 'assessment' : 'default',
    baseProbability: BASE_STALL_PROBABILITY,
    oddsMultiplier,
    contributions,
    conditionContributions,
    committedLicenceMonths: committed,
  };
}

/**
 * Months of licence a stalled project still pays: the contract it signed runs on whether or not the
 * project reaches production. The contract of the vendor whose yearly cost gives the licence range
 * (`vendorIndex`), else of the only candidate vendor; 0 when no contract length is known.
 * Capped at the business case's horizon by the caller.
 */
export function committedLicenceMonths(options: {
  vendors: ReadonlyArray<{ contractMonths?: number | undefined }> | undefined;
  vendorIndex?: number | undefined;
}): number {
  const vendors = options.vendors ?? [];
  const vendor =
    options.vendorIndex !== undefined
      ? vendors[options.vendorIndex]
      : vendors.length === 1
        ? vendors[0]
        : undefined;
  const months = vendor?.contractMonths;
  return months !== undefined && Number.isFinite(months) && months > 0 ? months : 0;
}
