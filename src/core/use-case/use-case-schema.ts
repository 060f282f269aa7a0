import { z } from 'zod';

/**
 * The use-case file, schema version 1 (see docs/use-case-file.md and DESIGN.md "Contracts").
 *
 * Every field is optional: a missing field means "unknown", which the assessment treats as a risk.
 * Objects are strict, so an unknown key is an error naming its path. Fractions are 0..1, money is
 * euros, durations carry their unit in the name. Extend only by adding optional fields.
 */

const fraction = z.number().min(0).max(1);
const nonNegative = z.number().min(0);
const euros = z.number().min(0);
const text = z.string().max(20_000);
const shortText = z.string().max(500);

/** A low / likely / high estimate; low ≤ likely ≤ high is checked. */
function range(inner: z.ZodNumber) {
  return z
    .strictObject({ low: inner, likely: inner, high: inner })
    .refine((r: Range) => r.low <= r.likely && r.likely <= r.high, {
      message: 'low ≤ likely ≤ high',
      params: { haalbaar: 'rangeOrder' },
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
  records: nonNegative.optional(),
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

export const ZKpi = z.strictObject({
  name: shortText.optional(),
  unit: shortText.optional(),
  baseline: z.number().optional(),
  target: z.number().optional(),
  measuredHow: shortText.optional(),
});

export const ZBusinessCase = z.strictObject({
  /** Share of the current manual hours the project removes. */
  timeReduction: ZFractionRange.optional(),
  /** Share of the current errors the project removes. */
  errorReduction: ZFractionRange.optional(),
  oneOffCosts: z
    .strictObject({
      implementation: ZEuroRange.optional(),
      dataPreparation: ZEuroRange.optional(),
      trainingAndChange: ZEuroRange.optional(),
    })
    .optional(),
  yearlyCosts: z
    .strictObject({
      licence: ZEuroRange.optional(),
      maintenance: ZEuroRange.optional(),
      humanReview: ZEuroRange.optional(),
    })
    .optional(),
  /** Months from go-live until the full effect is reached (adoption takes 3–6 months). */
  monthsToFullEffect: ZMonthsRange.optional(),
  horizonYears: z.number().int().min(1).max(10).optional(),
  /** Yearly discount rate as a fraction, e.g. 0.08. */
  discountRate: z.number().min(0).max(0.5).optional(),
  /** Override of the chance the project stalls before production (0..1). */
  stallProbability: fraction.optional(),
  distribution: z.enum(['pert', 'triangular']).optional(),
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
});

export type UseCase = z.infer<typeof ZUseCase>;
export type BusinessCaseInput = z.infer<typeof ZBusinessCase>;
export type Vendor = z.infer<typeof ZVendor>;
export type DataSource = z.infer<typeof ZDataSource>;
export type Kpi = z.infer<typeof ZKpi>;
export type Language = z.infer<typeof ZLanguage>;

export const USE_CASE_SCHEMA_VERSION = 1;
