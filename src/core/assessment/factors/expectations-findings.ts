import { msg } from '../../message.ts';
import type { RedFlagClaim } from '../../signals/signal-patterns.ts';
import type { AssessContext } from '../assess-context.ts';
import type { Severity } from '../assessment-types.ts';
import { type DraftFinding, draftFinding, percent } from '../draft-finding.ts';
import { factorQuestionItems, unansweredFinding } from '../questions.ts';
import { EXPECTATIONS } from '../scoring-rules.ts';
import { type ClaimHit, collectClaims, vendorName } from './claims.ts';

/** Claims about what the AI can do; data reuse is a partner matter, not an expectation. */
type MagicClaim = Exclude<RedFlagClaim, 'reusesData'>;
const isMagicClaim = (hit: ClaimHit): hit is ClaimHit & { tag: MagicClaim } => hit.tag !== 'reusesData';

const CRITICAL_QUESTIONS = [
  'accuracyOnOwnData',
  'errorHandling',
  'humanReviewShare',
  'dataNeeded',
  'totalCost',
  'references',
] as const;

/**
 * Findings for the `expectations` factor: magical thinking. Red-flag promises, expected automation
 * and speed, budgets for data preparation and iterations, the critical vendor questions.
 *
 * Promises count in full when they are in `expectations.vendorClaims` (what the company heard), or in
 * the claims of the only candidate vendor. When several vendors are compared, their own claims are
 * information here (the partner factor weighs them per vendor): which vendor wins must not change how
 * magical the company's expectations are.
 */
export function expectationsFindings(ctx: AssessContext): DraftFinding[] {
  const e = ctx.useCase.expectations ?? {};
  const soleVendor = (ctx.useCase.partner?.vendors ?? []).length === 1 ? 0 : undefined;
  const na = ctx.isNotApplicable;
  const out: DraftFinding[] = [];

  const seen = new Map<string, ClaimHit & { tag: MagicClaim }>();
  for (const hit of collectClaims(ctx.useCase)) {
    if (!isMagicClaim(hit)) continue;
    const counts = hit.vendorIndex === undefined || hit.vendorIndex === soleVendor;
    const key = counts ? hit.tag : `${hit.tag}.v${(hit.vendorIndex ?? 0) + 1}`;
    if (!seen.has(key)) seen.set(key, hit);
  }
  for (const [key, hit] of seen) {
    const counts = !key.includes('.v');
    const severity: Severity = counts ? EXPECTATIONS.claimSeverity[hit.tag] : 'info';
    const evidence =
      hit.vendorIndex === undefined
        ? msg('assessment.evidence.claim.general', { quote: hit.quote })
        : msg('assessment.evidence.claim.vendor', {
            quote: hit.quote,
            vendor: vendorName(ctx.useCase, hit.vendorIndex),
          });
    out.push(
      draftFinding({
        id: `expectations.claim.${key}`,
        rule: `expectations.claim.${hit.tag}`,
        severity,
        action: 'expectations.reset',
        evidence,
      }),
    );
  }

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
