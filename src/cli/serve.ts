import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { DEMO_LOGIN, seedDemoIfEmpty } from '../server/demo-seed.ts';
import { DatabaseLockedError } from '../store/database.ts';
import { openStore } from '../store/store.ts';

/**
 * `haalbaar serve`: opens the database (migrating it), seeds the demo on first run, listens, and
 * shuts down gracefully on SIGINT/SIGTERM (finishes requests in flight, then closes the database).
 */
export async function runServe(opts: { port?: string; host?: string }): Promise<void> {
  const env = { ...process.env };
  if (opts.port !== undefined) env.PORT = opts.port;
  if (opts.host !== undefined) env.HOST = opts.host;
  const loaded = loadConfig(env);
  if (!loaded.ok) {
    process.stderr.write(`haalbaar: invalid configuration:\n  ${loaded.problems.join('\n  ')}\n`);
    process.exitCode = 2;
    return;
  }
  const config = loaded.config;
  let store: Awaited<ReturnType<typeof openStore>>;
  try {
    store = await openStore(config.database);
  } catch (e) {
    const reason =
      e instanceof DatabaseLockedError
        ? e.message
        : config.database.kind === 'postgres'
          ? `cannot open the PostgreSQL database at DATABASE_URL: ${(e as Error).message}`
          : `cannot open the database in ${config.dataDir}: ${(e as Error).message}`;
    process.stderr.write(`haalbaar: ${reason}\n`);
    process.exitCode = 1;
    return;
  }
  const seeded = config.seedDemo ? await seedDemoIfEmpty(store) : false;
  const app = await buildApp({ store, config, logger: { level: config.logLevel } });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      await app.close();
    } finally {
      await store.close();
      clearTimeout(force);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (e) {
    process.stderr.write(
      `haalbaar: cannot listen on ${config.host}:${config.port}: ${(e as Error).message}\n`,
    );
    await store.close();
    process.exitCode = 1;
    return;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const where =
    config.database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  process.stdout.write(`\nHaalbaar is running at http://${host}:${port}  (database: ${where})\n`);
  process.stdout.write(`API documentation: http://${host}:${port}/api/docs\n`);
  if (seeded) {
    process.stdout.write(`Demo login: ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}\n`);
  }
  process.stdout.write('\n');
}
