/**
 * Entry point of the profiling child process (see profile-in-child.ts): takes one request over
 * IPC, profiles the file (or reads a small table from it), sends progress and the result back, and exits.
 */
import type { DataProfile } from '../core/data-profile/data-profile-types.ts';
import type { Result } from '../core/result.ts';
import { type ProfileFailure, type ProfileOptions, profileFile } from './profile-file.ts';
import {
  type ReadTableOptions,
  readTableRows,
  type TableReadFailure,
  type TableRows,
} from './read-table-rows.ts';

export type ChildRequest =
  | { kind: 'profile'; path: string; options: Omit<ProfileOptions, 'onProgress' | 'onPhase'> }
  | { kind: 'table'; path: string; options: ReadTableOptions };
export type ChildReply =
  | { type: 'progress'; fraction: number }
  | { type: 'result'; result: Result<DataProfile, ProfileFailure> }
  | { type: 'table'; result: Result<TableRows, TableReadFailure> };

function send(reply: ChildReply): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(reply, undefined, {}, () => resolve());
  });
}

if (process.send) {
  // The parent went away (killed, or shut down): nothing to report to.
  process.on('disconnect', () => process.exit(0));
  process.once('message', async (request: ChildRequest) => {
    if (request.kind === 'table') {
      await send({ type: 'table', result: await readTableRows(request.path, request.options) });
      process.exit(0);
    }
    const result = await profileFile(request.path, {
      ...request.options,
      onProgress: (fraction) => void send({ type: 'progress', fraction }),
    });
    await send({ type: 'result', result });
    process.exit(0);
  });
}
