import { z } from 'zod';
import { ZNewPassword, ZRole } from './common-schemas.ts';

/** Accounts and sessions: who is logged in, in which organisations, and the CSRF token. */

export const ZUser = z
  .object({ id: z.string(), email: z.string(), name: z.string(), locale: z.string(), createdAt: z.string() })
  .meta({ id: 'User' });
export type User = z.output<typeof ZUser>;

export const ZMembership = z
  .object({ organisationId: z.string(), organisationName: z.string(), role: ZRole })
  .meta({ id: 'Membership' });
export type Membership = z.output<typeof ZMembership>;
export const ZMembershipList = z.array(ZMembership);

export const ZSessionInfo = z
  .object({ user: ZUser, memberships: z.array(ZMembership), csrfToken: z.string() })
  .meta({ id: 'SessionInfo' });
export type SessionInfo = z.output<typeof ZSessionInfo>;

export const ZLoginBody = z.strictObject({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1000),
});

export const ZLocaleBody = z.strictObject({ locale: z.enum(['nl', 'en']) });

export const ZChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(1000),
  newPassword: ZNewPassword,
});
