import { z } from 'zod';
import { ZOrgParams, ZRole, ZUuid } from './common-schemas.ts';

/** Organisations, their members and their API tokens. */

export const ZOrganisation = z
  .object({ id: z.string(), name: z.string(), createdAt: z.string(), role: ZRole })
  .meta({ id: 'Organisation' });
export type Organisation = z.output<typeof ZOrganisation>;

export const ZMember = z
  .object({ userId: z.string(), email: z.string(), name: z.string(), role: ZRole })
  .meta({ id: 'Member' });
export type Member = z.output<typeof ZMember>;
export const ZMemberList = z.array(ZMember);

export const ZApiToken = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string(),
    createdAt: z.string(),
    expiresAt: z.string().describe('After this moment the token is refused (401 UNAUTHENTICATED)'),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });

/** A token as the list shows it: who made it and whether it works now. */
export const ZListedApiToken = ZApiToken.extend({
  createdByName: z.string().nullable(),
  state: z
    .enum(['active', 'expired', 'revoked', 'creatorLostAccess'])
    .describe('creatorLostAccess: its creator is no longer an owner or adviser here, so it no longer works'),
}).meta({ id: 'ListedApiToken' });
export type ListedApiToken = z.output<typeof ZListedApiToken>;
export const ZListedApiTokenList = z.array(ZListedApiToken);

/** A token just made: the secret is in this answer only. */
export const ZCreatedApiToken = ZApiToken.extend({ secret: z.string() });
export type CreatedApiToken = z.output<typeof ZCreatedApiToken>;

/** Longest lifetime of an API token, in days. */
export const MAX_TOKEN_DAYS = 365;

export const ZCreateOrganisationBody = z.strictObject({ name: z.string().trim().min(1).max(200) });
/** A new name for an organisation (owner only). */
export const ZRenameOrganisationBody = z.strictObject({ name: z.string().trim().min(1).max(200) });
export const ZMemberParams = ZOrgParams.extend({ userId: ZUuid });
export const ZTokenParams = ZOrgParams.extend({ tokenId: ZUuid });
export const ZRoleBody = z.strictObject({ role: ZRole });
export const ZCreateTokenBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  expiresInDays: z.number().int().min(1).max(MAX_TOKEN_DAYS).optional(),
});
