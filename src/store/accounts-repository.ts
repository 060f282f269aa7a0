import type { Queryable, Row } from './database.ts';
import { iso, isUniqueViolation } from './rows.ts';

export const ROLES = ['owner', 'adviser', 'member'] as const;
export type Role = (typeof ROLES)[number];

export type Organisation = { id: string; name: string; createdAt: string };
export type User = { id: string; email: string; name: string; locale: string; createdAt: string };
export type UserWithHash = User & { passwordHash: string };
export type Membership = { organisationId: string; organisationName: string; role: Role };
export type Member = { userId: string; email: string; name: string; role: Role };

const toOrg = (r: Row): Organisation => ({
  id: String(r.id),
  name: String(r.name),
  createdAt: iso(r.created_at),
});
const toUser = (r: Row): User => ({
  id: String(r.id),
  email: String(r.email),
  name: String(r.name),
  locale: String(r.locale),
  createdAt: iso(r.created_at),
});

export class EmailTakenError extends Error {
  constructor(readonly email: string) {
    super(`email already registered: ${email}`);
  }
}

/** Organisations, users and memberships. Every org-scoped read takes the organisation id. */
export function accountsRepository(db: Queryable) {
  return {
    async createOrganisation(name: string): Promise<Organisation> {
      const [row] = await db.query('insert into organisations (name) values ($1) returning *', [name]);
      return toOrg(row!);
    },

    async getOrganisation(id: string): Promise<Organisation | null> {
      const [row] = await db.query('select * from organisations where id = $1', [id]);
      return row ? toOrg(row) : null;
    },

    /** Gives the organisation a new name; null when there is no such organisation. */
    async renameOrganisation(id: string, name: string): Promise<Organisation | null> {
      const [row] = await db.query('update organisations set name = $2 where id = $1 returning *', [
        id,
        name,
      ]);
      return row ? toOrg(row) : null;
    },

    async countOrganisations(): Promise<number> {
      const [row] = await db.query<{ n: number }>('select count(*)::int as n from organisations');
      return Number(row?.n ?? 0);
    },

    async createUser(input: {
      email: string;
      name: string;
      passwordHash: string;
      locale?: string;
    }): Promise<User> {
      try {
        const [row] = await db.query(
          'insert into users (email, name, password_hash, locale) values ($1, $2, $3, $4) returning *',
          [input.email.trim(), input.name, input.passwordHash, input.locale ?? 'nl'],
        );
        return toUser(row!);
      } catch (e) {
        if (isUniqueViolation(e)) throw new EmailTakenError(input.email);
        throw e;
      }
    },

    async findUserByEmail(email: string): Promise<UserWithHash | null> {
      const [row] = await db.query('select * from users where lower(email) = lower($1)', [email.trim()]);
      return row ? { ...toUser(row), passwordHash: String(row.password_hash) } : null;
    },

    async getUser(id: string): Promise<User | null> {
      const [row] = await db.query('select * from users where id = $1', [id]);
      return row ? toUser(row) : null;
    },

    async setPassword(userId: string, passwordHash: string): Promise<void> {
      await db.query('update users set password_hash = $2 where id = $1', [userId, passwordHash]);
    },

    async setLocale(userId: string, locale: string): Promise<void> {
      await db.query('update users set locale = $2 where id = $1', [userId, locale]);
    },

    async addMembership(input: { userId: string; organisationId: string; role: Role }): Promise<void> {
      await db.query(
        `insert into memberships (user_id, organisation_id, role) values ($1, $2, $3)
         on conflict (user_id, organisation_id) do update set role = excluded.role`,
        [input.userId, input.organisationId, input.role],
      );
    },

    /** Adds a membership unless the user already belongs to the organisation (whose role then stays). */
    async joinOrganisation(input: { userId: string; organisationId: string; role: Role }): Promise<boolean> {
      const rows = await db.query(
        `insert into memberships (user_id, organisation_id, role) values ($1, $2, $3)
         on conflict (user_id, organisation_id) do nothing returning user_id`,
        [input.userId, input.organisationId, input.role],
      );
      return rows.length > 0;
    },

    async removeMembership(userId: string, organisationId: string): Promise<boolean> {
      const rows = await db.query(
        'delete from memberships where user_id = $1 and organisation_id = $2 returning user_id',
        [userId, organisationId],
      );
      return rows.length > 0;
    },

    /** The organisations a user belongs to, with the role in each, by name. */
    async listMemberships(userId: string): Promise<Membership[]> {
      const rows = await db.query(
        `select o.id, o.name, m.role from memberships m join organisations o on o.id = m.organisation_id
         where m.user_id = $1 order by lower(o.name), o.id`,
        [userId],
      );
      return rows.map((r) => ({
        organisationId: String(r.id),
        organisationName: String(r.name),
        role: r.role as Role,
      }));
    },

    async getRole(userId: string, organisationId: string): Promise<Role | null> {
      const [row] = await db.query(
        'select role from memberships where user_id = $1 and organisation_id = $2',
        [userId, organisationId],
      );
      return row ? (row.role as Role) : null;
    },

    async listMembers(organisationId: string): Promise<Member[]> {
      const rows = await db.query(
        `select u.id, u.email, u.name, m.role from memberships m join users u on u.id = m.user_id
         where m.organisation_id = $1 order by lower(u.name), u.id`,
        [organisationId],
      );
      return rows.map((r) => ({
        userId: String(r.id),
        email: String(r.email),
        name: String(r.name),
        role: r.role as Role,
      }));
    },

    async countOwners(organisationId: string): Promise<number> {
      const [row] = await db.query<{ n: number }>(
        `select count(*)::int as n from memberships where organisation_id = $1 and role = 'owner'`,
        [organisationId],
      );
      return Number(row?.n ?? 0);
    },
  };
}

export type AccountsRepository = ReturnType<typeof accountsRepository>;
