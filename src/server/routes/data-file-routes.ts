import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, ZNoContent, ZTextBody, ZUseCaseParams } from '../../api/common-schemas.ts';
import {
  ZDataFile,
  ZDataFileChangeBody,
  ZDataFileList,
  ZDataFileParams,
  ZProfileLangQuery,
  ZRenderedProfile,
} from '../../api/data-file-schemas.ts';
import { msg } from '../../core/message.ts';
import type { Locale } from '../../i18n/resources.ts';
import { renderProfileHtml } from '../../report/profile-html.ts';
import { renderProfileJson } from '../../report/profile-json.ts';
import { renderProfileMessage } from '../../report/profile-text.ts';
import type { DataFile } from '../../store/data-files-repository.ts';
import { AppError } from '../app-error.ts';
import { requireOrgAccess } from '../auth.ts';
import { invalidFields } from '../invalid-fields.ts';
import { PROFILE_JOB } from '../profile-job.ts';
import { requestLocale } from '../request-locale.ts';
import { removeStoredFile } from '../upload-storage.ts';

const FIELD_NAMES = new Set(['keepFile', 'sheet', 'timeColumn', 'entityColumn', 'targetColumn']);

/** Shape of a data file in API responses; the profile itself is fetched separately. */
function publicDataFile(file: DataFile, locale: Locale) {
  return {
    id: file.id,
    useCaseId: file.useCaseId,
    fileName: file.fileName,
    bytes: file.bytes,
    keepFile: file.keepFile,
    isStored: file.upload !== null,
    countsAsEvidence: file.countsAsEvidence,
    options: file.options,
    // 'uploading' rows are never listed; the answer to the upload itself is already 'queued'.
    status: file.status === 'uploading' ? ('queued' as const) : file.status,
    progress: file.progress,
    failure: file.failure
      ? { code: file.failure.code, message: renderProfileMessage(file.failure.message, locale) }
      : null,
    hasProfile: file.profile !== null,
    createdAt: file.createdAt,
    updatedAt: file.updatedAt,
  };
}

export function registerDataFileRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { store, config } = app.deps;

  /** Removes an upload that will not be queued: its row (and chunks), then its disk file. */
  async function discard(file: DataFile): Promise<void> {
    await store.dataFiles.discardUpload(file.id);
    await removeStoredFile(file.storedPath);
  }
  const tags = ['data files'];

  r.post(
    '/api/orgs/:orgId/use-cases/:useCaseId/data-files',
    {
      schema: {
        tags,
        summary: 'Upload a data file (multipart/form-data) to be profiled in the background',
        description:
          'Form fields: `file` (CSV, TSV, XLSX, Parquet, JSON or NDJSON), and optionally `keepFile` (true keeps the upload after profiling; ' +
          'by default it is deleted), `sheet`, `timeColumn`, `entityColumn`, `targetColumn`. Send the fields before the file. ' +
          'Answers 202 at once; poll the data file for `status` and `progress`.',
        consumes: ['multipart/form-data'],
        params: ZUseCaseParams,
        response: { 202: ZDataFile, ...errorResponses, 413: errorResponses[400], 415: errorResponses[400] },
      },
    },
    async (request, reply) => {
      const { orgId, useCaseId } = request.params;
      const access = await requireOrgAccess(request, orgId);
      if (!(await store.useCases.get(orgId, useCaseId))) throw new AppError('NOT_FOUND');
      if (!request.isMultipart())
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', { type: String(request.headers['content-type'] ?? '') });

      const fields: Record<string, string> = {};
      // The row exists (invisible, 'uploading') before the first byte is stored, so a crash at any
      // point leaves nothing a sweep cannot find; it becomes 'queued' together with its job.
      let pending: { file: DataFile; bytes: number } | null = null;
      try {
        for await (const part of request.parts()) {
          if (part.type === 'field') {
            if (!FIELD_NAMES.has(part.fieldname)) {
              throw invalidFields(request, [
                { path: `body.${part.fieldname}`, message: msg('input.unknownKey', { key: part.fieldname }) },
              ]);
            }
            fields[part.fieldname] = String(part.value).slice(0, 500);
            continue;
          }
          if (part.fieldname !== 'file' || pending) {
            part.file.resume();
            throw invalidFields(request, [
              { path: `body.${part.fieldname}`, message: msg('input.upload.oneFile') },
            ]);
          }
          const name = part.filename.replace(/[\\/]/g, '_').slice(0, 200) || 'upload';
          const created = await store.dataFiles.create({
            organisationId: orgId,
            useCaseId,
            fileName: name,
            bytes: 0,
            storedPath: app.uploads.newPath(orgId, name),
            upload: app.uploads.location,
            status: 'uploading',
            keepFile: false,
            options: {},
            userId: access.userId,
          });
          if (!created) {
            part.file.resume();
            throw new AppError('NOT_FOUND');
          }
          pending = { file: created, bytes: 0 };
          pending.bytes = await app.uploads.receive(created, part.file);
          if (part.file.truncated) {
            throw new AppError('PAYLOAD_TOO_LARGE', {
              limit: `${Math.round(config.maxUploadBytes / 1024 / 1024)} MB`,
            });
          }
        }
      } catch (e) {
        if (pending) await discard(pending.file);
        throw e;
      }
      if (!pending)
        throw invalidFields(request, [{ path: 'body.file', message: msg('input.upload.noFile') }]);

      const option = (k: string) => (fields[k]?.trim() ? { [k]: fields[k]!.trim() } : {});
      const file = await store.dataFiles.queueUpload(pending.file.id, {
        bytes: pending.bytes,
        keepFile: fields.keepFile === 'true',
        options: {
          ...option('sheet'),
          ...option('timeColumn'),
          ...option('entityColumn'),
          ...option('targetColumn'),
        },
        job: { kind: PROFILE_JOB },
      });
      if (!file) {
        // The use case was deleted (and the upload with it) while the bytes arrived.
        await discard(pending.file);
        throw new AppError('NOT_FOUND');
      }
      app.jobRunner?.poke();
      request.log.info({ dataFileId: file.id, bytes: file.bytes }, 'data file uploaded');
      return reply.status(202).send(publicDataFile(file, requestLocale(request)));
    },
  );

  r.get(
    '/api/orgs/:orgId/use-cases/:useCaseId/data-files',
    {
      schema: {
        tags,
        summary: 'Data files of a use case with their profiling status, newest first',
        params: ZUseCaseParams,
        response: { 200: ZDataFileList, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId } = request.params;
      await requireOrgAccess(request, orgId);
      if (!(await store.useCases.get(orgId, useCaseId))) throw new AppError('NOT_FOUND');
      const locale = requestLocale(request);
      return (await store.dataFiles.list(orgId, useCaseId)).map((f) => publicDataFile(f, locale));
    },
  );

  r.get(
    '/api/orgs/:orgId/use-cases/:useCaseId/data-files/:dataFileId',
    {
      schema: {
        tags,
        summary: 'One data file and its profiling status',
        params: ZDataFileParams,
        response: { 200: ZDataFile, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId, dataFileId } = request.params;
      await requireOrgAccess(request, orgId);
      const file = await store.dataFiles.get(orgId, dataFileId);
      if (!file || file.useCaseId !== useCaseId) throw new AppError('NOT_FOUND');
      return publicDataFile(file, requestLocale(request));
    },
  );

  r.patch(
    '/api/orgs/:orgId/use-cases/:useCaseId/data-files/:dataFileId',
    {
      schema: {
        tags,
        summary: 'Choose whether a data file counts as evidence in the use case’s assessment',
        description:
          'Every file counts by default. A file left out stays on the Data tab with its profile, but the ' +
          'assessment (and the business case) no longer use it; the latest assessment becomes stale.',
        params: ZDataFileParams,
        body: ZDataFileChangeBody,
        response: { 200: ZDataFile, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId, dataFileId } = request.params;
      await requireOrgAccess(request, orgId);
      const file = await store.dataFiles.setCountsAsEvidence({
        organisationId: orgId,
        useCaseId,
        id: dataFileId,
        countsAsEvidence: request.body.countsAsEvidence,
      });
      if (!file) throw new AppError('NOT_FOUND');
      return publicDataFile(file, requestLocale(request));
    },
  );

  /** The finished profile of a data file of this use case; 404 while it is queued, profiling or failed. */
  async function profileOf(
    request: FastifyRequest,
    params: { orgId: string; useCaseId: string; dataFileId: string },
  ) {
    await requireOrgAccess(request, params.orgId);
    const file = await store.dataFiles.get(params.orgId, params.dataFileId);
    if (!file || file.useCaseId !== params.useCaseId || !file.profile) throw new AppError('NOT_FOUND');
    return file.profile;
  }

  r.get(
    '/api/orgs/:orgId/use-cases/:useCaseId/data-files/:dataFileId/profile',
    {
      schema: {
        tags,
        summary: 'The data profile of a file, with every message rendered in the requested language',
        description:
          'Texts come in the language of `?lang` or Accept-Language. 404 until profiling has finished (`hasProfile` on the data file).',
        params: ZDataFileParams,
        querystring: ZProfileLangQuery,
        response: { 200: ZRenderedProfile, ...errorResponses },
      },
    },
    async (request) => {
      const profile = await profileOf(request, request.params);
      return renderProfileJson(profile, requestLocale(request));
    },
  );

  r.get(
    '/api/orgs/:orgId/use-cases/:useCaseId/data-files/:dataFileId/profile.html',
    {
      schema: {
        tags,
        summary: 'The data profile as a standalone HTML report (no scripts), to read, print or save',
        params: ZDataFileParams,
        querystring: ZProfileLangQuery,
        response: {
          200: { description: 'The report page', content: { 'text/html': { schema: ZTextBody } } },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const profile = await profileOf(request, request.params);
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .send(renderProfileHtml(profile, requestLocale(request)));
    },
  );

  r.delete(
    '/api/orgs/:orgId/use-cases/:useCaseId/data-files/:dataFileId',
    {
      schema: {
        tags,
        summary: 'Delete a data file, its profile and the stored upload',
        params: ZDataFileParams,
        response: { 204: ZNoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, useCaseId, dataFileId } = request.params;
      await requireOrgAccess(request, orgId);
      const file = await store.dataFiles.get(orgId, dataFileId);
      if (!file || file.useCaseId !== useCaseId) throw new AppError('NOT_FOUND');
      const deleted = await store.dataFiles.delete(orgId, dataFileId);
      await removeStoredFile(deleted?.storedPath);
      return reply.status(204).send(null);
    },
  );
}
