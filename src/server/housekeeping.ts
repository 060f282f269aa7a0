import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/store.ts';
import type { Config } from './config.ts';

/** How often the server purges: hourly is plenty, expired rows are already refused when read. */
export const HOUSEKEEPING_INTERVAL_MS = 60 * 60 * 1000;

export type PurgeCounts = { sessions: number; invitations: number; throttles: number; surveyTickets: number };

/**
 * Deletes what can no longer be used: sessions past their expiry or idle too long, invitations past
 * their expiry, attempt counts unused for a day, and spent survey tickets past their last day. Every read already refuses such rows; this only
 * keeps the tables small. Safe to run from several processes at once.
 */
export async function purgeExpired(
  store: Store,
  config: Pick<Config, 'sessionIdleHours'>,
): Promise<PurgeCounts> {
  return {
    sessions: await store.sessions.purgeSessions({ idleHours: config.sessionIdleHours }),
    invitations: await store.invitations.purgeExpired(),
    throttles: await store.throttles.purgeStale(),
    surveyTickets: await store.surveys.sweepTickets(new Date().toISOString().slice(0, 10)),
  };
}

/**
 * Purges once when the server is ready and then every hour, on a timer that does not keep the process
 * alive; stopped (and any running purge awaited) when the app closes.
 */
export function registerHousekeeping(app: FastifyInstance): void {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = running
      .then(async () => {
        const counts = await purgeExpired(app.deps.store, app.deps.config);
        app.log.debug(counts, 'purged expired sessions, invitations and attempt counts');
      })
      .catch((e: unknown) => app.log.warn({ err: e }, 'purge failed; will try again in an hour'));
  };
  app.addHook('onReady', async () => {
    run();
    timer = setInterval(run, HOUSEKEEPING_INTERVAL_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await running;
  });
}
