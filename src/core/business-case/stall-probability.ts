import { FACTOR_IDS, type FactorId, type RiskLevel } from '../assessment/assessment-types.ts';
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

/** The stall probability with how it came about, so a report can explain it. */
export type StallProbability = {
  /** Chance (0..1) the project stalls before production. */
  probability: number;
  /** `override`: the use-case file states it; `assessment`: adjusted by factor risks; `default`: 70 %. */
  source: 'override' | 'assessment' | 'default';
  baseProbability: number;
  /** Product of the factor multipliers (1 when none apply). */
  oddsMultiplier: number;
  contributions: { factor: FactorId; risk: RiskLevel; oddsMultiplier: number }[];
};

/**
 * The chance the project stalls before production. An explicit override (the file's
 * `businessCase.stallProbability`) wins; otherwise the base odds (70 %) are multiplied by one factor
 * per assessed failure factor (see {@link STALL_ODDS_MULTIPLIERS}). Factors missing from
 * `factorRisks` count as neutral. Pure and monotone: raising any factor's risk never lowers the result.
 *
 * @example
 *   stallProbability({ factorRisks: { problem: 'low', data: 'high' } }).probability
 *   // odds 7/3 × 0.6 × 1.6 = 2.24 → 0.69
 */
export function stallProbability(options: {
  factorRisks?: Partial<Record<FactorId, RiskLevel>> | undefined;
  override?: number | undefined;
}): StallProbability {
  const { factorRisks, override } = options;
  if (override !== undefined) {
    invariant(override >= 0 && override <= 1, 'stall probability override must be 0..1');
    return {
      probability: override,
      source: 'override',
      baseProbability: BASE_STALL_PROBABILITY,
      oddsMultiplier: 1,
      contributions: [],
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
  const baseOdds = BASE_STALL_PROBABILITY / (1 - BASE_STALL_PROBABILITY);
  const odds = baseOdds * oddsMultiplier;
  return {
    probability: odds / (1 + odds),
    source: contributions.length > 0 ? 'assessment' : 'default',
    baseProbability: BASE_STALL_PROBABILITY,
    oddsMultiplier,
    contributions,
  };
}
