import { msg } from '../../message.ts';
import type { AssessContext } from '../assess-context.ts';
import type { Severity } from '../assessment-types.ts';
import { type DraftFinding, draftFinding, percent } from '../draft-finding.ts';
import { factorQuestionItems, unansweredFinding } from '../questions.ts';
import { compareSeverity } from '../score-findings.ts';
import { EXPECTATIONS } from '../scoring-rules.ts';
import { type JudgedClaim, judgeClaims, vendorName } from './claims.ts';

const CRITICAL_QUESTIONS = [
  'accuracyOnOwnData',
  'errorHandling',
  'humanReviewShare',
  'dataNeeded',
  'totalCost',
  'references',
] as const;

const claimEvidence = (ctx: AssessContext, hit: JudgedClaim, variant: 'plain' | 'toVerify') => {
  const suffix = variant === 'toVerify' ? 'ToVerify' : '';
  return hit.vendorIndex === undefined
    ? msg(`assessment.evidence.claim.general${suffix}`, { quote: hit.quote })
    : msg(`assessment.evidence.claim.vendor${suffix}`, {
        quote: hit.quote,
        vendor: vendorName(ctx.useCase, hit.vendorIndex),
      });
};

/**
 * The red-flag promises as findings, structured answers first (DESIGN.md "Judgement that generalises").
 * A promise counts in full when it is in `expectations.vendorClaims` (what the company heard) or in the
 * claims of the only candidate vendor, and either the answers share it (90 % automation expected next
 * to a promise of full automation) or several independent signals agree (two kinds of promise, or a
 * promise next to an over-optimistic answer). A promise only the text makes is a finding to verify, at
 * most medium, with the quote. A promise the team rejects or its own answers contradict is
 * information here and evidence about the vendor (partner factor). When several vendors are compared,
 * their own claims are information: which vendor wins must not change how magical the company's
 * expectations are.
 */
function claimFindings(ctx: AssessContext): DraftFinding[] {
  const e = ctx.useCase.expectations ?? {};
  const na = ctx.isNotApplicable;
  const soleVendor = (ctx.useCase.partner?.vendors ?? []).length === 1 ? 0 : undefined;
  const judged = judgeClaims(ctx);
  const counting = judged.filter((h) => h.vendorIndex === undefined || h.vendorIndex === soleVendor);
  const believed = counting.filter((h) => !h.isDoubted);
  const optimisticAnswers =
    (e.expectedAutomationRate !== undefined &&
      e.expectedAutomationRate >= EXPECTATIONS.automationMedium &&
      !na('expectations.expectedAutomationRate')) ||
    (e.expectedMonthsToValue !== undefined &&
      e.expectedMonthsToValue < EXPECTATIONS.monthsMedium &&
      !na('expectations.expectedMonthsToValue'));
  const independentSignals = new Set(believed.map((h) => h.tag)).size + (optimisticAnswers ? 1 : 0);
  const isCorroborated = independentSignals >= EXPECTATIONS.signalsThatAgree;

  const out: DraftFinding[] = [];
  const seen = new Set<string>();
  // Believed hits first, so a tag that is both quoted-and-rejected and believed elsewhere counts.
  for (const hit of [...believed, ...counting.filter((h) => h.isDoubted)]) {
    if (seen.has(hit.tag)) continue;
    seen.add(hit.tag);
    if (hit.isDoubted) {
      out.push(
        draftFinding({
          id: `expectations.claimNotCounted.${hit.tag}`,
          rule: 'expectations.claimNotCounted',
          severity: 'info',
          action: 'expectations.reset',
          evidence: msg(
            hit.stance === 'rejected'
              ? 'assessment.evidence.claim.rejected'
              : 'assessment.evidence.claim.contradicted',
            { quote: hit.quote },
          ),
        }),
      );
      continue;
    }
    const full: Severity = EXPECTATIONS.claimSeverity[hit.tag];
    const isConfirmed = hit.answers === 'agrees' || isCorroborated;
    const severity: Severity =
      isConfirmed || compareSeverity(full, EXPECTATIONS.textOnlyClaimMax) <= 0
        ? full
        : EXPECTATIONS.textOnlyClaimMax;
    out.push(
      draftFinding({
        id: `expectations.claim.${hit.tag}`,
        rule: `expectations.claim.${hit.tag}`,
        severity,
        action: 'expectations.reset',
        evidence: claimEvidence(ctx, hit, isConfirmed ? 'plain' : 'toVerify'),
      }),
    );
  }
  const others = new Set<string>();
  for (const hit of judged) {
    if (hit.vendorIndex === undefined || hit.vendorIndex === soleVendor) continue;
    const key = `${hit.tag}.v${hit.vendorIndex + 1}`;
    if (others.has(key)) continue;
    others.add(key);
    out.push(
      draftFinding({
        id: `expectations.claim.${key}`,
        rule: `expectations.claim.${hit.tag}`,
        severity: 'info',
        action: 'expectations.reset',
        evidence: claimEvidence(ctx, hit, 'plain'),
      }),
    );
  }
  return out;
}

/**
 * Findings for the `expectations` factor: magical thinking. Red-flag promises (claimFindings),
 * expected automation and speed, budgets for data preparation and iterations, the critical vendor
 * questions.
 */
export function expectationsFindings(ctx: AssessContext): DraftFinding[] {
  const e = ctx.useCase.expectations ?? {};
  const na = ctx.isNotApplicable;
  const out: DraftFinding[] = claimFindings(ctx);

  const rate = e.expectedAutomationRate;
  if (
    rate !== undefined &&
    rate >= EXPECTATIONS.automationMedium &&
    !na('expectations.expectedAutomationRate')
  ) {
    out.push(
      draftFinding({
        id: 'expectations.automation',
        rule: 'expectations.automation',
        severity: rate >= EXPECTATIONS.automationHigh ? 'high' : 'medium',
        action: 'expectations.reset',
        params: { pct: percent(rate) },
      }),
    );
  }

  const months = e.expectedMonthsToValue;
  if (
    months !== undefined &&
    months < EXPECTATIONS.monthsMedium &&
    !na('expectations.expectedMonthsToValue')
  ) {
    out.push(
      draftFinding({
        id: 'expectations.speed',
        rule: 'expectations.speed',
        severity: months <= EXPECTATIONS.monthsHigh ? 'high' : 'medium',
        action: 'expectations.reset',
        params: { months },
      }),
    );
  }

  if (e.budgetForDataPrep === false && !na('expectations.budgetForDataPrep')) {
    out.push(
      draftFinding({
        id: 'expectations.noDataPrepBudget',
        rule: 'expectations.noDataPrepBudget',
        severity: 'medium',
        action: 'expectations.budget',
      }),
    );
  }
  if (e.budgetForIterations === false && !na('expectations.budgetForIterations')) {
    out.push(
      draftFinding({
        id: 'expectations.noIterationBudget',
        rule: 'expectations.noIterationBudget',
        severity: 'medium',
        action: 'expectations.budget',
      }),
    );
  }

  const asked = e.criticalQuestions;
  if (asked !== undefined && !na('expectations.criticalQuestions')) {
    const applicable = CRITICAL_QUESTIONS.filter((q) => !na(`expectations.criticalQuestions.${q}`));
    const missing = applicable.filter((q) => asked[q] !== true);
    if (missing.length > 0) {
      out.push(
        draftFinding({
          id: 'expectations.criticalQuestions',
          rule: 'expectations.criticalQuestions',
          severity: missing.length >= EXPECTATIONS.questionsMissingMedium ? 'medium' : 'low',
          action: 'expectations.askVendor',
          params: { count: missing.length, total: applicable.length },
          details: missing.map((q) => msg(`assessment.question.criticalQuestion.${q}`)),
        }),
      );
    }
  }

  const unanswered = unansweredFinding({
    id: 'expectations.unanswered',
    rule: 'expectations.unanswered',
    action: 'expectations.answer',
    items: factorQuestionItems({ factor: 'expectations', useCase: ctx.useCase, isNotApplicable: na }),
  });
  if (unanswered) out.push(unanswered);
  return out;
}
