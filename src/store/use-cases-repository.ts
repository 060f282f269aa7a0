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
  createdAt: string;
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

/**
 * Use cases of an organisation. Every call is scoped by organisation id: a use case of another
 * organisation is simply not found. Every save of the document or status appends a revision.
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
     * Saves a new version. With `expectedRevision`, refuses when someone saved in between
     * (optimistic locking) instead of silently overwriting their work.
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
      const [row] = await db.query(
        `with uc as (
           update use_cases set title = $3, status = $4, document = $5::jsonb, revision = revision + 1,
             updated_at = now()
           where organisation_id = $1 and id = $2 and revision = $6 returning *
         ), rev as (
           insert into use_case_revisions (use_case_id, revision, organisation_id, title, status, document, created_by, note)
           select id, revision, organisation_id, title, status, document, $7, $8 from uc
         )
         select * from uc`,
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
    note: r.note === null || r.note === undefined ? null : String(r.note),
  };
}

export type UseCasesRepository = ReturnType<typeof useCasesRepository>;
