import { hostname } from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import type { Job } from '../store/jobs-repository.ts';
import type { Store } from '../store/store.ts';

export type JobHandler = (job: Job, context: { heartbeat: () => Promise<void> }) => Promise<void>;

export type JobRunnerOptions = {
  store: Store;
  handlers: Record<string, JobHandler>;
  log: FastifyBaseLogger;
  /** How often to look for work when idle. */
  pollMs?: number;
  /** A running job not heard from for this long is considered abandoned (its worker died). */
  staleAfterSeconds?: number;
  maxAttempts?: number;
  /** Jobs run at once in this process (DuckDB work is heavy: keep it low on small machines). */
  concurrency?: number;
};

/**
 * Works the durable job queue in this process. Stateless: any number of app processes can run one
 * against the same PostgreSQL. A job left 'running' by a killed process is picked up again after
 * `staleAfterSeconds`, so work survives restarts.
 */
export function startJobRunner(options: JobRunnerOptions) {
  const workerId = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  const pollMs = options.pollMs ?? 500;
  const limits = {
    staleAfterSeconds: options.staleAfterSeconds ?? 60,
    maxAttempts: options.maxAttempts ?? 3,
  };
  const concurrency = options.concurrency ?? 1;
  let running = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  const inFlight = new Set<Promise<void>>();

  async function runOne(job: Job): Promise<void> {
    const handler = options.handlers[job.kind];
    if (!handler) {
      await options.store.jobs.fail(job.id, `no handler for job kind '${job.kind}'`);
      return;
    }
    try {
      await handler(job, { heartbeat: () => options.store.jobs.heartbeat(job.id) });
      await options.store.jobs.complete(job.id);
    } catch (e) {
      options.log.error({ err: e, jobId: job.id, kind: job.kind }, 'job failed');
      await options.store.jobs.fail(job.id, (e as Error).message).catch(() => undefined);
    }
  }

  async function tick(): Promise<void> {
    timer = null;
    if (stopped) return;
    try {
      await options.store.jobs.failExhausted(limits);
      while (!stopped && running < concurrency) {
        const job = await options.store.jobs.claim(workerId, limits);
        if (!job) break;
        running++;
        const p = runOne(job).finally(() => {
          running--;
          inFlight.delete(p);
          schedule(0);
        });
        inFlight.add(p);
      }
    } catch (e) {
      if (!stopped) options.log.warn({ err: e }, 'job runner: cannot read the queue');
    }
    schedule(pollMs);
  }

  function schedule(ms: number) {
    if (stopped) return;
    if (timer) {
      if (ms > 0) return;
      clearTimeout(timer);
    }
    timer = setTimeout(() => void tick(), ms);
    timer.unref();
  }

  schedule(0);
  return {
    workerId,
    /** Look for work now (called right after enqueueing). */
    poke: () => schedule(0),
    /** Stops taking new jobs and waits for the running ones. */
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      await Promise.allSettled([...inFlight]);
    },
  };
}

export type JobRunner = ReturnType<typeof startJobRunner>;
