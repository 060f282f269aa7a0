import { join, resolve } from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from './project-root.ts';

/**
 * The configuration, parsed once from the environment (the only place that reads process.env
 * for the app). See the README's configuration table.
 */
const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  HAALBAAR_DATA_DIR: z.string().default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `auto`: Secure cookies when the request came over TLS (directly or via a trusted proxy). */
  HAALBAAR_SECURE_COOKIES: z.enum(['auto', 'true', 'false']).default('auto'),
  HAALBAAR_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  HAALBAAR_MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(10_000).default(200),
  HAALBAAR_SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  /** A session unused this long ends, even before HAALBAAR_SESSION_DAYS. */
  HAALBAAR_SESSION_IDLE_HOURS: z.coerce.number().int().min(1).max(8760).default(12),
  HAALBAAR_DEMO: z.enum(['true', 'false']).default('true'),
  /** Failed password attempts (login, password change) per minute from one address, all accounts together. */
  HAALBAAR_LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  /** Where uploads wait to be profiled: `database` (PostgreSQL default) or `files` (PGlite default). */
  HAALBAAR_UPLOAD_STORAGE: z.enum(['database', 'files']).optional(),
  /** Memory for profiling one file, split between the JavaScript heap and the data engine. */
  HAALBAAR_PROFILE_MEMORY_MB: z.coerce.number().int().min(256).max(262_144).default(2048),
  /** Profiling one file stops after this long. */
  HAALBAAR_PROFILE_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  /** Whether this process works the background queue (profiling); `false` for web-only processes. */
  HAALBAAR_RUN_JOBS: z.enum(['true', 'false']).default('true'),
  /** A running job whose process has not been heard from this long is taken over by another. */
  HAALBAAR_JOB_STALE_SECONDS: z.coerce.number().int().min(2).max(3600).default(60),
});

export type Config = {
  port: number;
  host: string;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | null };
  dataDir: string;
  logLevel: z.infer<typeof ZEnv>['LOG_LEVEL'];
  secureCookies: 'auto' | 'always' | 'never';
  trustProxy: boolean;
  maxUploadBytes: number;
  sessionDays: number;
  sessionIdleHours: number;
  seedDemo: boolean;
  loginRatePerMinute: number;
  /** null: by the database, `database` on PostgreSQL and `files` on PGlite. */
  uploadStorage: 'database' | 'files' | null;
  /** Limits for profiling one file, in its own process. */
  profile: { memoryMb: number; minutes: number };
  runJobs: boolean;
  jobStaleSeconds: number;
  /** Folder with the built web app; null serves the API only. */
  webRoot: string | null;
};

export type EnvResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** Parses the environment into a Config; every problem names the variable. */
export function loadConfig(env: NodeJS.ProcessEnv, overrides: Partial<Config> = {}): EnvResult {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    };
  }
  const e = parsed.data;
  const dataDir = resolve(e.HAALBAAR_DATA_DIR);
  const config: Config = {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'pglite', dataDir },
    dataDir,
    logLevel: e.LOG_LEVEL,
    secureCookies:
      e.HAALBAAR_SECURE_COOKIES === 'auto'
        ? 'auto'
        : e.HAALBAAR_SECURE_COOKIES === 'true'
          ? 'always'
          : 'never',
    trustProxy: e.HAALBAAR_TRUST_PROXY === 'true',
    maxUploadBytes: e.HAALBAAR_MAX_UPLOAD_MB * 1024 * 1024,
    sessionDays: e.HAALBAAR_SESSION_DAYS,
    sessionIdleHours: e.HAALBAAR_SESSION_IDLE_HOURS,
    seedDemo: e.HAALBAAR_DEMO === 'true',
    loginRatePerMinute: e.HAALBAAR_LOGIN_RATE_PER_MINUTE,
    uploadStorage: e.HAALBAAR_UPLOAD_STORAGE ?? null,
    profile: { memoryMb: e.HAALBAAR_PROFILE_MEMORY_MB, minutes: e.HAALBAAR_PROFILE_MINUTES },
    runJobs: e.HAALBAAR_RUN_JOBS === 'true',
    jobStaleSeconds: e.HAALBAAR_JOB_STALE_SECONDS,
    webRoot: join(PROJECT_ROOT, 'web', 'dist'),
    ...overrides,
  };
  return { ok: true, config };
}
