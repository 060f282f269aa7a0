import type { Role } from './accounts-repository.ts';
import type { Queryable, Row } from './database.ts';
import { iso } from './rows.ts';

/** An invitation to join an organisation. Only the hash of its secret is stored. */
export type Invitation = {
  id: string;
  organisationId: string;
  email: string;
  name: string;
  role: Role;
  invitedBy: string | null;
  createdAt: string;
  expiresAt: string;
};

/** An open invitation with the name of its organisation, as the accept page shows it. */
export type OpenInvitation = Invitation & { organisationName: string };

const toInvitation = (r: Row): Invitation => ({
  id: String(r.id),
  organisationId: String(r.organisation_id),
  email: String(r.email),
  name: String(r.name),
  role: r.role as Role,
  invitedBy: r.invited_by === null || r.invited_by === undefined ? null : String(r.invited_by),
  createdAt: iso(r.created_at),
  expiresAt: iso(r.expires_at),
});

/** Open means: not accepted, not revoked, not expired. `prefix` is a table alias with its dot. */
const open = (prefix = '') =>
  `${prefix}accepted_at is null and ${prefix}revoked_at is null and ${prefix}expires_at > now()`;

/** Invitations to organisations: created by owners, accepted once by the invited person. */
export function invitationsRepository(db: Queryable) {
  return {
    /**
     * Creates an invitation; an open invitation for the same address to the same organisation is
     * revoked, so only the newest link works.
     */
    async create(input: {
      organisationId: string;
      email: string;
      name: string;
      role: Role;
      secretHash: string;
      invitedBy: string | null;
      expiresAt: Date;
    }): Promise<Invitation> {
      await db.query(
        `update invitations set revoked_at = now()
         where organisation_id = $1 and lower(email) = lower($2) and ${open()}`,
        [input.organisationId, input.email.trim()],
      );
      const [row] = await db.query(
        `insert into invitations (organisation_id, email, name, role, secret_hash, invited_by, expires_at)
         values ($1, $2, $3, $4, $5, $6, $7) returning *`,
        [
          input.organisationId,
          input.email.trim(),
          input.name,
          input.role,
          input.secretHash,
          input.invitedBy,
          input.expiresAt.toISOString(),
        ],
      );
      return toInvitation(row!);
    },

    /** The open invitations of an organisation, newest first. */
    async listOpen(organisationId: string): Promise<Invitation[]> {
      const rows = await db.query(
        `select * from invitations where organisation_id = $1 and ${open()} order by created_at desc, id`,
        [organisationId],
      );
      return rows.map(toInvitation);
    },

    /** The open invitation for a secret's hash, or null when it is unknown, used, revoked or expired. */
    async findOpen(secretHash: string): Promise<OpenInvitation | null> {
      const [row] = await db.query(
        `select i.*, o.name as organisation_name from invitations i
         join organisations o on o.id = i.organisation_id
         where i.secret_hash = $1 and ${open('i.')}`,
        [secretHash],
      );
      return row ? { ...toInvitation(row), organisationName: String(row.organisation_name) } : null;
    },

    /**
     * Marks an open invitation as accepted; false when it was no longer open (used, revoked or expired
     * in the meantime). Run it in the transaction that adds the membership, so it is used only once.
     */
    async markAccepted(id: string, userId: string): Promise<boolean> {
      const rows = await db.query(
        `update invitations set accepted_at = now(), accepted_by = $2 where id = $1 and ${open()} returning id`,
        [id, userId],
      );
      return rows.length > 0;
    },

    async revoke(organisationId: string, id: string): Promise<boolean> {
      const rows = await db.query(
        `update invitations set revoked_at = now() where organisation_id = $1 and id = $2 and ${open()} returning id`,
        [organisationId, id],
      );
      return rows.length > 0;
    },

    /** Deletes invitations past their expiry (used or not); returns how many. */
    async purgeExpired(): Promise<number> {
      const rows = await db.query('delete from invitations where expires_at <= now() returning id');
      return rows.length;
    },
  };
}

export type InvitationsRepository = ReturnType<typeof invitationsRepository>;
