import { z } from 'zod';
import { ZUseCase } from '../core/use-case/use-case-schema.ts';
import { ZRevisionNumber, ZRevisionParam, ZUseCaseParams, ZUseCaseStatus } from './common-schemas.ts';

/** Use cases: the list, one with its document, and its saved versions. */

z.globalRegistry.add(ZUseCase, { id: 'UseCase', description: 'A use-case document, schema version 1' });

export const ZUseCaseSummary = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    title: z.string(),
    status: ZUseCaseStatus,
    revision: z.number().int(),
    archivedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'UseCaseSummary' });
export type UseCaseSummary = z.output<typeof ZUseCaseSummary>;

/** A use case in the list: its summary and the verdict of its latest stored assessment. */
export const ZUseCaseListItem = ZUseCaseSummary.extend({
  verdict: z
    .enum(['ready', 'fix-first', 'rethink'])
    .nullable()
    .describe('verdict of the latest stored assessment; null until the use case is first assessed'),
}).meta({ id: 'UseCaseListItem' });
export type UseCaseListItem = z.output<typeof ZUseCaseListItem>;
export const ZUseCaseSummaryList = z.array(ZUseCaseListItem);

export const ZStoredUseCase = ZUseCaseSummary.extend({ document: ZUseCase }).meta({ id: 'StoredUseCase' });
export type StoredUseCase = z.output<typeof ZStoredUseCase>;

export const ZUseCaseRevision = z
  .object({
    revision: z.number().int(),
    title: z.string(),
    status: ZUseCaseStatus,
    document: ZUseCase,
    createdBy: z.string().nullable(),
    createdByName: z.string().nullable(),
    createdAt: z.string().describe('when the version began'),
    savedAt: z.string().describe('when it last took a save'),
    saves: z.number().int().describe('how many saves of one editing session the version groups'),
    note: z.string().nullable(),
  })
  .meta({ id: 'UseCaseRevision' });
export type UseCaseRevision = z.output<typeof ZUseCaseRevision>;
export const ZUseCaseRevisionList = z.array(ZUseCaseRevision);

export const ZRevisionParams = ZUseCaseParams.extend({ revision: ZRevisionParam });

export const ZUseCaseListQuery = z.strictObject({
  archived: z.enum(['true', 'false']).optional().describe('include archived use cases'),
  lang: z.enum(['nl', 'en']).optional(),
});

export const ZCreateUseCaseBody = z.strictObject({ document: ZUseCase, status: ZUseCaseStatus.optional() });

export const ZSaveUseCaseBody = z.strictObject({
  document: ZUseCase.optional(),
  status: ZUseCaseStatus.optional(),
  archived: z.boolean().optional(),
  expectedRevision: ZRevisionNumber.optional(),
});
