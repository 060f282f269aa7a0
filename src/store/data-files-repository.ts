import type { DataProfile } from '../core/data-profile/data-profile-types.ts';
import type { Queryable, Row } from './database.ts';
import { iso, json } from './rows.ts';

export type DataFileStatus = 'queued' | 'profiling' | 'done' | 'failed';
export type DataFileOptions = {
  sheet?: string;
  timeColumn?: string;
  entityColumn?: string;
  targetColumn?: string;
};

export type DataFile = {
  id: string;
  organisationId: string;
  useCaseId: string;
  fileName: string;
  bytes: number;
  /** Where the upload lies on disk; null once it has been deleted after profiling. */
  storedPath: string | null;
  keepFile: boolean;
  options: DataFileOptions;
  status: DataFileStatus;
  progress: number;
  profile: DataProfile | null;
  failure: { code: string; message: { key: string; params?: Record<string, string | number> } } | null;
  createdAt: string;
  updatedAt: string;
};

const toDataFile = (r: Row): DataFile => ({
  id: String(r.id),
  organisationId: String(r.organisation_id),
  useCaseId: String(r.use_case_id),
  fileName: String(r.file_name),
  bytes: Number(r.bytes),
  storedPath: r.stored_path === null ? null : String(r.stored_path),
  keepFile: Boolean(r.keep_file),
  options: json<DataFileOptions>(r.options ?? {}),
  status: r.status as DataFileStatus,
  progress: Number(r.progress),
  profile: r.profile === null ? null : json<DataProfile>(r.profile),
  failure: r.failure === null ? null : json<DataFile['failure']>(r.failure),
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
});

/** Data files uploaded to a use case, and their profiles. Scoped by organisation like everything else. */
export function dataFilesRepository(db: Queryable) {
  return {
    async create(input: {
      organisationId: string;
      useCaseId: string;
      fileName: string;
      bytes: number;
      storedPath: string;
      keepFile: boolean;
      options: DataFileOptions;
      userId: string | null;
    }): Promise<DataFile | null> {
      const [row] = await db.query(
        `insert into data_files (organisation_id, use_case_id, file_name, bytes, stored_path, keep_file, options, status, created_by)
         select $1, $2, $3, $4, $5, $6, $7::jsonb, 'queued', $8
         where exists (select 1 from use_cases where organisation_id = $1 and id = $2)
         returning *`,
        [
          input.organisationId,
          input.useCaseId,
          input.fileName,
          input.bytes,
          input.storedPath,
          input.keepFile,
          JSON.stringify(input.options),
          input.userId,
        ],
      );
      return row ? toDataFile(row) : null;
    },

    async list(organisationId: string, useCaseId: string): Promise<DataFile[]> {
      const rows = await db.query(
        'select * from data_files where organisation_id = $1 and use_case_id = $2 order by created_at desc, id',
        [organisationId, useCaseId],
      );
      return rows.map(toDataFile);
    },

    async get(organisationId: string, id: string): Promise<DataFile | null> {
      const [row] = await db.query('select * from data_files where organisation_id = $1 and id = $2', [
        organisationId,
        id,
      ]);
      return row ? toDataFile(row) : null;
    },

    /** For the job runner, which works across organisations. */
    async getById(id: string): Promise<DataFile | null> {
      const [row] = await db.query('select * from data_files where id = $1', [id]);
      return row ? toDataFile(row) : null;
    },

    async setProgress(id: string, status: DataFileStatus, progress: number): Promise<void> {
      await db.query('update data_files set status = $2, progress = $3, updated_at = now() where id = $1', [
        id,
        status,
        progress,
      ]);
    },

    async setProfile(id: string, profile: DataProfile): Promise<void> {
      await db.query(
        `update data_files set status = 'done', progress = 1, profile = $2::jsonb, failure = null, updated_at = now() where id = $1`,
        [id, JSON.stringify(profile)],
      );
    },

    async setFailure(id: string, failure: NonNullable<DataFile['failure']>): Promise<void> {
      await db.query(
        `update data_files set status = 'failed', failure = $2::jsonb, updated_at = now() where id = $1`,
        [id, JSON.stringify(failure)],
      );
    },

    async clearStoredPath(id: string): Promise<void> {
      await db.query('update data_files set stored_path = null, updated_at = now() where id = $1', [id]);
    },

    async delete(organisationId: string, id: string): Promise<DataFile | null> {
      const [row] = await db.query(
        'delete from data_files where organisation_id = $1 and id = $2 returning *',
        [organisationId, id],
      );
      return row ? toDataFile(row) : null;
    },
  };
}

export type DataFilesRepository = ReturnType<typeof dataFilesRepository>;
