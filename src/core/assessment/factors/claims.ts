import { findSignals, type Stance } from '../../signals/find-signals.ts';
import type { RedFlagClaim } from '../../signals/signal-tags.ts';
import type { UseCase } from '../../use-case/use-case-schema.ts';
import type { AssessContext } from '../assess-context.ts';
import { EXPECTATIONS } from '../scoring-rules.ts';

/** A red-flag promise found in the use case, with where it was written and who stands behind it. */
export type ClaimHit = {
  tag: RedFlagClaim;
  quote: string;
  /** Index of the vendor whose `claims` contain it; undefined for `expectations.vendorClaims`. */
  vendorIndex?: number;
  /** `rejected` when the team quotes the claim and distances itself from it. */
  stance: Stance;
};

/** Claims about what the AI can do; data reuse is a partner matter, not an expectation. */
export type MagicClaim = Exclude<RedFlagClaim, 'reusesData'>;
export const isMagicClaim = (hit: ClaimHit): hit is ClaimHit & { tag: MagicClaim } =>
  hit.tag !== 'reusesData';

/** The display name of a vendor: its name, else "#2". */
export function vendorName(useCase: UseCase, index: number): string {
  const name = useCase.partner?.vendors?.[index]?.name?.trim();
  return name && name !== '' ? name : `#${index + 1}`;
}

/** Every red-flag claim in `expectations.vendorClaims` and in each vendor's `claims`, in text order. */
export function collectClaims(useCase: UseCase): ClaimHit[] {
  const hits: ClaimHit[] = [];
  const general = useCase.expectations?.vendorClaims;
  if (general) {
    for (const h of findSignals(general, { kinds: ['redFlag'] })) {
      if (h.kind === 'redFlag') hits.push({ tag: h.tag, quote: h.quote, stance: h.stance });
    }
  }
  (useCase.partner?.vendors ?? []).forEach((vendor, vendorIndex) => {
    if (!vendor.claims) return;
    for (const h of findSignals(vendor.claims, { kinds: ['redFlag'] })) {
      if (h.kind === 'redFlag') hits.push({ tag: h.tag, quote: h.quote, vendorIndex, stance: h.stance });
    }
  });
  return hits;
}

/** What the structured answers say about a kind of promise. */
export type AnswerStance = 'agrees' | 'contradicts' | 'unknown';

/**
 * The structured answer that speaks to a kind of promise, and whether it shares it. Structured answers
 * outrank text (DESIGN.md "Judgement that generalises"): a team that expects 40 % automation does not
 * believe a promise of full automation it quotes, whatever the wording.
 * - full automation, replacing people: the expected automation rate (≥ 80 % agrees), else whether people
 *   stay in the loop;
 * - immediate results, no setting up: the expected months to value (< 3 agrees); for "no setting up"
 *   also the budget for data preparation;
 * - no data needed: the budget for data preparation, and whether the team asked which data is needed;
 * - perfect accuracy: whether the team asked for the accuracy on its own data.
 * Answers marked not applicable say nothing.
 */
export function answersOnClaim(
  tag: MagicClaim,
  ctx: Pick<AssessContext, 'useCase' | 'isNotApplicable'>,
): AnswerStance {
  const e = ctx.useCase.expectations ?? {};
  const na = ctx.isNotApplicable;
  const rate = na('expectations.expectedAutomationRate') ? undefined : e.expectedAutomationRate;
  const months = na('expectations.expectedMonthsToValue') ? undefined : e.expectedMonthsToValue;
  const dataPrep = na('expectations.budgetForDataPrep') ? undefined : e.budgetForDataPrep;
  const asked = na('expectations.criticalQuestions') ? undefined : e.criticalQuestions;
  const human = na('success.humanInTheLoop') ? undefined : ctx.useCase.success?.humanInTheLoop;
  switch (tag) {
    case 'totalAutomation':
    case 'replacesTeam':
      if (rate !== undefined) return rate >= EXPECTATIONS.automationMedium ? 'agrees' : 'contradicts';
      if (human !== undefined) return human ? 'contradicts' : 'agrees';
      return 'unknown';
    case 'instantResults':
      if (months !== undefined) return months < EXPECTATIONS.monthsMedium ? 'agrees' : 'contradicts';
      return 'unknown';
    case 'outOfTheBox':
      if (months !== undefined) return months < EXPECTATIONS.monthsMedium ? 'agrees' : 'contradicts';
      if (dataPrep !== undefined) return dataPrep ? 'contradicts' : 'agrees';
      return 'unknown';
    case 'noDataNeeded':
      if (dataPrep === false) return 'agrees';
      if (dataPrep === true || asked?.dataNeeded === true) return 'contradicts';
      if (asked?.dataNeeded === false) return 'agrees';
      return 'unknown';
    case 'perfectAccuracy':
      if (asked?.accuracyOnOwnData === true) return 'contradicts';
      if (asked?.accuracyOnOwnData === false) return 'agrees';
      return 'unknown';
  }
}

/** A promise as the assessment weighs it. */
export type JudgedClaim = ClaimHit & {
  tag: MagicClaim;
  /** What the structured answers say about it. */
  answers: AnswerStance;
  /** The team does not count on it: it rejects the quote, or its own answers say otherwise. */
  isDoubted: boolean;
};

/** The magic promises of the use case with what the answers say about each (see {@link answersOnClaim}). */
export function judgeClaims(ctx: Pick<AssessContext, 'useCase' | 'isNotApplicable'>): JudgedClaim[] {
  return collectClaims(ctx.useCase)
    .filter(isMagicClaim)
    .map((hit) => {
      const answers = answersOnClaim(hit.tag, ctx);
      return { ...hit, answers, isDoubted: hit.stance === 'rejected' || answers === 'contradicts' };
    });
}
