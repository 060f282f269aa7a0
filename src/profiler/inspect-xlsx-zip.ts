/**
 * Checks an `.xlsx` (a zip) before the worksheet reader opens it. The sizes a zip declares can lie:
 * a 5 MB file may declare small entries and unpack to gigabytes. So every entry is unpacked once
 * here with yauzl, which counts the real bytes and stops the moment an entry produces more than it
 * declared; the declared sizes are checked first, so the honest total is capped before any work.
 */
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';

export type ZipEntry = { name: string; compressedBytes: number; uncompressedBytes: number };

export type XlsxZipCheck =
  | { ok: true; entries: ZipEntry[]; unpackedBytes: number }
  | { ok: false; reason: 'corrupt' }
  | { ok: false; reason: 'not-xlsx' }
  | { ok: false; reason: 'too-many-entries'; entries: number }
  | { ok: false; reason: 'bomb'; entry: string; bytes: number }
  | { ok: false; reason: 'false-sizes'; entry: string }
  | { ok: false; reason: 'too-many-texts'; bytes: number };

/** Limits for unpacking, with why. */
export const ZIP_LIMITS = {
  /** Real worksheets compress 5–100×; deflate cannot exceed ~1032×, which bombs use. */
  maxRatio: 400,
  /** The ratio rule applies to entries larger than this (small files compress oddly). */
  ratioMinBytes: 10 * 1024 * 1024,
  /** A workbook has a few dozen parts; thousands of entries only cost time. */
  maxEntries: 10_000,
  /**
   * The worksheet reader keeps every shared string in memory (about 50 bytes each beyond the text),
   * so the shared-strings part is capped well below what the profiling process may use.
   */
  maxSharedStringsBytes: 256 * 1024 * 1024,
} as const;

/** The first entry that looks like a zip bomb by its declared sizes, if any. */
export function findZipBomb(entries: ZipEntry[], maxTotalBytes: number): ZipEntry | 'total' | undefined {
  for (const e of entries) {
    const ratio = e.uncompressedBytes / Math.max(1, e.compressedBytes);
    if (e.uncompressedBytes > ZIP_LIMITS.ratioMinBytes && ratio > ZIP_LIMITS.maxRatio) return e;
  }
  const total = entries.reduce((s, x) => s + x.uncompressedBytes, 0);
  return total > maxTotalBytes ? 'total' : undefined;
}

const SHARED_STRINGS = /^xl\/sharedStrings\d*\.xml$/i;

/**
 * Reads the zip at `path`: its directory, then every entry unpacked and counted. `maxTotalBytes`
 * caps what the workbook may unpack to in all.
 */
export async function inspectXlsxZip(
  path: string,
  options: { maxTotalBytes: number; onBytes?: (unpacked: number) => void },
): Promise<XlsxZipCheck> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: false,
    });
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (zip.entryCount > ZIP_LIMITS.maxEntries) {
    zip.close();
    return { ok: false, reason: 'too-many-entries', entries: zip.entryCount };
  }
  try {
    const entries: ZipEntry[] = [];
    try {
      for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
        entries.push({
          name: entry.fileName,
          compressedBytes: entry.compressedSize,
          uncompressedBytes: entry.uncompressedSize,
        });
      }
    } catch {
      return { ok: false, reason: 'corrupt' };
    }
    if (!entries.some((e) => e.name === 'xl/workbook.xml')) return { ok: false, reason: 'not-xlsx' };
    const bomb = findZipBomb(entries, options.maxTotalBytes);
    if (bomb) {
      const bytes =
        bomb === 'total' ? entries.reduce((s, e) => s + e.uncompressedBytes, 0) : bomb.uncompressedBytes;
      return { ok: false, reason: 'bomb', entry: bomb === 'total' ? '*' : bomb.name, bytes };
    }
    const texts = entries.find((e) => SHARED_STRINGS.test(e.name));
    if (texts && texts.uncompressedBytes > ZIP_LIMITS.maxSharedStringsBytes) {
      return { ok: false, reason: 'too-many-texts', bytes: texts.uncompressedBytes };
    }
    // The declared sizes pass; now unpack everything and hold each entry to what it declared.
    return await unpackAll(path, options.onBytes);
  } finally {
    zip.close();
  }
}

async function unpackAll(path: string, onBytes?: (unpacked: number) => void): Promise<XlsxZipCheck> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  const entries: ZipEntry[] = [];
  let unpacked = 0;
  try {
    for (;;) {
      let entry: yauzl.Entry | null;
      try {
        entry = await nextEntry(zip);
      } catch {
        return { ok: false, reason: 'corrupt' };
      }
      if (!entry) break;
      const info = {
        name: entry.fileName,
        compressedBytes: entry.compressedSize,
        uncompressedBytes: entry.uncompressedSize,
      };
      entries.push(info);
      if (entry.fileName.endsWith('/')) continue;
      try {
        const stream = await openEntry(zip, entry);
        await pipeline(
          stream,
          new Writable({
            write(chunk: Buffer, _encoding, done) {
              unpacked += chunk.length;
              onBytes?.(unpacked);
              done();
            },
          }),
        );
      } catch (e) {
        // yauzl stops an entry that unpacks to more than it declared: the sizes lie.
        if (/too many bytes/i.test((e as Error).message)) {
          return { ok: false, reason: 'false-sizes', entry: entry.fileName };
        }
        return { ok: false, reason: 'corrupt' };
      }
    }
    return { ok: true, entries, unpackedBytes: unpacked };
  } finally {
    zip.close();
  }
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const onEntry = (entry: yauzl.Entry) => {
      cleanup();
      resolve(entry);
    };
    const onEnd = () => {
      cleanup();
      resolve(null);
    };
    const onError = (e: Error) => {
      cleanup();
      reject(e);
    };
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (e, stream) =>
      e || !stream ? reject(e ?? new Error('no stream')) : resolve(stream),
    );
  });
}
