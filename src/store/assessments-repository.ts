import type { Assessment } from '../core/assessment/assessment-types.ts';
import type { Queryable, Row } from './database.ts';
import { iso, json } from './rows.ts';

export type StoredAssessment = {
  id: string;
  useCaseId: string;
  revision: number;
  verdict: string;
  result: Assessment;
  evidenceHash: string;
  /** The assessment model version that made it (ASSESSMENT_VERSION); null when stored before it was recorded. */
  modelVersion: number | null;
  createdAt: string;
};
export type AssessmentSummary = Omit<StoredAssessment, 'result' | 'evidenceHash' | 'modelVersion'>;

const toAssessment = (r: Row): StoredAssessment => ({
  id: String(r.id),
  useCaseId: String(r.use_case_id),
  revision: Number(r.revision),
  verdict: String(r.verdict),
  result: json<Assessment>(r.result),
  evidenceHash: String(r.evidence_hash),
  modelVersion: r.model_version === null || r.model_version === undefined ? null : Number(r.model_version),
  createdAt: iso(r.created_at),
});

/**
 * Assessments of a use case, each tied to the revision it was made from. The result is stored
 * with untranslated messages, so it can be shown in any language later.
 */
export function assessmentsRepository(db: Queryable) {
  return {
    async create(input: {
      organisationId: string;
      useCaseId: string;
      revision: number;
      result: Assessment;
      evidenceHash: string;
      /** The model version that made `result`; absent only for callers outside the server (tests). */
      modelVersion?: number;
      userId: string | null;
    }): Promise<StoredAssessment> {
      const [row] = await db.query(
        `insert into assessments (organisation_id, use_case_id, revision, verdict, result, evidence_hash, created_by, model_version)
         select $1, $2, $3, $4, $5::jsonb, $6, $7, $8
         where exists (select 1 from use_cases where organisation_id = $1 and id = $2)
         returning *`,
        [
          input.organisationId,
          input.useCaseId,
          input.revision,
          input.result.verdict,
          JSON.stringify(input.result),
          input.evidenceHash,
          input.userId,
          input.modelVersion ?? null,
        ],
      );
      if (!row) throw new Error('use case not found in organisation');
      return toAssessment(row);
    },

    /** Newest first (by the order they were made: two can share a timestamp). */
    async list(organisationId: string, useCaseId: string, limit = 50): Promise<AssessmentSummary[]> {
      const rows = await db.query(
        `select id, use_case_id, revision, verdict, created_at from assessments
         where organisation_id = $1 and use_case_id = $2 order by seq desc limit $3`,
        [organisationId, useCaseId, limit],
      );
      return rows.map((r) => ({
        id: String(r.id),
        useCaseId: String(r.use_case_id),
        revision: Number(r.revision),
        verdict: String(r.verdict),
        createdAt: iso(r.created_at),
      }));
    },

    async get(organisationId: string, useCaseId: string, id: string): Promise<StoredAssessment | null> {
      const [row] = await db.query(
        'select * from assessments where organisation_id = $1 and use_case_id = $2 and id = $3',
        [organisationId, useCaseId, id],
      );
      return row ? toAssessment(row) : null;
    },

    /** The verdict of each use case's latest assessment, by use-case id (unassessed ones are absent). */
    async latestVerdicts(organisationId: string): Promise<Map<string, string>> {
      const rows = await db.query(
        `select distinct on (use_case_id) use_case_id, verdict from assessments
         where organisation_id = $1 order by use_case_id, seq desc`,
        [organisationId],
      );
      return new Map(rows.map((r) => [String(r.use_case_id), String(r.verdict)]));
    },

    /** The latest two assessments: the current one and the one before, to show what changed. */
    async latestTwo(organisationId: string, useCaseId: string): Promise<StoredAssessment[]> {
      const rows = await db.query(
        `select * from assessments where organisation_id = $1 and use_case_id = $2
         order by seq desc limit 2`,
        [organisationId, useCaseId],
      );
      return rows.map(toAssessment);
    },
  };
}

export type AssessmentsRepository = ReturnType<typeof assessmentsRepository>;
