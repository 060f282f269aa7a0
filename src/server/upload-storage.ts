/**
 * Where an upload waits until it is profiled. On PostgreSQL it goes into the database in chunks,
 * so any app process on any machine can profile what another received; the embedded PGlite is one
 * process on one machine (and slow with large binary values), so there it goes to the data folder.
 * Either way the data-file row exists before the first byte is stored, so nothing on disk or in the
 * database is ever without a row that a sweep can judge it by.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { DataFile, UploadLocation } from '../store/data-files-repository.ts';
import { UPLOAD_CHUNK_BYTES } from '../store/data-files-repository.ts';
import type { Store } from '../store/store.ts';

export type UploadStorage = {
  location: UploadLocation;
  /** Where a new upload's bytes will lie on disk (files only), chosen before its row is made. */
  newPath(organisationId: string, fileName: string): string | null;
  /** Stores the bytes as they arrive; returns how many there were. */
  receive(file: DataFile, bytes: AsyncIterable<Buffer>): Promise<number>;
  /** A path on this machine to profile: the stored file, or the chunks copied into `workDir`. */
  localCopy(file: DataFile, workDir: string): Promise<string | null>;
};

/** A file name's extension, lower case and short, so it can never carry a path. */
const safeExtension = (name: string) =>
  extname(name)
    .toLowerCase()
    .replace(/[^a-z0-9.]/g, '')
    .slice(0, 10);

/** The folder of uploads kept on disk (PGlite). */
export const uploadsDir = (dataDir: string) => join(dataDir, 'uploads');

export function uploadStorage(options: {
  location: UploadLocation;
  store: Store;
  dataDir: string;
}): UploadStorage {
  const { store } = options;
  // Both locations can be read whichever one new uploads go to.
  const localCopy = async (file: DataFile, workDir: string): Promise<string | null> => {
    if (file.upload === 'files') return file.storedPath;
    if (file.upload !== 'database') return null;
    const path = join(workDir, `upload${safeExtension(file.fileName)}`);
    let chunks = 0;
    const chunksOf = async function* () {
      for await (const chunk of store.dataFiles.readChunks(file.id)) {
        chunks++;
        yield chunk;
      }
    };
    await pipeline(chunksOf, createWriteStream(path));
    return chunks > 0 || file.bytes === 0 ? path : null;
  };
  if (options.location === 'database') {
    return {
      location: 'database',
      newPath: () => null,
      async receive(file, bytes) {
        let seq = 0;
        let total = 0;
        let pending: Buffer[] = [];
        let pendingBytes = 0;
        const flush = async () => {
          if (pendingBytes === 0) return;
          const chunk = Buffer.concat(pending, pendingBytes);
          pending = [];
          pendingBytes = 0;
          await store.dataFiles.appendChunk(file.id, seq++, chunk);
        };
        for await (const chunk of bytes) {
          pending.push(chunk);
          pendingBytes += chunk.length;
          total += chunk.length;
          if (pendingBytes >= UPLOAD_CHUNK_BYTES) await flush();
        }
        await flush();
        return total;
      },
      localCopy,
    };
  }
  return {
    location: 'files',
    newPath: (organisationId, fileName) =>
      join(uploadsDir(options.dataDir), organisationId, `${randomUUID()}${safeExtension(fileName)}`),
    async receive(file, bytes) {
      const path = file.storedPath;
      if (!path) throw new Error(`upload ${file.id} has no path`);
      await mkdir(join(path, '..'), { recursive: true });
      let total = 0;
      const counted = async function* () {
        for await (const chunk of bytes) {
          total += chunk.length;
          yield chunk;
        }
      };
      await pipeline(counted, createWriteStream(path));
      // On disk before the row says 'queued': a crash right after must not lose an acknowledged upload.
      const handle = await open(path, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      return total;
    },
    localCopy,
  };
}

/** Deletes an upload's file on disk, if it has one; a missing file is fine. */
export async function removeStoredFile(path: string | null | undefined): Promise<void> {
  if (path) await rm(path, { force: true });
}
