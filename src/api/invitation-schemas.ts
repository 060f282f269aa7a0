import { z } from 'zod';
import { ZMembership, ZUser } from './account-schemas.ts';
import { ZNewPassword, ZOrgParams, ZRole, ZUuid } from './common-schemas.ts';

/** Invitations: an owner invites an address with a role; the person opens the link and accepts. */

export const ZInvitation = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: ZRole,
    createdAt: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'Invitation' });
export type Invitation = z.output<typeof ZInvitation>;
export const ZInvitationList = z.array(ZInvitation);

export const ZCreatedInvitation = ZInvitation.extend({
  secret: z.string().describe('Shown once; only its hash is stored'),
  link: z.string().describe('The path to pass on to the invited person: /invite/<secret>'),
}).meta({ id: 'CreatedInvitation' });
export type CreatedInvitation = z.output<typeof ZCreatedInvitation>;

export const ZInvitationView = z
  .object({
    organisationName: z.string(),
    email: z.string(),
    name: z.string(),
    role: ZRole,
    expiresAt: z.string(),
  })
  .meta({ id: 'InvitationView' });
export type InvitationView = z.output<typeof ZInvitationView>;

export const ZAcceptedInvitation = z
  .object({
    organisationId: z.string(),
    user: ZUser,
    memberships: z.array(ZMembership),
    csrfToken: z.string(),
  })
  .meta({ id: 'AcceptedInvitation' });
export type AcceptedInvitation = z.output<typeof ZAcceptedInvitation>;

export const ZSecretParams = z.strictObject({ secret: z.string().min(1).max(200) });
export const ZInvitationParams = ZOrgParams.extend({ invitationId: ZUuid });

export const ZCreateInvitationBody = z.strictObject({
  email: z.email().max(320),
  name: z.string().trim().min(1).max(200),
  role: ZRole,
});

export const ZAcceptInvitationBody = z
  .strictObject({
    name: z.string().trim().min(1).max(200).optional(),
    password: ZNewPassword.optional(),
  })
  .default({});
