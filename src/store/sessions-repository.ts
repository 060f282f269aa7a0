import type { Role, User } from './accounts-repository.ts';
import type { Queryable } from './database.ts';
import { iso, isoOrNull } from './rows.ts';

export type Session = { userId: string; csrfToken: string; expiresAt: string };
export type ApiToken = {
  id: string;
  organisationId: string;
  name: string;
  prefix: string;
  createdBy: string | null;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

/** Whether a token can act now, and if not, why. */
export type ApiTokenState = 'active' | 'expired' | 'revoked' | 'creatorLostAccess';
export type ListedApiToken = ApiToken & { createdByName: string | null; state: ApiTokenState };

/**
 * Why a presented API token does not authenticate: `expired` (past its expiry date), or `invalid`
 * (unknown, revoked, or its creator is no longer an owner or adviser of the token's organisation).
 */
export type TokenProblem = 'expired' | 'invalid';

/** Roles that may create API tokens; a token lives only while its creator keeps one of them. */
export const TOKEN_CREATOR_ROLES = ['owner', 'adviser'] as const;

/** Login sessions and API tokens. Only hashes of secrets are stored. */
export function sessionsRepository(db: Queryable) {
  return {
    async createSession(input: { tokenHash: string; userId: string; csrfToken: string; expiresAt: Date }) {
      await db.query(
        'insert into sessions (token_hash, user_id, csrf_token, expires_at) values ($1, $2, $3, $4)',
        [input.tokenHash, input.userId, input.csrfToken, input.expiresAt.toISOString()],
      );
    },

    /**
     * The live session for a hash: not past its expiry and used within the last `idleHours`.
     * Marks it as seen at most once a minute, so a busy page does not write on every request.
     */
    async findSession(tokenHash: string, options: { idleHours: number }): Promise<Session | null> {
      const [row] = await db.query(
        `select user_id, csrf_token, expires_at, last_seen_at < now() - interval '1 minute' as is_seen_long_ago
         from sessions
         where token_hash = $1 and expires_at > now() and last_seen_at > now() - make_interval(hours => $2)`,
        [tokenHash, options.idleHours],
      );
      if (!row) return null;
      if (row.is_seen_long_ago === true) {
        await db.query('update sessions set last_seen_at = now() where token_hash = $1', [tokenHash]);
      }
      return {
        userId: String(row.user_id),
        csrfToken: String(row.csrf_token),
        expiresAt: iso(row.expires_at),
      };
    },

    /**
     * The live session for a hash with its user and the user's role in each organisation, in one
     * query: every authenticated request needs all three. Touches the session's last-seen time at most
     * once a minute (a conditional update, so concurrent requests write at most once).
     */
    async findSessionUser(
      tokenHash: string,
      options: { idleHours: number },
    ): Promise<{ session: Session; user: User; roles: Record<string, Role> } | null> {
      const [row] = await db.query(
        `select s.user_id, s.csrf_token, s.expires_at,
                s.last_seen_at < now() - interval '1 minute' as is_seen_long_ago,
                u.email, u.name, u.locale, u.created_at,
                coalesce((select json_object_agg(m.organisation_id, m.role) from memberships m where m.user_id = s.user_id),
                         '{}'::json) as roles
         from sessions s join users u on u.id = s.user_id
         where s.token_hash = $1 and s.expires_at > now() and s.last_seen_at > now() - make_interval(hours => $2)`,
        [tokenHash, options.idleHours],
      );
      if (!row) return null;
      if (row.is_seen_long_ago === true) {
        await db.query(
          `update sessions set last_seen_at = now() where token_hash = $1 and last_seen_at < now() - interval '1 minute'`,
          [tokenHash],
        );
      }
      const roles = (typeof row.roles === 'string' ? JSON.parse(row.roles) : row.roles) as Record<
        string,
        Role
      >;
      return {
        session: {
          userId: String(row.user_id),
          csrfToken: String(row.csrf_token),
          expiresAt: iso(row.expires_at),
        },
        user: {
          id: String(row.user_id),
          email: String(row.email),
          name: String(row.name),
          locale: String(row.locale),
          createdAt: iso(row.created_at),
        },
        roles,
      };
    },

    async deleteSession(tokenHash: string): Promise<void> {
      await db.query('delete from sessions where token_hash = $1', [tokenHash]);
    },

    /** Ends every session of a user except the one given (the one that just changed the password). */
    async deleteOtherSessions(userId: string, keepTokenHash: string | null): Promise<number> {
      const rows = await db.query(
        'delete from sessions where user_id = $1 and token_hash is distinct from $2 returning token_hash',
        [userId, keepTokenHash],
      );
      return rows.length;
    },

    /** Deletes sessions past their expiry or unused for `idleHours`; returns how many. */
    async purgeSessions(options: { idleHours: number }): Promise<number> {
      const rows = await db.query(
        `delete from sessions where expires_at <= now() or last_seen_at <= now() - make_interval(hours => $1)
         returning token_hash`,
        [options.idleHours],
      );
      return rows.length;
    },

    async createApiToken(input: {
      organisationId: string;
      name: string;
      tokenHash: string;
      prefix: string;
      createdBy: string | null;
      expiresAt: Date;
    }): Promise<ApiToken> {
      const [row] = await db.query(
        `insert into api_tokens (organisation_id, name, token_hash, prefix, created_by, expires_at)
         values ($1, $2, $3, $4, $5, $6) returning *`,
        [
          input.organisationId,
          input.name,
          input.tokenHash,
          input.prefix,
          input.createdBy,
          input.expiresAt.toISOString(),
        ],
      );
      return toToken(row!);
    },

    /** The organisation's tokens, newest first, with whether each could still act now. */
    async listApiTokens(organisationId: string): Promise<ListedApiToken[]> {
      const rows = await db.query(
        `select t.*, u.name as created_by_name, t.expires_at <= now() as is_expired,
                exists (select 1 from memberships m
                        where m.user_id = t.created_by and m.organisation_id = t.organisation_id
                          and m.role = any($2::text[])) as is_creator_entitled
         from api_tokens t left join users u on u.id = t.created_by
         where t.organisation_id = $1 order by t.created_at desc, t.id`,
        [organisationId, [...TOKEN_CREATOR_ROLES]],
      );
      return rows.map((r) => ({
        ...toToken(r),
        createdByName: r.created_by_name === null ? null : String(r.created_by_name),
        state:
          r.revoked_at !== null
            ? 'revoked'
            : r.is_creator_entitled !== true
              ? 'creatorLostAccess'
              : r.is_expired === true
                ? 'expired'
                : 'active',
      }));
    },

    /**
     * The token for a hash if it may act now: not revoked, not expired, and its creator is still an
     * owner or adviser of the token's organisation (checked here, at use, so removing or demoting
     * the creator ends the token at once, also for tokens made before this rule). Touches its
     * last-used time at most once a minute.
     */
    async useApiToken(tokenHash: string): Promise<{ token: ApiToken } | { problem: TokenProblem }> {
      const [row] = await db.query(
        `select t.*, t.expires_at <= now() as is_expired,
                exists (select 1 from memberships m
                        where m.user_id = t.created_by and m.organisation_id = t.organisation_id
                          and m.role = any($2::text[])) as is_creator_entitled,
                t.last_used_at is null or t.last_used_at < now() - interval '1 minute' as is_used_long_ago
         from api_tokens t where t.token_hash = $1`,
        [tokenHash, [...TOKEN_CREATOR_ROLES]],
      );
      if (!row || row.revoked_at !== null || row.is_creator_entitled !== true) return { problem: 'invalid' };
      if (row.is_expired === true) return { problem: 'expired' };
      if (row.is_used_long_ago === true) {
        await db.query('update api_tokens set last_used_at = now() where id = $1', [row.id]);
      }
      return { token: toToken(row) };
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
    createdBy: r.created_by === null || r.created_by === undefined ? null : String(r.created_by),
    createdAt: iso(r.created_at),
    expiresAt: iso(r.expires_at),
    lastUsedAt: isoOrNull(r.last_used_at),
    revokedAt: isoOrNull(r.revoked_at),
  };
}

export type SessionsRepository = ReturnType<typeof sessionsRepository>;
