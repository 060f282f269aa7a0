import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DataFile } from '../../store/data-files-repository.ts';
import { AppError } from '../app-error.ts';
import { requireOrgAccess } from '../auth.ts';
import { PROFILE_JOB } from '../profile-job.ts';
import { errorResponses, ZOrgParams, ZUuid } from '../schemas.ts';

const ZUseCaseParams = ZOrgParams.extend({ useCaseId: ZUuid });
const ZDataFileParams = ZUseCaseParams.extend({ dataFileId: ZUuid });

const ZDataFile = z
  .object({
    id: z.string(),
    useCaseId: z.string(),
    fileName: z.string(),
    bytes: z.number(),
    keepFile: z.boolean(),
    isStored: z.boolean().describe('whether the uploaded file itself is still on the server'),
    options: z.object({
      sheet: z.string().optional(),
      timeColumn: z.string().optional(),
      entityColumn: z.string().optional(),
      targetColumn: z.string().optional(),
    }),
    status: z.enum(['queued', 'profiling', 'done', 'failed']),
    progress: z.number().describe('0..1'),
    failure: z
      .object({ code: z.string(), message: z.string() })
      .nullable()
      .describe('why profiling failed, in the requested language'),
    hasProfile: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'DataFile' });

const FIELD_NAMES = new Set(['keepFile', 'sheet', 'timeColumn', 'entityColumn', 'targetColumn']);

/** Shape of a data file in API responses; the profile itself is fetched separately. */
export function publicDataFile(
  file: DataFile,
  renderFailure: (m: { key: string; params?: object }) => string,
) {
  return {
    id: file.id,
    useCaseId: file.useCaseId,
    fileName: file.fileName,
    bytes: file.bytes,
    keepFile: file.keepFile,
    isStored: file.storedPath !== null,
    options: file.options,
    status: file.status,
    progress: file.progress,
    failure: file.failure ? { code: file.failure.code, message: renderFailure(file.failure.message) } : null,
    hasProfile: file.profile !== null,
    createdAt: file.createdAt,
    updatedAt: file.updatedAt,
  };
}

export function registerDataFileRoutes(
  app: FastifyInstance,
  options: {
    render: (request: import('fastify').FastifyRequest) => (m: { key: string; params?: object }) => string;
  },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { store, config } = app.deps;
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
      const access = await requireOrgAccess(request, store, orgId);
      if (!(await store.useCases.get(orgId, useCaseId))) throw new AppError('NOT_FOUND');
      if (!request.isMultipart())
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', { type: String(request.headers['content-type'] ?? '') });

      const fields: Record<string, string> = {};
      let stored: { path: string; name: string; bytes: number } | null = null;
      const dir = join(config.dataDir, 'uploads', orgId);
      await mkdir(dir, { recursive: true });
      try {
        for await (const part of request.parts()) {
          if (part.type === 'field') {
            if (!FIELD_NAMES.has(part.fieldname)) {
              throw new AppError('VALIDATION_FAILED', { problems: `${part.fieldname}: unknown field` });
            }
            fields[part.fieldname] = String(part.value).slice(0, 500);
            continue;
          }
          if (part.fieldname !== 'file' || stored) {
            part.file.resume();
            throw new AppError('VALIDATION_FAILED', {
              problems: `${part.fieldname}: send exactly one file, in the field 'file'`,
            });
          }
          const name = part.filename.replace(/[\\/]/g, '_').slice(0, 200) || 'upload';
          const path = join(dir, `${randomUUID()}${extname(name).toLowerCase().slice(0, 10)}`);
          stored = { path, name, bytes: 0 };
          let bytes = 0;
          part.file.on('data', (chunk: Buffer) => {
            bytes += chunk.length;
          });
          await pipeline(part.file, createWriteStream(path));
          if (part.file.truncated) {
            throw new AppError('PAYLOAD_TOO_LARGE', {
              limit: `${Math.round(config.maxUploadBytes / 1024 / 1024)} MB`,
            });
          }
          stored.bytes = bytes;
        }
      } catch (e) {
        if (stored) await rm(stored.path, { force: true });
        throw e;
      }
      if (!stored)
        throw new AppError('VALIDATION_FAILED', { problems: "file: no file was sent in the field 'file'" });

      const option = (k: string) => (fields[k]?.trim() ? { [k]: fields[k]!.trim() } : {});
      const file = await store.dataFiles.create({
        organisationId: orgId,
        useCaseId,
        fileName: stored.name,
        bytes: stored.bytes,
        storedPath: stored.path,
        keepFile: fields.keepFile === 'true',
        options: {
          ...option('sheet'),
          ...option('timeColumn'),
          ...option('entityColumn'),
          ...option('targetColumn'),
        },
        userId: access.userId,
      });
      if (!file) {
        await rm(stored.path, { force: true });
        throw new AppError('NOT_FOUND');
      }
      await store.jobs.enqueue({
        kind: PROFILE_JOB,
        payload: { dataFileId: file.id },
        organisationId: orgId,
      });
      app.jobRunner?.poke();
      request.log.info({ dataFileId: file.id, bytes: file.bytes }, 'data file uploaded');
      return reply.status(202).send(publicDataFile(file, options.render(request)));
    },
  );

  r.get(
    '/api/orgs/:orgId/use-cases/:useCaseId/data-files',
    {
      schema: {
        tags,
        summary: 'Data files of a use case with their profiling status, newest first',
        params: ZUseCaseParams,
        response: { 200: z.array(ZDataFile), ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, useCaseId } = request.params;
      await requireOrgAccess(request, store, orgId);
      if (!(await store.useCases.get(orgId, useCaseId))) throw new AppError('NOT_FOUND');
      const render = options.render(request);
      return (await store.dataFiles.list(orgId, useCaseId)).map((f) => publicDataFile(f, render));
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
      await requireOrgAccess(request, store, orgId);
      const file = await store.dataFiles.get(orgId, dataFileId);
      if (!file || file.useCaseId !== useCaseId) throw new AppError('NOT_FOUND');
      return publicDataFile(file, options.render(request));
    },
  );

  r.delete(
    '/api/orgs/:orgId/use-cases/:useCaseId/data-files/:dataFileId',
    {
      schema: {
        tags,
        summary: 'Delete a data file, its profile and the stored upload',
        params: ZDataFileParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, useCaseId, dataFileId } = request.params;
      await requireOrgAccess(request, store, orgId);
      const file = await store.dataFiles.get(orgId, dataFileId);
      if (!file || file.useCaseId !== useCaseId) throw new AppError('NOT_FOUND');
      await store.dataFiles.delete(orgId, dataFileId);
      if (file.storedPath) await rm(file.storedPath, { force: true });
      return reply.status(204).send(null);
    },
  );
}
