import { z } from 'zod';
import { ZRole, ZUseCaseStatus, ZUuid } from './common-schemas.ts';
import { ZStoredUseCase } from './use-case-schemas.ts';

/** The portfolio: every use case of the organisations you belong to, with comparable figures. */

export const ZPortfolioQuery = z.strictObject({
  orgId: ZUuid.optional().describe('one organisation you belong to; absent: all of them'),
  lang: z
    .enum(['nl', 'en'])
    .optional()
    .describe('language of the workbook; else Accept-Language, else Dutch'),
});

/** The download takes no path parameters. */
export const ZPortfolioParams = z.strictObject({});

const ZPercentiles = z.object({ p10: z.number(), p50: z.number(), p90: z.number() });

export const ZPortfolioRow = z
  .object({
    organisationId: z.string(),
    organisationName: z.string(),
    useCaseId: z.string(),
    title: z.string(),
    status: ZUseCaseStatus,
    verdict: z.enum(['ready', 'fix-first', 'rethink']),
    yearlyBenefitEur: ZPercentiles.describe(
      "the business case's simulated net yearly benefit (simulated.netBenefitPerYearEur), default seed",
    ),
    oneOffCostEur: z.number().describe('one-off costs at their likely values (deterministic.oneOffEur)'),
    feasibility: z
      .number()
      .describe('0–100 from the measured factors and success conditions (docs/portfolio.md)'),
    feasibilityCap: z.enum(['critical', 'severalHigh', 'oneHigh']).nullable(),
    decision: z
      .enum(['go', 'kill', 'hold', 'recycle'])
      .nullable()
      .describe("the latest decided pilot's outcome"),
    decidedOn: z.string().nullable(),
    predictedVsRealised: z
      .object({
        predictedEur: ZPercentiles,
        realisedEur: z.number().nullable(),
        position: z.enum(['below', 'within', 'above', 'unknown']),
      })
      .nullable(),
    modelVersion: z.number().int().nullable().describe('model version of the latest stored assessment'),
    isOlderModel: z.boolean().describe('the latest stored assessment was made by another model version'),
  })
  .meta({ id: 'PortfolioRow' });
export type PortfolioRow = z.output<typeof ZPortfolioRow>;

export const ZPortfolio = z
  .object({
    organisations: z.array(z.object({ id: z.string(), name: z.string(), role: ZRole })),
    rows: z.array(ZPortfolioRow),
    modelVersion: z.number().int().describe('the assessment model version of today'),
  })
  .meta({ id: 'Portfolio' });
export type Portfolio = z.output<typeof ZPortfolio>;

export const ZCopyUseCaseBody = z.strictObject({
  targetOrgId: ZUuid,
  title: z.string().trim().min(1).max(200).optional(),
});

/** The copy: the new use case in the target organisation. */
export const ZCopiedUseCase = ZStoredUseCase;
