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
    let lastWrite = 0;
    const onProgress = (fraction: number) => {
      const now = Date.now();
      if (now - lastWrite < 500) return;
      lastWrite = now;
      void store.dataFiles
        .setProgress(id, 'profiling', Math.min(0.99, Math.max(0, fraction)))
        .catch(() => undefined);
      void heartbeat().catch(() => undefined);
    };
    const tempDir = join(config.dataDir, 'tmp');
    try {
      await mkdir(tempDir, { recursive: true });
      const result = await profileFile(file.storedPath, {
        ...file.options,
        onProgress,
        tempDir,
        memoryLimit: '1GB',
        maxBytes: config.maxUploadBytes,
      });
      if (result.ok) {
        await store.dataFiles.setProfile(id, { ...result.value, file: file.fileName });
      } else {
        const failure = result.error;
        await store.dataFiles.setFailure(id, {
          code: failure.code,
          message: { key: failure.message.key, params: { ...failure.message.params, file: file.fileName } },
        });
      }
    } finally {
      if (!file.keepFile) {
        await rm(file.storedPath, { force: true });
        await store.dataFiles.clearStoredPath(id);
      }
    }
  };
}
