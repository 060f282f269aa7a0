import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assessedBusinessCase } from '../../core/business-case/assessed-business-case.ts';
import { BUSINESS_CASE_DEFAULTS } from '../../core/business-case/business-case-defaults.ts';
import { BUSINESS_CASE_INPUT_IDS } from '../../core/business-case/business-case-types.ts';
import type { UseCase } from '../../core/use-case/use-case-schema.ts';
import { ZUseCase } from '../../core/use-case/use-case-schema.ts';
import type { Locale } from '../../i18n/resources.ts';
import type { BusinessCaseReportInput } from '../../report/business-case-document.ts';
import { renderBusinessCaseJson } from '../../report/business-case-json.ts';
import { buildBusinessCaseXlsx } from '../../report/business-case-xlsx.ts';
import { AppError } from '../app-error.ts';
import { requireOrgAccess } from '../auth.ts';
import { requestLocale } from '../request-locale.ts';
import { errorResponses, ZOrgParams, ZUuid } from '../schemas.ts';

/** Most Monte Carlo runs one request may ask for: about 60 ms of CPU. */
export const API_MAX_RUNS = 100_000;

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ZUseCaseParams = ZOrgParams.extend({ useCaseId: ZUuid });

const ZSimulationQuery = z.strictObject({
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
    statusQuo: z
      .looseObject({
        perYear: z.number(),
        breakdown: z.looseObject({
          labourPerWeek: z.number(),
          errorsPerWeek: z.number(),
          labourPerYear: z.number(),
          errorsPerYear: z.number(),
          weeksPerYear: z.number(),
        }),
        isPartial: z.boolean(),
      })
      .describe('cost of the current process in euros; savings are a share of it'),
    inputs: z.looseObject({
      ranges: z.record(
        ZInputId,
        z.looseObject({
          low: z.number(),
          likely: z.number(),
          high: z.number(),
          source: z.enum(['input', 'default']).describe('default = an assumption of Haalbaar'),
        }),
      ),
      horizonYears: z.number(),
      discountRate: z.number(),
      stalledCostShare: z.number(),
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
      stalledCostShare: z.number(),
    }),
    expected: z
      .looseObject({
        npvEur: z.number(),
        npvStdErrorEur: z.number(),
        probabilityNpvPositive: z.number(),
        probabilityNpvPositiveStdError: z.number(),
      })
      .describe('including the chance of stalling'),
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
type BusinessCaseReport = z.infer<typeof ZBusinessCaseReport>;

/** The rendered JSON with its contract type; the response serializer checks it against the schema. */
function renderReport(input: BusinessCaseReportInput, locale: Locale): BusinessCaseReport {
  return renderBusinessCaseJson(input, locale) as BusinessCaseReport;
}

/** The workbook body: bytes, documented in OpenAPI as a binary string. */
const ZXlsxBody = z.custom<Buffer>((v) => Buffer.isBuffer(v)).meta({ type: 'string', format: 'binary' });

/**
 * The business case of one use-case document exactly as the CLI computes it: simulated, the
 * expectation-gap findings fed to the assessment, and simulated again with the assessed stall chance
 * (`assessedBusinessCase`). Same document and seed ⇒ the same figures as `haalbaar business-case`.
 */
function computeBusinessCase(
  useCase: UseCase,
  query: { runs?: number | undefined; seed?: number | undefined },
): BusinessCaseReportInput {
  const { result, findings } = assessedBusinessCase({
    useCase,
    runs: query.runs ?? BUSINESS_CASE_DEFAULTS.runs,
    seed: query.seed ?? BUSINESS_CASE_DEFAULTS.seed,
    withRankCorrelation: true,
  });
  return { useCase, result, findings };
}

/**
 * A download name that is safe in every browser and file system: ASCII letters, digits and dashes
 * from the title (accents dropped), at most 60 characters of it.
 *
 * @example businessCaseFileName({ title: 'Factuur-invoer: één ERP!', locale: 'nl' }) // "businesscase-factuur-invoer-een-erp.xlsx"
 */
export function businessCaseFileName(options: { title: string | undefined; locale: Locale }): string {
  const slug = (options.title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  const prefix = options.locale === 'nl' ? 'businesscase' : 'business-case';
  return slug === '' ? `${prefix}.xlsx` : `${prefix}-${slug}.xlsx`;
}

export function registerBusinessCaseRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { store } = app.deps;
  const tags = ['business case'];

  async function storedUseCase(request: Parameters<typeof requireOrgAccess>[0], orgId: string, id: string) {
    await requireOrgAccess(request, store, orgId);
    const found = await store.useCases.get(orgId, id);
    if (!found) throw new AppError('NOT_FOUND');
    return found.document;
  }

  r.post(
    '/api/business-case',
    {
      schema: {
        tags,
        summary: 'Simulate the business case of a use-case document without storing anything',
        description:
          'The body is a schema-v1 use-case document; its `businessCase` section holds the ranges (absent ranges use documented defaults). ' +
          'The chance of stalling follows the assessment of the same document. Texts come in the language of `?lang` or Accept-Language.',
        querystring: ZSimulationQuery,
        body: ZUseCase,
        response: { 200: ZBusinessCaseReport, ...errorResponses },
      },
    },
    async (request) => {
      if (!request.auth) throw new AppError('UNAUTHENTICATED');
      return renderReport(computeBusinessCase(request.body, request.query), requestLocale(request));
    },
  );

  r.get(
    '/api/orgs/:orgId/use-cases/:useCaseId/business-case',
    {
      schema: {
        tags,
        summary: 'The business case of the current version of a use case',
        description: 'Computed on request from the saved document; the same seed gives the same figures.',
        params: ZUseCaseParams,
        querystring: ZSimulationQuery,
        response: { 200: ZBusinessCaseReport, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId } = request.params;
      const document = await storedUseCase(request, orgId, useCaseId);
      return renderReport(computeBusinessCase(document, request.query), requestLocale(request));
    },
  );

  r.get(
    '/api/orgs/:orgId/use-cases/:useCaseId/business-case.xlsx',
    {
      schema: {
        tags,
        summary: 'The business case as an Excel workbook for the accountant',
        description:
          'Sheets: inputs, the monthly cash flow at the likely values as live formulas (NPV, IRR, payback), and the simulation results.',
        params: ZUseCaseParams,
        querystring: ZSimulationQuery,
        response: {
          200: {
            description: 'The XLSX workbook, as an attachment',
            content: { [XLSX_CONTENT_TYPE]: { schema: ZXlsxBody } },
          },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { orgId, useCaseId } = request.params;
      const document = await storedUseCase(request, orgId, useCaseId);
      const locale = requestLocale(request);
      const workbook = await buildBusinessCaseXlsx(computeBusinessCase(document, request.query), locale);
      const fileName = businessCaseFileName({ title: document.title, locale });
      return reply
        .type(XLSX_CONTENT_TYPE)
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(workbook);
    },
  );
}
