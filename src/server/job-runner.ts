import { hostname } from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import type { Job } from '../store/jobs-repository.ts';
import type { Store } from '../store/store.ts';

export type JobContext = {
  heartbeat: () => Promise<void>;
  /** Aborted when this process stops taking work: long work should stop and throw JobInterrupted. */
  signal: AbortSignal;
};

/**
 * What a job kind does. `run` does the work; `exhausted` is told when the job ran out of attempts
 * because its worker process kept dying, so the job's subject can be marked failed rather than left
 * looking busy forever.
 */
export type JobHandler = {
  run: (job: Job, context: JobContext) => Promise<void>;
  exhausted?: (job: Job) => Promise<void>;
};

/** Thrown by a handler that stopped because its process is shutting down: the job goes back to the queue. */
export class JobInterrupted extends Error {
  constructor() {
    super('interrupted by shutdown');
  }
}

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
  const stopping = new AbortController();

  async function runOne(job: Job): Promise<void> {
    const handler = options.handlers[job.kind];
    if (!handler) {
      await options.store.jobs.fail(job.id, `no handler for job kind '${job.kind}'`);
      return;
    }
    // A job is alive while its process is: beat well within the stale limit, whatever the handler does.
    const beat = setInterval(
      () => void options.store.jobs.heartbeat(job.id).catch(() => undefined),
      (limits.staleAfterSeconds * 1000) / 4,
    );
    beat.unref();
    try {
      await handler.run(job, {
        heartbeat: () => options.store.jobs.heartbeat(job.id),
        signal: stopping.signal,
      });
      await options.store.jobs.complete(job.id);
    } catch (e) {
      if (e instanceof JobInterrupted) {
        options.log.info({ jobId: job.id, kind: job.kind }, 'job handed back to the queue at shutdown');
        await options.store.jobs.release(job.id).catch(() => undefined);
        return;
      }
      options.log.error({ err: e, jobId: job.id, kind: job.kind }, 'job failed');
      await options.store.jobs.fail(job.id, (e as Error).message).catch(() => undefined);
    } finally {
      clearInterval(beat);
    }
  }

  async function failExhausted(): Promise<void> {
    for (const job of await options.store.jobs.failExhausted(limits)) {
      options.log.error({ jobId: job.id, kind: job.kind, attempts: job.attempts }, 'job ran out of attempts');
      await options.handlers[job.kind]?.exhausted?.(job);
    }
  }

  async function tick(): Promise<void> {
    timer = null;
    if (stopped) return;
    try {
      await failExhausted();
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
    /** Stops taking new jobs, asks the running ones to stop, and waits for them. */
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      stopping.abort();
      await Promise.allSettled([...inFlight]);
    },
  };
}

export type JobRunner = ReturnType<typeof startJobRunner>;
