/**
 * Text encodings as MKB exports come: UTF-8 with or without BOM, Windows-1252 (Dutch Excel's
 * "CSV (gescheiden door lijstscheidingsteken)"), ISO-8859-1, UTF-16 with BOM, and files that mix
 * UTF-8 with Windows-1252 after two exports were pasted together. DuckDB reads UTF-8 and Latin-1:
 * a legacy file without any byte in 0x80–0x9F is handed to DuckDB as Latin-1 as it is; anything
 * else is transcoded in a stream to a temporary UTF-8 file, never held in memory whole.
 */

import { isAscii, isUtf8, transcode } from 'node:buffer';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';

export type TextEncoding =
  | 'utf-8'
  | 'utf-8-bom'
  | 'utf-16le'
  | 'utf-16be'
  | 'windows-1252'
  | 'iso-8859-1'
  | 'mixed';
export type LineEnding = 'lf' | 'crlf' | 'cr';

export type EncodingScan = {
  /** Best guess before transcoding; `legacy` means an 8-bit code page, settled while transcoding. */
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'legacy';
  lineEnding: LineEnding;
  /**
   * False when only the first chunk was checked (`firstChunkOnly`) and it was valid UTF-8: the
   * rest is then checked by DuckDB while it loads (invalid bytes come back as `INVALID ENCODING`
   * rejects, and the caller scans and transcodes after all).
   */
  isComplete: boolean;
};

const CHUNK = 8 * 1024 * 1024;

/**
 * Reads the file in 8 MB chunks to decide whether it is valid UTF-8 (a single Windows-1252 `€`
 * in row nine million would otherwise slip through) and how lines end. With `firstChunkOnly`
 * it stops after the first chunk; DuckDB validates the rest while loading.
 */
export async function scanTextEncoding(
  path: string,
  onProgress?: (bytesRead: number) => void,
  options: { firstChunkOnly?: boolean } = {},
): Promise<EncodingScan> {
  let first = true;
  let encoding: EncodingScan['encoding'] = 'utf-8';
  let lineEnding: LineEnding = 'lf';
  let carry = Buffer.alloc(0);
  let bytesRead = 0;
  const stream = createReadStream(path, { highWaterMark: CHUNK });
  try {
    for await (const raw of stream as AsyncIterable<Buffer>) {
      bytesRead += raw.length;
      onProgress?.(bytesRead);
      let chunk = carry.length > 0 ? Buffer.concat([carry, raw]) : raw;
      if (first) {
        first = false;
        if (chunk[0] === 0xff && chunk[1] === 0xfe)
          return {
            encoding: 'utf-16le',
            lineEnding: detectLineEnding(chunk.subarray(2, 65536).toString('utf16le')),
            isComplete: true,
          };
        if (chunk[0] === 0xfe && chunk[1] === 0xff)
          return {
            encoding: 'utf-16be',
            lineEnding: detectLineEnding(swap16(chunk.subarray(2, 65536)).toString('utf16le')),
            isComplete: true,
          };
        if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) encoding = 'utf-8-bom';
        lineEnding = detectLineEnding(chunk.subarray(0, 65536).toString('latin1'));
      }
      const end = completeUtf8End(chunk);
      carry = Buffer.from(chunk.subarray(end));
      chunk = chunk.subarray(0, end);
      if (!isUtf8(chunk)) return { encoding: 'legacy', lineEnding, isComplete: true };
      if (options.firstChunkOnly && raw.length >= CHUNK) return { encoding, lineEnding, isComplete: false };
    }
    if (carry.length > 0 && !isUtf8(carry)) return { encoding: 'legacy', lineEnding, isComplete: true };
    return { encoding, lineEnding, isComplete: true };
  } finally {
    stream.destroy();
  }
}

/** The line ending used by most lines of a sample. */
export function detectLineEnding(sample: string): LineEnding {
  let crlf = 0;
  let cr = 0;
  let lf = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 13) {
      if (sample.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  if (cr > crlf && cr > lf) return 'cr';
  return crlf > lf ? 'crlf' : 'lf';
}

/** Index after the last complete UTF-8 sequence, so a chunk border never splits a character. */
function completeUtf8End(buf: Buffer): number {
  const n = buf.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = buf[n - back] ?? 0;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? n - back : n;
    }
    return n;
  }
  return n;
}

function swap16(buf: Buffer): Buffer {
  const copy = Buffer.from(buf.subarray(0, buf.length - (buf.length % 2)));
  return copy.swap16();
}

/** Windows-1252 code points for bytes 0x80–0x9F (undefined bytes keep their Latin-1 control). */
const CP1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

const CP1252_C1_UTF8 = CP1252_C1.map((cp) => Buffer.from(String.fromCodePoint(cp), 'utf8'));

export type TranscodeReport = { encoding: TextEncoding; bytesWritten: number };

/**
 * Whether a legacy (8-bit) file must be transcoded before DuckDB reads it: DuckDB's Latin-1
 * reader refuses bytes 0x80–0x9F (Windows-1252's `€`, `‘`, `–`…), and a chunk that is valid
 * UTF-8 with non-ASCII text (a mixed file) must stay UTF-8. Files with neither (pure ISO-8859-1,
 * or Windows-1252 that uses only é, ü, ©…) are read by DuckDB directly as Latin-1, saving a
 * rewrite of the whole file. Reads the file in the transcoder's chunks and stops at the first
 * reason to transcode.
 */
export async function legacyNeedsTranscode(
  path: string,
  onProgress?: (bytesRead: number) => void,
): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    let carry: Buffer = Buffer.alloc(0);
    let position = 0;
    for (let isFirst = true; ; isFirst = false) {
      const raw = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await fh.read(raw, 0, CHUNK, position);
      position += bytesRead;
      onProgress?.(position);
      const isLast = bytesRead === 0;
      const src =
        carry.length > 0 ? Buffer.concat([carry, raw.subarray(0, bytesRead)]) : raw.subarray(0, bytesRead);
      if (isFirst && src[0] === 0xef && src[1] === 0xbb && src[2] === 0xbf) return true;
      const end = isLast ? src.length : completeUtf8End(src);
      carry = Buffer.from(src.subarray(end));
      const chunk = src.subarray(0, end);
      if (isUtf8(chunk) ? !isAscii(chunk) : hasC1Byte(chunk)) return true;
      if (isLast) return false;
    }
  } finally {
    await fh.close();
  }
}

/** Whether any byte is in 0x80–0x9F (a C1 control in Latin-1, `€`…`Ÿ` in Windows-1252). */
function hasC1Byte(buf: Buffer): boolean {
  for (let i = 0; i < buf.length; i++) if (((buf[i] as number) & 0xe0) === 0x80) return true;
  return false;
}

/**
 * Streams `path` to `outPath` as UTF-8 without BOM, 8 MB at a time. An 8-bit chunk is converted
 * natively as Latin-1 and then its 0x80–0x9F bytes are given their Windows-1252 meaning (`€`,
 * `‘`, `–`…); a chunk that is already valid UTF-8 is copied, so files that mix both survive.
 * Reading the next chunk and writing the previous one overlap the conversion.
 * Line ends are left alone (DuckDB reads CR-only files with `new_line`).
 */
export async function transcodeToUtf8(
  path: string,
  outPath: string,
  options: { from: EncodingScan['encoding']; onProgress?: (bytesRead: number) => void },
): Promise<TranscodeReport> {
  if (options.from === 'utf-16le' || options.from === 'utf-16be')
    return transcodeUtf16(path, outPath, options);
  const input = await open(path, 'r');
  const output = await open(outPath, 'w');
  let bytesWritten = 0;
  let sawC1 = false;
  let sawLegacy = false;
  let sawUtf8 = false;
  let pending: Promise<unknown> = Promise.resolve();
  const write = async (buf: Buffer) => {
    if (buf.length === 0) return;
    await pending;
    bytesWritten += buf.length;
    pending = output.write(buf, 0, buf.length);
  };
  let position = 0;
  const readNext = async () => {
    const buf = Buffer.allocUnsafe(CHUNK);
    const { bytesRead } = await input.read(buf, 0, CHUNK, position);
    position += bytesRead;
    return buf.subarray(0, bytesRead);
  };
  try {
    let carry: Buffer = Buffer.alloc(0);
    let next = readNext();
    for (let isFirst = true; ; isFirst = false) {
      const raw = await next;
      const isLast = raw.length === 0;
      if (!isLast) next = readNext();
      options.onProgress?.(position);
      let src = carry.length > 0 ? Buffer.concat([carry, raw]) : raw;
      if (isFirst && src[0] === 0xef && src[1] === 0xbb && src[2] === 0xbf) src = src.subarray(3);
      const end = isLast ? src.length : completeUtf8End(src);
      carry = Buffer.from(src.subarray(end));
      const chunk = src.subarray(0, end);
      if (chunk.length > 0) {
        if (isUtf8(chunk)) {
          if (!sawUtf8 && !isAscii(chunk)) sawUtf8 = true;
          await write(chunk);
        } else {
          sawLegacy = true;
          const utf8 = transcode(chunk, 'latin1', 'utf8');
          const fixed = fixC1(utf8);
          if (fixed !== utf8) sawC1 = true;
          await write(fixed);
        }
      }
      if (isLast) break;
    }
    await pending;
  } finally {
    await pending.catch(() => {});
    await input.close();
    await output.close();
  }
  let encoding: TextEncoding;
  if (options.from !== 'legacy') encoding = options.from;
  else if (sawUtf8 && sawLegacy) encoding = 'mixed';
  else if (!sawLegacy) encoding = 'utf-8';
  else encoding = sawC1 ? 'windows-1252' : 'iso-8859-1';
  return { encoding, bytesWritten };
}

async function transcodeUtf16(
  path: string,
  outPath: string,
  options: { from: EncodingScan['encoding']; onProgress?: (bytesRead: number) => void },
): Promise<TranscodeReport> {
  const out = createWriteStream(outPath, { highWaterMark: CHUNK });
  let bytesWritten = 0;
  const write = async (buf: Uint8Array) => {
    bytesWritten += buf.length;
    if (!out.write(buf)) await once(out, 'drain');
  };
  let bytesRead = 0;
  const input = createReadStream(path, { highWaterMark: CHUNK });
  try {
    const decoder = new TextDecoder(options.from, { ignoreBOM: false });
    for await (const raw of input as AsyncIterable<Buffer>) {
      bytesRead += raw.length;
      options.onProgress?.(bytesRead);
      await write(Buffer.from(decoder.decode(raw, { stream: true }), 'utf8'));
    }
    await write(Buffer.from(decoder.decode(), 'utf8'));
  } finally {
    input.destroy();
    out.end();
    await once(out, 'close');
  }
  return { encoding: options.from === 'utf-16be' ? 'utf-16be' : 'utf-16le', bytesWritten };
}

/**
 * Latin-1 turned 0x80–0x9F into U+0080–U+009F (`C2 80`…`C2 9F`); give them their Windows-1252
 * characters. Copies the runs between them into one preallocated buffer (a C1 character grows
 * from two bytes to at most three); returns the input itself when there is none.
 */
function fixC1(utf8: Buffer): Buffer {
  let i = utf8.indexOf(0xc2);
  let out: Buffer | undefined;
  let o = 0;
  let from = 0;
  while (i >= 0) {
    const next = utf8[i + 1] ?? 0;
    if (next >= 0x80 && next <= 0x9f) {
      out ??= Buffer.allocUnsafe(utf8.length + Math.ceil(utf8.length / 2));
      o += utf8.copy(out, o, from, i);
      const rep = CP1252_C1_UTF8[next - 0x80] as Buffer;
      for (let k = 0; k < rep.length; k++) out[o++] = rep[k] as number;
      from = i + 2;
    }
    i = utf8.indexOf(0xc2, i + 2);
  }
  if (!out) return utf8;
  o += utf8.copy(out, o, from);
  return out.subarray(0, o);
}
