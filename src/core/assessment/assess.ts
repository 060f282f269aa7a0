import type { DataProfile } from '../data-profile/data-profile-types.ts';
import { msg } from '../message.ts';
import { assessRules } from '../rules/assess-rules.ts';
import type { UseCase } from '../use-case/use-case-schema.ts';
import { questionnaireFindings } from '../vendors/vendor-findings.ts';
import { companySize } from './action-catalogue.ts';
import { buildAssessContext, fileLabel } from './assess-context.ts';
import {
  type AssessEvidence,
  type Assessment,
  FACTOR_IDS,
  type FactorId,
  type FactorResult,
  type Finding,
} from './assessment-types.ts';
import { decideVerdict } from './decide-verdict.ts';
import { type DraftFinding, draftFinding } from './draft-finding.ts';
import { dataFindings } from './factors/data-findings.ts';
import { expectationsFindings } from './factors/expectations-findings.ts';
import { assessVendors, partnerFindings } from './factors/partner-findings.ts';
import { peopleFindings } from './factors/people-findings.ts';
import { problemFindings } from './factors/problem-findings.ts';
import { planActions } from './plan-actions.ts';
import { assessedRules, rulesActions } from './rules-actions.ts';
import { compareSeverity, riskLevelForScore, scoreFindings } from './score-findings.ts';
import { assessSuccessConditions } from './success-conditions.ts';

/** The contract's finding: the action reference stays inside the core. */
function toFinding({ action: _action, ...finding }: DraftFinding): Finding {
  return finding;
}

/** Profile findings end in `.f<n>`: about the n-th profiled file (factors/profile-findings.ts). */
const PROFILE_FINDING = /^data\.profile\..+\.f(\d+)$/;

/** Names the file a profile finding is about, and its stored id when the caller gave the ids. */
function withSubject(
  finding: Finding,
  profiles: readonly DataProfile[],
  fileIds: readonly string[] | undefined,
): Finding {
  const match = PROFILE_FINDING.exec(finding.id);
  const index = match ? Number(match[1]) - 1 : -1;
  const profile = profiles[index];
  if (!profile) return finding;
  const fileId = fileIds?.[index];
  return { ...finding, subject: { ...(fileId ? { fileId } : {}), file: fileLabel(profile.file) } };
}

/**
 * The partner findings of the selected vendor's questionnaire, with one saying they are the basis;
 * undefined when no vendor answered one. The vendor answering for itself, with evidence, outranks
 * the owner's yes/no answers about vendors.
 */
function questionnaireEvidence(evidence: AssessEvidence['vendors']): Finding[] | undefined {
  if (!evidence) return undefined;
  const row = evidence.comparison.rows.find((r) => r.vendorId === evidence.comparison.selectedId);
  if (!row?.answered) return undefined;
  const basis: Finding = {
    id: 'partner.questionnaire.basis',
    severity: 'info',
    title: msg('vendors.finding.basis.title', { vendor: row.name }),
    evidence: msg('vendors.finding.basis.evidence', {
      vendor: row.name,
      count: evidence.comparison.rows.length,
      score: Math.round(row.score),
    }),
    advice: msg('vendors.finding.basis.advice'),
  };
  return [basis, ...questionnaireFindings(evidence)];
}

/** Findings in report order: most severe first, then as the rules produced them. */
function bySeverity<T extends Pick<Finding, 'severity'>>(findings: readonly T[]): T[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => compareSeverity(b.f.severity, a.f.severity) || a.i - b.i)
    .map(({ f }) => f);
}

/**
 * Assesses one use case: five factor risks with their findings, the five success conditions, the
 * status-quo cost, a verdict and a ranked action plan (DESIGN.md "The model").
 *
 * Pure and deterministic: the same input gives the same output, nothing is read or written, no clock
 * or randomness. With `evidence.asOf` (a day) it also judges the rules and obligations on that day:
 * a prohibited practice makes the verdict `rethink`, a legal blocker keeps it from `ready`. Unknown answers are findings; questions listed in `notApplicable` are not. Optional
 * evidence: data profiles of the company's files weigh on `data`; `extraFindings` from other modules
 * (business case, employee survey) are scored with their factor. A whole factor marked not applicable
 * (`notApplicable: [partner]`) scores 0 apart from extra findings, and says so.
 *
 * @example assess(parsedUseCase).verdict // 'ready' | 'fix-first' | 'rethink'
 */
export function assess(useCase: UseCase, evidence: AssessEvidence = {}): Assessment {
  const ctx = buildAssessContext(useCase, evidence);
  const vendors = assessVendors(ctx);
  const questionnaire = questionnaireEvidence(evidence.vendors);
  const factorRules: Record<FactorId, () => DraftFinding[]> = {
    expectations: () => expectationsFindings(ctx),
    problem: () => problemFindings(ctx),
    data: () => dataFindings(ctx),
    people: () => peopleFindings(ctx),
    partner: () => partnerFindings(ctx, vendors, { vendorsAnsweredThemselves: questionnaire !== undefined }),
  };

  const planned = FACTOR_IDS.map((id) => {
    const own = ctx.isNotApplicable(id)
      ? [
          draftFinding({
            id: `${id}.notApplicable`,
            rule: 'notApplicable',
            severity: 'info',
            action: `${id}.answer`,
          }),
        ]
      : factorRules[id]();
    const extra = [
      ...(evidence.extraFindings?.[id] ?? []),
      ...(id === 'partner' && questionnaire && !ctx.isNotApplicable(id) ? questionnaire : []),
    ];
    const score = scoreFindings([...own, ...extra]);
    return { id, score, risk: riskLevelForScore(score), findings: own, extraFindings: extra };
  });

  const factors: FactorResult[] = planned.map((p) => ({
    id: p.id,
    risk: p.risk,
    score: p.score,
    findings: bySeverity([
      ...p.findings.map((f) => withSubject(toFinding(f), ctx.profiles, evidence.dataFileIds)),
      ...p.extraFindings,
    ]),
  }));
  const successConditions = assessSuccessConditions(useCase, ctx.isNotApplicable, evidence.pilot);
  const rules =
    evidence.asOf === undefined ? undefined : assessedRules(assessRules(useCase, evidence.asOf), useCase);
  const decision = decideVerdict(factors, successConditions, rules);

  return {
    schemaVersion: 1,
    verdict: decision.verdict,
    verdictReason: decision.reason,
    factors,
    successConditions,
    statusQuoCost: ctx.statusQuo,
    actions: planActions({
      factors: planned,
      conditions: successConditions,
      companySize: companySize(useCase.organisation?.employees),
      ...(rules ? { rules: rulesActions(rules) } : {}),
    }),
    ...(rules ? { rules } : {}),
  };
}
