/**
 * A sample of a large delimited file's rows, read straight from the file before DuckDB loads it:
 * one record after each of `rows` evenly spaced byte offsets. The sample decides which columns
 * are worth exact value frequencies and how the others are typed, so that DuckDB can parse a
 * date or number column once, while loading, instead of in every later pass.
 *
 * A record after an offset starts at the next line break; records whose field count differs from
 * the header's (a line break inside a quoted field, a ragged row) are left out, as DuckDB rejects
 * them too. Values read as DuckDB reads them: an empty field is NULL. Row numbers are unknown.
 */
import { readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { parseRecord } from './parse-csv-record.ts';
import type { CsvDialect } from './sniff-csv-dialect.ts';
import type { LineEnding } from './text-encoding.ts';

export type CsvSample = {
  /** Sampled records, one value (or null) per column. */
  rows: (string | null)[][];
  /** Byte offset of the first data record. */
  dataStart: number;
  /** Rows in the file, estimated from the sampled records' length. */
  estimatedRows: number;
};

const WINDOW = 2048;
const MAX_RECORD = 1024 * 1024;

/** Samples `rows` records spread over the file (`encoding` as DuckDB will read it). */
export async function sampleCsvRows(
  path: string,
  options: {
    dialect: CsvDialect;
    lineEnding: LineEnding;
    size: number;
    rows: number;
    encoding: 'utf8' | 'latin1';
  },
): Promise<CsvSample> {
  const { dialect, size } = options;
  const width = dialect.names.length;
  const decoder = new TextDecoder(options.encoding === 'latin1' ? 'latin1' : 'utf-8');
  const breakByte = options.lineEnding === 'cr' ? 0x0d : 0x0a;
  const fh = await open(path, 'r');
  try {
    const dataStart = await findDataStart(fh, dialect, size);
    const span = Math.max(0, size - dataStart);
    const out: (string | null)[][] = [];
    let recordBytes = 0;
    const buf = Buffer.allocUnsafe(WINDOW);
    const count = Math.max(1, Math.min(options.rows, Math.floor(span / 8)));
    for (let i = 0; i < count; i++) {
      // Synchronous reads of a few KB each are far cheaper than 20 000 round trips to the
      // thread pool; let other work run between batches.
      if (i % 2000 === 1999) await yieldToEventLoop();
      const at = dataStart + Math.floor((i * span) / count);
      let length = WINDOW;
      for (;;) {
        const window = length === WINDOW ? buf : Buffer.allocUnsafe(length);
        const bytesRead = readSync(fh.fd, window, 0, length, at);
        const bytes = window.subarray(0, bytesRead);
        // A record starts at the data start or after the first line break past the offset.
        const begin = i === 0 ? 0 : bytes.indexOf(breakByte) + 1;
        if (i > 0 && begin === 0) {
          if (bytesRead < length || length >= MAX_RECORD) break;
          length *= 4;
          continue;
        }
        // Most records end at the first line break; decode more only for a quoted line break.
        const stop = bytes.indexOf(breakByte, begin);
        let record = parseRecord(
          decoder.decode(stop >= 0 ? bytes.subarray(begin, stop + 1) : bytes.subarray(begin)),
          dialect.delimiter,
        );
        if (!record.isComplete && stop >= 0)
          record = parseRecord(decoder.decode(bytes.subarray(begin)), dialect.delimiter);
        if (!record.isComplete && at + bytesRead < size && length < MAX_RECORD) {
          length *= 4;
          continue;
        }
        if (record.isComplete || at + bytesRead >= size) {
          if (record.fields.length === width && !(record.fields.length === 1 && record.fields[0] === '')) {
            out.push(record.fields.map((f) => (f === '' ? null : f)));
            recordBytes += Buffer.byteLength(record.text, options.encoding === 'latin1' ? 'latin1' : 'utf8');
          }
        }
        break;
      }
    }
    const meanBytes = out.length > 0 ? recordBytes / out.length : 1;
    return { rows: out, dataStart, estimatedRows: Math.round(span / Math.max(1, meanBytes)) };
  } finally {
    await fh.close();
  }
}

/** The byte offset after the skipped lines and the header record. */
async function findDataStart(
  fh: Awaited<ReturnType<typeof open>>,
  dialect: CsvDialect,
  size: number,
): Promise<number> {
  const head = Buffer.allocUnsafe(Math.min(size, 1024 * 1024));
  const { bytesRead } = await fh.read(head, 0, head.length, 0);
  const bytes = head.subarray(0, bytesRead);
  let pos = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  // `skip` counts physical lines, as DuckDB's does.
  for (let line = 0; line < dialect.skipLines; line++) {
    const next = nextLineStart(bytes, pos, false);
    if (next < 0) return size;
    pos = next;
  }
  if (dialect.hasHeader) {
    const next = nextLineStart(bytes, pos, true);
    pos = next < 0 ? size : next;
  }
  return pos;
}

/** Index after the line break that ends the line (or, quote-aware, the record) starting at `from`. */
function nextLineStart(bytes: Buffer, from: number, isRecord: boolean): number {
  let inQuotes = false;
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i];
    if (isRecord && b === 0x22) inQuotes = !inQuotes;
    else if (!inQuotes && b === 0x0a) return i + 1;
    else if (!inQuotes && b === 0x0d) return bytes[i + 1] === 0x0a ? i + 2 : i + 1;
  }
  return -1;
}
