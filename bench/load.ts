/**
 * `npm run bench:load`: HTTP load on the real server, started as separate processes the way a user
 * runs it (`haalbaar serve`, demo data, LOG_LEVEL=warn), measured with autocannon.
 *
 * Scenarios, each at 50 and 200 connections:
 * - `list`: GET /api/orgs/{org}/use-cases with the demo session cookie (session, user, role, list);
 * - `assess`: POST /api/assess with the demo use-case document (no database beyond the session).
 *
 * Engines:
 * - `pglite`: one process on embedded PGlite in a temporary folder;
 * - `postgres`: TWO processes sharing one PostgreSQL database, the connections split over both
 *   (one autocannon per process, figures combined). Needs BENCH_DATABASE_URL or --pg-url; the bench
 *   makes a fresh schema `haalbaar_bench_<random>` in that database and drops it afterwards, so it
 *   never touches the tables already there. Without a URL this part is skipped, and says so.
 *
 * Latency is per request, from autocannon's response events: p50/p95/p99/max in milliseconds.
 * `max` also counts the oldest request still unanswered when a run ends (a starved request never
 * completes inside the run and would otherwise be invisible). Errors are connection errors and
 * timeouts; non-2xx are answers with another status. The targets are checked at the end; exits 1
 * when one is missed. Figures depend on what else the machine is doing: say so when you quote them.
 *
 * Flags: --duration <s> (10), --connections <list> (50,200), --scenarios <list> (list,assess),
 * --engines <list> (pglite,postgres), --warmup <s> (2), --timeout <s> (60), --pg-url <url>.
 * Example: `npm run bench:load -- --duration 5 --engines pglite`.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { DEMO_LOGIN } from '../src/server/demo-seed.ts';
import { httpLogin, type ServerProcess, startServer } from '../test/support/server-process.ts';

const TARGETS = {
  /** Every run: no connection errors or timeouts, no non-2xx answers. */
  errors: 0,
  /** The use-case list at 200 connections on PostgreSQL with two processes. */
  postgresListP95Ms: 200,
  /** Every PGlite run: nobody waits this long. */
  pgliteMaxMs: 2000,
};

type Scenario = 'list' | 'assess';
type EngineName = 'pglite' | 'postgres';

type RunFigures = {
  engine: EngineName;
  processes: number;
  scenario: Scenario;
  connections: number;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** The oldest request still unanswered at the end, in ms (already counted in `max`). */
  oldestUnanswered: number;
  errors: number;
  non2xx: number;
};

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50,200' },
    scenarios: { type: 'string', default: 'list,assess' },
    engines: { type: 'string', default: 'pglite,postgres' },
    warmup: { type: 'string', default: '2' },
    timeout: { type: 'string', default: '60' },
    'pg-url': { type: 'string' },
  },
});

const durationSeconds = positiveNumber('duration', flags.duration);
const warmupSeconds = Number(flags.warmup);
const timeoutSeconds = positiveNumber('timeout', flags.timeout);
const connectionCounts = flags.connections.split(',').map((c) => positiveNumber('connections', c));
const scenarios = listOf<Scenario>('scenarios', flags.scenarios, ['list', 'assess']);
const engines = listOf<EngineName>('engines', flags.engines, ['pglite', 'postgres']);
const postgresUrl = flags['pg-url'] ?? process.env.BENCH_DATABASE_URL;

function positiveNumber(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, not '${text}'`);
  return n;
}

function listOf<T extends string>(name: string, text: string, allowed: readonly T[]): T[] {
  const items = text.split(',').map((s) => s.trim());
  for (const item of items) {
    if (!allowed.includes(item as T))
      throw new Error(`--${name}: '${item}' is not one of ${allowed.join(', ')}`);
  }
  return items as T[];
}

/** The value at quantile `q` of sorted latencies (nearest rank). */
function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

type Target = { url: string; method: 'GET' | 'POST'; headers: Record<string, string>; body?: string };

/**
 * One autocannon per server, all at once, `connections` split over them. Records every response's
 * latency and, per connection, when it last heard back, for the oldest unanswered request.
 */
async function load(targets: Target[], connections: number, seconds: number) {
  const latencies: number[] = [];
  const start = Date.now();
  const runs = targets.map((target, i) => {
    const share = Math.floor(connections / targets.length) + (i < connections % targets.length ? 1 : 0);
    const lastHeard = new Map<object, number>();
    const instance = autocannon({
      url: target.url,
      method: target.method,
      headers: target.headers,
      ...(target.body === undefined ? {} : { body: target.body }),
      connections: share,
      duration: seconds,
      timeout: timeoutSeconds,
    });
    instance.on('response', (client, _status, _bytes, ms) => {
      latencies.push(ms);
      lastHeard.set(client, Date.now());
    });
    return Promise.resolve(instance).then((result) => ({ result, lastHeard, share }));
  });
  const results = await Promise.all(runs);
  const end = Date.now();
  let oldestUnanswered = 0;
  for (const { lastHeard, share } of results) {
    // A connection that never got an answer has waited the whole run.
    if (lastHeard.size < share) oldestUnanswered = end - start;
    for (const at of lastHeard.values()) oldestUnanswered = Math.max(oldestUnanswered, end - at);
  }
  latencies.sort((a, b) => a - b);
  const sum = (pick: (r: (typeof results)[number]['result']) => number) =>
    results.reduce((s, r) => s + pick(r.result), 0);
  return {
    requests: latencies.length,
    perSecond: latencies.length / ((end - start) / 1000),
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    max: Math.max(latencies.at(-1) ?? 0, oldestUnanswered),
    oldestUnanswered,
    errors: sum((r) => r.errors),
    non2xx: sum((r) => r.non2xx),
  };
}

/** Logs in once (the session lives in the database, so every process accepts it) and finds the demo. */
async function demoTargets(urls: string[]): Promise<Record<Scenario, Target[]>> {
  const first = urls[0] as string;
  const headers = await httpLogin(first, DEMO_LOGIN.email, DEMO_LOGIN.password);
  const orgs = (await (await fetch(`${first}/api/orgs`, { headers })).json()) as { organisationId: string }[];
  const orgId = orgs[0]?.organisationId;
  if (!orgId) throw new Error('the demo organisation is missing: is HAALBAAR_DEMO=true seeding?');
  const list = (await (await fetch(`${first}/api/orgs/${orgId}/use-cases`, { headers })).json()) as {
    id: string;
  }[];
  const useCaseId = list[0]?.id;
  if (!useCaseId) throw new Error('the demo use case is missing');
  const useCase = (await (
    await fetch(`${first}/api/orgs/${orgId}/use-cases/${useCaseId}`, { headers })
  ).json()) as {
    document: unknown;
  };
  const { 'content-type': _json, ...getHeaders } = headers;
  return {
    list: urls.map((url) => ({
      url: `${url}/api/orgs/${orgId}/use-cases`,
      method: 'GET',
      headers: getHeaders,
    })),
    assess: urls.map((url) => ({
      url: `${url}/api/assess`,
      method: 'POST',
      headers,
      body: JSON.stringify(useCase.document),
    })),
  };
}

/** Starts the servers of one engine, runs every scenario at every connection count, stops them. */
async function benchEngine(engine: EngineName, databaseUrl: string | null): Promise<RunFigures[]> {
  const processes = engine === 'postgres' ? 2 : 1;
  const dirs: string[] = [];
  const servers: ServerProcess[] = [];
  try {
    // One after the other: the first seeds the demo, the second finds it.
    for (let i = 0; i < processes; i++) {
      const dir = mkdtempSync(join(tmpdir(), 'haalbaar-bench-'));
      dirs.push(dir);
      servers.push(
        await startServer({
          HAALBAAR_DATA_DIR: dir,
          HAALBAAR_DEMO: 'true',
          LOG_LEVEL: 'warn',
          ...(databaseUrl === null ? {} : { DATABASE_URL: databaseUrl }),
        }),
      );
    }
    const targets = await demoTargets(servers.map((s) => s.url));
    const figures: RunFigures[] = [];
    for (const scenario of scenarios) {
      if (warmupSeconds > 0) await load(targets[scenario], 10, warmupSeconds);
      for (const connections of connectionCounts) {
        const label = `${engine} ×${processes} ${scenario} @${connections}`;
        process.stderr.write(`running ${label} for ${durationSeconds} s…\n`);
        const measured = await load(targets[scenario], connections, durationSeconds);
        figures.push({ engine, processes, scenario, connections, ...measured });
      }
    }
    return figures;
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

/** A fresh schema in the given database, so the bench starts empty and leaves nothing behind. */
async function withBenchSchema<T>(url: string, fn: (schemaUrl: string) => Promise<T>): Promise<T> {
  const schema = `haalbaar_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create schema ${schema}`);
    const schemaUrl = new URL(url);
    schemaUrl.searchParams.set('options', `-c search_path=${schema}`);
    return await fn(schemaUrl.toString());
  } finally {
    await admin.query(`drop schema if exists ${schema} cascade`).catch(() => undefined);
    await admin.end();
  }
}

function table(rows: RunFigures[]): string {
  const header = [
    'engine',
    'procs',
    'scenario',
    'conns',
    'requests',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'max ms',
    'errors',
    'non-2xx',
  ];
  const ms = (n: number) => (Number.isNaN(n) ? '-' : n.toFixed(0));
  const body = rows.map((r) => [
    r.engine,
    String(r.processes),
    r.scenario,
    String(r.connections),
    String(r.requests),
    r.perSecond.toFixed(0),
    ms(r.p50),
    ms(r.p95),
    ms(r.p99),
    `${ms(r.max)}${r.oldestUnanswered >= r.max && r.oldestUnanswered > 0 ? '*' : ''}`,
    String(r.errors),
    String(r.non2xx),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 3 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** Each target as a line saying met or missed; true when all are met. */
function checkTargets(rows: RunFigures[]): boolean {
  const checks: Array<{ what: string; ok: boolean; measured: string }> = [];
  for (const r of rows) {
    const name = `${r.engine} ×${r.processes} ${r.scenario} @${r.connections}`;
    checks.push({
      what: `${name}: ${TARGETS.errors} errors and non-2xx`,
      ok: r.errors + r.non2xx === TARGETS.errors,
      measured: `${r.errors + r.non2xx}`,
    });
    if (r.engine === 'pglite') {
      checks.push({
        what: `${name}: max < ${TARGETS.pgliteMaxMs} ms`,
        ok: r.max < TARGETS.pgliteMaxMs,
        measured: `${r.max.toFixed(0)} ms`,
      });
    }
    if (r.engine === 'postgres' && r.scenario === 'list' && r.connections === 200) {
      checks.push({
        what: `${name}: p95 < ${TARGETS.postgresListP95Ms} ms`,
        ok: r.p95 < TARGETS.postgresListP95Ms,
        measured: `${r.p95.toFixed(0)} ms`,
      });
    }
  }
  for (const c of checks) console.log(`${c.ok ? 'met   ' : 'MISSED'}  ${c.what} (measured ${c.measured})`);
  return checks.every((c) => c.ok);
}

// The PGlite runs must not pick up a DATABASE_URL from the shell.
delete process.env.DATABASE_URL;
const loadAtStart = loadavg()[0] ?? 0;
const rows: RunFigures[] = [];
const skipped: string[] = [];
for (const engine of engines) {
  if (engine === 'pglite') {
    rows.push(...(await benchEngine('pglite', null)));
  } else if (postgresUrl) {
    rows.push(...(await withBenchSchema(postgresUrl, (url) => benchEngine('postgres', url))));
  } else {
    skipped.push('PostgreSQL skipped: set BENCH_DATABASE_URL or pass --pg-url to run it (two processes).');
  }
}

console.log(
  `\nLoad benchmark: ${durationSeconds} s per run, autocannon in this process, servers as child processes.`,
);
console.log(
  `${availableParallelism()} CPUs; load average ${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end (other work on the machine slows every figure).`,
);
console.log(table(rows));
console.log('* max is a request still unanswered when the run ended (it waited at least this long)');
for (const line of skipped) console.log(line);
console.log('\nTargets:');
const ok = checkTargets(rows);
console.log(ok ? 'all targets met' : 'TARGET MISSED');
process.exit(ok ? 0 : 1);
