/**
 * Text encodings as MKB exports come: UTF-8 with or without BOM, Windows-1252 (Dutch Excel's
 * "CSV (gescheiden door lijstscheidingsteken)"), ISO-8859-1, UTF-16 with BOM, and files that mix
 * UTF-8 with Windows-1252 after two exports were pasted together. DuckDB reads UTF-8 only as we
 * use it, so anything else is transcoded in a stream to a temporary UTF-8 file; the file is
 * never held in memory whole.
 */

import { isUtf8 } from 'node:buffer';
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

/** Windows-1252 code points for bytes 0x80–0x9F (undefined bytes map to the Latin-1 control). */
const CP1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/** UTF-8 bytes for each single byte under Windows-1252. */
const CP1252_UTF8: Uint8Array[] = Array.from({ length: 256 }, (_, b) => {
  const cp = b >= 0x80 && b <= 0x9f ? (CP1252_C1[b - 0x80] ?? b) : b;
  return new Uint8Array(Buffer.from(String.fromCodePoint(cp), 'utf8'));
});

export type TranscodeReport = { encoding: TextEncoding; bytesWritten: number };

/**
 * Streams `path` to `outPath` as UTF-8 without BOM. Valid UTF-8 sequences are kept (files that mix
 * both encodings survive); every other byte ≥ 0x80 is read as Windows-1252. Lone CR line ends
 * become LF. Reports which encoding the input turned out to be.
 */
export async function transcodeToUtf8(
  path: string,
  outPath: string,
  options: {
    from: EncodingScan['encoding'];
    lineEnding: LineEnding;
    onProgress?: (bytesRead: number) => void;
  },
): Promise<TranscodeReport> {
  const out = createWriteStream(outPath, { highWaterMark: CHUNK });
  const write = async (buf: Uint8Array) => {
    if (!out.write(buf)) await once(out, 'drain');
  };
  let bytesRead = 0;
  let bytesWritten = 0;
  let sawC1 = false;
  let sawHigh = false;
  let sawUtf8 = false;
  const crToLf = options.lineEnding === 'cr';
  const input = createReadStream(path, { highWaterMark: CHUNK });
  try {
    if (options.from === 'utf-16le' || options.from === 'utf-16be') {
      const decoder = new TextDecoder(options.from, { ignoreBOM: false });
      for await (const raw of input as AsyncIterable<Buffer>) {
        bytesRead += raw.length;
        options.onProgress?.(bytesRead);
        let text = decoder.decode(raw, { stream: true });
        if (crToLf) text = text.replace(/\r(?!\n)/g, '\n');
        const buf = Buffer.from(text, 'utf8');
        bytesWritten += buf.length;
        await write(buf);
      }
      const tail = Buffer.from(decoder.decode(), 'utf8');
      bytesWritten += tail.length;
      await write(tail);
    } else {
      let carry: Buffer = Buffer.alloc(0);
      let isFirst = true;
      for await (const raw of input as AsyncIterable<Buffer>) {
        bytesRead += raw.length;
        options.onProgress?.(bytesRead);
        let src = carry.length > 0 ? Buffer.concat([carry, raw]) : raw;
        if (isFirst) {
          isFirst = false;
          if (src[0] === 0xef && src[1] === 0xbb && src[2] === 0xbf) src = src.subarray(3);
        }
        // Keep a possibly split UTF-8 sequence (or a CR before LF) for the next chunk.
        const keep = Math.min(3, src.length);
        const limit = src.length - keep;
        const dst = Buffer.allocUnsafe(src.length * 3 + 8);
        let o = 0;
        let i = 0;
        for (; i < limit; i++) {
          const b = src[i] as number;
          if (b < 0x80) {
            dst[o++] = b === 13 && crToLf ? 10 : b;
            continue;
          }
          const len = utf8SequenceLength(src, i);
          if (len > 0) {
            sawUtf8 = true;
            for (let k = 0; k < len; k++) dst[o++] = src[i + k] as number;
            i += len - 1;
            continue;
          }
          sawHigh = true;
          if (b <= 0x9f) sawC1 = true;
          const enc = CP1252_UTF8[b] as Uint8Array;
          for (let k = 0; k < enc.length; k++) dst[o++] = enc[k] as number;
        }
        carry = Buffer.from(src.subarray(i));
        bytesWritten += o;
        await write(dst.subarray(0, o));
      }
      // Flush the tail byte by byte.
      if (carry.length > 0) {
        const parts: Buffer[] = [];
        for (let i = 0; i < carry.length; i++) {
          const b = carry[i] as number;
          const len = b >= 0x80 ? utf8SequenceLength(carry, i) : 0;
          if (len > 0) {
            sawUtf8 = true;
            parts.push(carry.subarray(i, i + len));
            i += len - 1;
          } else if (b >= 0x80) {
            sawHigh = true;
            if (b <= 0x9f) sawC1 = true;
            parts.push(Buffer.from(CP1252_UTF8[b] as Uint8Array));
          } else parts.push(Buffer.from([b === 13 && crToLf ? 10 : b]));
        }
        const tail = Buffer.concat(parts);
        bytesWritten += tail.length;
        await write(tail);
      }
    }
  } finally {
    input.destroy();
    out.end();
    await once(out, 'close');
  }
  let encoding: TextEncoding;
  if (options.from !== 'legacy') encoding = options.from;
  else if (sawUtf8 && sawHigh) encoding = 'mixed';
  else if (sawUtf8) encoding = 'utf-8';
  else encoding = sawC1 ? 'windows-1252' : 'iso-8859-1';
  return { encoding, bytesWritten };
}

/** Length of a valid UTF-8 multi-byte sequence starting at `i`, or 0. */
function utf8SequenceLength(buf: Uint8Array, i: number): number {
  const b = buf[i] as number;
  const c1 = buf[i + 1];
  const isCont = (x: number | undefined) => x !== undefined && (x & 0xc0) === 0x80;
  if (b >= 0xc2 && b <= 0xdf) return isCont(c1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    if (!isCont(c1) || !isCont(buf[i + 2])) return 0;
    if (b === 0xe0 && (c1 as number) < 0xa0) return 0;
    if (b === 0xed && (c1 as number) > 0x9f) return 0;
    return 3;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    if (!isCont(c1) || !isCont(buf[i + 2]) || !isCont(buf[i + 3])) return 0;
    if (b === 0xf0 && (c1 as number) < 0x90) return 0;
    if (b === 0xf4 && (c1 as number) > 0x8f) return 0;
    return 4;
  }
  return 0;
}
