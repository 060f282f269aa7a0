import { z } from 'zod';
import { BUSINESS_CASE_DEFAULTS } from '../core/business-case/business-case-defaults.ts';
import { BUSINESS_CASE_INPUT_IDS } from '../core/business-case/business-case-types.ts';
import { ZStatusQuoCost } from './common-schemas.ts';
import type { KnownFields } from './known-fields.ts';

/** The business case: the simulated result of a use case's ranges, and its workbook. */

/** Most Monte Carlo runs one request may ask for: about 60 ms of CPU. */
export const API_MAX_RUNS = 100_000;

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const ZSimulationQuery = z.strictObject({
  lang: z.enum(['nl', 'en']).optional().describe('language of the texts; else Accept-Language, else Dutch'),
  runs: z.coerce
    .number()
    .int()
    .min(1)
    .max(API_MAX_RUNS)
    .optional()
    .describe(`Monte Carlo runs (default ${BUSINESS_CASE_DEFAULTS.runs})`),
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .optional()
    .describe(`random seed; the same seed gives the same figures (default ${BUSINESS_CASE_DEFAULTS.seed})`),
});

const ZStatistic = z.looseObject({
  p10: z.number(),
  p50: z.number(),
  p90: z.number(),
  mean: z.number(),
  meanStdError: z.number().describe('Monte Carlo standard error of the mean'),
});
const ZInputId = z.enum(BUSINESS_CASE_INPUT_IDS);
const ZRiskLevel = z.enum(['low', 'medium', 'high', 'critical']);

/**
 * The rendered business case (`renderBusinessCaseJson`, also `haalbaar business-case --json`):
 * euros, fractions 0..1 and months as raw numbers; finding texts in the requested language.
 * Extra fields may be added; none are removed.
 */
export const ZBusinessCaseReport = z
  .looseObject({
    schemaVersion: z.literal(1),
    locale: z.enum(['nl', 'en']),
    title: z.string().nullable(),
    runs: z.number().int(),
    seed: z.number().int(),
    distribution: z.enum(['pert', 'triangular']),
    statusQuo: ZStatusQuoCost.describe('cost of the current process in euros; savings are a share of it'),
    inputs: z.looseObject({
      ranges: z.record(
        ZInputId,
        z.looseObject({
          low: z.number(),
          likely: z.number(),
          high: z.number(),
          source: z
            .enum(['input', 'vendor', 'default'])
            .describe("default = an assumption of Haalbaar; vendor = a vendor's yearly cost in the intake"),
        }),
      ),
      horizonYears: z.number(),
      discountRate: z.number(),
      stalledCostShare: z.number(),
      licenceVendor: z
        .looseObject({
          range: z.looseObject({ low: z.number(), likely: z.number(), high: z.number() }),
          vendor: z.string(),
          vendorIndex: z.number().int(),
          basis: z.enum(['only', 'cheapest']),
          pricedVendors: z.number().int(),
          yearlyCostEur: z.number(),
        })
        .nullable()
        .describe(
          "the vendor whose yearly cost in the intake gave the licence range (source 'vendor'): the only priced vendor or the cheapest",
        ),
    }),
    deterministic: z
      .looseObject({
        npvEur: z.number(),
        savingsPerYearEur: z.number(),
        netBenefitPerYearEur: z.number(),
        oneOffEur: z.number(),
        yearlyCostEur: z.number(),
        paybackMonth: z.number().nullable(),
        irrMonthly: z.number().nullable(),
        irrYearly: z.number().nullable(),
      })
      .describe('the model at the likely values'),
    simulated: z
      .looseObject({
        savingsPerYearEur: ZStatistic,
        netBenefitPerYearEur: ZStatistic,
        npvEur: ZStatistic,
        paybackMonth: z.looseObject({
          p10: z.number().nullable(),
          p50: z.number().nullable(),
          p90: z.number().nullable(),
        }),
        probabilityPayback: z.number(),
        probabilityNpvPositive: z.number(),
        probabilityNpvPositiveStdError: z.number(),
      })
      .describe('outcomes of a project that reaches production; payback null = not within the horizon'),
    stall: z.looseObject({
      probability: z.number(),
      source: z.enum(['override', 'assessment', 'default']),
      baseProbability: z.number(),
      oddsMultiplier: z.number(),
      contributions: z.array(
        z.looseObject({ factor: z.string(), risk: ZRiskLevel, oddsMultiplier: z.number() }),
      ),
      conditionContributions: z.array(
        z.looseObject({
          condition: z.string(),
          status: z.enum(['met', 'not-met', 'unknown']),
          oddsMultiplier: z.number(),
        }),
      ),
      committedLicenceMonths: z.number().describe('months of licence a stalled project still pays'),
      stalledCostShare: z.number(),
    }),
    assessment: z
      .looseObject({
        verdict: z.enum(['ready', 'fix-first', 'rethink']),
        factors: z.array(
          z.looseObject({
            id: z.enum(['expectations', 'problem', 'data', 'people', 'partner']),
            risk: ZRiskLevel,
            score: z.number(),
          }),
        ),
        successConditions: z.array(
          z.looseObject({
            id: z.enum(['startSmall', 'measure', 'iterate', 'sponsor', 'humanInTheLoop']),
            status: z.enum(['met', 'not-met', 'unknown']),
          }),
        ),
        assessmentId: z
          .string()
          .nullable()
          .describe('the stored assessment; null when computed for this answer'),
        revision: z.number().int().nullable(),
        switchingCost: z
          .looseObject({ low: z.number(), likely: z.number(), high: z.number() })
          .nullable()
          .describe(
            "the selected vendor's switching cost (euros) the business case counted; null without one",
          ),
      })
      .nullable()
      .describe(
        'the assessment the stall chance follows (its factor levels and success conditions), with all evidence (answers, data files): the stored one when it is current, else the same assessment computed now',
      ),
    expected: z
      .looseObject({
        npvEur: z.number(),
        npvStdErrorEur: z.number(),
        probabilityNpvPositive: z.number(),
        probabilityNpvPositiveStdError: z.number(),
      })
      .describe('including the chance of stalling'),
    switching: z
      .looseObject({
        range: z.looseObject({ low: z.number(), likely: z.number(), high: z.number() }),
        stalledMeanEur: z.number(),
        replacesCommittedLicence: z.boolean(),
        exitCostPresentValueEur: z.number(),
        npvWithExitEur: z.number(),
        tornadoBar: z
          .looseObject({
            lowValue: z.number(),
            highValue: z.number(),
            npvAtLowEur: z.number(),
            npvAtHighEur: z.number(),
            swingEur: z.number(),
          })
          .nullable(),
      })
      .nullable()
      .describe(
        "the selected vendor's switching cost: paid by a stalled project, and the exit cost at the end of the horizon; null without a vendor comparison",
      ),
    tornado: z.looseObject({
      baseNpvEur: z.number(),
      bars: z.array(
        z.looseObject({
          input: ZInputId,
          lowValue: z.number(),
          highValue: z.number(),
          npvAtLowEur: z.number(),
          npvAtHighEur: z.number(),
          swingEur: z.number(),
          rankCorrelation: z.number().nullable(),
        }),
      ),
    }),
    measureFirst: ZInputId.nullable().describe('the input to measure (or get a fixed price for) first'),
    npvHistogram: z.looseObject({
      bins: z.array(
        z.looseObject({ fromEur: z.number(), toEur: z.number(), count: z.number(), share: z.number() }),
      ),
      runs: z.number(),
      minEur: z.number(),
      maxEur: z.number(),
    }),
    findings: z.array(
      z.looseObject({
        id: z.string(),
        factor: z.string(),
        severity: z.enum(['info', 'low', 'medium', 'high', 'critical']),
        title: z.string(),
        evidence: z.string(),
        advice: z.string(),
      }),
    ),
  })
  .meta({ id: 'BusinessCaseResult' });
export type BusinessCaseReport = KnownFields<z.output<typeof ZBusinessCaseReport>>;

/** The workbook body: bytes, documented in OpenAPI as a binary string. */
export const ZXlsxBody = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array)
  .meta({ type: 'string', format: 'binary' });
