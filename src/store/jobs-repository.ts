import type { Queryable, Row } from './database.ts';
import { iso, json } from './rows.ts';

export type Job = {
  id: string;
  organisationId: string | null;
  kind: string;
  payload: Record<string, unknown>;
  status: 'queued' | 'running' | 'done' | 'failed';
  attempts: number;
  error: string | null;
  createdAt: string;
};

const toJob = (r: Row): Job => ({
  id: String(r.id),
  organisationId: r.organisation_id === null ? null : String(r.organisation_id),
  kind: String(r.kind),
  payload: json<Record<string, unknown>>(r.payload),
  status: r.status as Job['status'],
  attempts: Number(r.attempts),
  error: r.error === null ? null : String(r.error),
  createdAt: iso(r.created_at),
});

/**
 * A small durable job queue in the database. Several app processes can work one PostgreSQL queue:
 * a claim takes the oldest queued job with `for update skip locked`. A job whose worker died
 * (running, locked longer than the stale limit) is taken again.
 */
export function jobsRepository(db: Queryable) {
  return {
    async enqueue(input: {
      kind: string;
      payload: Record<string, unknown>;
      organisationId: string | null;
    }): Promise<Job> {
      const [row] = await db.query(
        `insert into jobs (organisation_id, kind, payload, status) values ($1, $2, $3::jsonb, 'queued') returning *`,
        [input.organisationId, input.kind, JSON.stringify(input.payload)],
      );
      return toJob(row!);
    },

    async claim(
      workerId: string,
      options: { staleAfterSeconds: number; maxAttempts: number },
    ): Promise<Job | null> {
      const [row] = await db.query(
        `update jobs set status = 'running', attempts = attempts + 1, locked_by = $1, locked_at = now(), updated_at = now()
         where id = (
           select id from jobs
           where (status = 'queued' or (status = 'running' and locked_at < now() - make_interval(secs => $2)))
             and attempts < $3
           order by created_at
           for update skip locked
           limit 1
         )
         returning *`,
        [workerId, options.staleAfterSeconds, options.maxAttempts],
      );
      return row ? toJob(row) : null;
    },

    /** Keeps a long job from looking stale. */
    async heartbeat(id: string): Promise<void> {
      await db.query('update jobs set locked_at = now() where id = $1', [id]);
    },

    async complete(id: string): Promise<void> {
      await db.query(`update jobs set status = 'done', updated_at = now() where id = $1`, [id]);
    },

    async fail(id: string, error: string): Promise<void> {
      await db.query(`update jobs set status = 'failed', error = $2, updated_at = now() where id = $1`, [
        id,
        error,
      ]);
    },

    /**
     * Gives a job back to the queue without counting the attempt: its worker is shutting down and
     * stopped it, which says nothing about the job.
     */
    async release(id: string): Promise<void> {
      await db.query(
        `update jobs set status = 'queued', attempts = greatest(attempts - 1, 0), locked_by = null, locked_at = null, updated_at = now()
         where id = $1 and status = 'running'`,
        [id],
      );
    },

    /** Jobs that ran out of attempts while 'running' (their worker kept dying) are marked failed. */
    async failExhausted(options: { staleAfterSeconds: number; maxAttempts: number }): Promise<Job[]> {
      const rows = await db.query(
        `update jobs set status = 'failed', error = 'worker stopped repeatedly', updated_at = now()
         where status = 'running' and locked_at < now() - make_interval(secs => $1) and attempts >= $2
         returning *`,
        [options.staleAfterSeconds, options.maxAttempts],
      );
      return rows.map(toJob);
    },
  };
}

export type JobsRepository = ReturnType<typeof jobsRepository>;
