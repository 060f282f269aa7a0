import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { Message } from '../core/message.ts';
import { profileInChild, profileLimits } from '../profiler/profile-in-child.ts';
import type { DataFile } from '../store/data-files-repository.ts';
import type { Store } from '../store/store.ts';
import type { Config } from './config.ts';
import { type JobHandler, JobInterrupted } from './job-runner.ts';
import { removeStoredFile, type UploadStorage } from './upload-storage.ts';
import { scratchPrefix } from './upload-sweep.ts';

export const PROFILE_JOB = 'profile-data-file';

type Failure = NonNullable<DataFile['failure']>;

/**
 * Profiles one uploaded data file in a child process (profileInChild): a file that crashes the data
 * engine or exhausts its memory fails alone, and the server keeps serving. Progress is written to
 * the database (throttled) so a page reload shows where it is. The result and the removal of the
 * upload are one transaction, so a crash can lose neither the profile nor leave the upload behind.
 */
export function profileJobHandler(options: {
  store: Store;
  config: Config;
  storage: UploadStorage;
  log: FastifyBaseLogger;
}): JobHandler {
  const { store, config, storage, log } = options;

  /** Saves the outcome and removes the upload (unless kept) in one transaction, then its disk file. */
  async function settle(file: DataFile, outcome: { profile: DataFile['profile'] } | { failure: Failure }) {
    const removeUpload = !file.keepFile;
    const removed =
      'profile' in outcome && outcome.profile
        ? await store.dataFiles.setProfile(file.id, outcome.profile, { removeUpload })
        : 'failure' in outcome
          ? await store.dataFiles.setFailure(file.id, outcome.failure, { removeUpload })
          : null;
    await removeStoredFile(removed?.storedPath);
  }

  const run: JobHandler['run'] = async (job, { heartbeat, signal }) => {
    const id = String(job.payload.dataFileId);
    const file = await store.dataFiles.getById(id);
    if (!file || file.status === 'done' || file.status === 'failed' || file.status === 'uploading') return;
    // Named after this process (upload-sweep.ts), so a sweep can tell whether its owner is gone.
    const work = join(config.dataDir, 'tmp', `${scratchPrefix()}${randomBytes(4).toString('hex')}`);
    try {
      await mkdir(work, { recursive: true });
      const local = await storage.localCopy(file, work);
      if (!local) {
        await settle(file, {
          failure: {
            code: 'NOT_FOUND',
            message: { key: 'profiler.failure.NOT_FOUND', params: { file: file.fileName } },
          },
        });
        return;
      }
      await store.dataFiles.setProgress(id, 'profiling', 0);
      // Progress writes are chained, and the final status waits for them, so a late progress write
      // can never turn a finished file back into 'profiling'.
      let lastWrite = 0;
      let writes: Promise<unknown> = Promise.resolve();
      const onProgress = (fraction: number) => {
        const now = Date.now();
        if (now - lastWrite < 500) return;
        lastWrite = now;
        const value = Math.min(0.99, Math.max(0, fraction));
        writes = writes
          .then(() => Promise.all([store.dataFiles.setProgress(id, 'profiling', value), heartbeat()]))
          .catch(() => undefined);
      };
      const { limits, memoryLimit } = profileLimits(config.profile);
      const result = await profileInChild(
        local,
        { ...file.options, onProgress, tempDir: work, memoryLimit, maxBytes: config.maxUploadBytes },
        { ...limits, signal },
      );
      await writes;
      if (signal.aborted) {
        // Stopped by our own shutdown, not by the file: another process (or our restart) takes it.
        await store.dataFiles.setProgress(id, 'queued', 0);
        throw new JobInterrupted();
      }
      if (result.ok) {
        await settle(file, { profile: { ...result.value, file: file.fileName } });
        return;
      }
      const failure = result.error;
      if (failure.cause) {
        log.error(
          { dataFileId: id, code: failure.code, reference: failure.reference, cause: failure.cause },
          'profiling failed',
        );
      }
      const message: Message = {
        key: failure.message.key,
        params: { ...failure.message.params, file: file.fileName },
      };
      await settle(file, { failure: { code: failure.code, message } });
    } finally {
      await rm(work, { recursive: true, force: true }).catch(() => undefined);
    }
  };

  /** The server died during this file again and again: it fails, with a reference to the log. */
  const exhausted: JobHandler['exhausted'] = async (job) => {
    const file = await store.dataFiles.getById(String(job.payload.dataFileId));
    if (!file || file.status === 'done' || file.status === 'failed') return;
    const reference = job.id.slice(0, 8);
    log.error({ dataFileId: file.id, jobId: job.id, reference }, 'profiling stopped the worker repeatedly');
    await settle(file, {
      failure: {
        code: 'CRASHED',
        message: { key: 'profiler.failure.CRASHED', params: { file: file.fileName, reference } },
      },
    });
  };

  return { run, exhausted };
}
