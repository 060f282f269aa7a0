import type { UseCase } from '../core/use-case/use-case-schema.ts';
import type { Queryable, Row } from './database.ts';
import { iso, isoOrNull, json } from './rows.ts';

export const USE_CASE_STATUSES = ['idea', 'assessing', 'pilot', 'decided'] as const;
export type UseCaseStatus = (typeof USE_CASE_STATUSES)[number];

export type StoredUseCase = {
  id: string;
  organisationId: string;
  title: string;
  status: UseCaseStatus;
  document: UseCase;
  revision: number;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type UseCaseSummary = Omit<StoredUseCase, 'document'>;

export type UseCaseRevision = {
  revision: number;
  title: string;
  status: UseCaseStatus;
  document: UseCase;
  createdBy: string | null;
  createdByName: string | null;
  /** When the version began. */
  createdAt: string;
  /** When it last took a save (the same as `createdAt` for a single save). */
  savedAt: string;
  /** How many saves the version holds. */
  saves: number;
  note: string | null;
};

export class RevisionConflictError extends Error {
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`revision conflict: expected ${expected}, found ${actual}`);
  }
}

const toUseCase = (r: Row): StoredUseCase => ({
  id: String(r.id),
  organisationId: String(r.organisation_id),
  title: String(r.title),
  status: r.status as UseCaseStatus,
  document: json<UseCase>(r.document),
  revision: Number(r.revision),
  archivedAt: isoOrNull(r.archived_at),
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
});

/** The title shown in lists: the document's own title, or a placeholder the edge translates. */
function titleOf(document: UseCase): string {
  return document.title?.trim() ?? '';
}

/** A version takes further saves while its author keeps saving at least this often (minutes). */
export const AMEND_IDLE_MINUTES = 10;
/** …and until it is this old (minutes), so a long session still leaves a version every hour. */
export const AMEND_SPAN_MINUTES = 60;

/**
 * When a write amends the latest version `r` instead of appending one (SQL over `r`, `uc` the use
 * case after the write, `$4` its status, `$7` the author, `$8` the note). Only a plain save by the
 * same person, soon after their previous one and with nobody else's save in between (`r` is the
 * latest), with the status unchanged. Never the first version (what was created), a restore, or a
 * version an assessment was made from, so "version N" in a result or a restore note keeps meaning
 * what it showed.
 */
const AMENDS_LATEST_SQL = `$7::uuid is not null and r.created_by = $7::uuid and $8::text is null
  and r.note is null and r.revision > 1 and r.status = $4
  and r.saved_at > now() - interval '${AMEND_IDLE_MINUTES} minutes'
  and r.created_at > now() - interval '${AMEND_SPAN_MINUTES} minutes'
  and not exists (select 1 from assessments a where a.use_case_id = r.use_case_id and a.revision = r.revision)`;

/**
 * Use cases of an organisation. Every call is scoped by organisation id: a use case of another
 * organisation is simply not found. Every save of the document or status is a new revision number;
 * the history groups one person's saves of one session into one version (`AMENDS_LATEST_SQL`).
 */
export function useCasesRepository(db: Queryable) {
  return {
    async create(input: {
      organisationId: string;
      document: UseCase;
      status?: UseCaseStatus;
      userId: string | null;
    }): Promise<StoredUseCase> {
      const status = input.status ?? 'idea';
      const [row] = await db.query(
        `with uc as (
           insert into use_cases (organisation_id, title, status, document, revision)
           values ($1, $2, $3, $4::jsonb, 1) returning *
         ), rev as (
           insert into use_case_revisions (use_case_id, revision, organisation_id, title, status, document, created_by)
           select id, 1, organisation_id, title, status, document, $5 from uc
         )
         select * from uc`,
        [input.organisationId, titleOf(input.document), status, JSON.stringify(input.document), input.userId],
      );
      return toUseCase(row!);
    },

    async list(
      organisationId: string,
      options: { includeArchived?: boolean } = {},
    ): Promise<UseCaseSummary[]> {
      const rows = await db.query(
        `select id, organisation_id, title, status, revision, archived_at, created_at, updated_at
         from use_cases where organisation_id = $1 and ($2 or archived_at is null)
         order by updated_at desc, id`,
        [organisationId, options.includeArchived === true],
      );
      return rows.map((r) => {
        const { document: _d, ...rest } = toUseCase({ ...r, document: '{}' });
        return rest;
      });
    },

    async get(organisationId: string, id: string): Promise<StoredUseCase | null> {
      const [row] = await db.query('select * from use_cases where organisation_id = $1 and id = $2', [
        organisationId,
        id,
      ]);
      return row ? toUseCase(row) : null;
    },

    /**
     * Saves a write. With `expectedRevision`, refuses when someone saved in between (optimistic
     * locking) instead of silently overwriting their work. Every write gets the next revision
     * number; whether it also starts a new version in the history is `amendsLatest`'s rule: the
     * saves of one editing session (autosave) amend the latest version instead of appending one.
     */
    async update(input: {
      organisationId: string;
      id: string;
      document?: UseCase;
      status?: UseCaseStatus;
      userId: string | null;
      expectedRevision?: number;
      note?: string;
    }): Promise<StoredUseCase | null> {
      const current = await this.get(input.organisationId, input.id);
      if (!current) return null;
      if (input.expectedRevision !== undefined && input.expectedRevision !== current.revision) {
        throw new RevisionConflictError(input.expectedRevision, current.revision);
      }
      const document = input.document ?? current.document;
      const status = input.status ?? current.status;
      // One statement: the use case moves on only from the revision read above (a concurrent write
      // makes `uc` empty and this a conflict), and the latest version is either amended or followed
      // by a new one, never both and never neither.
      const [row] = await db.query(
        `with uc as (
           update use_cases set title = $3, status = $4, document = $5::jsonb, revision = revision + 1,
             updated_at = now()
           where organisation_id = $1 and id = $2 and revision = $6 returning *
         ), latest as (
           select r.use_case_id, r.revision from use_case_revisions r join uc on uc.id = r.use_case_id
           where r.revision = $6 and ${AMENDS_LATEST_SQL}
         ), amended as (
           update use_case_revisions r set revision = uc.revision, title = uc.title, status = uc.status,
             document = uc.document, saved_at = now(), saves = r.saves + 1
           from uc, latest where r.use_case_id = latest.use_case_id and r.revision = latest.revision
           returning r.revision
         ), appended as (
           insert into use_case_revisions (use_case_id, revision, organisation_id, title, status, document, created_by, note)
           select id, revision, organisation_id, title, status, document, $7, $8 from uc
           where not exists (select 1 from latest)
           returning revision
         )
         select uc.* from uc`,
        [
          input.organisationId,
          input.id,
          titleOf(document),
          status,
          JSON.stringify(document),
          current.revision,
          input.userId,
          input.note ?? null,
        ],
      );
      if (!row) {
        const now = await this.get(input.organisationId, input.id);
        if (!now) return null;
        throw new RevisionConflictError(current.revision, now.revision);
      }
      return toUseCase(row);
    },

    async setArchived(organisationId: string, id: string, archived: boolean): Promise<StoredUseCase | null> {
      const [row] = await db.query(
        `update use_cases set archived_at = case when $3 then coalesce(archived_at, now()) else null end,
           updated_at = now()
         where organisation_id = $1 and id = $2 returning *`,
        [organisationId, id, archived],
      );
      return row ? toUseCase(row) : null;
    },

    async listRevisions(organisationId: string, id: string): Promise<UseCaseRevision[]> {
      const rows = await db.query(
        `select r.*, u.name as created_by_name from use_case_revisions r left join users u on u.id = r.created_by
         where r.organisation_id = $1 and r.use_case_id = $2 order by r.revision desc`,
        [organisationId, id],
      );
      return rows.map(toRevision);
    },

    async getRevision(organisationId: string, id: string, revision: number): Promise<UseCaseRevision | null> {
      const [row] = await db.query(
        `select r.*, u.name as created_by_name from use_case_revisions r left join users u on u.id = r.created_by
         where r.organisation_id = $1 and r.use_case_id = $2 and r.revision = $3`,
        [organisationId, id, revision],
      );
      return row ? toRevision(row) : null;
    },
  };
}

function toRevision(r: Row): UseCaseRevision {
  return {
    revision: Number(r.revision),
    title: String(r.title),
    status: r.status as UseCaseStatus,
    document: json<UseCase>(r.document),
    createdBy: r.created_by === null ? null : String(r.created_by),
    createdByName:
      r.created_by_name === null || r.created_by_name === undefined ? null : String(r.created_by_name),
    createdAt: iso(r.created_at),
    savedAt: iso(r.saved_at),
    saves: Number(r.saves),
    note: r.note === null || r.note === undefined ? null : String(r.note),
  };
}

export type UseCasesRepository = ReturnType<typeof useCasesRepository>;
