import type {
  Assessment,
  ConditionStatus,
  FactorId,
  Finding,
  RiskLevel,
  Severity,
  SuccessConditionId,
  Verdict,
} from '../core/assessment/assessment-types.ts';
import { actionIdOf } from '../core/assessment/plan-actions.ts';
import type {
  AiActClass,
  AiActRole,
  Answer3,
  DpiaOutcome,
  LegalSource,
  WorksCouncilOutcome,
} from '../core/rules/rules-types.ts';
import type { Locale } from '../i18n/resources.ts';
import { label, text } from './assessment-format.ts';

/** A finding with its texts rendered in one language. `evidence` includes the detail lines. */
export type RenderedFinding = {
  id: string;
  severity: Severity;
  title: string;
  evidence: string;
  advice: string;
  /** The evidence's list items on their own (unanswered questions, file columns), when there are any. */
  details?: string[];
};

/**
 * The assessment result contract (DESIGN.md "Assessment result") with every text rendered in one
 * language. Extra fields beyond the contract: locale, verdictTitle, verdictReason, factor names,
 * condition names, details, and per action its effort, the risk it removes and the findings it covers.
 */
export type RenderedAssessment = {
  schemaVersion: 1;
  locale: Locale;
  verdict: Verdict;
  verdictTitle: string;
  verdictReason: string;
  factors: Array<{ id: FactorId; name: string; risk: RiskLevel; score: number; findings: RenderedFinding[] }>;
  successConditions: Array<{
    id: SuccessConditionId;
    name: string;
    status: ConditionStatus;
    evidence: string;
  }>;
  statusQuoCost: Assessment['statusQuoCost'];
  actions: Array<{
    id: string;
    priority: number;
    factor: string;
    title: string;
    why: string;
    owner: string;
    riskRemoved: number;
    effort: 1 | 2 | 3;
    findingIds: string[];
  }>;
  /** The rules and obligations on the assessment's "as of" day; absent in assessments made without one. */
  rules?: RenderedRules;
};

/** One obligation with its texts in one language and the day it applies from. */
export type RenderedObligation = {
  id: string;
  article: string;
  text: string;
  /** YYYY-MM-DD. */
  appliesFrom: string;
  /** False when no published text confirmed the date; `dateNote` says why. */
  verified: boolean;
  dateNote: string | null;
  applies: boolean;
  owner: string;
  source: LegalSource;
};

/** The rules section of the contract, rendered in one language (see `RulesResult`). */
export type RenderedRules = {
  asOf: string;
  answered: boolean;
  classification: AiActClass;
  classificationName: string;
  role: AiActRole;
  roleName: string;
  transparencyDuty: boolean;
  reasons: string[];
  questions: string[];
  dpia: { outcome: DpiaOutcome; outcomeName: string; reasons: string[]; done: Answer3 | null };
  worksCouncil: { outcome: WorksCouncilOutcome; outcomeName: string; reasons: string[] };
  obligations: RenderedObligation[];
  /** `dpia`, `deployerDuties`: what keeps the verdict from `ready`. */
  blockers: string[];
};

/** Renders the rules section in a locale. */
export function renderRules(rules: NonNullable<Assessment['rules']>, locale: Locale): RenderedRules {
  const t = (key: string) => text({ key }, locale);
  return {
    asOf: rules.asOf,
    answered: rules.answered,
    classification: rules.aiAct.classification,
    classificationName: t(`rules.class.${rules.aiAct.classification}`),
    role: rules.aiAct.role,
    roleName: t(`rules.role.${rules.aiAct.role}`),
    transparencyDuty: rules.aiAct.transparencyDuty,
    reasons: rules.aiAct.reasons.map((m) => text(m, locale)),
    questions: rules.aiAct.questions.map((m) => text(m, locale)),
    dpia: {
      outcome: rules.dpia.outcome,
      outcomeName: t(`rules.dpiaOutcome.${rules.dpia.outcome}`),
      reasons: rules.dpia.reasons.map((m) => text(m, locale)),
      done: rules.dpia.done ?? null,
    },
    worksCouncil: {
      outcome: rules.worksCouncil.outcome,
      outcomeName: t(`rules.worksCouncil.${rules.worksCouncil.outcome}`),
      reasons: rules.worksCouncil.reasons.map((m) => text(m, locale)),
    },
    obligations: rules.obligations.map((o) => ({
      id: o.id,
      article: o.article,
      text: text(o.text, locale),
      appliesFrom: o.appliesFrom.date,
      verified: o.appliesFrom.verified,
      dateNote: o.appliesFrom.note ? text(o.appliesFrom.note, locale) : null,
      applies: o.applies,
      owner: label(`owner.${o.owner}`, locale),
      source: o.source,
    })),
    blockers: [...rules.blockers],
  };
}

/** A finding's texts with the evidence sentence and its detail lines apart, for layouts that list them. */
export type FindingParts = { title: string; evidence: string; details: string[]; advice: string };

/** Renders the parts of one finding in a locale. */
export function findingParts(finding: Finding, locale: Locale): FindingParts {
  return {
    title: text(finding.title, locale),
    evidence: text(finding.evidence, locale),
    details: (finding.details ?? []).map((d) => text(d, locale)),
    advice: text(finding.advice, locale),
  };
}

/** Renders one finding; the detail lines are appended to the evidence so the contract's string is complete. */
export function renderFinding(finding: Finding, locale: Locale): RenderedFinding {
  const parts = findingParts(finding, locale);
  const rendered: RenderedFinding = {
    id: finding.id,
    severity: finding.severity,
    title: parts.title,
    evidence: parts.details.length === 0 ? parts.evidence : `${parts.evidence} ${parts.details.join('; ')}`,
    advice: parts.advice,
  };
  if (parts.details.length > 0) rendered.details = parts.details;
  return rendered;
}

/**
 * Renders an assessment to the contract JSON in a locale (`haalbaar assess FILE --json`, the API).
 * Pure; the result is plain data, safe to `JSON.stringify`.
 *
 * @example JSON.stringify(renderAssessment(assess(useCase), 'nl'), null, 2)
 */
export function renderAssessment(assessment: Assessment, locale: Locale): RenderedAssessment {
  return {
    schemaVersion: 1,
    locale,
    verdict: assessment.verdict,
    verdictTitle: label(`verdict.${assessment.verdict}.title`, locale),
    verdictReason: text(assessment.verdictReason, locale),
    factors: assessment.factors.map((f) => ({
      id: f.id,
      name: label(`factor.${f.id}.name`, locale),
      risk: f.risk,
      score: f.score,
      findings: f.findings.map((x) => renderFinding(x, locale)),
    })),
    successConditions: assessment.successConditions.map((c) => ({
      id: c.id,
      name: label(`condition.name.${c.id}`, locale),
      status: c.status,
      evidence: text(c.evidence, locale),
    })),
    statusQuoCost: assessment.statusQuoCost,
    actions: assessment.actions.map((a) => ({
      id: actionIdOf(a),
      priority: a.priority,
      factor: a.factor,
      title: text(a.title, locale),
      why: text(a.why, locale),
      owner: text(a.owner, locale),
      riskRemoved: a.riskRemoved,
      effort: a.effort,
      findingIds: a.findingIds,
    })),
    ...(assessment.rules ? { rules: renderRules(assessment.rules, locale) } : {}),
  };
}
