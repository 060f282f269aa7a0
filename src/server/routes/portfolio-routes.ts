import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { XLSX_CONTENT_TYPE, ZXlsxBody } from '../../api/business-case-schemas.ts';
import { errorResponses, ZUseCaseParams } from '../../api/common-schemas.ts';
import {
  ZCopiedUseCase,
  ZCopyUseCaseBody,
  ZPortfolio,
  ZPortfolioParams,
  ZPortfolioQuery,
} from '../../api/portfolio-schemas.ts';
import { buildPortfolioXlsx } from '../../report/portfolio-xlsx.ts';
import { AppError } from '../app-error.ts';
import { requireOrgAccess } from '../auth.ts';
import { ASSESSMENT_VERSION } from '../current-assessment.ts';
import { type PortfolioOrganisation, portfolioRows } from '../portfolio-view.ts';
import { requestLocale } from '../request-locale.ts';

export function registerPortfolioRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { store } = app.deps;
  const tags = ['portfolio'];

  /**
   * The organisations the caller may see in the portfolio: every membership of a user (an API token:
   * its one organisation), or only `orgId` when asked, which must be one of them (else 404, as for
   * any organisation route). Never an organisation the caller does not belong to.
   */
  async function organisationsOf(request: FastifyRequest, orgId: string | undefined) {
    const auth = request.auth;
    if (!auth) throw new AppError('UNAUTHENTICATED');
    if (orgId !== undefined) await requireOrgAccess(request, orgId);
    let all: PortfolioOrganisation[];
    if (auth.kind === 'token') {
      const org = await store.accounts.getOrganisation(auth.token.organisationId);
      all = org ? [{ id: org.id, name: org.name, role: 'adviser' }] : [];
    } else {
      const memberships = await store.accounts.listMemberships(auth.user.id);
      all = memberships.map((m) => ({ id: m.organisationId, name: m.organisationName, role: m.role }));
    }
    const chosen = orgId === undefined ? all : all.filter((o) => o.id === orgId);
    return { all, chosen };
  }

  async function portfolio(request: FastifyRequest, orgId: string | undefined) {
    const { all, chosen } = await organisationsOf(request, orgId);
    const rows = await portfolioRows(store, chosen);
    return { organisations: all, rows, modelVersion: ASSESSMENT_VERSION };
  }

  r.get(
    '/api/portfolio',
    {
      schema: {
        tags,
        summary: 'Every use case of the organisations you belong to, with comparable figures',
        description:
          'One row per use case that is not archived: verdict, the business case’s simulated net yearly benefit (P10/P50/P90, ' +
          'the same figures as `GET …/business-case` with the default seed), the likely one-off cost, feasibility 0–100 from ' +
          'the measured factors and success conditions, the latest pilot decision with predicted against realised savings, ' +
          'and the model version of the stored assessment. `?orgId=` limits it to one of your organisations.',
        querystring: ZPortfolioQuery,
        response: { 200: ZPortfolio, ...errorResponses },
      },
    },
    async (request) => portfolio(request, request.query.orgId),
  );

  r.get(
    '/api/portfolio.xlsx',
    {
      schema: {
        tags,
        summary: 'The portfolio as an Excel workbook',
        params: ZPortfolioParams,
        querystring: ZPortfolioQuery,
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
      const { rows, modelVersion } = await portfolio(request, request.query.orgId);
      const locale = requestLocale(request);
      const workbook = await buildPortfolioXlsx({ rows, modelVersion }, locale);
      return reply
        .type(XLSX_CONTENT_TYPE)
        .header('content-disposition', `attachment; filename="portfolio.xlsx"`)
        .header('cache-control', 'private, no-store')
        .send(workbook);
    },
  );

  r.post(
    '/api/orgs/:orgId/use-cases/:useCaseId/copy',
    {
      schema: {
        tags,
        summary: 'Copy a use case as a template into another organisation',
        description:
          'Copies the answers only (the use-case document, optionally with a new title) into `targetOrgId`, where you must be ' +
          'owner or adviser. Data files, assessments, pilots, surveys and vendors stay behind; the copy starts as an idea.',
        params: ZUseCaseParams,
        body: ZCopyUseCaseBody,
        response: { 201: ZCopiedUseCase, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, useCaseId } = request.params;
      await requireOrgAccess(request, orgId);
      const source = await store.useCases.get(orgId, useCaseId);
      if (!source) throw new AppError('NOT_FOUND');
      const target = await requireOrgAccess(request, request.body.targetOrgId, 'adviser');
      const title = request.body.title ?? source.document.title;
      const created = await store.useCases.create({
        organisationId: target.organisationId,
        document: { ...source.document, ...(title === undefined ? {} : { title }) },
        userId: target.userId,
      });
      return reply.status(201).send(created);
    },
  );
}
