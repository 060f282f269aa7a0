import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';

/** The project folder, and the CLI as a user runs it (compiled unless the sources are newer). */
export const PROJECT_ROOT = join(import.meta.dirname, '../..');
const BIN = join(PROJECT_ROOT, 'bin/haalbaar');

export type CliRun = { code: number; stdout: string; stderr: string };

/**
 * Runs `haalbaar …args` as its own process from the project folder, in the default language unless
 * `env` says otherwise, and resolves with its exit code and output (never rejects).
 */
export function runHaalbaar(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: PROJECT_ROOT, env: { ...process.env, HAALBAAR_LANG: '', ...env }, maxBuffer: 20 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** No stack trace, no internal error text: what a user sees must be a sentence. */
export function expectNoCrash(run: CliRun): void {
  expect(run.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  expect(run.stderr).not.toMatch(/TypeError|ReferenceError|RangeError|SyntaxError|Unhandled/);
}
