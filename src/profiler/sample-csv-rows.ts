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
import { readCsvRecords } from './read-csv-records.ts';
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

type Sampled = { fields: string[]; text: string };
type FileHandle = Awaited<ReturnType<typeof open>>;

/**
 * Samples `rows` records spread over the file (`encoding` as DuckDB will read it). Most records
 * are one line: those lines are read as CSV together, in one pass; a record that turns out to
 * span lines (a quoted line break) is read again from its own offset.
 */
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
    const count = Math.max(1, Math.min(options.rows, Math.floor(span / 8)));
    const offsetOf = (i: number) => dataStart + Math.floor((i * span) / count);
    // One line after each offset; a window without a whole line is read on its own below.
    const lines: { i: number; text: string }[] = [];
    const alone: number[] = [];
    const buf = Buffer.allocUnsafe(WINDOW);
    for (let i = 0; i < count; i++) {
      // Synchronous reads of a few KB each are far cheaper than 20 000 round trips to the
      // thread pool; let other work run between batches.
      if (i % 2000 === 1999) await yieldToEventLoop();
      const bytes = buf.subarray(0, readSync(fh.fd, buf, 0, WINDOW, offsetOf(i)));
      // A record starts at the data start or after the first line break past the offset.
      const begin = i === 0 ? 0 : bytes.indexOf(breakByte) + 1;
      const stop = bytes.indexOf(breakByte, begin);
      const text = stop >= 0 && (i === 0 || begin > 0) ? decoder.decode(bytes.subarray(begin, stop + 1)) : '';
      // An odd number of quotes opens a quoted line break: such a line is read on its own, so that
      // it cannot run on into the lines sampled after it.
      const quotes = text.split('"').length - 1;
      if (text !== '' && quotes % 2 === 0 && (text.match(LINE_BREAK)?.length ?? 0) === 1)
        lines.push({ i, text });
      else alone.push(i);
    }
    const sampled = new Map<number, Sampled>();
    const records = readCsvRecords(lines.map((l) => l.text).join(''), dialect.delimiter);
    let next = 0;
    for (const record of records) {
      const spans = record.text.match(LINE_BREAK)?.length ?? 0;
      const line = lines[next];
      if (line && record.isComplete && spans === 1) sampled.set(line.i, record);
      else
        for (const l of lines.slice(next, record.isComplete ? next + spans : lines.length)) alone.push(l.i);
      next += spans;
    }
    for (const i of alone) {
      const record = await sampleAt(fh, {
        at: offsetOf(i),
        isFirst: i === 0,
        size,
        breakByte,
        decoder,
        dialect,
      });
      if (record) sampled.set(i, record);
    }
    const out: (string | null)[][] = [];
    let recordBytes = 0;
    for (let i = 0; i < count; i++) {
      const record = sampled.get(i);
      if (
        !record ||
        record.fields.length !== width ||
        (record.fields.length === 1 && record.fields[0] === '')
      )
        continue;
      out.push(record.fields.map((f) => (f === '' ? null : f)));
      recordBytes += Buffer.byteLength(record.text, options.encoding === 'latin1' ? 'latin1' : 'utf8');
    }
    const meanBytes = out.length > 0 ? recordBytes / out.length : 1;
    return { rows: out, dataStart, estimatedRows: Math.round(span / Math.max(1, meanBytes)) };
  } finally {
    await fh.close();
  }
}

const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * The record after the first line break past `at` (or at `at` for the first), reading a larger
 * window while the record goes on; a record cut off by the end of the file is taken as it is.
 */
async function sampleAt(
  fh: FileHandle,
  o: {
    at: number;
    isFirst: boolean;
    size: number;
    breakByte: number;
    decoder: TextDecoder;
    dialect: CsvDialect;
  },
): Promise<Sampled | undefined> {
  for (let length = WINDOW; ; length *= 4) {
    const window = Buffer.allocUnsafe(length);
    const bytesRead = readSync(fh.fd, window, 0, length, o.at);
    const bytes = window.subarray(0, bytesRead);
    const begin = o.isFirst ? 0 : bytes.indexOf(o.breakByte) + 1;
    if (!o.isFirst && begin === 0) {
      if (bytesRead < length || length >= MAX_RECORD) return undefined;
      continue;
    }
    // Most records end at the first line break; decode more only for a quoted line break.
    const stop = bytes.indexOf(o.breakByte, begin);
    const first = (b: Buffer) => readCsvRecords(o.decoder.decode(b), o.dialect.delimiter, 1)[0];
    let record = first(stop >= 0 ? bytes.subarray(begin, stop + 1) : bytes.subarray(begin));
    if (record && !record.isComplete && stop >= 0) record = first(bytes.subarray(begin));
    const isAtEnd = o.at + bytesRead >= o.size;
    if (record && !record.isComplete && !isAtEnd && length < MAX_RECORD) continue;
    return record && (record.isComplete || isAtEnd) ? record : undefined;
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
