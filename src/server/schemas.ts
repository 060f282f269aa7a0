import { z } from 'zod';
import { ZUseCase } from '../core/use-case/use-case-schema.ts';
import { ROLES } from '../store/accounts-repository.ts';
import { USE_CASE_STATUSES } from '../store/use-cases-repository.ts';

/** Shared request/response schemas; each also appears under components.schemas in the OpenAPI document. */

z.globalRegistry.add(ZUseCase, { id: 'UseCase', description: 'A use-case document, schema version 1' });

export const ZErrorResponse = z
  .object({
    error: z.object({
      code: z.string().describe('Stable error code, e.g. VALIDATION_FAILED'),
      message: z.string().describe('What is wrong and what to do, in the requested language'),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });

/** The standard error responses, for routes' `response` maps. */
export const errorResponses = {
  400: ZErrorResponse,
  401: ZErrorResponse,
  403: ZErrorResponse,
  404: ZErrorResponse,
  409: ZErrorResponse,
} as const;

export const ZUuid = z.uuid();

/** The largest value of a PostgreSQL `integer` column; larger numbers make the query fail. */
export const PG_INTEGER_MAX = 2 ** 31 - 1;

/** A revision number in a JSON body: a whole number the `revision` column can hold. */
export const ZRevisionNumber = z.number().int().min(1).max(PG_INTEGER_MAX);

/** A revision number in the path (`/revisions/3`), which arrives as text. */
export const ZRevisionParam = z.coerce.number().int().min(1).max(PG_INTEGER_MAX);
export const ZOrgParams = z.strictObject({ orgId: ZUuid });

export const ZRole = z.enum(ROLES);
export const ZUseCaseStatus = z.enum(USE_CASE_STATUSES);

export const ZUser = z
  .object({ id: z.string(), email: z.string(), name: z.string(), locale: z.string(), createdAt: z.string() })
  .meta({ id: 'User' });

export const ZMembership = z
  .object({ organisationId: z.string(), organisationName: z.string(), role: ZRole })
  .meta({ id: 'Membership' });

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

export const ZStoredUseCase = ZUseCaseSummary.extend({ document: ZUseCase }).meta({ id: 'StoredUseCase' });

export const ZUseCaseRevision = z
  .object({
    revision: z.number().int(),
    title: z.string(),
    status: ZUseCaseStatus,
    document: ZUseCase,
    createdBy: z.string().nullable(),
    createdByName: z.string().nullable(),
    createdAt: z.string(),
    note: z.string().nullable(),
  })
  .meta({ id: 'UseCaseRevision' });
