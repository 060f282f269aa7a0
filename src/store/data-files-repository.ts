import type { DataProfile } from '../core/data-profile/data-profile-types.ts';
import type { Database, Queryable, Row } from './database.ts';
import { jobsRepository } from './jobs-repository.ts';
import { iso, json } from './rows.ts';

/** 'uploading' rows are internal: they never show in lists, and a sweep removes abandoned ones. */
export type DataFileStatus = 'uploading' | 'queued' | 'profiling' | 'done' | 'failed';
/** Where an upload's bytes are kept until profiled (or for good, with keepFile). */
export type UploadLocation = 'database' | 'files';
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
  /** Where the upload is now; null once it has been removed after profiling. */
  upload: UploadLocation | null;
  /** The upload's path on this machine's disk, for `upload: 'files'`. */
  storedPath: string | null;
  keepFile: boolean;
  /** Whether its profile is evidence in the use case's assessment (the owner may leave a file out). */
  countsAsEvidence: boolean;
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
  upload: r.upload === null || r.upload === undefined ? null : (String(r.upload) as UploadLocation),
  storedPath: r.stored_path === null ? null : String(r.stored_path),
  keepFile: Boolean(r.keep_file),
  countsAsEvidence: Boolean(r.counts_as_evidence),
  options: json<DataFileOptions>(r.options ?? {}),
  status: r.status as DataFileStatus,
  progress: Number(r.progress),
  profile: r.profile === null ? null : json<DataProfile>(r.profile),
  failure: r.failure === null ? null : json<DataFile['failure']>(r.failure),
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
});

/** Bytes per stored chunk of an upload: large enough for few rows, small enough to stream. */
export const UPLOAD_CHUNK_BYTES = 1024 * 1024;

/** Data files uploaded to a use case, and their profiles. Scoped by organisation like everything else. */
export function dataFilesRepository(db: Database) {
  /** Ends the upload's life in the database in the same transaction as the result. */
  async function finish(
    tx: Queryable,
    id: string,
    removeUpload: boolean,
  ): Promise<{ storedPath: string | null } | null> {
    if (!removeUpload) return null;
    await tx.query('delete from data_file_chunks where data_file_id = $1', [id]);
    const [row] = await tx.query('select stored_path from data_files where id = $1', [id]);
    await tx.query('update data_files set upload = null, stored_path = null where id = $1', [id]);
    return { storedPath: row?.stored_path ? String(row.stored_path) : null };
  }

  return {
    /**
     * A new data file. Uploads start as 'uploading' (invisible) and become 'queued' with their job
     * in `queueUpload`; tests and imports may create a row in another status directly.
     */
    async create(input: {
      organisationId: string;
      useCaseId: string;
      fileName: string;
      bytes: number;
      storedPath: string | null;
      upload?: UploadLocation | null;
      status?: 'uploading' | 'queued';
      keepFile: boolean;
      options: DataFileOptions;
      userId: string | null;
    }): Promise<DataFile | null> {
      const upload = input.upload === undefined ? (input.storedPath ? 'files' : null) : input.upload;
      const [row] = await db.query(
        `insert into data_files (organisation_id, use_case_id, file_name, bytes, stored_path, upload, keep_file, options, status, created_by)
         select $1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10
         where exists (select 1 from use_cases where organisation_id = $1 and id = $2)
         returning *`,
        [
          input.organisationId,
          input.useCaseId,
          input.fileName,
          input.bytes,
          input.storedPath,
          upload,
          input.keepFile,
          JSON.stringify(input.options),
          input.status ?? 'queued',
          input.userId,
        ],
      );
      return row ? toDataFile(row) : null;
    },

    /** Stores the next chunk of an upload; also marks the upload as alive for the sweep. */
    async appendChunk(id: string, seq: number, bytes: Uint8Array): Promise<void> {
      await db.query(
        `with c as (insert into data_file_chunks (data_file_id, seq, bytes) values ($1, $2, $3))
         update data_files set updated_at = now() where id = $1`,
        [id, seq, bytes],
      );
    },

    /** The chunks of an upload in order, one at a time (an upload may be far larger than memory). */
    async *readChunks(id: string): AsyncGenerator<Uint8Array> {
      for (let seq = 0; ; seq++) {
        const [row] = await db.query<{ bytes: Uint8Array }>(
          'select bytes from data_file_chunks where data_file_id = $1 and seq = $2',
          [id, seq],
        );
        if (!row) return;
        yield row.bytes;
      }
    },

    /**
     * The upload is complete: the row becomes visible as 'queued' and its profiling job exists, in
     * one transaction, so there is never a file without a job or a job without its file.
     */
    async queueUpload(
      id: string,
      input: { bytes: number; keepFile: boolean; options: DataFileOptions; job: { kind: string } },
    ): Promise<DataFile | null> {
      return db.transaction(async (tx) => {
        const [row] = await tx.query(
          `update data_files set status = 'queued', bytes = $2, keep_file = $3, options = $4::jsonb, updated_at = now()
           where id = $1 and status = 'uploading' returning *`,
          [id, input.bytes, input.keepFile, JSON.stringify(input.options)],
        );
        if (!row) return null;
        const file = toDataFile(row);
        await jobsRepository(tx).enqueue({
          kind: input.job.kind,
          payload: { dataFileId: id },
          organisationId: file.organisationId,
        });
        return file;
      });
    },

    /** Removes an upload that did not complete (too large, cut off, refused). */
    async discardUpload(id: string): Promise<DataFile | null> {
      const [row] = await db.query(
        `delete from data_files where id = $1 and status = 'uploading' returning *`,
        [id],
      );
      return row ? toDataFile(row) : null;
    },

    /** Uploads that stopped arriving (the sender or this server went away) are deleted; returned for cleanup. */
    async deleteStaleUploads(olderThanMinutes: number): Promise<DataFile[]> {
      const rows = await db.query(
        `delete from data_files where status = 'uploading' and updated_at < now() - make_interval(mins => $1) returning *`,
        [olderThanMinutes],
      );
      return rows.map(toDataFile);
    },

    /** Which of these paths a data file still refers to (the rest are orphans on disk). */
    async referencedPaths(paths: readonly string[]): Promise<Set<string>> {
      if (paths.length === 0) return new Set();
      const rows = await db.query<{ stored_path: string }>(
        'select stored_path from data_files where stored_path = any($1::text[])',
        [paths],
      );
      return new Set(rows.map((r) => String(r.stored_path)));
    },

    async list(organisationId: string, useCaseId: string): Promise<DataFile[]> {
      const rows = await db.query(
        `select * from data_files where organisation_id = $1 and use_case_id = $2 and status <> 'uploading'
         order by created_at desc, id`,
        [organisationId, useCaseId],
      );
      return rows.map(toDataFile);
    },

    async get(organisationId: string, id: string): Promise<DataFile | null> {
      const [row] = await db.query(
        `select * from data_files where organisation_id = $1 and id = $2 and status <> 'uploading'`,
        [organisationId, id],
      );
      return row ? toDataFile(row) : null;
    },

    /** For the job runner, which works across organisations. */
    async getById(id: string): Promise<DataFile | null> {
      const [row] = await db.query('select * from data_files where id = $1', [id]);
      return row ? toDataFile(row) : null;
    },

    async setProgress(id: string, status: 'queued' | 'profiling', progress: number): Promise<void> {
      await db.query(
        `update data_files set status = $2, progress = $3, updated_at = now() where id = $1 and status in ('queued', 'profiling')`,
        [id, status, progress],
      );
    },

    /**
     * Saves the profile and, unless the upload is to be kept, removes it from the database in the
     * same transaction. Returns the disk path to delete after the commit (for 'files' uploads).
     */
    async setProfile(
      id: string,
      profile: DataProfile,
      options: { removeUpload?: boolean } = {},
    ): Promise<{ storedPath: string | null } | null> {
      return db.transaction(async (tx) => {
        await tx.query(
          `update data_files set status = 'done', progress = 1, profile = $2::jsonb, failure = null, updated_at = now() where id = $1`,
          [id, JSON.stringify(profile)],
        );
        return finish(tx, id, options.removeUpload ?? false);
      });
    },

    /** Like setProfile, for a file that could not be profiled. */
    async setFailure(
      id: string,
      failure: NonNullable<DataFile['failure']>,
      options: { removeUpload?: boolean } = {},
    ): Promise<{ storedPath: string | null } | null> {
      return db.transaction(async (tx) => {
        await tx.query(
          `update data_files set status = 'failed', failure = $2::jsonb, updated_at = now() where id = $1`,
          [id, JSON.stringify(failure)],
        );
        return finish(tx, id, options.removeUpload ?? false);
      });
    },

    /** Lets the file's profile count as evidence for its use case, or not; null when there is no such file. */
    async setCountsAsEvidence(input: {
      organisationId: string;
      useCaseId: string;
      id: string;
      countsAsEvidence: boolean;
    }): Promise<DataFile | null> {
      const [row] = await db.query(
        `update data_files set counts_as_evidence = $4, updated_at = now()
         where organisation_id = $1 and use_case_id = $2 and id = $3 and status <> 'uploading' returning *`,
        [input.organisationId, input.useCaseId, input.id, input.countsAsEvidence],
      );
      return row ? toDataFile(row) : null;
    },

    async delete(organisationId: string, id: string): Promise<DataFile | null> {
      const [row] = await db.query(
        `delete from data_files where organisation_id = $1 and id = $2 and status <> 'uploading' returning *`,
        [organisationId, id],
      );
      return row ? toDataFile(row) : null;
    },
  };
}

export type DataFilesRepository = ReturnType<typeof dataFilesRepository>;
