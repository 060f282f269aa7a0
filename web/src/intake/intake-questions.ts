import {
  AFFECTED_GROUPS,
  AI_ROLES,
  ANSWERS_3,
  DECISION_ROLES,
  HIGH_RISK_EXCEPTIONS,
  RULES_ACTIVITIES,
  RULES_DATA_CATEGORIES,
} from '../../../src/core/rules/rules-types.ts';
import type { DocumentPath, ValueAtPath } from '../../../src/core/use-case/use-case-paths.ts';
import type { UseCase } from '../../../src/core/use-case/use-case-schema.ts';

/**
 * The intake wizard's questions: one step per failure factor plus one for the success conditions.
 * Texts live in the translation files under `web.intake.q.<id>` (label, hint, why). Paths are typed
 * from the use-case schema: each kind of question may only name a field of its kind (a yes/no
 * question a boolean, a select an enum with exactly those options), so a renamed field or option
 * fails the typecheck. `na` allows "not applicable".
 */

/** The paths of `D` whose value is a `V`: `PathTo<UseCase, boolean>` is every yes/no question. */
type PathTo<D, V> = {
  [P in DocumentPath<D>]: ValueAtPath<D, P> extends V ? P : never;
}[DocumentPath<D>];

/** Free text: paths whose value is any string (not an enum). */
type TextPath<D> = {
  [P in DocumentPath<D>]: string extends ValueAtPath<D, P> ? P : never;
}[DocumentPath<D>];

/**
 * A choice among the values of an enum field; the options are the enum's own values. `select` is a
 * drop-down (unanswered is its first entry); `choice` shows the options side by side, for a few
 * short ones such as yes / no / "weet ik niet".
 */
type SelectQuestion<D> = {
  [P in PathTo<D, string>]: {
    kind: 'select' | 'choice';
    path: P;
    id: string;
    options: readonly ValueAtPath<D, P>[];
  };
}[PathTo<D, string>];

/** The element type of a list type. */
type ElementOf<L> = L extends readonly (infer E)[] ? E : never;

/**
 * Several values of an enum list at once (check boxes). Options in `exclusive` ("none of these",
 * "weet ik niet") stand alone: ticking one clears the others.
 */
type MultiQuestion<D> = {
  [P in PathTo<D, readonly string[]>]: {
    kind: 'multi';
    path: P;
    id: string;
    options: readonly ElementOf<ValueAtPath<D, P>>[];
    exclusive?: readonly ElementOf<ValueAtPath<D, P>>[];
  };
}[PathTo<D, readonly string[]>];

/** One question about a document of type `D` (the use case, or one item of a list). */
export type Question<D = UseCase> =
  | { kind: 'text' | 'multiline'; path: TextPath<D>; id: string }
  | {
      kind: 'number';
      path: PathTo<D, number>;
      id: string;
      unit?: string;
      min?: number;
      max?: number;
      scale?: number;
    }
  | { kind: 'yesno'; path: PathTo<D, boolean>; id: string; na?: boolean }
  | SelectQuestion<D>
  | MultiQuestion<D>;

/** The lists of the use case whose items are objects: data sources, vendors, KPIs. */
type ListPath = {
  [P in DocumentPath<UseCase>]: ValueAtPath<UseCase, P> extends readonly object[] ? P : never;
}[DocumentPath<UseCase>];

/** The item type of a list. */
export type ListItem<P extends ListPath> = ValueAtPath<UseCase, P>[number];

export type ListQuestion = {
  [P in ListPath]: {
    kind: 'list';
    path: P;
    id: string;
    /** Sub-questions about one item. */
    item: readonly Question<ListItem<P>>[];
    na?: boolean;
  };
}[ListPath];

export type Step = {
  id: 'problem' | 'expectations' | 'data' | 'people' | 'partner' | 'success' | 'rules';
  questions: (Question | ListQuestion)[];
};

const q = <T extends Question | ListQuestion>(x: T) => x;

export const INTAKE_STEPS: Step[] = [
  {
    id: 'problem',
    questions: [
      q({ kind: 'text', path: 'title', id: 'title' }),
      q({ kind: 'multiline', path: 'problem.statement', id: 'statement' }),
      q({ kind: 'text', path: 'problem.process', id: 'process' }),
      q({ kind: 'text', path: 'problem.affected', id: 'affected' }),
      q({
        kind: 'number',
        path: 'problem.hoursPerWeek',
        id: 'hoursPerWeek',
        unit: 'hours',
        min: 0,
        max: 10000,
      }),
      q({ kind: 'number', path: 'problem.hourlyCost', id: 'hourlyCost', unit: 'eur', min: 0 }),
      q({ kind: 'number', path: 'problem.volumePerWeek', id: 'volumePerWeek', unit: 'perWeek', min: 0 }),
      q({
        kind: 'number',
        path: 'problem.errorRate',
        id: 'errorRate',
        unit: 'percent',
        min: 0,
        max: 100,
        scale: 100,
      }),
      q({ kind: 'number', path: 'problem.costPerError', id: 'costPerError', unit: 'eur', min: 0 }),
      q({ kind: 'yesno', path: 'problem.baselineMeasured', id: 'baselineMeasured' }),
      q({ kind: 'multiline', path: 'problem.target', id: 'target' }),
      q({ kind: 'yesno', path: 'problem.alternativesConsidered', id: 'alternativesConsidered' }),
      q({
        kind: 'select',
        path: 'problem.origin',
        id: 'origin',
        options: ['problem', 'directive', 'vendor', 'competitor', 'hype'],
      }),
    ],
  },
  {
    id: 'expectations',
    questions: [
      q({ kind: 'multiline', path: 'expectations.vendorClaims', id: 'vendorClaims' }),
      q({
        kind: 'number',
        path: 'expectations.expectedAutomationRate',
        id: 'expectedAutomationRate',
        unit: 'percent',
        min: 0,
        max: 100,
        scale: 100,
      }),
      q({
        kind: 'number',
        path: 'expectations.expectedMonthsToValue',
        id: 'expectedMonthsToValue',
        unit: 'months',
        min: 0,
      }),
      q({ kind: 'yesno', path: 'expectations.budgetForDataPrep', id: 'budgetForDataPrep' }),
      q({ kind: 'yesno', path: 'expectations.budgetForIterations', id: 'budgetForIterations' }),
      q({ kind: 'yesno', path: 'expectations.criticalQuestions.accuracyOnOwnData', id: 'accuracyOnOwnData' }),
      q({ kind: 'yesno', path: 'expectations.criticalQuestions.errorHandling', id: 'errorHandling' }),
      q({ kind: 'yesno', path: 'expectations.criticalQuestions.humanReviewShare', id: 'humanReviewShare' }),
      q({ kind: 'yesno', path: 'expectations.criticalQuestions.dataNeeded', id: 'dataNeeded' }),
      q({ kind: 'yesno', path: 'expectations.criticalQuestions.totalCost', id: 'totalCost' }),
      q({ kind: 'yesno', path: 'expectations.criticalQuestions.references', id: 'references' }),
    ],
  },
  {
    id: 'data',
    questions: [
      q({
        kind: 'list',
        path: 'data.sources',
        id: 'sources',
        item: [
          { kind: 'text', path: 'name', id: 'sourceName' },
          { kind: 'text', path: 'system', id: 'sourceSystem' },
          { kind: 'select', path: 'capture', id: 'capture', options: ['manual', 'automated', 'mixed'] },
          {
            kind: 'select',
            path: 'format',
            id: 'format',
            options: ['digital-structured', 'digital-unstructured', 'paper'],
          },
          { kind: 'number', path: 'monthsOfHistory', id: 'monthsOfHistory', unit: 'months', min: 0 },
          { kind: 'number', path: 'records', id: 'records', min: 0 },
          {
            kind: 'number',
            path: 'completeness',
            id: 'completeness',
            unit: 'percent',
            min: 0,
            max: 100,
            scale: 100,
          },
        ],
      }),
      q({ kind: 'yesno', path: 'data.labelsAvailable', id: 'labelsAvailable', na: true }),
      q({ kind: 'yesno', path: 'data.accessible', id: 'accessible' }),
      q({ kind: 'yesno', path: 'data.personalData', id: 'personalData' }),
      q({ kind: 'yesno', path: 'data.legalBasis', id: 'legalBasis', na: true }),
    ],
  },
  {
    id: 'people',
    questions: [
      q({
        kind: 'select',
        path: 'people.employeesInvolvedFrom',
        id: 'employeesInvolvedFrom',
        options: ['problem', 'design', 'pilot', 'launch', 'never'],
      }),
      q({ kind: 'yesno', path: 'people.communicationPlan', id: 'communicationPlan' }),
      q({ kind: 'yesno', path: 'people.jobImpactCommunicated', id: 'jobImpactCommunicated' }),
      q({ kind: 'yesno', path: 'people.trainingPlan', id: 'trainingPlan' }),
      q({ kind: 'yesno', path: 'people.feedbackChannel', id: 'feedbackChannel' }),
      q({
        kind: 'number',
        path: 'people.adoptionMonthsPlanned',
        id: 'adoptionMonthsPlanned',
        unit: 'months',
        min: 0,
      }),
    ],
  },
  {
    id: 'partner',
    questions: [
      q({
        kind: 'list',
        path: 'partner.vendors',
        id: 'vendors',
        na: true,
        item: [
          { kind: 'text', path: 'name', id: 'vendorName' },
          {
            kind: 'select',
            path: 'kind',
            id: 'vendorKind',
            options: ['enterprise', 'sme-specialist', 'generic-tool', 'in-house'],
          },
          { kind: 'multiline', path: 'claims', id: 'vendorClaimsText' },
          { kind: 'yesno', path: 'offersPilot', id: 'offersPilot' },
          { kind: 'yesno', path: 'dataExport', id: 'dataExport' },
          { kind: 'yesno', path: 'openStandards', id: 'openStandards' },
          { kind: 'number', path: 'contractMonths', id: 'contractMonths', unit: 'months', min: 0 },
          { kind: 'yesno', path: 'exitTerms', id: 'exitTerms' },
          { kind: 'yesno', path: 'euDataHosting', id: 'euDataHosting' },
          { kind: 'yesno', path: 'processingAgreement', id: 'processingAgreement' },
          { kind: 'yesno', path: 'smeReferences', id: 'smeReferences' },
          { kind: 'yesno', path: 'explainsLimitations', id: 'explainsLimitations' },
          { kind: 'yesno', path: 'integratesWithOurSystems', id: 'integratesWithOurSystems' },
          { kind: 'number', path: 'yearlyCost', id: 'yearlyCost', unit: 'eur', min: 0 },
        ],
      }),
    ],
  },
  {
    id: 'success',
    questions: [
      q({ kind: 'text', path: 'success.sponsor.name', id: 'sponsorName' }),
      q({
        kind: 'select',
        path: 'success.sponsor.level',
        id: 'sponsorLevel',
        options: ['board', 'management', 'team', 'none'],
      }),
      q({
        kind: 'select',
        path: 'success.pilot.scope',
        id: 'pilotScope',
        options: ['one-process', 'one-department', 'multi-department', 'company-wide'],
      }),
      q({ kind: 'number', path: 'success.pilot.weeks', id: 'pilotWeeks', unit: 'weeks', min: 0, max: 520 }),
      q({
        kind: 'list',
        path: 'success.kpis',
        id: 'kpis',
        item: [
          { kind: 'text', path: 'name', id: 'kpiName' },
          { kind: 'text', path: 'unit', id: 'kpiUnit' },
          { kind: 'number', path: 'baseline', id: 'kpiBaseline' },
          { kind: 'number', path: 'target', id: 'kpiTarget' },
          { kind: 'text', path: 'measuredHow', id: 'kpiMeasuredHow' },
        ],
      }),
      q({ kind: 'yesno', path: 'success.humanInTheLoop', id: 'humanInTheLoop' }),
      q({ kind: 'yesno', path: 'success.iterationPlan', id: 'iterationPlan' }),
    ],
  },
  {
    // What the system does, for whom and with which data: the AI Act, the DPIA and the works
    // council follow from these (src/core/rules). "Weet ik niet" is an answer everywhere.
    id: 'rules',
    questions: [
      q({
        kind: 'multi',
        path: 'rules.activities',
        id: 'rulesActivities',
        options: RULES_ACTIVITIES,
        exclusive: ['none', 'unknown'],
      }),
      q({
        kind: 'multi',
        path: 'rules.affected',
        id: 'rulesAffected',
        options: AFFECTED_GROUPS,
        exclusive: ['unknown'],
      }),
      q({ kind: 'choice', path: 'rules.role', id: 'rulesRole', options: AI_ROLES }),
      q({ kind: 'choice', path: 'rules.ownName', id: 'rulesOwnName', options: ANSWERS_3 }),
      q({
        kind: 'multi',
        path: 'rules.dataCategories',
        id: 'rulesDataCategories',
        options: RULES_DATA_CATEGORIES,
        exclusive: ['none', 'unknown'],
      }),
      q({ kind: 'choice', path: 'rules.decides', id: 'rulesDecides', options: DECISION_ROLES }),
      q({ kind: 'choice', path: 'rules.profiling', id: 'rulesProfiling', options: ANSWERS_3 }),
      q({ kind: 'select', path: 'rules.exception', id: 'rulesException', options: HIGH_RISK_EXCEPTIONS }),
      q({
        kind: 'choice',
        path: 'rules.interactsWithPeople',
        id: 'rulesInteractsWithPeople',
        options: ANSWERS_3,
      }),
      q({ kind: 'choice', path: 'rules.generatesContent', id: 'rulesGeneratesContent', options: ANSWERS_3 }),
      q({ kind: 'yesno', path: 'people.monitorsStaff', id: 'monitorsStaff' }),
      q({ kind: 'choice', path: 'rules.largeScale', id: 'rulesLargeScale', options: ANSWERS_3 }),
      q({ kind: 'choice', path: 'rules.dpiaDone', id: 'rulesDpiaDone', options: ANSWERS_3 }),
      q({
        kind: 'choice',
        path: 'rules.deployerDutiesPlanned',
        id: 'rulesDeployerDutiesPlanned',
        options: ANSWERS_3,
      }),
    ],
  },
];
