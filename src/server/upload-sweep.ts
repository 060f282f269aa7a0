/**
 * Removes what a crash can leave behind: uploads that stopped arriving (their 'uploading' row and
 * its bytes), upload files on disk that no data file refers to any more, and scratch folders of
 * profiling processes that are gone. Runs at start-up and every few minutes; safe to run from
 * several processes at once.
 */
import { randomBytes } from 'node:crypto';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/store.ts';
import { removeStoredFile, uploadsDir } from './upload-storage.ts';

/** An upload that received nothing for this long was abandoned (its sender or server went away). */
export const STALE_UPLOAD_MINUTES = 15;
/** Files younger than this are left alone: their row may be a moment away from referring to them. */
const ORPHAN_MIN_AGE_MS = 5 * 60_000;
/** Scratch folders of an unknown layout (older versions) are removed after this long. */
const FOREIGN_SCRATCH_AGE_MS = 60 * 60_000;
const SWEEP_INTERVAL_MS = 10 * 60_000;

/** Names this process's scratch folders: `<pid>-<boot>-…`, so a restarted process with the same pid can tell them apart. */
const BOOT = randomBytes(4).toString('hex');
export const scratchPrefix = () => `${process.pid}-${BOOT}-`;

export type SweepCounts = { staleUploads: number; orphanFiles: number; scratchFolders: number };

export async function sweepUploads(options: {
  store: Store;
  dataDir: string;
  now?: number;
}): Promise<SweepCounts> {
  const now = options.now ?? Date.now();
  const stale = await options.store.dataFiles.deleteStaleUploads(STALE_UPLOAD_MINUTES);
  for (const file of stale) await removeStoredFile(file.storedPath);

  // Upload files on disk (uploads/<organisation>/<file>) without a data file that refers to them.
  const candidates: string[] = [];
  for (const org of await list(uploadsDir(options.dataDir))) {
    const orgDir = join(uploadsDir(options.dataDir), org);
    for (const name of await list(orgDir)) {
      const path = join(orgDir, name);
      const info = await stat(path).catch(() => null);
      if (info?.isFile() && now - info.mtimeMs > ORPHAN_MIN_AGE_MS) candidates.push(path);
    }
  }
  const referenced = await options.store.dataFiles.referencedPaths(candidates);
  const orphans = candidates.filter((p) => !referenced.has(p));
  for (const path of orphans) await removeStoredFile(path);

  // Scratch folders whose process is gone.
  let scratchFolders = 0;
  const scratch = join(options.dataDir, 'tmp');
  for (const name of await list(scratch)) {
    const path = join(scratch, name);
    if (await isAbandonedScratch(name, path, now)) {
      await rm(path, { recursive: true, force: true }).catch(() => undefined);
      scratchFolders++;
    }
  }
  return { staleUploads: stale.length, orphanFiles: orphans.length, scratchFolders };
}

async function isAbandonedScratch(name: string, path: string, now: number): Promise<boolean> {
  const match = /^(\d+)-([0-9a-f]{8})-/.exec(name);
  if (!match) {
    const info = await stat(path).catch(() => null);
    return info !== null && now - info.mtimeMs > FOREIGN_SCRATCH_AGE_MS;
  }
  const pid = Number(match[1]);
  if (pid === process.pid) return match[2] !== BOOT;
  return !isAlive(pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function list(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}

/** Sweeps when the server is ready and then every ten minutes; stopped when the app closes. */
export function registerUploadSweep(app: FastifyInstance): void {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = running
      .then(async () => {
        const counts = await sweepUploads({ store: app.deps.store, dataDir: app.deps.config.dataDir });
        if (counts.staleUploads + counts.orphanFiles + counts.scratchFolders > 0) {
          app.log.info(counts, 'removed what interrupted uploads and profiling left behind');
        }
      })
      .catch((e: unknown) => app.log.warn({ err: e }, 'upload sweep failed; will try again'));
  };
  app.addHook('onReady', async () => {
    run();
    timer = setInterval(run, SWEEP_INTERVAL_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await running;
  });
}
