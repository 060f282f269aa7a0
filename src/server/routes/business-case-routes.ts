import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  type BusinessCaseReport,
  XLSX_CONTENT_TYPE,
  ZBusinessCaseReport,
  ZSimulationQuery,
  ZXlsxBody,
} from '../../api/business-case-schemas.ts';
import { errorResponses, ZUseCaseParams } from '../../api/common-schemas.ts';
import { assessWithEvidence } from '../../core/business-case/assessed-business-case.ts';
import { ZUseCase } from '../../core/use-case/use-case-schema.ts';
import type { Locale } from '../../i18n/resources.ts';
import type { BusinessCaseReportInput } from '../../report/business-case-document.ts';
import { renderBusinessCaseJson } from '../../report/business-case-json.ts';
import { buildBusinessCaseXlsx } from '../../report/business-case-xlsx.ts';
import { AppError } from '../app-error.ts';
import { requireOrgAccess } from '../auth.ts';
import { requestLocale } from '../request-locale.ts';
import { computeBusinessCase, useCaseBusinessCase } from '../use-case-business-case.ts';

/** The rendered JSON with its contract type; the response serializer checks it against the schema. */
function renderReport(input: BusinessCaseReportInput, locale: Locale): BusinessCaseReport {
  return renderBusinessCaseJson(input, locale) as BusinessCaseReport;
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

  /** The stored use case's document and the business case with its current assessment. */
  async function storedBusinessCase(
    request: Parameters<typeof requireOrgAccess>[0],
    params: { orgId: string; useCaseId: string },
    query: { runs?: number | undefined; seed?: number | undefined },
  ) {
    const { orgId, useCaseId } = params;
    await requireOrgAccess(request, orgId);
    const found = await store.useCases.get(orgId, useCaseId);
    if (!found) throw new AppError('NOT_FOUND');
    return useCaseBusinessCase(store, { orgId, useCaseId, document: found.document, ...query });
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
      const input = computeBusinessCase({
        useCase: request.body,
        assessment: assessWithEvidence(request.body),
        stored: null,
        ...request.query,
      });
      return renderReport(input, requestLocale(request));
    },
  );

  r.get(
    '/api/orgs/:orgId/use-cases/:useCaseId/business-case',
    {
      schema: {
        tags,
        summary: 'The business case of the current version of a use case',
        description:
          'Computed on request from the saved document; the same seed gives the same figures. The chance of stalling follows ' +
          'the assessment with all evidence (answers and data files): the stored one when it is current, else the same ' +
          'assessment computed now; `assessment` names its verdict and factor levels.',
        params: ZUseCaseParams,
        querystring: ZSimulationQuery,
        response: { 200: ZBusinessCaseReport, ...errorResponses },
      },
    },
    async (request) => {
      const input = await storedBusinessCase(request, request.params, request.query);
      return renderReport(input, requestLocale(request));
    },
  );

  r.get(
    '/api/orgs/:orgId/use-cases/:useCaseId/business-case.xlsx',
    {
      schema: {
        tags,
        summary: 'The business case as an Excel workbook for the accountant',
        description:
          'Sheets: inputs, the monthly cash flow at the likely values as live formulas (NPV, IRR, payback), and the simulation ' +
          'results with the factor levels behind the chance of stalling (the same assessment as the JSON answer).',
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
      const input = await storedBusinessCase(request, request.params, request.query);
      const locale = requestLocale(request);
      const workbook = await buildBusinessCaseXlsx(input, locale);
      const fileName = businessCaseFileName({ title: input.useCase.title, locale });
      return reply
        .type(XLSX_CONTENT_TYPE)
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(workbook);
    },
  );
}
