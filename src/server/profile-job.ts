import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { profileFile } from '../profiler/profile-file.ts';
import type { Store } from '../store/store.ts';
import type { Config } from './config.ts';
import type { JobHandler } from './job-runner.ts';

export const PROFILE_JOB = 'profile-data-file';

/**
 * Profiles one uploaded data file. Progress is written to the database (throttled) so a page
 * reload shows where it is. The upload is deleted afterwards unless the user chose to keep it.
 */
export function profileJobHandler(options: { store: Store; config: Config }): JobHandler {
  const { store, config } = options;
  return async (job, { heartbeat }) => {
    const id = String(job.payload.dataFileId);
    const file = await store.dataFiles.getById(id);
    if (!file) return;
    if (!file.storedPath) {
      await store.dataFiles.setFailure(id, {
        code: 'NOT_FOUND',
        message: { key: 'profiler.failure.NOT_FOUND', params: { file: file.fileName } },
      });
      return;
    }
    await store.dataFiles.setProgress(id, 'profiling', 0);
    // Progress writes are chained, and the final status waits for them, so a late progress write can
    // never turn a finished file back into 'profiling'.
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
    const tempDir = join(config.dataDir, 'tmp');
    const storedPath = file.storedPath;
    // Delete the upload (unless kept) before the final status is written, so whoever sees 'done'
    // also sees that the file is gone.
    const cleanUp = async () => {
      if (file.keepFile) return;
      await rm(storedPath, { force: true });
      await store.dataFiles.clearStoredPath(id);
    };
    let result: Awaited<ReturnType<typeof profileFile>>;
    try {
      await mkdir(tempDir, { recursive: true });
      result = await profileFile(storedPath, {
        ...file.options,
        onProgress,
        tempDir,
        memoryLimit: '1GB',
        maxBytes: config.maxUploadBytes,
      });
    } catch (e) {
      // An unexpected error (a bug, the disk): the file is marked failed rather than left 'profiling'.
      await writes;
      await cleanUp();
      await store.dataFiles.setFailure(id, {
        code: 'UNREADABLE',
        message: {
          key: 'profiler.failure.UNREADABLE',
          params: { file: file.fileName, detail: (e as Error).message },
        },
      });
      throw e;
    }
    await writes;
    await cleanUp();
    if (result.ok) {
      await store.dataFiles.setProfile(id, { ...result.value, file: file.fileName });
    } else {
      const failure = result.error;
      await store.dataFiles.setFailure(id, {
        code: failure.code,
        message: { key: failure.message.key, params: { ...failure.message.params, file: file.fileName } },
      });
    }
  };
}
