/**
 * Profiles a file in a child process with its own memory and time limit. A hostile or broken file
 * can crash a native engine (DuckDB overflowing its stack segfaults the whole process) or exhaust
 * memory; in a child that costs one file, never the web server or the CLI run that asked for it.
 *
 * @example
 * const r = await profileInChild('export.csv', { targetColumn: 'storing' }, { heapMb: 1536, timeoutMs: 900_000 });
 * if (!r.ok && r.error.code === 'CRASHED') log.error({ ref: r.error.reference, cause: r.error.cause });
 */
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataProfile } from '../core/data-profile/data-profile-types.ts';
import { err, type Result } from '../core/result.ts';
import type { ChildReply, ChildRequest } from './profile-child.ts';
import { profileFailure } from './profile-failure.ts';
import type { ProfileFailure, ProfileOptions } from './profile-file.ts';
import type { ReadTableOptions, TableReadFailure, TableRows } from './read-table-rows.ts';

export type ChildLimits = {
  /** V8 heap of the child in MiB (DuckDB's own memory is limited by `memoryLimit`). */
  heapMb: number;
  /** Wall time after which the child is killed. */
  timeoutMs: number;
  /** Aborting kills the child (server shutdown). */
  signal?: AbortSignal;
};

/** What profileFile takes, minus the callbacks that cannot cross a process boundary. */
export type ChildProfileOptions = Omit<ProfileOptions, 'onProgress' | 'onPhase'> & {
  onProgress?: (fraction: number) => void;
};

/**
 * Splits one memory budget for profiling a file between the child's JavaScript heap and the data
 * engine (half each), and turns minutes into the child's time limit.
 */
export function profileLimits(budget: { memoryMb: number; minutes: number }): {
  limits: Pick<ChildLimits, 'heapMb' | 'timeoutMs'>;
  memoryLimit: string;
} {
  const half = Math.max(128, Math.floor(budget.memoryMb / 2));
  return { limits: { heapMb: half, timeoutMs: budget.minutes * 60_000 }, memoryLimit: `${half}MB` };
}

const here = fileURLToPath(import.meta.url);
/** Beside this file in the sources; beside the bundle (dist/haalbaar.js) when compiled. */
const childEntry = join(dirname(here), `profile-child${extname(here)}`);

/** How to start Node for the child: under tsx when we run from TypeScript sources. */
function childExecArgv(heapMb: number): string[] {
  const loader = extname(here) === '.ts' ? ['--import', import.meta.resolve('tsx')] : [];
  return [...loader, `--max-old-space-size=${Math.max(64, Math.round(heapMb))}`];
}

/** How a child run ended without a result, for the caller to put in its own words. */
type ChildEnd =
  | { ok: true; reply: Extract<ChildReply, { type: 'result' | 'table' }> }
  | { ok: false; reason: 'crashed' | 'timedOut' | 'outOfMemory'; cause: string };

/**
 * Forks the child, sends it one request and waits for its one answer. Never throws: a crash, the
 * memory limit or the time limit comes back as the way it ended, with what the child wrote to stderr.
 */
function runChild(
  request: ChildRequest,
  limits: ChildLimits,
  onProgress?: (fraction: number) => void,
): Promise<ChildEnd> {
  return new Promise((resolve) => {
    let settled = false;
    let timedOut = false;
    let stderr = '';
    const child = fork(childEntry, [], {
      execArgv: childExecArgv(limits.heapMb),
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    child.stderr?.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString('utf8')).slice(-8000);
    });
    const finish = (end: ChildEnd) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      limits.signal?.removeEventListener('abort', onAbort);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      resolve(end);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limits.timeoutMs);
    const onAbort = () => child.kill('SIGKILL');
    limits.signal?.addEventListener('abort', onAbort, { once: true });

    child.on('message', (message: ChildReply) => {
      if (message.type === 'progress') onProgress?.(message.fraction);
      else finish({ ok: true, reply: message });
    });
    child.on('error', (e) => {
      finish({ ok: false, reason: 'crashed', cause: `could not start the child process: ${e.message}` });
    });
    child.on('exit', (code, signal) => {
      if (settled) return;
      const cause = `child process ended (code ${code}, signal ${signal}) without a result\n${stderr}`;
      if (timedOut) finish({ ok: false, reason: 'timedOut', cause });
      else if (/heap out of memory|Reached heap limit|Allocation failed/i.test(stderr)) {
        finish({ ok: false, reason: 'outOfMemory', cause });
      } else finish({ ok: false, reason: 'crashed', cause });
    });
    child.send(request);
  });
}

/** A child that ended without a result, as a failure in the profiler's words. */
function childFailure(
  end: Extract<ChildEnd, { ok: false }>,
  file: string,
  limits: ChildLimits,
): ProfileFailure {
  switch (end.reason) {
    case 'timedOut':
      return {
        ...profileFailure('TIMED_OUT', file, { minutes: Math.round(limits.timeoutMs / 60_000) }),
        cause: end.cause,
      };
    case 'outOfMemory':
      return { ...profileFailure('OUT_OF_MEMORY', file, { limit: `${limits.heapMb} MB` }), cause: end.cause };
    case 'crashed':
      return { ...crashed(file), cause: end.cause };
  }
}

/**
 * Runs `profileFile(path, options)` in a child process. Never throws: a crash, a memory limit or
 * the time limit comes back as a ProfileFailure (`CRASHED`, `OUT_OF_MEMORY`, `TIMED_OUT`).
 */
export async function profileInChild(
  path: string,
  options: ChildProfileOptions,
  limits: ChildLimits,
): Promise<Result<DataProfile, ProfileFailure>> {
  const { onProgress, ...rest } = options;
  const end = await runChild({ kind: 'profile', path, options: rest }, limits, onProgress);
  if (!end.ok) return err(childFailure(end, basename(path), limits));
  if (end.reply.type !== 'result') return err({ ...crashed(basename(path)), cause: 'unexpected reply' });
  return end.reply.result;
}

/**
 * Runs `readTableRows(path, options)` (a small CSV or XLSX table, see read-table-rows.ts) in a child
 * process, so a file that crashes or exhausts a reader costs one request and never the server.
 * Never throws.
 *
 * @example
 * const r = await readTableInChild(upload, { maxRows: 5000, maxBytes: 2 * 1024 ** 2 }, { heapMb: 256, timeoutMs: 60_000 });
 */
export async function readTableInChild(
  path: string,
  options: ReadTableOptions,
  limits: ChildLimits,
): Promise<Result<TableRows, TableReadFailure>> {
  const end = await runChild({ kind: 'table', path, options }, limits);
  if (!end.ok) return err(childFailure(end, basename(path), limits));
  if (end.reply.type !== 'table') return err({ ...crashed(basename(path)), cause: 'unexpected reply' });
  return end.reply.result;
}

function crashed(file: string): ProfileFailure {
  const reference = randomUUID().slice(0, 8);
  return { ...profileFailure('CRASHED', file, { reference }), reference };
}
