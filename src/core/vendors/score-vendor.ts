import { hasEvidence } from './vendor-gates.ts';
import {
  VENDOR_SCORED_QUESTIONS,
  type VendorAnswer,
  type VendorAnswers,
  type VendorAnswerValue,
  type VendorScoredQuestion,
} from './vendor-types.ts';

/** Credit of an answer before its evidence is weighed: yes 1, partly ½, no and unknown 0. */
export const ANSWER_CREDIT: Record<VendorAnswerValue, number> = { yes: 1, partly: 0.5, no: 0, unknown: 0 };

/**
 * What a self-declared answer (no URL, clause or file behind it) is worth against the same answer
 * with evidence: half. A vendor's "yes" costs nothing to write; a reference, a certificate or a
 * clause can be checked. Haalbaar's judgement, stated here so it can be argued with.
 */
export const SELF_DECLARED_FACTOR = 0.5;

export type VendorScore = {
  /** 0..100, the weighted share of full credit over all scored questions. */
  score: number;
  /** Share (0..1) of the answered scored questions that carry evidence; 0 when none is answered. */
  evidencedShare: number;
  /** Credit per question (0..1) after the evidence factor; null when unanswered or `unknown`. */
  perQuestion: Record<VendorScoredQuestion, number | null>;
};

/**
 * The answer's base credit, with the question-specific rules:
 * - ownDataAccuracy: a "yes" is only a full yes with a figure measured on the customer's own data
 *   (`accuracy`) and evidence of that measurement; without the figure it counts as partly (a demo
 *   figure or a promise is not a measurement);
 * - humanShare: the answer is the share itself; a "yes" without `humanShare` counts as partly.
 */
function baseCredit(question: VendorScoredQuestion, answer: VendorAnswer): number {
  const credit = ANSWER_CREDIT[answer.value];
  if (question === 'ownDataAccuracy' && answer.accuracy === undefined) return Math.min(credit, 0.5);
  if (question === 'humanShare' && answer.humanShare === undefined) return Math.min(credit, 0.5);
  return credit;
}

/** Credit of one scored answer (0..1), or null when it is not answered. */
export function questionCredit(
  question: VendorScoredQuestion,
  answer: VendorAnswer | undefined,
): number | null {
  if (answer === undefined || answer.value === 'unknown') return null;
  return baseCredit(question, answer) * (hasEvidence(answer) ? 1 : SELF_DECLARED_FACTOR);
}

/**
 * The weighted score of the scored questions (the gates are judged apart, see `evaluateGates`).
 * Score = 100 × Σ weight × credit / Σ weight over every scored question; an unanswered question
 * counts as 0, so answering fewer questions never helps. Credit: {@link ANSWER_CREDIT}, times
 * {@link SELF_DECLARED_FACTOR} without evidence. All weights 0 gives 0.
 * Monotone: adding evidence or turning an answer from no to partly to yes never lowers the score.
 *
 * @example scoreVendor({ integration: { value: 'yes', evidence: [{ kind: 'url', url: 'https://x.nl' }] } },
 *   { ...zeroWeights, integration: 1 }).score // 100
 */
export function scoreVendor(
  answers: VendorAnswers,
  weights: Record<VendorScoredQuestion, number>,
): VendorScore {
  const perQuestion = {} as Record<VendorScoredQuestion, number | null>;
  let weighted = 0;
  let totalWeight = 0;
  let answered = 0;
  let evidenced = 0;
  for (const q of VENDOR_SCORED_QUESTIONS) {
    const answer = answers[q];
    const credit = questionCredit(q, answer);
    perQuestion[q] = credit;
    const w = Math.max(0, weights[q]);
    totalWeight += w;
    if (credit === null) continue;
    weighted += w * credit;
    answered++;
    if (hasEvidence(answer)) evidenced++;
  }
  return {
    score: totalWeight > 0 ? (100 * weighted) / totalWeight : 0,
    evidencedShare: answered > 0 ? evidenced / answered : 0,
    perQuestion,
  };
}
