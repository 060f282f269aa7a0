import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { XLSX_CONTENT_TYPE, ZXlsxBody } from '../../api/business-case-schemas.ts';
import { errorResponses, ZLangQuery, ZNoContent, ZUseCaseParams } from '../../api/common-schemas.ts';
import type { PilotPlanDraft } from '../../api/pilot-schemas.ts';
import { ZLinkTokenParams } from '../../api/survey-schemas.ts';
import {
  VENDOR_LINK_DAYS_DEFAULT,
  type VendorView,
  ZBinaryBody,
  ZClaim,
  ZClaimBody,
  ZClaimList,
  ZClaimParams,
  ZCreateVendorBody,
  ZEvidenceFileRef,
  ZNoQuery,
  ZPublicAnswersBody,
  ZPublicVendorQuestionnaire,
  ZUpdateVendorBody,
  ZVendor,
  ZVendorEvidenceParams,
  ZVendorLink,
  ZVendorLinkBody,
  ZVendorList,
  ZVendorParams,
  ZVendorWeightsBody,
  ZVendorWeightsView,
} from '../../api/vendor-schemas.ts';
import { msg } from '../../core/message.ts';
import { pilotThatCounts } from '../../core/pilot/pilot-evidence.ts';
import {
  claimsFromQuestionnaire,
  type KpiMeasurement,
  settleClaims,
} from '../../core/vendors/claim-ledger.ts';
import { fullWeights } from '../../core/vendors/vendor-schema.ts';
import {
  type AnsweredBy,
  VENDOR_LIMITS,
  type VendorAnswers,
  type VendorClaim,
} from '../../core/vendors/vendor-types.ts';
import { localeFormat } from '../../i18n/locale-format.ts';
import type { Locale } from '../../i18n/resources.ts';
import { renderMessages } from '../../i18n/translate.ts';
import { vendorComparisonXlsx } from '../../report/vendor-comparison-xlsx.ts';
import type { StoredVendor, VendorKey } from '../../store/vendors-repository.ts';
import { AppError } from '../app-error.ts';
import { requireOrgAccess } from '../auth.ts';
import { invalidFields } from '../invalid-fields.ts';
import { today } from '../pilot-plan.ts';
import { pilotAnalysisOf } from '../pilot-view.ts';
import { requestLocale } from '../request-locale.ts';
import { useCaseVendors, vendorRecord } from '../vendor-comparison.ts';
import { attachmentDisposition, evidenceFileName, evidenceMediaType } from '../vendor-evidence.ts';
import { newVendorLink, vendorLinkDigest, vendorLinkPaths } from '../vendor-link.ts';

/** Evidence files one vendor may hold: enough for a contract, certificates and a few screenshots. */
export const EVIDENCE_FILES_PER_VENDOR = 30;

/** Requests per minute through one questionnaire link from one network address. */
export const QUESTIONNAIRE_REQUESTS_PER_MINUTE = 60;

/** The 4xx answers an upload can give beyond the usual ones. */
const uploadErrors = {
  ...errorResponses,
  410: errorResponses[400],
  413: errorResponses[400],
  415: errorResponses[400],
  422: errorResponses[400],
};

const publicErrors = { ...errorResponses, 410: errorResponses[400] };

function linkRateLimit() {
  return {
    rateLimit: {
      max: QUESTIONNAIRE_REQUESTS_PER_MINUTE,
      timeWindow: '1 minute',
      // Kept in memory only, for the minute.
      keyGenerator: (request: FastifyRequest) =>
        `${request.ip}|${(request.params as { token?: string }).token ?? ''}`,
    },
  };
}

/** A stored vendor as the API shows it; the link's token is never shown again after it is made. */
function vendorView(v: StoredVendor, now: Date): VendorView {
  return {
    id: v.id,
    useCaseId: v.useCaseId,
    name: v.name,
    website: v.website ?? null,
    answeredBy: v.answeredBy ?? null,
    submittedAt: v.submittedAt ?? null,
    answers: v.answers,
    switching: v.switching,
    chosen: v.chosen,
    link:
      v.linkExpiresAt === null
        ? null
        : { expiresAt: v.linkExpiresAt, isExpired: isPast(v.linkExpiresAt, now) },
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
  };
}

const isPast = (instant: string, now: Date) => new Date(instant).getTime() <= now.getTime();

/**
 * File evidence in answers must name a file uploaded for this vendor: a questionnaire cannot point
 * at another vendor's (or another organisation's) file. One problem per unknown file, naming it.
 */
function unknownEvidenceFiles(answers: VendorAnswers, known: ReadonlySet<string>, prefix: string) {
  const problems: Array<{ path: string; message: ReturnType<typeof msg> }> = [];
  for (const [question, answer] of Object.entries(answers)) {
    answer?.evidence?.forEach((evidence, i) => {
      if (evidence.kind === 'file' && !known.has(evidence.fileId)) {
        problems.push({ path: `${prefix}.${question}.evidence[${i}].fileId`, message: msg('input.invalid') });
      }
    });
  }
  return problems;
}

/**
 * Partner due diligence (DESIGN.md "Partner due diligence"): the candidate vendors of a use case,
 * their questionnaires filled in by the owner or by the vendor through a link without an account,
 * evidence files served back only to the organisation, the comparison (also as XLSX), and the claim
 * ledger settled against the pilot's measurements. Reads for members; changes for owners and advisers.
 */
export function registerVendorRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { store } = app.deps;
  const tags = ['vendors'];
  const base = '/api/orgs/:orgId/use-cases/:useCaseId';

  async function findUseCase(orgId: string, useCaseId: string) {
    const useCase = await store.useCases.get(orgId, useCaseId);
    if (!useCase) throw new AppError('NOT_FOUND');
    return useCase;
  }

  async function findVendor(key: VendorKey) {
    const vendor = await store.vendors.get(key);
    if (!vendor) throw new AppError('NOT_FOUND');
    return vendor;
  }

  const vendorKey = (p: { orgId: string; useCaseId: string; vendorId: string }): VendorKey => ({
    organisationId: p.orgId,
    useCaseId: p.useCaseId,
    vendorId: p.vendorId,
  });

  /**
   * The pilot's KPIs with their measured value: the estimate of the KPI's level over the pilot weeks
   * of the pilot that counts for the use case (the newest that started). Before a start, none is
   * measured and every claim stays unverified.
   */
  async function pilotKpis(orgId: string, useCaseId: string, title: string): Promise<KpiMeasurement[]> {
    const counts = pilotThatCounts(await store.pilots.list<PilotPlanDraft>(orgId, useCaseId));
    if (!counts) return [];
    const record = await store.pilots.getRecord<PilotPlanDraft>({
      organisationId: orgId,
      useCaseId,
      pilotId: counts.id,
    });
    if (!record) return [];
    const analysis = pilotAnalysisOf(record, title);
    if (analysis) {
      return analysis.kpis.map((k) => ({
        kpiId: k.id,
        better: k.better,
        measured: k.pilot.level?.estimate ?? k.pilot.median ?? undefined,
      }));
    }
    const planned = [record.plan.primaryKpi, ...(record.plan.secondaryKpis ?? [])];
    return planned.flatMap((k) =>
      k?.id === undefined ? [] : [{ kpiId: k.id, better: k.better ?? 'up', measured: undefined }],
    );
  }

  async function settledClaims(orgId: string, useCaseId: string, title: string, locale: Locale) {
    const [claims, kpis] = await Promise.all([
      store.vendors.claims(orgId, useCaseId),
      pilotKpis(orgId, useCaseId, title),
    ]);
    return renderMessages(settleClaims(claims, kpis), locale);
  }

  /** The claims a submitted questionnaire puts in the ledger (only the first submission adds them). */
  function questionnaireClaims(vendor: StoredVendor, answers: VendorAnswers): Omit<VendorClaim, 'id'>[] {
    return claimsFromQuestionnaire({ ...vendorRecord(vendor), answers }, today()).map(
      ({ id: _id, ...claim }) => claim,
    );
  }

  /** Saves answers (a draft, or submitted by `submitBy`), after checking the files they name. */
  async function saveAnswers(
    request: FastifyRequest,
    key: VendorKey,
    answers: VendorAnswers,
    options: {
      submitBy: AnsweredBy | null;
      pathPrefix: string;
      extra?: Parameters<typeof store.vendors.update>[1];
    },
  ) {
    const vendor = await findVendor(key);
    const problems = unknownEvidenceFiles(answers, await store.vendors.evidenceIds(key), options.pathPrefix);
    if (problems.length > 0) throw invalidFields(request, problems);
    const updated = await store.vendors.update(key, {
      ...options.extra,
      answers,
      ...(options.submitBy === null
        ? {}
        : { submission: { answeredBy: options.submitBy, claims: questionnaireClaims(vendor, answers) } }),
    });
    if (!updated) throw new AppError('NOT_FOUND');
    return updated;
  }

  /**
   * Reads the one evidence file of a multipart upload into memory, refusing it once more than
   * VENDOR_LIMITS.evidenceFileBytes have been read, and stores it for the vendor.
   */
  async function receiveEvidence(request: FastifyRequest, key: VendorKey) {
    if (!request.isMultipart()) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', { type: String(request.headers['content-type'] ?? '') });
    }
    const tooLarge = () =>
      new AppError('PAYLOAD_TOO_LARGE', { limit: `${VENDOR_LIMITS.evidenceFileBytes / 1024 / 1024} MB` });
    let received: { name: string; content: Buffer } | null = null;
    for await (const part of request.parts({ limits: { fileSize: VENDOR_LIMITS.evidenceFileBytes } })) {
      if (part.type === 'field') {
        throw invalidFields(request, [
          { path: `body.${part.fieldname}`, message: msg('input.unknownKey', { key: part.fieldname }) },
        ]);
      }
      if (part.fieldname !== 'file' || received) {
        part.file.resume();
        throw invalidFields(request, [
          { path: `body.${part.fieldname}`, message: msg('input.upload.oneFile') },
        ]);
      }
      const chunks: Buffer[] = [];
      let bytes = 0;
      try {
        for await (const chunk of part.file as AsyncIterable<Buffer>) {
          bytes += chunk.length;
          if (bytes > VENDOR_LIMITS.evidenceFileBytes) throw tooLarge();
          chunks.push(chunk);
        }
      } catch (e) {
        if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
        throw e;
      }
      if (part.file.truncated) throw tooLarge();
      received = { name: evidenceFileName(part.filename), content: Buffer.concat(chunks) };
    }
    if (!received) throw invalidFields(request, [{ path: 'body.file', message: msg('input.upload.noFile') }]);
    const mediaType = evidenceMediaType(received.name, received.content);
    if (!mediaType) throw new AppError('EVIDENCE_FILE_REFUSED', { name: received.name });
    const stored = await store.vendors.addEvidence(key, {
      name: received.name,
      mediaType,
      content: received.content,
      max: EVIDENCE_FILES_PER_VENDOR,
    });
    if (stored === null) throw new AppError('NOT_FOUND');
    if (stored === 'full')
      throw new AppError('VENDOR_LIMIT', { limit: EVIDENCE_FILES_PER_VENDOR, context: 'files' });
    return { kind: 'file' as const, fileId: stored.id, name: stored.name, bytes: stored.bytes };
  }

  r.get(
    `${base}/vendors`,
    {
      schema: {
        tags,
        summary: 'The candidate vendors of a use case, compared',
        description:
          'Each vendor with its questionnaire, and the comparison: failed gates first, then open gates, then the ' +
          'weighted score; with the switching cost per vendor. Texts in the requested language.',
        params: ZUseCaseParams,
        querystring: ZLangQuery,
        response: { 200: ZVendorList, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId } = request.params;
      await requireOrgAccess(request, orgId);
      const useCase = await findUseCase(orgId, useCaseId);
      const {
        stored: vendors,
        comparison,
        weights,
      } = await useCaseVendors(store, {
        orgId,
        useCaseId,
        document: useCase.document,
      });
      const now = new Date();
      return {
        vendors: vendors.map((v) => vendorView(v, now)),
        comparison: renderMessages(comparison, requestLocale(request)),
        weights,
      };
    },
  );

  r.post(
    `${base}/vendors`,
    {
      schema: {
        tags,
        summary: 'Add a candidate vendor (owners and advisers)',
        description: `At most ${VENDOR_LIMITS.vendorsPerUseCase} per use case.`,
        params: ZUseCaseParams,
        body: ZCreateVendorBody,
        response: { 201: ZVendor, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, useCaseId } = request.params;
      await requireOrgAccess(request, orgId, 'adviser');
      const created = await store.vendors.create({
        organisationId: orgId,
        useCaseId,
        name: request.body.name,
        website: request.body.website,
        max: VENDOR_LIMITS.vendorsPerUseCase,
      });
      if (created === null) throw new AppError('NOT_FOUND');
      if (created === 'full') {
        throw new AppError('VENDOR_LIMIT', { limit: VENDOR_LIMITS.vendorsPerUseCase, context: 'vendors' });
      }
      return reply.status(201).send(vendorView(created, new Date()));
    },
  );

  r.put(
    `${base}/vendors/:vendorId`,
    {
      schema: {
        tags,
        summary: 'Change a vendor, fill in its questionnaire, or choose it (owners and advisers)',
        description:
          'Only the fields sent change. `answers` replaces the whole questionnaire; with `submit: true` it is ' +
          'submitted as the owner’s (answeredBy "owner"), without it is a draft. The first submission puts the ' +
          'questionnaire’s claims in the ledger. File evidence must name a file uploaded for this vendor.',
        params: ZVendorParams,
        body: ZUpdateVendorBody,
        response: { 200: ZVendor, ...errorResponses },
      },
    },
    async (request) => {
      await requireOrgAccess(request, request.params.orgId, 'adviser');
      const key = vendorKey(request.params);
      const { answers, submit, ...rest } = request.body;
      const extra = {
        ...(rest.name === undefined ? {} : { name: rest.name }),
        ...(rest.website === undefined ? {} : { website: rest.website }),
        ...(rest.switching === undefined ? {} : { switching: rest.switching }),
        ...(rest.chosen === undefined ? {} : { chosen: rest.chosen }),
      };
      if (answers === undefined && submit === true) {
        // Submitting what is there: the stored answers, as the owner's.
        const vendor = await findVendor(key);
        const updated = await saveAnswers(request, key, vendor.answers, {
          submitBy: 'owner',
          pathPrefix: 'body.answers',
          extra,
        });
        return vendorView(updated, new Date());
      }
      if (answers !== undefined) {
        const updated = await saveAnswers(request, key, answers, {
          submitBy: submit === true ? 'owner' : null,
          pathPrefix: 'body.answers',
          extra,
        });
        return vendorView(updated, new Date());
      }
      const updated = await store.vendors.update(key, extra);
      if (!updated) throw new AppError('NOT_FOUND');
      return vendorView(updated, new Date());
    },
  );

  r.delete(
    `${base}/vendors/:vendorId`,
    {
      schema: {
        tags,
        summary: 'Remove a vendor with its link, evidence files and claims (owners and advisers)',
        params: ZVendorParams,
        response: { 204: ZNoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await requireOrgAccess(request, request.params.orgId, 'adviser');
      if (!(await store.vendors.remove(vendorKey(request.params)))) throw new AppError('NOT_FOUND');
      return reply.status(204).send(null);
    },
  );

  r.post(
    `${base}/vendors/:vendorId/link`,
    {
      schema: {
        tags,
        summary: 'Make the vendor’s questionnaire link, replacing any older one (owners and advisers)',
        description:
          'The vendor answers through /v/<token> without an account, and sees only its own questionnaire. The ' +
          `token is shown only in this answer (only a digest is stored). Open for \`days\` (1–60, default ${VENDOR_LINK_DAYS_DEFAULT}).`,
        params: ZVendorParams,
        body: ZVendorLinkBody,
        response: { 200: ZVendorLink, ...errorResponses },
      },
    },
    async (request) => {
      await requireOrgAccess(request, request.params.orgId, 'adviser');
      const link = newVendorLink(new Date(), request.body?.days ?? VENDOR_LINK_DAYS_DEFAULT);
      const made = await store.vendors.setLink(vendorKey(request.params), {
        digest: link.digest,
        expiresAt: link.expiresAt,
      });
      if (!made) throw new AppError('NOT_FOUND');
      return { token: link.token, ...vendorLinkPaths(link.token), expiresAt: link.expiresAt.toISOString() };
    },
  );

  r.delete(
    `${base}/vendors/:vendorId/link`,
    {
      schema: {
        tags,
        summary: 'End the vendor’s questionnaire link (owners and advisers)',
        params: ZVendorParams,
        response: { 204: ZNoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await requireOrgAccess(request, request.params.orgId, 'adviser');
      if (!(await store.vendors.removeLink(vendorKey(request.params)))) throw new AppError('NOT_FOUND');
      return reply.status(204).send(null);
    },
  );

  r.put(
    `${base}/vendor-weights`,
    {
      schema: {
        tags,
        summary: 'Reweight the scored questions, 0–5 each (owners and advisers)',
        description: 'Questions left out keep their default weight.',
        params: ZUseCaseParams,
        body: ZVendorWeightsBody,
        response: { 200: ZVendorWeightsView, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId } = request.params;
      await requireOrgAccess(request, orgId, 'adviser');
      if (!(await store.vendors.setWeights(orgId, useCaseId, request.body.weights))) {
        throw new AppError('NOT_FOUND');
      }
      return { weights: fullWeights(request.body.weights) };
    },
  );

  r.post(
    `${base}/vendors/:vendorId/evidence`,
    {
      schema: {
        tags,
        summary:
          'Upload an evidence file for the vendor’s answers (multipart/form-data; owners and advisers)',
        description:
          `Form field \`file\`: PDF, PNG, JPEG, text (.txt), Word (.docx) or Excel (.xlsx), at most ${VENDOR_LIMITS.evidenceFileBytes / 1024 / 1024} MB; ` +
          'the content must match the name. Refer to it in an answer as the evidence this returns.',
        consumes: ['multipart/form-data'],
        params: ZVendorParams,
        response: { 201: ZEvidenceFileRef, ...uploadErrors },
      },
    },
    async (request, reply) => {
      await requireOrgAccess(request, request.params.orgId, 'adviser');
      const key = vendorKey(request.params);
      await findVendor(key);
      return reply.status(201).send(await receiveEvidence(request, key));
    },
  );

  r.get(
    `${base}/vendors/:vendorId/evidence/:fileId`,
    {
      schema: {
        tags,
        summary: 'Download an evidence file (members of the organisation only)',
        description: 'Always as an attachment, with the type decided when it was uploaded.',
        params: ZVendorEvidenceParams,
        querystring: ZNoQuery,
        response: {
          200: {
            description: 'The file, as an attachment',
            content: { 'application/octet-stream': { schema: ZBinaryBody } },
          },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { orgId, fileId } = request.params;
      await requireOrgAccess(request, orgId);
      const file = await store.vendors.evidence({ ...vendorKey(request.params), fileId });
      if (!file) throw new AppError('NOT_FOUND');
      return reply
        .type(file.mediaType)
        .header('content-disposition', attachmentDisposition(file.name))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(file.content));
    },
  );

  r.get(
    `${base}/vendors/comparison.xlsx`,
    {
      schema: {
        tags,
        summary: 'The comparison and the claim ledger as an Excel workbook',
        params: ZUseCaseParams,
        querystring: ZLangQuery,
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
      await requireOrgAccess(request, orgId);
      const useCase = await findUseCase(orgId, useCaseId);
      const locale = requestLocale(request);
      const { comparison } = await useCaseVendors(store, { orgId, useCaseId, document: useCase.document });
      const [claims, kpis] = await Promise.all([
        store.vendors.claims(orgId, useCaseId),
        pilotKpis(orgId, useCaseId, useCase.title),
      ]);
      const workbook = await vendorComparisonXlsx({ comparison, claims: settleClaims(claims, kpis), locale });
      return reply
        .type(XLSX_CONTENT_TYPE)
        .header(
          'content-disposition',
          `attachment; filename="${locale === 'nl' ? 'leveranciers' : 'vendors'}.xlsx"`,
        )
        .header('cache-control', 'private, no-store')
        .send(workbook);
    },
  );

  // The claim ledger.

  r.get(
    `${base}/claims`,
    {
      schema: {
        tags,
        summary: 'The claim ledger, settled against the pilot’s measurements',
        description:
          'A claim linked to a pilot KPI with a claimed figure is confirmed when the pilot’s estimate of the KPI ' +
          'reaches the figure (in the KPI’s better direction), refuted when it does not, unverified until measured.',
        params: ZUseCaseParams,
        querystring: ZLangQuery,
        response: { 200: ZClaimList, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId } = request.params;
      await requireOrgAccess(request, orgId);
      const useCase = await findUseCase(orgId, useCaseId);
      return { claims: await settledClaims(orgId, useCaseId, useCase.title, requestLocale(request)) };
    },
  );

  /** A stored claim settled alone, as the ledger would show it. */
  async function settledClaim(orgId: string, useCaseId: string, claim: VendorClaim, locale: Locale) {
    const useCase = await findUseCase(orgId, useCaseId);
    const [settled] = settleClaims([claim], await pilotKpis(orgId, useCaseId, useCase.title));
    return renderMessages(settled!, locale);
  }

  const unknownVendor = (request: FastifyRequest) =>
    invalidFields(request, [{ path: 'body.vendorId', message: msg('input.invalid') }]);

  r.post(
    `${base}/claims`,
    {
      schema: {
        tags,
        summary: 'Enter a vendor claim, verbatim, with its source and date (owners and advisers)',
        description: `Link it to a pilot KPI (\`kpiId\`) with the figure it promises (\`claimed\`). At most ${VENDOR_LIMITS.claimsPerUseCase}.`,
        params: ZUseCaseParams,
        body: ZClaimBody,
        response: { 201: ZClaim, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, useCaseId } = request.params;
      await requireOrgAccess(request, orgId, 'adviser');
      const stored = await store.vendors.addClaim(
        { organisationId: orgId, useCaseId },
        request.body,
        VENDOR_LIMITS.claimsPerUseCase,
      );
      if (stored === null) throw new AppError('NOT_FOUND');
      if (stored === 'unknownVendor') throw unknownVendor(request);
      if (stored === 'full') {
        throw new AppError('VENDOR_LIMIT', { limit: VENDOR_LIMITS.claimsPerUseCase, context: 'claims' });
      }
      return reply.status(201).send(await settledClaim(orgId, useCaseId, stored, requestLocale(request)));
    },
  );

  r.put(
    `${base}/claims/:claimId`,
    {
      schema: {
        tags,
        summary: 'Change a claim (owners and advisers)',
        params: ZClaimParams,
        body: ZClaimBody,
        response: { 200: ZClaim, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId, claimId } = request.params;
      await requireOrgAccess(request, orgId, 'adviser');
      const stored = await store.vendors.updateClaim(
        { organisationId: orgId, useCaseId, claimId },
        request.body,
      );
      if (stored === null) throw new AppError('NOT_FOUND');
      if (stored === 'unknownVendor') throw unknownVendor(request);
      return settledClaim(orgId, useCaseId, stored, requestLocale(request));
    },
  );

  r.delete(
    `${base}/claims/:claimId`,
    {
      schema: {
        tags,
        summary: 'Remove a claim (owners and advisers)',
        params: ZClaimParams,
        response: { 204: ZNoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, useCaseId, claimId } = request.params;
      await requireOrgAccess(request, orgId, 'adviser');
      if (!(await store.vendors.removeClaim({ organisationId: orgId, useCaseId, claimId }))) {
        throw new AppError('NOT_FOUND');
      }
      return reply.status(204).send(null);
    },
  );

  // Public: the vendor answers through its link, without an account, and reaches nothing else.

  /** The vendor a link stands for; unknown or replaced is LINK_INVALID, past its time LINK_EXPIRED. */
  async function findLink(request: FastifyRequest, token: string) {
    const found = await store.vendors.findByLink(vendorLinkDigest(token));
    if (!found) throw new AppError('LINK_INVALID');
    if (isPast(found.expiresAt, new Date())) {
      const date = localeFormat(requestLocale(request)).date(found.expiresAt, { timeZone: 'UTC' });
      throw new AppError('LINK_EXPIRED', { date });
    }
    return found;
  }

  function questionnaireView(found: Awaited<ReturnType<typeof findLink>>, vendor: StoredVendor) {
    return {
      vendorName: vendor.name,
      organisationName: found.organisationName,
      useCaseTitle: found.useCaseTitle,
      personalData: found.personalData ?? null,
      answers: vendor.answers,
      submitted: vendor.submittedAt !== undefined,
      expiresAt: found.expiresAt,
    };
  }

  /** Public routes log nothing about the request at info level, and are rate-limited per link and address. */
  const quiet = { logLevel: 'warn' as const, config: linkRateLimit() };
  const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');

  r.get(
    '/api/public/vendor-questionnaire/:token',
    {
      ...quiet,
      schema: {
        tags,
        summary: 'The questionnaire behind a vendor link',
        description: 'Only this vendor’s questionnaire, and the names of the organisation and the use case.',
        security: [],
        params: ZLinkTokenParams,
        response: { 200: ZPublicVendorQuestionnaire, ...publicErrors },
      },
    },
    async (request, reply) => {
      const found = await findLink(request, request.params.token);
      noStore(reply);
      return questionnaireView(found, found.vendor);
    },
  );

  r.put(
    '/api/public/vendor-questionnaire/:token',
    {
      ...quiet,
      schema: {
        tags,
        summary: 'Save the questionnaire as a draft',
        description: 'The whole questionnaire; a submitted one becomes a draft again until it is submitted.',
        security: [],
        params: ZLinkTokenParams,
        body: ZPublicAnswersBody,
        response: { 200: ZPublicVendorQuestionnaire, ...publicErrors },
      },
    },
    async (request, reply) => {
      const found = await findLink(request, request.params.token);
      const vendor = await saveAnswers(request, found.key, request.body.answers, {
        submitBy: null,
        pathPrefix: 'body.answers',
      });
      noStore(reply);
      return questionnaireView(found, vendor);
    },
  );

  r.post(
    '/api/public/vendor-questionnaire/:token/submit',
    {
      ...quiet,
      schema: {
        tags,
        summary: 'Submit the questionnaire',
        description:
          'Stored as answered by the vendor. It can be changed and submitted again while the link is open.',
        security: [],
        params: ZLinkTokenParams,
        body: ZPublicAnswersBody,
        response: { 200: ZPublicVendorQuestionnaire, ...publicErrors },
      },
    },
    async (request, reply) => {
      const found = await findLink(request, request.params.token);
      const vendor = await saveAnswers(request, found.key, request.body.answers, {
        submitBy: 'vendor',
        pathPrefix: 'body.answers',
      });
      noStore(reply);
      return questionnaireView(found, vendor);
    },
  );

  r.post(
    '/api/public/vendor-questionnaire/:token/evidence',
    {
      ...quiet,
      schema: {
        tags,
        summary: 'Upload an evidence file for an answer (multipart/form-data)',
        description:
          `Form field \`file\`: PDF, PNG, JPEG, text (.txt), Word (.docx) or Excel (.xlsx), at most ${VENDOR_LIMITS.evidenceFileBytes / 1024 / 1024} MB. ` +
          'Refer to it in an answer as the evidence this returns.',
        security: [],
        consumes: ['multipart/form-data'],
        params: ZLinkTokenParams,
        response: { 201: ZEvidenceFileRef, ...uploadErrors },
      },
    },
    async (request, reply) => {
      const found = await findLink(request, request.params.token);
      return reply.status(201).send(await receiveEvidence(request, found.key));
    },
  );
}
