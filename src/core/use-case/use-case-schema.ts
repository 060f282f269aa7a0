import { z } from 'zod';
import { BUSINESS_CASE_DEFAULTS, describeRange } from '../business-case/business-case-defaults.ts';
import {
  AFFECTED_GROUPS,
  AI_ROLES,
  ANSWERS_3,
  DECISION_ROLES,
  HIGH_RISK_EXCEPTIONS,
  RULES_ACTIVITIES,
  RULES_DATA_CATEGORIES,
} from '../rules/rules-types.ts';

/**
 * The use-case file, schema version 1 (see docs/use-case-file.md and DESIGN.md "Contracts").
 *
 * Every field is optional: a missing field means "unknown", which the assessment treats as a risk.
 * Objects are strict, so an unknown key is an error naming its path. Fractions are 0..1, money is
 * euros, durations carry their unit in the name. Extend only by adding optional fields.
 */

const fraction = z.number().min(0).max(1);
/**
 * Counts and amounts have a ceiling far above any real company (a billion), so that products of
 * them (hours × rate × weeks, volume × error rate × cost) stay finite numbers.
 */
const MAX_AMOUNT = 1_000_000_000;
const nonNegative = z.number().min(0).max(MAX_AMOUNT);
const euros = z.number().min(0).max(MAX_AMOUNT);
const text = z.string().max(20_000);
const shortText = z.string().max(500);

/** A low / likely / high estimate; low ≤ likely ≤ high is checked. */
function range(inner: z.ZodNumber) {
  return z
    .strictObject({ low: inner, likely: inner, high: inner })
    .refine((r: Range) => r.low <= r.likely && r.likely <= r.high, {
      message: 'low ≤ likely ≤ high',
      params: { haalbaar: 'input.rangeOrder' },
    });
}
export const ZFractionRange = range(fraction);
export const ZEuroRange = range(euros);
export const ZMonthsRange = range(z.number().min(0).max(120));
export type Range = { low: number; likely: number; high: number };

export const ZOrigin = z.enum(['problem', 'directive', 'vendor', 'competitor', 'hype']);
export const ZCapture = z.enum(['manual', 'automated', 'mixed']);
export const ZDataFormat = z.enum(['digital-structured', 'digital-unstructured', 'paper']);
export const ZInvolvedFrom = z.enum(['problem', 'design', 'pilot', 'launch', 'never']);
export const ZVendorKind = z.enum(['enterprise', 'sme-specialist', 'generic-tool', 'in-house']);
export const ZSponsorLevel = z.enum(['board', 'management', 'team', 'none']);
export const ZPilotScope = z.enum(['one-process', 'one-department', 'multi-department', 'company-wide']);
export const ZLanguage = z.enum(['nl', 'en']);

export const ZDataSource = z.strictObject({
  name: shortText.optional(),
  system: shortText.optional(),
  capture: ZCapture.optional(),
  format: ZDataFormat.optional(),
  monthsOfHistory: nonNegative.optional(),
  records: z.number().min(0).max(1e12).optional(),
  completeness: fraction.optional(),
});

export const ZVendor = z.strictObject({
  name: shortText.optional(),
  kind: ZVendorKind.optional(),
  offersPilot: z.boolean().optional(),
  dataExport: z.boolean().optional(),
  openStandards: z.boolean().optional(),
  contractMonths: nonNegative.optional(),
  exitTerms: z.boolean().optional(),
  euDataHosting: z.boolean().optional(),
  processingAgreement: z.boolean().optional(),
  smeReferences: z.boolean().optional(),
  explainsLimitations: z.boolean().optional(),
  integratesWithOurSystems: z.boolean().optional(),
  yearlyCost: euros.optional(),
  claims: text.optional(),
});

const answer3 = z.enum(ANSWERS_3);

/**
 * What the system does, for whom, in which role and with which data: the answers the AI Act
 * classification, the DPIA check and the works-council check read (src/core/rules). `unknown` is an
 * answer ("weet ik niet"); it keeps the outcome unclear where it matters.
 */
export const ZRules = z.strictObject({
  activities: z.array(z.enum(RULES_ACTIVITIES)).max(RULES_ACTIVITIES.length).optional(),
  affected: z.array(z.enum(AFFECTED_GROUPS)).max(AFFECTED_GROUPS.length).optional(),
  role: z.enum(AI_ROLES).optional(),
  ownName: answer3.optional(),
  dataCategories: z.array(z.enum(RULES_DATA_CATEGORIES)).max(RULES_DATA_CATEGORIES.length).optional(),
  decides: z.enum(DECISION_ROLES).optional(),
  exception: z.enum(HIGH_RISK_EXCEPTIONS).optional(),
  profiling: answer3.optional(),
  interactsWithPeople: answer3.optional(),
  generatesContent: answer3.optional(),
  largeScale: answer3.optional(),
  dpiaDone: answer3.optional(),
  deployerDutiesPlanned: answer3.optional(),
});

export const ZKpi = z.strictObject({
  name: shortText.optional(),
  unit: shortText.optional(),
  baseline: z.number().optional(),
  target: z.number().optional(),
  measuredHow: shortText.optional(),
});

/** Schema text for a range field: what it is, its unit, and the default used when it is absent. */
function rangeMeta(what: string, unit: string, fallback: { low: number; likely: number; high: number }) {
  return {
    description: `${what} (${unit}) as low / likely / high. Default when absent: ${describeRange(fallback)}.`,
    default: fallback,
  };
}

const bcDefaults = BUSINESS_CASE_DEFAULTS;

/**
 * The business case (owned by src/core/business-case; see docs/business-case.md). Each uncertain
 * quantity is a low / likely / high range; a missing range falls back to the documented default,
 * which the report marks as an assumption. Defaults live in `BUSINESS_CASE_DEFAULTS`.
 */
export const ZBusinessCase = z.strictObject({
  timeReduction: ZFractionRange.optional().meta(
    rangeMeta(
      'Net share of the current manual hours the project removes; hours people still spend stay a cost',
      'fraction 0..1',
      bcDefaults.timeReduction,
    ),
  ),
  errorReduction: ZFractionRange.optional().meta(
    rangeMeta('Share of the current errors the project removes', 'fraction 0..1', bcDefaults.errorReduction),
  ),
  oneOffCosts: z
    .strictObject({
      implementation: ZEuroRange.optional().meta(
        rangeMeta(
          'Implementation: vendor, integration, set-up',
          'EUR, once',
          bcDefaults.oneOffCosts.implementation,
        ),
      ),
      dataPreparation: ZEuroRange.optional().meta(
        rangeMeta(
          'Data preparation: cleaning, labelling, export',
          'EUR, once',
          bcDefaults.oneOffCosts.dataPreparation,
        ),
      ),
      trainingAndChange: ZEuroRange.optional().meta(
        rangeMeta(
          'Training and change: training time, communication, guidance',
          'EUR, once',
          bcDefaults.oneOffCosts.trainingAndChange,
        ),
      ),
    })
    .optional()
    .describe('One-off costs, all spent in month 0.'),
  yearlyCosts: z
    .strictObject({
      licence: ZEuroRange.optional().meta(
        rangeMeta('Licence', 'EUR per year', bcDefaults.yearlyCosts.licence),
      ),
      maintenance: ZEuroRange.optional().meta(
        rangeMeta('Maintenance and support', 'EUR per year', bcDefaults.yearlyCosts.maintenance),
      ),
      humanReview: ZEuroRange.optional().meta(
        rangeMeta(
          "New human review work the project adds (the remaining share of today's hours is already excluded from the savings)",
          'EUR per year',
          bcDefaults.yearlyCosts.humanReview,
        ),
      ),
    })
    .optional()
    .describe('Yearly costs, spread evenly over the months from month 1.'),
  monthsToFullEffect: ZMonthsRange.optional().meta(
    rangeMeta(
      'Months from go-live until the full effect; savings ramp up linearly until then (adoption takes 3–6 months)',
      'months',
      bcDefaults.monthsToFullEffect,
    ),
  ),
  horizonYears: z
    .number()
    .int()
    .min(1)
    .max(10)
    .optional()
    .meta({
      description: `Years of monthly cash flow counted. Default when absent: ${bcDefaults.horizonYears}.`,
      default: bcDefaults.horizonYears,
    }),
  discountRate: z
    .number()
    .min(0)
    .max(0.5)
    .optional()
    .meta({
      description: `Yearly discount rate as a fraction (0.08 = 8 %), applied monthly as (1 + r)^(1/12) − 1. Default when absent: ${bcDefaults.discountRate}.`,
      default: bcDefaults.discountRate,
    }),
  stallProbability: fraction.optional().meta({
    description:
      'Override of the chance (0..1) the project stalls before production. Default when absent: 0.7 (about 70 % of AI projects never reach production), adjusted by the assessed risk of each failure factor.',
  }),
  stalledCostShare: fraction.optional().meta({
    description: `Share of the one-off costs already spent when a project stalls (it saves nothing and stops its yearly costs). Default when absent: ${bcDefaults.stalledCostShare}.`,
    default: bcDefaults.stalledCostShare,
  }),
  distribution: z
    .enum(['pert', 'triangular'])
    .optional()
    .meta({
      description: `How values are drawn within each low / likely / high range in the Monte Carlo simulation. Default when absent: ${bcDefaults.distribution}.`,
      default: bcDefaults.distribution,
    }),
});

export const ZUseCase = z.strictObject({
  schemaVersion: z.literal(1).optional(),
  title: shortText.optional(),
  language: ZLanguage.optional(),
  organisation: z
    .strictObject({ employees: z.number().int().min(0).optional(), sector: shortText.optional() })
    .optional(),
  problem: z
    .strictObject({
      statement: text.optional(),
      process: shortText.optional(),
      affected: shortText.optional(),
      hoursPerWeek: z.number().min(0).max(10_000).optional(),
      hourlyCost: euros.optional(),
      volumePerWeek: nonNegative.optional(),
      errorRate: fraction.optional(),
      costPerError: euros.optional(),
      baselineMeasured: z.boolean().optional(),
      target: text.optional(),
      alternativesConsidered: z.boolean().optional(),
      origin: ZOrigin.optional(),
      /** Working weeks per year for the status-quo cost; 52 when absent. */
      weeksPerYear: z.number().min(1).max(53).optional(),
    })
    .optional(),
  expectations: z
    .strictObject({
      vendorClaims: text.optional(),
      expectedAutomationRate: fraction.optional(),
      expectedMonthsToValue: nonNegative.optional(),
      budgetForDataPrep: z.boolean().optional(),
      budgetForIterations: z.boolean().optional(),
      criticalQuestions: z
        .strictObject({
          accuracyOnOwnData: z.boolean().optional(),
          errorHandling: z.boolean().optional(),
          humanReviewShare: z.boolean().optional(),
          dataNeeded: z.boolean().optional(),
          totalCost: z.boolean().optional(),
          references: z.boolean().optional(),
        })
        .optional(),
    })
    .optional(),
  data: z
    .strictObject({
      sources: z.array(ZDataSource).max(100).optional(),
      labelsAvailable: z.boolean().optional(),
      personalData: z.boolean().optional(),
      legalBasis: z.boolean().optional(),
      accessible: z.boolean().optional(),
      files: z.array(z.string().min(1).max(1000)).max(100).optional(),
    })
    .optional(),
  people: z
    .strictObject({
      employeesInvolvedFrom: ZInvolvedFrom.optional(),
      communicationPlan: z.boolean().optional(),
      jobImpactCommunicated: z.boolean().optional(),
      trainingPlan: z.boolean().optional(),
      feedbackChannel: z.boolean().optional(),
      adoptionMonthsPlanned: nonNegative.optional(),
      monitorsStaff: z.boolean().optional(),
    })
    .optional(),
  partner: z.strictObject({ vendors: z.array(ZVendor).max(50).optional() }).optional(),
  success: z
    .strictObject({
      sponsor: z.strictObject({ name: shortText.optional(), level: ZSponsorLevel.optional() }).optional(),
      pilot: z
        .strictObject({ scope: ZPilotScope.optional(), weeks: z.number().min(0).max(520).optional() })
        .optional(),
      kpis: z.array(ZKpi).max(50).optional(),
      humanInTheLoop: z.boolean().optional(),
      iterationPlan: z.boolean().optional(),
    })
    .optional(),
  /**
   * Questions answered "not applicable", as dotted paths (`data.personalData`, `partner`).
   * A not-applicable question is not a gap; an absent answer is "unknown".
   */
  notApplicable: z.array(z.string().max(200)).max(200).optional(),
  businessCase: ZBusinessCase.optional(),
  rules: ZRules.optional(),
});

export type UseCase = z.infer<typeof ZUseCase>;
export type BusinessCaseInput = z.infer<typeof ZBusinessCase>;
export type Vendor = z.infer<typeof ZVendor>;
export type DataSource = z.infer<typeof ZDataSource>;
export type Kpi = z.infer<typeof ZKpi>;
export type Rules = z.infer<typeof ZRules>;
export type Language = z.infer<typeof ZLanguage>;

export const USE_CASE_SCHEMA_VERSION = 1;
