import { z } from 'zod';
import { MAX_PASSWORD_LENGTH } from '../core/password-policy.ts';

/**
 * Schemas every part of the API shares: the error body, ids, revision numbers, roles and statuses.
 * Each one with a `meta({ id })` also appears under components.schemas in the OpenAPI document.
 */

export const ZErrorResponse = z
  .object({
    error: z.object({
      code: z.string().describe('Stable error code, e.g. VALIDATION_FAILED'),
      message: z.string().describe('What is wrong and what to do, in the requested language'),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorResponse = z.output<typeof ZErrorResponse>;

/** The standard error responses, for routes' `response` maps. */
export const errorResponses = {
  400: ZErrorResponse,
  401: ZErrorResponse,
  403: ZErrorResponse,
  404: ZErrorResponse,
  409: ZErrorResponse,
} as const;

/** The body of a 204 answer: nothing. */
export const ZNoContent = z.null();

export const ZUuid = z.uuid();

/** The largest value of a PostgreSQL `integer` column; larger numbers make the query fail. */
export const PG_INTEGER_MAX = 2 ** 31 - 1;

/** A revision number in a JSON body: a whole number the `revision` column can hold. */
export const ZRevisionNumber = z.number().int().min(1).max(PG_INTEGER_MAX);

/** A revision number in the path (`/revisions/3`), which arrives as text. */
export const ZRevisionParam = z.coerce.number().int().min(1).max(PG_INTEGER_MAX);
export const ZOrgParams = z.strictObject({ orgId: ZUuid });
export const ZUseCaseParams = ZOrgParams.extend({ useCaseId: ZUuid });

/** What a member may do in an organisation; the store's `Role` must stay the same list. */
export const ZRole = z.enum(['owner', 'adviser', 'member']);
export type Role = z.output<typeof ZRole>;

/** Where a use case is in its life; the store's `UseCaseStatus` must stay the same list. */
export const ZUseCaseStatus = z.enum(['idea', 'assessing', 'pilot', 'decided']);
export type UseCaseStatus = z.output<typeof ZUseCaseStatus>;

/** What the current process costs per year in euros, and how (`statusQuoCost` in src/core). */
export const ZStatusQuoCost = z.looseObject({
  perYear: z.number(),
  breakdown: z.looseObject({
    labourPerWeek: z.number(),
    errorsPerWeek: z.number(),
    labourPerYear: z.number(),
    errorsPerYear: z.number(),
    weeksPerYear: z.number(),
  }),
  isPartial: z.boolean().describe('some inputs were missing, so the figure is a part of the cost'),
});

/** `?lang=`: the language of the texts in the answer. */
export const ZLangQuery = z.strictObject({ lang: z.enum(['nl', 'en']).optional() });

/** A text answer that is not JSON (an HTML page, Markdown), as the OpenAPI document describes it. */
export const ZTextBody = z.string().meta({ type: 'string' });

/**
 * A new password in a request body: only bounded here (the hashing work); the policy itself is
 * checked by the server's `assertStrongPassword`, which can name every reason at once.
 */
export const ZNewPassword = z.string().max(MAX_PASSWORD_LENGTH);
