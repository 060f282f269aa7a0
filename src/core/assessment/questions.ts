import { msg } from '../message.ts';
import { type DocumentPath, type NotApplicablePath, valueAtPath } from '../use-case/use-case-paths.ts';
import type { DataSource, UseCase, Vendor } from '../use-case/use-case-schema.ts';
import type { ActionId } from './action-catalogue.ts';
import type { FactorId } from './assessment-types.ts';
import { type DraftFinding, draftFinding, type Params } from './draft-finding.ts';
import { severityForUnknownShare } from './score-findings.ts';

/**
 * The essential questions per factor and how much an unknown answer weighs (1 = ordinary,
 * 2 = important, 3 = the factor cannot be judged without it). Questions that a rule already counts
 * when missing (the problem-definition questions, the legal basis) are not listed, so nothing is
 * counted twice. Labels are `assessment.question.<path>`.
 *
 * `people.monitorsStaff` is not listed: it decides which duties apply (works-council consent,
 * informing workers), not how likely the employees are to adopt the system, so an unknown answer
 * is no gap in the people factor. Listing it would also change the unanswered share of every use
 * case written before the question existed. The people questions that the employee survey or the
 * measured feedback channel answers are passed as `alsoAnswered` (factors/people-findings.ts).
 */
export type Question = { path: AnswerPath; weight: number };

/** A question the use case answers directly: a path into the document that may be marked not applicable. */
export type AnswerPath = DocumentPath<UseCase> & NotApplicablePath;

export const FACTOR_QUESTIONS: Record<Exclude<FactorId, 'partner'>, readonly Question[]> = {
  expectations: [
    { path: 'expectations.expectedAutomationRate', weight: 2 },
    { path: 'expectations.expectedMonthsToValue', weight: 1 },
    { path: 'expectations.budgetForDataPrep', weight: 2 },
    { path: 'expectations.budgetForIterations', weight: 1 },
    { path: 'expectations.criticalQuestions', weight: 2 },
  ],
  problem: [
    { path: 'problem.statement', weight: 2 },
    { path: 'problem.origin', weight: 1 },
    { path: 'problem.alternativesConsidered', weight: 1 },
    { path: 'problem.target', weight: 1 },
  ],
  data: [
    { path: 'data.sources', weight: 3 },
    { path: 'data.personalData', weight: 2 },
    { path: 'data.accessible', weight: 2 },
    { path: 'data.labelsAvailable', weight: 1 },
  ],
  people: [
    { path: 'people.employeesInvolvedFrom', weight: 2 },
    { path: 'people.communicationPlan', weight: 1 },
    { path: 'people.jobImpactCommunicated', weight: 1 },
    { path: 'people.trainingPlan', weight: 1 },
    { path: 'people.feedbackChannel', weight: 1 },
    { path: 'people.adoptionMonthsPlanned', weight: 1 },
  ],
};

/** Per data source; half weight each, so a sparsely described source is a gap but not a verdict. */
export const SOURCE_QUESTIONS: ReadonlyArray<{ field: keyof DataSource; weight: number }> = [
  { field: 'format', weight: 0.5 },
  { field: 'capture', weight: 0.5 },
  { field: 'monthsOfHistory', weight: 0.5 },
  { field: 'records', weight: 0.5 },
  { field: 'completeness', weight: 0.5 },
];

/** Per vendor. The processing agreement only matters when personal data is involved. */
export const VENDOR_QUESTIONS: ReadonlyArray<{
  field: keyof Vendor;
  weight: number;
  personalDataOnly?: true;
}> = [
  { field: 'kind', weight: 1 },
  { field: 'offersPilot', weight: 1 },
  { field: 'dataExport', weight: 2 },
  { field: 'openStandards', weight: 1 },
  { field: 'contractMonths', weight: 1 },
  { field: 'exitTerms', weight: 1 },
  { field: 'euDataHosting', weight: 1 },
  { field: 'processingAgreement', weight: 2, personalDataOnly: true },
  { field: 'smeReferences', weight: 1 },
  { field: 'explainsLimitations', weight: 1 },
  { field: 'integratesWithOurSystems', weight: 1 },
];

/** An answer counts when it is present: not undefined, not an empty string, not an empty list. */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** One applicable question, answered or not, with its label. */
export type QuestionItem = { labelKey: string; weight: number; isAnswered: boolean; labelParams?: Params };

/**
 * The essential questions of a factor as checklist items: not-applicable ones left out, each
 * answered when the use case has a value for it (or `alsoAnswered` says the evidence answered it).
 */
export function factorQuestionItems(options: {
  factor: keyof typeof FACTOR_QUESTIONS;
  useCase: UseCase;
  isNotApplicable: (path: NotApplicablePath) => boolean;
  alsoAnswered?: ReadonlySet<AnswerPath>;
}): QuestionItem[] {
  return FACTOR_QUESTIONS[options.factor]
    .filter((q) => !options.isNotApplicable(q.path))
    .map((q) => ({
      labelKey: `assessment.question.${q.path}`,
      weight: q.weight,
      isAnswered:
        options.alsoAnswered?.has(q.path) === true || isAnswered(valueAtPath(options.useCase, q.path)),
    }));
}

export type UnansweredOptions = {
  id: string;
  rule: string;
  action: ActionId;
  items: readonly QuestionItem[];
  params?: Params;
};

/**
 * One finding listing the unanswered essential questions of a factor (or of one vendor), with a
 * severity from the unanswered share of the question weight. Null when everything is answered or
 * nothing applies. Not-applicable questions must already be left out of `items`.
 */
export function unansweredFinding(options: UnansweredOptions): DraftFinding | null {
  const total = options.items.reduce((sum, q) => sum + q.weight, 0);
  const open = options.items.filter((q) => !q.isAnswered);
  if (total === 0 || open.length === 0) return null;
  const share = open.reduce((sum, q) => sum + q.weight, 0) / total;
  const severity = severityForUnknownShare(share);
  if (severity === null) return null;
  return draftFinding({
    id: options.id,
    rule: options.rule,
    severity,
    action: options.action,
    params: { ...options.params, count: open.length, total: options.items.length },
    details: open.map((q) => msg(q.labelKey, q.labelParams)),
  });
}
