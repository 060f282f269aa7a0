import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, ZLangQuery, ZTextBody, ZUseCaseParams } from '../../api/common-schemas.ts';
import { PDF_CONTENT_TYPE, ZPdfBody } from '../../api/report-schemas.ts';
import type { Locale } from '../../i18n/resources.ts';
import { boardReport } from '../../report/board-report/board-report-document.ts';
import { renderBoardHtml } from '../../report/board-report/render-html.ts';
import { renderBoardMarkdown } from '../../report/board-report/render-markdown.ts';
import { renderBoardPdf } from '../../report/board-report/render-pdf.ts';
import { requireOrgAccess } from '../auth.ts';
import { boardReportData } from '../board-report-data.ts';
import { today } from '../pilot-plan.ts';
import { requestLocale } from '../request-locale.ts';

/**
 * A download name that is safe in every browser and file system: ASCII letters, digits and dashes
 * from the title (accents dropped), at most 60 characters of it.
 *
 * @example boardReportFileName({ title: 'Factuur-invoer: één ERP!', locale: 'nl', extension: 'pdf' }) // "rapportage-factuur-invoer-een-erp.pdf"
 */
export function boardReportFileName(options: {
  title: string | undefined;
  locale: Locale;
  extension: string;
}): string {
  const slug = (options.title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  const prefix = options.locale === 'nl' ? 'rapportage' : 'board-report';
  return slug === '' ? `${prefix}.${options.extension}` : `${prefix}-${slug}.${options.extension}`;
}

const FORMATS = {
  pdf: { type: PDF_CONTENT_TYPE, summary: 'The board report as an A4 PDF (embedded fonts, vector charts)' },
  html: {
    type: 'text/html',
    summary: 'The board report as a standalone HTML page (no scripts), to read or print',
  },
  md: { type: 'text/markdown', summary: 'The board report as Markdown' },
} as const;

export function registerReportRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { store } = app.deps;

  for (const format of ['pdf', 'html', 'md'] as const) {
    const { type, summary } = FORMATS[format];
    r.get(
      `/api/orgs/:orgId/use-cases/:useCaseId/report.${format}`,
      {
        schema: {
          tags: ['report'],
          summary,
          description:
            'Page 1 is the summary (verdict, the first three actions with owners, the cost of today, the business case ' +
            'P10/P50/P90, the chance it pays off and the chance it stalls); then the five factors, data readiness, employee ' +
            'voice (only aggregates that anonymity allows), vendors, pilot and decision, rules and obligations, and the ' +
            'assumptions and method. Every section is there, saying so when it has no evidence. Members may read it.',
          params: ZUseCaseParams,
          querystring: ZLangQuery,
          response: {
            200: {
              description: `The report (${type})`,
              content: { [type]: { schema: format === 'pdf' ? ZPdfBody : ZTextBody } },
            },
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const { orgId, useCaseId } = request.params;
        await requireOrgAccess(request, orgId);
        const locale = requestLocale(request);
        const input = await boardReportData(store, { orgId, useCaseId, today: today() });
        const report = boardReport(input, locale);
        const fileName = boardReportFileName({ title: input.useCase.title, locale, extension: format });
        reply.header('cache-control', 'private, no-store');
        if (format === 'pdf')
          return reply
            .type(PDF_CONTENT_TYPE)
            .header('content-disposition', `attachment; filename="${fileName}"`)
            .send(await renderBoardPdf(report));
        return reply
          .type(`${type}; charset=utf-8`)
          .header('content-disposition', `inline; filename="${fileName}"`)
          .send(format === 'html' ? renderBoardHtml(report) : renderBoardMarkdown(report));
      },
    );
  }
}
