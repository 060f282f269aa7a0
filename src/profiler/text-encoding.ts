/**
 * Text encodings as MKB exports come: UTF-8 with or without BOM, Windows-1252 (Dutch Excel's
 * "CSV (gescheiden door lijstscheidingsteken)"), ISO-8859-1, UTF-16 with BOM, and files that mix
 * UTF-8 with Windows-1252 after two exports were pasted together. DuckDB reads UTF-8 only as we
 * use it, so anything else is transcoded in a stream to a temporary UTF-8 file; the file is
 * never held in memory whole.
 */

import { isUtf8, transcode } from 'node:buffer';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';

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
};

const CHUNK = 8 * 1024 * 1024;

/**
 * Reads the whole file once, in 8 MB chunks, to decide whether it is valid UTF-8 (a single
 * Windows-1252 `€` in row nine million would otherwise slip through) and how lines end.
 */
export async function scanTextEncoding(
  path: string,
  onProgress?: (bytesRead: number) => void,
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
          };
        if (chunk[0] === 0xfe && chunk[1] === 0xff)
          return {
            encoding: 'utf-16be',
            lineEnding: detectLineEnding(swap16(chunk.subarray(2, 65536)).toString('utf16le')),
          };
        if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) encoding = 'utf-8-bom';
        lineEnding = detectLineEnding(chunk.subarray(0, 65536).toString('latin1'));
      }
      const end = completeUtf8End(chunk);
      carry = Buffer.from(chunk.subarray(end));
      chunk = chunk.subarray(0, end);
      if (!isUtf8(chunk)) return { encoding: 'legacy', lineEnding };
    }
    if (carry.length > 0 && !isUtf8(carry)) return { encoding: 'legacy', lineEnding };
    return { encoding, lineEnding };
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
 * Streams `path` to `outPath` as UTF-8 without BOM, 8 MB at a time. An 8-bit chunk is converted
 * natively as Latin-1 and then its 0x80–0x9F bytes are given their Windows-1252 meaning (`€`,
 * `‘`, `–`…); a chunk that is already valid UTF-8 is copied, so files that mix both survive.
 * Line ends are left alone (DuckDB reads CR-only files with `new_line`).
 */
export async function transcodeToUtf8(
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
  let sawC1 = false;
  let sawLegacy = false;
  let sawUtf8 = false;
  const input = createReadStream(path, { highWaterMark: CHUNK });
  try {
    if (options.from === 'utf-16le' || options.from === 'utf-16be') {
      const decoder = new TextDecoder(options.from, { ignoreBOM: false });
      for await (const raw of input as AsyncIterable<Buffer>) {
        bytesRead += raw.length;
        options.onProgress?.(bytesRead);
        await write(Buffer.from(decoder.decode(raw, { stream: true }), 'utf8'));
      }
      await write(Buffer.from(decoder.decode(), 'utf8'));
    } else {
      let carry: Buffer = Buffer.alloc(0);
      let isFirst = true;
      const convert = async (chunk: Buffer, isLast: boolean) => {
        if (chunk.length === 0) return;
        if (isUtf8(chunk)) {
          if (!sawUtf8 && hasHighByte(chunk)) sawUtf8 = true;
          await write(chunk);
          return;
        }
        void isLast;
        sawLegacy = true;
        const utf8 = transcode(chunk, 'latin1', 'utf8');
        const fixed = fixC1(utf8);
        if (fixed !== utf8) sawC1 = true;
        await write(fixed);
      };
      for await (const raw of input as AsyncIterable<Buffer>) {
        bytesRead += raw.length;
        options.onProgress?.(bytesRead);
        let src = carry.length > 0 ? Buffer.concat([carry, raw]) : raw;
        if (isFirst) {
          isFirst = false;
          if (src[0] === 0xef && src[1] === 0xbb && src[2] === 0xbf) src = src.subarray(3);
        }
        const end = completeUtf8End(src);
        carry = Buffer.from(src.subarray(end));
        await convert(src.subarray(0, end), false);
      }
      await convert(carry, true);
    }
  } finally {
    input.destroy();
    out.end();
    await once(out, 'close');
  }
  let encoding: TextEncoding;
  if (options.from !== 'legacy') encoding = options.from;
  else if (sawUtf8 && sawLegacy) encoding = 'mixed';
  else if (!sawLegacy) encoding = 'utf-8';
  else encoding = sawC1 ? 'windows-1252' : 'iso-8859-1';
  return { encoding, bytesWritten };
}

function hasHighByte(buf: Buffer): boolean {
  for (let b = 0xc2; b <= 0xf4; b++) if (buf.includes(b)) return true;
  return false;
}

/** Latin-1 turned 0x80–0x9F into U+0080–U+009F (`C2 80`…`C2 9F`); give them their Windows-1252 characters. */
function fixC1(utf8: Buffer): Buffer {
  let i = utf8.indexOf(0xc2);
  if (i < 0) return utf8;
  const parts: Buffer[] = [];
  let from = 0;
  while (i >= 0) {
    const next = utf8[i + 1] ?? 0;
    if (next >= 0x80 && next <= 0x9f) {
      parts.push(utf8.subarray(from, i), CP1252_C1_UTF8[next - 0x80] as Buffer);
      from = i + 2;
    }
    i = utf8.indexOf(0xc2, i + 1);
  }
  if (parts.length === 0) return utf8;
  parts.push(utf8.subarray(from));
  return Buffer.concat(parts);
}
