import { msg } from '../../message.ts';
import type { Vendor } from '../../use-case/use-case-schema.ts';
import type { AssessContext } from '../assess-context.ts';
import type { Severity } from '../assessment-types.ts';
import { type DraftFinding, draftFinding } from '../draft-finding.ts';
import { isAnswered, unansweredFinding, VENDOR_QUESTIONS } from '../questions.ts';
import { scoreFindings } from '../score-findings.ts';
import { PARTNER } from '../scoring-rules.ts';
import { collectClaims, type JudgedClaim, judgeClaims, vendorName } from './claims.ts';

/** One candidate vendor with its own findings and score. */
export type VendorAssessment = { index: number; name: string; findings: DraftFinding[]; score: number };

/** Severity of a data-protection gap: high with personal data, medium when unknown, else `without`. */
function privacySeverity(ctx: AssessContext, without: Severity | null): Severity | null {
  if (ctx.hasPersonalData === true) return 'high';
  if (ctx.hasPersonalData === undefined) return 'medium';
  return without;
}

/**
 * Promises in `expectations.vendorClaims` (what the vendor or its demo promised, not said which
 * vendor): evidence about every candidate vendor, whether the team believes them or not. A claim the
 * team quotes and rejects still tells how the vendor sells. Independent of the team's answers, so
 * answering the expectation questions never moves the partner factor.
 */
function generalMagicClaims(ctx: AssessContext): JudgedClaim[] {
  return judgeClaims(ctx).filter((c) => c.vendorIndex === undefined);
}

function vendorFindings(ctx: AssessContext, vendor: Vendor, index: number): DraftFinding[] {
  const na = (field: keyof Vendor) => ctx.isNotApplicable(`partner.vendors.${field}`);
  const name = vendorName(ctx.useCase, index);
  const suffix = `v${index + 1}`;
  const out: DraftFinding[] = [];
  const add = (rule: string, severity: Severity | null, action: DraftFinding['action'], extra = {}) => {
    if (severity === null) return;
    out.push(
      draftFinding({
        id: `${rule}.${suffix}`,
        rule,
        severity,
        action,
        params: { vendor: name, ...extra },
      }),
    );
  };

  if (vendor.kind === 'enterprise' && ctx.isSme && !na('kind')) {
    add('partner.enterpriseForSme', 'medium', 'partner.fit', {
      employees: ctx.useCase.organisation?.employees ?? '?',
    });
  }
  if (vendor.kind === 'generic-tool' && !na('kind')) add('partner.genericTool', 'low', 'partner.fit');
  if (vendor.offersPilot === false && !na('offersPilot')) add('partner.noPilot', 'medium', 'partner.pilot');
  if (vendor.dataExport === false && !na('dataExport')) add('partner.noExport', 'high', 'partner.lockIn');
  if (vendor.openStandards === false && !na('openStandards'))
    add('partner.noOpenStandards', 'low', 'partner.lockIn');
  const months = vendor.contractMonths;
  if (months !== undefined && months > PARTNER.contractMonthsMedium && !na('contractMonths')) {
    add('partner.longContract', months > PARTNER.contractMonthsHigh ? 'high' : 'medium', 'partner.lockIn', {
      months,
    });
  }
  if (vendor.exitTerms === false && !na('exitTerms')) {
    const matters = months === undefined || months > PARTNER.exitTermsMatterAfterMonths;
    add('partner.noExitTerms', matters ? 'medium' : 'low', 'partner.lockIn');
  }
  if (vendor.euDataHosting === false && !na('euDataHosting')) {
    add('partner.outsideEu', privacySeverity(ctx, 'low'), 'partner.privacy');
  }
  if (vendor.processingAgreement === false && !na('processingAgreement')) {
    add('partner.noProcessingAgreement', privacySeverity(ctx, null), 'partner.privacy');
  }
  if (vendor.smeReferences === false && !na('smeReferences'))
    add('partner.noReferences', 'low', 'partner.honesty');
  if (vendor.explainsLimitations === false && !na('explainsLimitations')) {
    add('partner.hidesLimitations', 'medium', 'partner.honesty');
  }
  if (vendor.integratesWithOurSystems === false && !na('integratesWithOurSystems')) {
    add('partner.noIntegration', 'medium', 'partner.fit');
  }

  const claims = collectClaims(ctx.useCase).filter((c) => c.vendorIndex === index);
  const reuse = claims.find((c) => c.tag === 'reusesData');
  if (reuse && !na('claims')) {
    out.push(
      draftFinding({
        id: `partner.reusesData.${suffix}`,
        rule: 'partner.reusesData',
        severity: 'high',
        action: 'partner.privacy',
        evidence: msg('assessment.evidence.claim.vendor', { quote: reuse.quote, vendor: name }),
        params: { vendor: name },
      }),
    );
  }
  const magic = claims.find((c) => c.tag !== 'reusesData');
  const general = generalMagicClaims(ctx)[0];
  if ((magic && !na('claims')) || general) {
    out.push(
      draftFinding({
        id: `partner.overclaims.${suffix}`,
        rule: 'partner.overclaims',
        severity: 'medium',
        action: 'partner.honesty',
        evidence:
          magic && !na('claims')
            ? msg('assessment.evidence.claim.vendor', { quote: magic.quote, vendor: name })
            : msg('assessment.evidence.claim.general', { quote: general?.quote ?? '' }),
        params: { vendor: name },
      }),
    );
  }

  const unanswered = unansweredFinding({
    id: `partner.unanswered.${suffix}`,
    rule: 'partner.unanswered',
    action: 'partner.answer',
    params: { vendor: name },
    // Without personal data the processing agreement counts as settled (not dropped, so the unanswered
    // share of the other questions does not grow when personal data is ruled out).
    items: VENDOR_QUESTIONS.filter((q) => !na(q.field)).map((q) => ({
      labelKey: `assessment.question.vendor.${q.field}`,
      weight: q.weight,
      isAnswered:
        isAnswered(vendor[q.field]) || (q.personalDataOnly === true && ctx.hasPersonalData === false),
    })),
  });
  if (unanswered) out.push(unanswered);
  return out;
}

/**
 * Assesses every candidate vendor on its own. The partner factor is judged on the least risky one
 * (the company will pick one), so comparing vendors never makes the risk look worse.
 */
export function assessVendors(ctx: AssessContext): {
  vendors: VendorAssessment[];
  bestIndex: number | undefined;
} {
  if (ctx.isNotApplicable('partner.vendors')) return { vendors: [], bestIndex: undefined };
  const vendors = (ctx.useCase.partner?.vendors ?? []).map((vendor, index) => {
    const findings = vendorFindings(ctx, vendor, index);
    return { index, name: vendorName(ctx.useCase, index), findings, score: scoreFindings(findings) };
  });
  let bestIndex: number | undefined;
  for (const v of vendors) {
    const best = bestIndex === undefined ? undefined : vendors[bestIndex];
    if (best === undefined || v.score < best.score) bestIndex = v.index;
  }
  return { vendors, bestIndex };
}

/**
 * Findings for the `partner` factor: the best candidate's findings count; the others' are kept as
 * information so the comparison stays visible. No vendor yet is a finding of its own.
 * Once a vendor has answered the questionnaire itself (`vendorsAnsweredThemselves`), its own answers
 * judge the factor (vendor-findings.ts): what the owner said about each vendor is kept as
 * information only, and there is a vendor; claims in the intake's general text still count.
 */
export function partnerFindings(
  ctx: AssessContext,
  assessed: { vendors: VendorAssessment[]; bestIndex: number | undefined },
  options: { vendorsAnsweredThemselves?: boolean } = {},
): DraftFinding[] {
  const out: DraftFinding[] = [];
  const outranked = options.vendorsAnsweredThemselves === true;
  if (assessed.vendors.length === 0 && !outranked && !ctx.isNotApplicable('partner.vendors')) {
    out.push(
      draftFinding({
        id: 'partner.noVendor',
        rule: 'partner.noVendor',
        severity: 'medium',
        action: 'partner.choose',
      }),
    );
  }

  const general = collectClaims(ctx.useCase).find(
    (c) => c.vendorIndex === undefined && c.tag === 'reusesData',
  );
  if (general) {
    out.push(
      draftFinding({
        id: 'partner.reusesData',
        rule: 'partner.reusesDataClaims',
        severity: 'high',
        action: 'partner.privacy',
        evidence: msg('assessment.evidence.claim.general', { quote: general.quote }),
      }),
    );
  }

  const doubted = generalMagicClaims(ctx)[0];
  if (doubted && assessed.vendors.length === 0 && !ctx.isNotApplicable('partner.vendors')) {
    out.push(
      draftFinding({
        id: 'partner.overclaims',
        rule: 'partner.overclaimsGeneral',
        severity: 'medium',
        action: 'partner.honesty',
        evidence: msg('assessment.evidence.claim.general', { quote: doubted.quote }),
      }),
    );
  }

  const best = assessed.bestIndex === undefined ? undefined : assessed.vendors[assessed.bestIndex];
  if (best && assessed.vendors.length > 1) {
    out.push(
      draftFinding({
        id: 'partner.comparison',
        rule: 'partner.comparison',
        severity: 'info',
        action: 'partner.choose',
        params: { vendor: best.name, count: assessed.vendors.length, score: best.score },
      }),
    );
  }
  for (const v of assessed.vendors) {
    const counts = v.index === assessed.bestIndex && !outranked;
    out.push(...v.findings.map((f) => (counts ? f : { ...f, severity: 'info' as const })));
  }
  return out;
}
