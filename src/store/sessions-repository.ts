import type { Queryable } from './database.ts';
import { iso, isoOrNull } from './rows.ts';

export type Session = { userId: string; csrfToken: string; expiresAt: string };
export type ApiToken = {
  id: string;
  organisationId: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

/** Login sessions and API tokens. Only hashes of secrets are stored. */
export function sessionsRepository(db: Queryable) {
  return {
    async createSession(input: { tokenHash: string; userId: string; csrfToken: string; expiresAt: Date }) {
      await db.query(
        'insert into sessions (token_hash, user_id, csrf_token, expires_at) values ($1, $2, $3, $4)',
        [input.tokenHash, input.userId, input.csrfToken, input.expiresAt.toISOString()],
      );
    },

    async findSession(tokenHash: string): Promise<Session | null> {
      const [row] = await db.query('select * from sessions where token_hash = $1 and expires_at > now()', [
        tokenHash,
      ]);
      return row
        ? { userId: String(row.user_id), csrfToken: String(row.csrf_token), expiresAt: iso(row.expires_at) }
        : null;
    },

    async deleteSession(tokenHash: string): Promise<void> {
      await db.query('delete from sessions where token_hash = $1', [tokenHash]);
    },

    /** Ends every session of a user, e.g. after an owner resets the password. */
    async deleteUserSessions(userId: string): Promise<void> {
      await db.query('delete from sessions where user_id = $1', [userId]);
    },

    async deleteExpiredSessions(): Promise<void> {
      await db.query('delete from sessions where expires_at <= now()');
    },

    async createApiToken(input: {
      organisationId: string;
      name: string;
      tokenHash: string;
      prefix: string;
      createdBy: string | null;
    }): Promise<ApiToken> {
      const [row] = await db.query(
        `insert into api_tokens (organisation_id, name, token_hash, prefix, created_by)
         values ($1, $2, $3, $4, $5) returning *`,
        [input.organisationId, input.name, input.tokenHash, input.prefix, input.createdBy],
      );
      return toToken(row!);
    },

    async listApiTokens(organisationId: string): Promise<ApiToken[]> {
      const rows = await db.query(
        'select * from api_tokens where organisation_id = $1 order by created_at desc, id',
        [organisationId],
      );
      return rows.map(toToken);
    },

    /** The live token for a hash, touching its last-used time. */
    async useApiToken(tokenHash: string): Promise<ApiToken | null> {
      const [row] = await db.query(
        `update api_tokens set last_used_at = now() where token_hash = $1 and revoked_at is null returning *`,
        [tokenHash],
      );
      return row ? toToken(row) : null;
    },

    async revokeApiToken(organisationId: string, id: string): Promise<boolean> {
      const rows = await db.query(
        `update api_tokens set revoked_at = coalesce(revoked_at, now())
         where organisation_id = $1 and id = $2 returning id`,
        [organisationId, id],
      );
      return rows.length > 0;
    },
  };
}

function toToken(r: Record<string, unknown>): ApiToken {
  return {
    id: String(r.id),
    organisationId: String(r.organisation_id),
    name: String(r.name),
    prefix: String(r.prefix),
    createdAt: iso(r.created_at),
    lastUsedAt: isoOrNull(r.last_used_at),
    revokedAt: isoOrNull(r.revoked_at),
  };
}

export type SessionsRepository = ReturnType<typeof sessionsRepository>;
