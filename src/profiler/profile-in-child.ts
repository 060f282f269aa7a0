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

/**
 * Runs `profileFile(path, options)` in a child process. Never throws: a crash, a memory limit or
 * the time limit comes back as a ProfileFailure (`CRASHED`, `OUT_OF_MEMORY`, `TIMED_OUT`).
 */
export function profileInChild(
  path: string,
  options: ChildProfileOptions,
  limits: ChildLimits,
): Promise<Result<DataProfile, ProfileFailure>> {
  const file = basename(path);
  const { onProgress, ...rest } = options;
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
    const finish = (result: Result<DataProfile, ProfileFailure>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      limits.signal?.removeEventListener('abort', onAbort);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      resolve(result);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limits.timeoutMs);
    const onAbort = () => child.kill('SIGKILL');
    limits.signal?.addEventListener('abort', onAbort, { once: true });

    child.on('message', (message: ChildReply) => {
      if (message.type === 'progress') onProgress?.(message.fraction);
      else finish(message.result);
    });
    child.on('error', (e) => {
      finish(err({ ...crashed(file), cause: `could not start the profiling process: ${e.message}` }));
    });
    child.on('exit', (code, signal) => {
      if (settled) return;
      const cause = `profiling process ended (code ${code}, signal ${signal}) without a result\n${stderr}`;
      if (timedOut) {
        finish(
          err({
            ...profileFailure('TIMED_OUT', file, { minutes: Math.round(limits.timeoutMs / 60_000) }),
            cause,
          }),
        );
      } else if (/heap out of memory|Reached heap limit|Allocation failed/i.test(stderr)) {
        finish(err({ ...profileFailure('OUT_OF_MEMORY', file, { limit: `${limits.heapMb} MB` }), cause }));
      } else {
        finish(err({ ...crashed(file), cause }));
      }
    });
    const request: ChildRequest = { path, options: rest };
    child.send(request);
  });
}

function crashed(file: string): ProfileFailure {
  const reference = randomUUID().slice(0, 8);
  return { ...profileFailure('CRASHED', file, { reference }), reference };
}
