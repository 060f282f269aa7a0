/**
 * Reads a zip's central directory (without unpacking anything) to check an `.xlsx` before the
 * streaming reader touches it: truncated files have no end record, zip bombs declare huge
 * uncompressed sizes for tiny compressed ones, and a workbook must contain `xl/workbook.xml`.
 */
import { open } from 'node:fs/promises';

export type ZipEntry = { name: string; compressedBytes: number; uncompressedBytes: number };

export type ZipInspection =
  | { ok: true; entries: ZipEntry[]; totalUncompressedBytes: number }
  | { ok: false; reason: 'truncated' | 'not-a-zip' };

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;

/** Lists the entries of the zip at `path` with their declared sizes. */
export async function inspectZip(path: string, size: number): Promise<ZipInspection> {
  const fh = await open(path, 'r');
  try {
    const tailLen = Math.min(size, 65_557 + 20);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    let eocd = -1;
    for (let i = tailLen - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return { ok: false, reason: 'truncated' };
    let count = tail.readUInt16LE(eocd + 10);
    let cdSize = tail.readUInt32LE(eocd + 12);
    let cdOffset = tail.readUInt32LE(eocd + 16);
    if ((count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) && eocd >= 20) {
      if (tail.readUInt32LE(eocd - 20) === EOCD64_LOCATOR) {
        const at = Number(tail.readBigUInt64LE(eocd - 20 + 8));
        const rec = Buffer.alloc(56);
        await fh.read(rec, 0, 56, at);
        count = Number(rec.readBigUInt64LE(32));
        cdSize = Number(rec.readBigUInt64LE(40));
        cdOffset = Number(rec.readBigUInt64LE(48));
      }
    }
    if (cdOffset + cdSize > size || cdSize > 64 * 1024 * 1024) return { ok: false, reason: 'truncated' };
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    const entries: ZipEntry[] = [];
    let p = 0;
    for (let k = 0; k < count; k++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) return { ok: false, reason: 'truncated' };
      let compressed = cd.readUInt32LE(p + 20);
      let uncompressed = cd.readUInt32LE(p + 24);
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      let localOffset = cd.readUInt32LE(p + 42);
      const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
      // ZIP64 extra field: the 64-bit sizes, in this order, for each 32-bit field set to 0xFFFFFFFF.
      let e = p + 46 + nameLen;
      const extraEnd = e + extraLen;
      while (e + 4 <= extraEnd) {
        const id = cd.readUInt16LE(e);
        const len = cd.readUInt16LE(e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          if (uncompressed === 0xffffffff) {
            uncompressed = Number(cd.readBigUInt64LE(q));
            q += 8;
          }
          if (compressed === 0xffffffff) {
            compressed = Number(cd.readBigUInt64LE(q));
            q += 8;
          }
          if (localOffset === 0xffffffff) localOffset = Number(cd.readBigUInt64LE(q));
        }
        e += 4 + len;
      }
      if (localOffset + compressed > cdOffset) return { ok: false, reason: 'truncated' };
      entries.push({ name, compressedBytes: compressed, uncompressedBytes: uncompressed });
      p = extraEnd + commentLen;
    }
    return {
      ok: true,
      entries,
      totalUncompressedBytes: entries.reduce((s, x) => s + x.uncompressedBytes, 0),
    };
  } finally {
    await fh.close();
  }
}

/** Limits for unpacking: a deflate ratio above `maxRatio` on a large entry is a bomb, not a sheet. */
export const ZIP_LIMITS = {
  /** Real worksheets compress 5–100×; deflate cannot exceed ~1032×, which bombs use. */
  maxRatio: 400,
  /** The ratio rule applies to entries larger than this (small files compress oddly). */
  ratioMinBytes: 10 * 1024 * 1024,
} as const;

/** The first entry that looks like a zip bomb, if any; `maxTotalBytes` caps everything unpacked. */
export function findZipBomb(entries: ZipEntry[], maxTotalBytes: number): ZipEntry | 'total' | undefined {
  for (const e of entries) {
    const ratio = e.uncompressedBytes / Math.max(1, e.compressedBytes);
    if (e.uncompressedBytes > ZIP_LIMITS.ratioMinBytes && ratio > ZIP_LIMITS.maxRatio) return e;
  }
  const total = entries.reduce((s, x) => s + x.uncompressedBytes, 0);
  return total > maxTotalBytes ? 'total' : undefined;
}
