/**
 * A small table (a pilot's weeks, a baseline) read from a CSV/TSV or XLSX file into its header and
 * rows of cell texts, each with its row number as Excel shows it. The profiler's own readers do the
 * work: the file kind by content (`sniff-file-kind.ts`), encodings (`text-encoding.ts`), the dialect
 * and the metadata lines above the header (`sniff-csv-dialect.ts`), csv-parse (`read-csv-records.ts`),
 * and for a workbook the zip check before anything is unpacked (`inspect-xlsx-zip.ts`) and the
 * largest sheet streamed to CSV (`convert-xlsx-to-csv.ts`). Never throws for bad input: a failure
 * has a stable code; run it in a child process (`readTableInChild`) where a crash costs one request.
 *
 * @example
 * const r = await readTableRows('metingen.csv', { maxRows: 5000 });
 * if (r.ok) console.log(r.value.header.cells, r.value.rows.length); else console.error(r.error.code);
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { isTable } from '../core/data-profile/judge-text-shape.ts';
import { type Message, msg } from '../core/message.ts';
import { assertNever, err, ok, type Result } from '../core/result.ts';
import { convertXlsxToCsv } from './convert-xlsx-to-csv.ts';
import { inspectXlsxZip } from './inspect-xlsx-zip.ts';
import { measureTextShape } from './measure-text-shape.ts';
import type { ProfileFailureCode } from './profile-failure.ts';
import { readCsvRecords } from './read-csv-records.ts';
import { sniffCsvDialect } from './sniff-csv-dialect.ts';
import { sniffFileKind } from './sniff-file-kind.ts';
import { scanTextEncoding, transcodeToUtf8 } from './text-encoding.ts';

export type TableRows = {
  format: 'csv' | 'xlsx';
  /** The worksheet read (the one with the most rows), for XLSX. */
  sheet?: string;
  /** The delimiter of a CSV. */
  delimiter?: string;
  /** The header: the first row of the table, below any metadata lines. */
  header: { row: number; cells: string[] };
  /** The rows below the header, blank ones included, each with its number as Excel shows it. */
  rows: { row: number; cells: string[] }[];
  /** Numbers that could be either (`1.234`) read with a decimal comma: a semicolon CSV (Dutch Excel). */
  prefersDecimalComma: boolean;
};

export type TableReadFailureCode = ProfileFailureCode | 'TOO_MANY_ROWS';

export type TableReadFailure = {
  code: TableReadFailureCode;
  message: Message;
  file: string;
  /** For the log only. */
  cause?: string;
  reference?: string;
};

export type ReadTableOptions = {
  /** More data rows than this is a failure (`TOO_MANY_ROWS`). */
  maxRows: number;
  /** Larger files are refused before they are read (`TOO_LARGE`). Default 8 MB. */
  maxBytes?: number;
  /** Where temporary files go (a transcode, a worksheet as CSV); default the OS temp dir. */
  tempDir?: string;
};

const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
/** What a worksheet may unpack to, as CSV and as its zip parts, beyond the file's own size. */
const XLSX_UNPACK_FACTOR = 20;

/** The failure's message: the profiler's (`profiler.failure.<CODE>`), or the table import's own (`pilotImport.file.<CODE>`). */
function failure(
  code: TableReadFailureCode,
  file: string,
  params: Record<string, string | number> = {},
): TableReadFailure {
  // The profiler reads Parquet and JSON, this reader does not: its own words for both.
  const key =
    code === 'TOO_MANY_ROWS' || code === 'UNSUPPORTED_FORMAT'
      ? `pilotImport.file.${code}`
      : `profiler.failure.${code}`;
  return { code, file, message: msg(key, { file, ...params }) };
}

const mb = (bytes: number) => Math.round((bytes / 1024 ** 2) * 10) / 10;

/** Reads the table of a CSV/TSV or XLSX file; see the module comment. */
export async function readTableRows(
  path: string,
  options: ReadTableOptions,
): Promise<Result<TableRows, TableReadFailure>> {
  const file = basename(path);
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) return err(failure('NOT_FOUND', file));
    size = s.size;
  } catch {
    return err(failure('NOT_FOUND', file));
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size > maxBytes) return err(failure('TOO_LARGE', file, { sizeMb: mb(size), limitMb: mb(maxBytes) }));
  let work: string | undefined;
  try {
    work = await mkdtemp(join(options.tempDir ?? tmpdir(), 'haalbaar-table-'));
    const kind = await sniffFileKind(path, size);
    switch (kind.kind) {
      case 'empty':
        return err(failure('EMPTY_FILE', file));
      case 'binary':
        return err(failure('BINARY_FILE', file, { what: kind.what }));
      case 'encrypted-office':
        return err(failure('XLSX_ENCRYPTED', file));
      case 'legacy-office':
        return err(failure('UNSUPPORTED_FORMAT', file, { format: 'xls' }));
      case 'parquet':
        return err(failure('UNSUPPORTED_FORMAT', file, { format: 'parquet' }));
      case 'json':
        return err(failure('UNSUPPORTED_FORMAT', file, { format: 'json' }));
      case 'zip':
        return await readWorkbook(path, file, join(work, 'sheet.csv'), { ...options, maxBytes });
      case 'text':
        return await readText(path, file, join(work, 'utf8.csv'), options);
      default:
        return assertNever(kind, 'file kind');
    }
  } catch (e) {
    const cause = String((e as Error)?.stack ?? e).slice(0, 2000);
    return err({ ...failure('UNREADABLE', file), cause });
  } finally {
    if (work) await rm(work, { recursive: true, force: true }).catch(() => {});
  }
}

async function readWorkbook(
  path: string,
  file: string,
  csv: string,
  options: ReadTableOptions & { maxBytes: number },
): Promise<Result<TableRows, TableReadFailure>> {
  const unpackLimit = Math.max(options.maxBytes * XLSX_UNPACK_FACTOR, 64 * 1024 * 1024);
  const zip = await inspectXlsxZip(path, { maxTotalBytes: unpackLimit });
  if (!zip.ok) {
    switch (zip.reason) {
      case 'corrupt':
        return err(failure('XLSX_CORRUPT', file));
      case 'not-xlsx':
        return err(failure('UNSUPPORTED_FORMAT', file, { format: 'zip' }));
      case 'too-many-entries':
        return err(failure('XLSX_TOO_COMPLEX', file, { entries: zip.entries }));
      case 'too-many-texts':
        return err(failure('XLSX_TOO_MANY_TEXTS', file, { textMb: mb(zip.bytes) }));
      case 'bomb':
        return err(failure('ZIP_BOMB', file, { entry: zip.entry, declaredMb: mb(zip.bytes) }));
      case 'false-sizes':
        return err(failure('XLSX_FALSE_SIZES', file, { entry: zip.entry }));
    }
  }
  const convert = () => convertXlsxToCsv(path, csv, { maxBytes: unpackLimit });
  let conv = await convert();
  // As in profile-file.ts: a temporary sheet file of exceljs that vanished is read once more.
  if (!conv.ok && conv.reason === 'corrupt' && conv.detail.includes('ENOENT')) conv = await convert();
  if (!conv.ok) {
    if (conv.reason === 'too-large') {
      return err(failure('ZIP_BOMB', file, { entry: '*', declaredMb: mb(unpackLimit) }));
    }
    return err({
      ...failure('XLSX_CORRUPT', file),
      cause: conv.reason === 'corrupt' ? conv.detail : conv.reason,
    });
  }
  const text = await readFile(csv, 'utf8');
  if (text.trim() === '') return err(failure('EMPTY_FILE', file));
  // One CSV record per worksheet row, blank rows included: the record's index is Excel's row number.
  // Title rows above the table are skipped as in a CSV.
  const dialect = sniffCsvDialect(text, false, ',');
  const table = tableOf(text, ',', file, options.maxRows, dialect.skipLines);
  return table.ok
    ? ok({ ...table.value, format: 'xlsx', sheet: conv.sheet, prefersDecimalComma: false })
    : table;
}

async function readText(
  path: string,
  file: string,
  utf8Path: string,
  options: ReadTableOptions,
): Promise<Result<TableRows, TableReadFailure>> {
  const scan = await scanTextEncoding(path);
  let source = path;
  if (scan.encoding !== 'utf-8' && scan.encoding !== 'utf-8-bom') {
    await transcodeToUtf8(path, utf8Path, { from: scan.encoding });
    source = utf8Path;
  }
  let text = await readFile(source, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return err(failure('EMPTY_FILE', file));
  const dialect = sniffCsvDialect(text, false);
  if (dialect.names.length === 0) return err(failure('EMPTY_FILE', file));
  if (!isTable(measureTextShape(text, dialect.delimiter, false))) return err(failure('NOT_A_TABLE', file));
  const table = tableOf(text, dialect.delimiter, file, options.maxRows, dialect.skipLines);
  if (!table.ok) return table;
  return ok({
    ...table.value,
    format: 'csv',
    delimiter: dialect.delimiter,
    // A comma CSV cannot hold an unquoted decimal comma; every other delimiter is Dutch Excel's or a tab.
    prefersDecimalComma: dialect.delimiter !== ',',
  });
}

/**
 * The header and rows of CSV text. The header is the record on physical line `headerLine` (0-based;
 * the sniffer's `skipLines`, past metadata lines), or the first non-blank record. A record's number
 * is its position among the records plus one: Excel shows a quoted line break inside a cell as one
 * row, and a blank line as an empty row.
 */
function tableOf(
  text: string,
  delimiter: string,
  file: string,
  maxRows: number,
  headerLine?: number,
): Result<Omit<TableRows, 'format' | 'prefersDecimalComma'>, TableReadFailure> {
  // The rows allowed, with room for the header, metadata above it and blank lines; more is too many.
  const most = maxRows + 1000;
  const records = readCsvRecords(text, delimiter, most + 1);
  if (records.length > most) return err(failure('TOO_MANY_ROWS', file, { limit: maxRows }));
  const isBlank = (fields: string[]) => fields.every((f) => f.trim() === '');
  let at = headerLine === undefined ? -1 : records.findIndex((r) => r.line === headerLine);
  if (at < 0) at = records.findIndex((r) => !isBlank(r.fields));
  const header = records[at];
  if (!header) return err(failure('EMPTY_FILE', file));
  const rows = records.slice(at + 1).map((r, i) => ({ row: at + 2 + i, cells: r.fields }));
  while (rows.length > 0 && isBlank(rows[rows.length - 1]?.cells ?? [])) rows.pop();
  const filled = rows.filter((r) => !isBlank(r.cells)).length;
  if (filled > maxRows) return err(failure('TOO_MANY_ROWS', file, { limit: maxRows }));
  return ok({ header: { row: at + 1, cells: header.fields }, rows });
}
