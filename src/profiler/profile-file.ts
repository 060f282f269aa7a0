/**
 * The data profiler's entry point: one file in, one DataProfile out (DESIGN.md "Data profile").
 * Never throws for bad input: an unreadable file comes back as a ProfileFailure with a stable
 * code and a message key that says what to do.
 *
 * @example
 * const r = await profileFile('export.csv', { targetColumn: 'Machine failure' });
 * if (r.ok) console.log(r.value.readiness.level); else console.error(r.error.code);
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { findLabelColumn } from '../core/data-profile/analyse-labels.ts';
import type { ColumnStats } from '../core/data-profile/column-stats.ts';
import type { DataProfile } from '../core/data-profile/data-profile-types.ts';
import { needsMissingStretch } from '../core/data-profile/find-column-issues.ts';
import { findShiftedValueCandidates } from '../core/data-profile/find-shifted-values.ts';
import { judgeDataset } from '../core/data-profile/judge-dataset.ts';
import { isTable } from '../core/data-profile/judge-text-shape.ts';
import { PROFILE_MEASUREMENT as M } from '../core/data-profile/profile-thresholds.ts';
import { assertNever, err, ok, type Result } from '../core/result.ts';
import { analyseColumns, type ColumnAnalysis, columnStats, findExampleRows } from './analyse-columns.ts';
import { analyseTimeSeries } from './analyse-time-series.ts';
import { convertXlsxToCsv } from './convert-xlsx-to-csv.ts';
import { countDuplicateRows } from './count-duplicate-rows.ts';
import { countShiftedValues } from './count-shifted-values.ts';
import { openDuckDbSession } from './duckdb-session.ts';
import { inspectXlsxZip } from './inspect-xlsx-zip.ts';
import {
  type LoadedTable,
  loadCsv,
  loadNative,
  RAW_TABLE,
  type SourceColumn,
  TooManyColumnsError,
} from './load-source.ts';
import { MAX_JSON_DEPTH, measureJsonDepth } from './measure-json-depth.ts';
import { measureTextShape } from './measure-text-shape.ts';
import { planColumnStorage, type StoragePlan } from './plan-column-storage.ts';
import { type ProfileFailure, profileFailure } from './profile-failure.ts';
import { sampleCsvRows } from './sample-csv-rows.ts';
import { type CsvDialect, sniffCsvDialect } from './sniff-csv-dialect.ts';
import { sniffFileKind } from './sniff-file-kind.ts';
import {
  type EncodingScan,
  type LineEnding,
  legacyNeedsTranscode,
  scanTextEncoding,
  type TextEncoding,
  transcodeToUtf8,
} from './text-encoding.ts';

export type { ProfileFailure, ProfileFailureCode } from './profile-failure.ts';

export type ProfileOptions = {
  /** Worksheet to profile in an `.xlsx`; default the first one with data. */
  sheet?: string;
  /** Column holding the timestamps; default found by type and name. */
  timeColumn?: string;
  /** Column naming the sensor/machine/store; default found from repeated timestamps. */
  entityColumn?: string;
  /** Column the AI project should predict; default a column that clearly is a label. */
  targetColumn?: string;
  /** Called with 0..1 as work progresses. */
  onProgress?: (fraction: number) => void;
  /** DuckDB memory limit, e.g. `1GB` (default). Beyond it DuckDB spills to `tempDir`. */
  memoryLimit?: string;
  /** Where temporary files go (transcoded text, spilled data); default the OS temp dir. */
  tempDir?: string;
  /** Refuse files larger than this many bytes (default 4 GiB). */
  maxBytes?: number;
  /** DuckDB threads; default one per core. */
  threads?: number;
  /** Deepest JSON nesting read (default MAX_JSON_DEPTH); deeper files are refused before parsing. */
  maxJsonDepth?: number;
  /** Called after each phase with its name and wall time in seconds (for benchmarks). */
  onPhase?: (phase: string, seconds: number) => void;
};

const DEFAULT_MAX_BYTES = 4 * 1024 ** 3;
const SAMPLE_BYTES = 256 * 1024;
/** From this size a CSV is sampled from the file and its date/number columns parsed while loading. */
const LARGE_CSV_BYTES = 16 * 1024 ** 2;

type Db = Awaited<ReturnType<typeof openDuckDbSession>>;
type Loaded = { table: LoadedTable; plan?: StoragePlan };

type Prepared = {
  format: DataProfile['dataset']['format'];
  /** Settled while loading when DuckDB finds bytes that are not UTF-8 past the first chunk. */
  encoding: string;
  load: (db: Db, progress: (f: number) => void) => Promise<Loaded>;
  dialect?: CsvDialect;
  lineEnding?: LineEnding;
  sheet?: string;
  sheets?: string[];
  /** The file mixes UTF-8 with a legacy encoding (transcoded chunk by chunk). */
  hasMixedEncoding: boolean;
};

/** Profiles one data file (CSV/TSV, XLSX, Parquet, JSON, NDJSON) into a DataProfile. */
export async function profileFile(
  path: string,
  options: ProfileOptions = {},
): Promise<Result<DataProfile, ProfileFailure>> {
  const file = basename(path);
  const progress = monotonic(options.onProgress);
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) return err(profileFailure('NOT_FOUND', file));
    size = s.size;
  } catch {
    return err(profileFailure('NOT_FOUND', file));
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size > maxBytes) {
    return err(profileFailure('TOO_LARGE', file, { sizeMb: mb(size), limitMb: mb(maxBytes) }));
  }
  let work: string | undefined;
  const phase = phaseTimer(options.onPhase);
  const memoryLimit = options.memoryLimit ?? '1GB';
  // Reading (prepare, load) fails on the user's file; a failure while analysing is our bug.
  let stage: 'read' | 'analyse' = 'read';
  try {
    work = await mkdtemp(join(options.tempDir ?? tmpdir(), 'haalbaar-profile-'));
    const prepared = await prepare(path, file, size, work, { ...options, maxBytes }, progress);
    if (!prepared.ok) return prepared;
    const p = prepared.value;
    if (p.dialect && p.dialect.names.length > MAX_COLUMNS) {
      return err(tooManyColumns(file, p.dialect.names.length));
    }
    phase('prepare');
    const db = await openDuckDbSession({
      memoryLimit,
      tempDir: join(work, 'spill'),
      ...(options.threads ? { threads: options.threads } : {}),
    });
    try {
      const loaded = await p.load(db, (f) => progress(0.25 + 0.25 * f));
      const table = loaded.table;
      if (table.columns.length > MAX_COLUMNS) return err(tooManyColumns(file, table.columns.length));
      phase('load');
      progress(0.5);
      const names = table.columns.map((c) => c.name);
      for (const [option, column] of [
        ['--time', options.timeColumn],
        ['--entity', options.entityColumn],
        ['--target', options.targetColumn],
      ] as const) {
        if (column !== undefined && !names.includes(column)) {
          return err(profileFailure('COLUMN_NOT_FOUND', file, { column, option, columns: names.join(', ') }));
        }
      }
      stage = 'analyse';
      return ok(await analyse(db, loaded, p, { file, size, options, progress, phase }));
    } finally {
      db.close();
    }
  } catch (e) {
    if (e instanceof TooManyColumnsError) return err(tooManyColumns(file, e.columns));
    return err(failureFromError(e, { file, stage, memoryLimit }));
  } finally {
    if (work) await rm(work, { recursive: true, force: true }).catch(() => {});
  }
}

/** A profile with more columns than this is refused: each column costs its own analysis. */
export const MAX_COLUMNS = 2_000;

const tooManyColumns = (file: string, columns: number) =>
  profileFailure('TOO_MANY_COLUMNS', file, { columns, limit: MAX_COLUMNS });

/**
 * Turns an exception into a failure in our words. The engine's own message never reaches the user
 * (it names internals and is English); it travels as `cause`, for the log.
 */
function failureFromError(
  e: unknown,
  context: { file: string; stage: 'read' | 'analyse'; memoryLimit: string },
): ProfileFailure {
  const cause = String((e as Error)?.stack ?? (e as Error)?.message ?? e).slice(0, 2000);
  if (/out of memory/i.test(cause)) {
    return { ...profileFailure('OUT_OF_MEMORY', context.file, { limit: context.memoryLimit }), cause };
  }
  if (context.stage === 'read') return { ...profileFailure('UNREADABLE', context.file), cause };
  const reference = randomUUID().slice(0, 8);
  return { ...profileFailure('INTERNAL', context.file, { reference }), cause, reference };
}

async function prepare(
  path: string,
  file: string,
  size: number,
  work: string,
  options: ProfileOptions & { maxBytes: number },
  progress: (f: number) => void,
): Promise<Result<Prepared, ProfileFailure>> {
  const kind = await sniffFileKind(path, size);
  switch (kind.kind) {
    case 'empty':
      return err(profileFailure('EMPTY_FILE', file));
    case 'binary':
      return err(profileFailure('BINARY_FILE', file, { what: kind.what }));
    case 'encrypted-office':
      return err(profileFailure('XLSX_ENCRYPTED', file));
    case 'legacy-office':
      return err(profileFailure('UNSUPPORTED_FORMAT', file, { format: 'xls' }));
    case 'parquet':
      return ok({
        format: 'parquet',
        encoding: 'parquet',
        hasMixedEncoding: false,
        load: async (db, pr) => ({ table: await loadNative(db, path, 'parquet', pr, MAX_COLUMNS) }),
      });
    case 'json': {
      // Recursive JSON readers overflow their stack on deep nesting (DuckDB's crashes outright).
      const limit = options.maxJsonDepth ?? MAX_JSON_DEPTH;
      if ((await measureJsonDepth(path, limit)) > limit) {
        return err(profileFailure('JSON_TOO_DEEP', file, { limit }));
      }
      return ok({
        format: kind.layout === 'ndjson' ? 'ndjson' : 'json',
        encoding: 'utf-8',
        hasMixedEncoding: false,
        load: async (db, pr) => ({ table: await loadNative(db, path, 'json', pr, MAX_COLUMNS) }),
      });
    }
    case 'zip': {
      const zip = await inspectXlsxZip(path, {
        maxTotalBytes: Math.max(options.maxBytes * 20, 1024 ** 3),
        onBytes: () => progress(0.02),
      });
      if (!zip.ok) {
        switch (zip.reason) {
          case 'corrupt':
            return err(profileFailure('XLSX_CORRUPT', file));
          case 'not-xlsx':
            return err(profileFailure('UNSUPPORTED_FORMAT', file, { format: 'zip' }));
          case 'too-many-entries':
            return err(profileFailure('XLSX_TOO_COMPLEX', file, { entries: zip.entries }));
          case 'too-many-texts':
            return err(profileFailure('XLSX_TOO_MANY_TEXTS', file, { textMb: mb(zip.bytes) }));
          case 'bomb':
            return err(profileFailure('ZIP_BOMB', file, { entry: zip.entry, declaredMb: mb(zip.bytes) }));
          case 'false-sizes':
            return err(profileFailure('XLSX_FALSE_SIZES', file, { entry: zip.entry }));
          default:
            return assertNever(zip);
        }
      }
      const csv = join(work, 'sheet.csv');
      const convert = () =>
        convertXlsxToCsv(path, csv, {
          ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
          maxBytes: options.maxBytes,
          onRow: () => progress(0.1),
        });
      let conv = await convert();
      // exceljs keeps some sheets in temporary files; on a busy machine one can vanish before it is
      // read (ENOENT). That is not the upload's fault: read the workbook once more.
      if (!conv.ok && conv.reason === 'corrupt' && conv.detail.includes('ENOENT')) conv = await convert();
      if (!conv.ok) {
        if (conv.reason === 'sheet-not-found') {
          return err(
            profileFailure('SHEET_NOT_FOUND', file, {
              sheet: options.sheet ?? '',
              sheets: conv.sheets.join(', '),
            }),
          );
        }
        if (conv.reason === 'too-large')
          return err(profileFailure('ZIP_BOMB', file, { entry: '*', declaredMb: mb(options.maxBytes) }));
        return err(profileFailure('XLSX_CORRUPT', file));
      }
      const csvSize = (await stat(csv)).size;
      if (csvSize === 0) return err(profileFailure('EMPTY_FILE', file));
      const dialect = sniffCsvDialect(await readHead(csv, csvSize), csvSize > SAMPLE_BYTES, ',');
      return ok({
        format: 'xlsx',
        encoding: 'xlsx',
        dialect,
        lineEnding: 'lf',
        sheet: conv.sheet,
        sheets: conv.sheets,
        hasMixedEncoding: false,
        load: (db, pr) => loadLargeOrSmallCsv(db, csv, csvSize, dialect, 'lf', pr, {}),
      });
    }
    case 'text': {
      // The first chunk settles BOMs, UTF-16 and most legacy files; DuckDB checks the rest of a
      // UTF-8 file while loading it, which saves reading a large file twice.
      const scan = await scanTextEncoding(path, (b) => progress((0.1 * b) / size), { firstChunkOnly: true });
      const text = await prepareText(path, size, work, scan, progress);
      const head = await readHead(text.source, text.sourceSize, text.latin1);
      if (head.trim() === '') return err(profileFailure('EMPTY_FILE', file));
      const dialect = sniffCsvDialect(head, text.sourceSize > SAMPLE_BYTES);
      if (dialect.names.length === 0) return err(profileFailure('EMPTY_FILE', file));
      // Notes, a letter or a log: refused in words, not graded as a one-column table of sentences.
      if (!isTable(measureTextShape(head, dialect.delimiter, text.sourceSize > SAMPLE_BYTES)))
        return err(profileFailure('NOT_A_TABLE', file));
      const lineEnding = scan.lineEnding;
      const prepared: Prepared = {
        format: 'csv',
        encoding: text.encoding,
        dialect,
        lineEnding,
        hasMixedEncoding: text.hasMixedEncoding,
        load: async (db, pr) => {
          const loaded = await loadLargeOrSmallCsv(
            db,
            text.source,
            text.sourceSize,
            dialect,
            lineEnding,
            pr,
            {
              latin1: text.latin1,
            },
          );
          const suspect = loaded.table.rejected.count > 0 && !scan.isComplete;
          if (!suspect) return loaded;
          // Rows were rejected past the first chunk: if the file is not UTF-8 after all, transcode
          // it as a legacy file and load again (DuckDB reports such rows as INVALID ENCODING).
          const full = loaded.table.rejected.invalidEncoding
            ? { ...scan, encoding: 'legacy' as const }
            : await scanTextEncoding(path);
          if (full.encoding !== 'legacy') return loaded;
          const again = await prepareText(path, size, work, full, progress);
          prepared.encoding = again.encoding;
          prepared.hasMixedEncoding = again.hasMixedEncoding;
          await db.run('DROP TABLE IF EXISTS rejects; DROP TABLE IF EXISTS rejects_scan');
          return loadLargeOrSmallCsv(db, again.source, again.sourceSize, dialect, lineEnding, pr, {
            latin1: again.latin1,
          });
        },
      };
      return ok(prepared);
    }
  }
}

type PreparedText = {
  source: string;
  sourceSize: number;
  encoding: TextEncoding;
  latin1: boolean;
  hasMixedEncoding: boolean;
};

/**
 * Where DuckDB reads a text file from: the file itself (UTF-8, or Latin-1 without any byte in
 * 0x80–0x9F), or a UTF-8 transcode of it in the work directory.
 */
async function prepareText(
  path: string,
  size: number,
  work: string,
  scan: EncodingScan,
  progress: (f: number) => void,
): Promise<PreparedText> {
  const unchanged = { source: path, sourceSize: size, hasMixedEncoding: false };
  if (scan.encoding === 'utf-8' || scan.encoding === 'utf-8-bom')
    return { ...unchanged, encoding: scan.encoding, latin1: false };
  if (scan.encoding === 'legacy' && !(await legacyNeedsTranscode(path, (b) => progress((0.1 * b) / size))))
    return { ...unchanged, encoding: 'iso-8859-1', latin1: true };
  const source = join(work, 'utf8.csv');
  const t = await transcodeToUtf8(path, source, {
    from: scan.encoding,
    onProgress: (b) => progress(0.1 + (0.15 * b) / size),
  });
  return {
    source,
    sourceSize: t.bytesWritten,
    encoding: t.encoding,
    latin1: false,
    hasMixedEncoding: t.encoding === 'mixed',
  };
}

/**
 * Loads a CSV. A large one is first sampled from the file (20 000 rows spread over it) so that
 * its high-cardinality date and number columns are parsed once, while loading; the sample then
 * also serves the column analysis.
 */
async function loadLargeOrSmallCsv(
  db: Db,
  source: string,
  sourceSize: number,
  dialect: CsvDialect,
  lineEnding: LineEnding,
  progress: (f: number) => void,
  options: { latin1?: boolean },
): Promise<Loaded> {
  const latin1 = options.latin1 === true;
  if (sourceSize >= LARGE_CSV_BYTES) {
    const sample = await sampleCsvRows(source, {
      dialect,
      lineEnding,
      size: sourceSize,
      rows: M.inferenceSampleRows,
      encoding: latin1 ? 'latin1' : 'utf8',
    });
    if (sample.estimatedRows > M.fileSampleMinFactor * M.inferenceSampleRows && sample.rows.length > 0) {
      const columns: SourceColumn[] = dialect.names.map((name, i) => ({
        name,
        id: `c${i}`,
        native: 'varchar',
      }));
      const plan = planColumnStorage(columns, sample.rows, dialect.delimiter === ';');
      const table = await loadCsv(db, source, dialect, lineEnding, progress, {
        typed: plan.expressions,
        latin1,
      });
      // The estimate was far off (very long rows): analyse it as a small table after all.
      if (table.rows > M.inferenceSampleRows) return { table, plan };
      if (plan.typed.size === 0) return { table };
      await db.run('DROP TABLE IF EXISTS rejects; DROP TABLE IF EXISTS rejects_scan');
    }
  }
  return { table: await loadCsv(db, source, dialect, lineEnding, progress, { latin1 }) };
}

async function analyse(
  db: Db,
  loaded: Loaded,
  p: Prepared,
  ctx: {
    file: string;
    size: number;
    options: ProfileOptions;
    progress: (f: number) => void;
    phase: (name: string) => void;
  },
): Promise<DataProfile> {
  const { options, progress, phase } = ctx;
  const table = loaded.table;
  const rows = table.rows;
  const dialect = p.dialect;
  const preferDecimalComma = dialect?.delimiter === ';';
  const columns = await analyseColumns(db, table, {
    preferDecimalComma,
    onProgress: (f) => progress(0.5 + 0.3 * f),
    ...(loaded.plan ? { plan: loaded.plan } : {}),
  });
  phase('columns');
  const stats = columns.map((c) => columnStats(c, rows));

  // Time series first: when its timestamps (per entity) are all distinct, no two rows can be
  // equal, and the duplicate-row pass is not needed.
  const label = findLabelColumn(stats, options.targetColumn);
  const ts = await analyseTimeSeries(db, columns, rows, {
    ...(options.timeColumn !== undefined ? { timeColumn: options.timeColumn } : {}),
    ...(options.entityColumn !== undefined ? { entityColumn: options.entityColumn } : {}),
    excluded: label ? [label.name] : [],
  });
  phase('time series');
  progress(0.8);
  const dup = await countDuplicateRows(db, columns, rows, { hasUniqueKey: ts.hasUniqueKey });
  phase('duplicates');
  const shifted = await countShiftedValues(db, columns, findShiftedValueCandidates(stats));
  await measureMissingStretches(db, columns, stats);
  progress(0.85);

  const judged = judgeDataset({
    rows,
    rejected: table.rejected,
    hasMixedEncoding: p.hasMixedEncoding,
    duplicateRows: dup.duplicateRows,
    duplicateExampleRows: dup.exampleRows,
    columns: stats,
    shifted,
    ...(label
      ? {
          label: { column: label.name, chosenBy: options.targetColumn !== undefined ? 'caller' : 'profiler' },
        }
      : {}),
    timeSeries: ts.series,
    seriesCount: ts.entityCount,
  });
  await findExampleRows(db, columns, judged.columnIssues);
  columns.forEach((c, i) => {
    c.profile.issues = judged.columnIssues[i] ?? [];
  });
  phase('other checks');
  progress(1);
  return {
    schemaVersion: 1,
    file: ctx.file,
    dataset: {
      rows,
      columns: columns.length,
      duplicateRows: dup.duplicateRows,
      encoding: p.encoding,
      ...(dialect && p.format !== 'xlsx' ? { delimiter: dialect.delimiter } : {}),
      ...(decimalSeparator(columns) ? { decimalSeparator: decimalSeparator(columns) } : {}),
      ...(dialect ? { headerRow: dialect.headerLine, skippedLines: dialect.skipLines } : {}),
      ...(table.rejected.count > 0 ? { rejectedRows: table.rejected.count } : {}),
      ...(p.lineEnding && p.format === 'csv' ? { lineEnding: p.lineEnding } : {}),
      format: p.format,
      ...(p.sheet !== undefined ? { sheet: p.sheet } : {}),
      ...(p.sheets ? { sheets: p.sheets } : {}),
      bytes: ctx.size,
    },
    columns: columns.map((c) => finishProfile(c)),
    timeSeries: ts.series,
    ...(judged.labels ? { labels: judged.labels } : {}),
    pii: judged.pii,
    readiness: judged.readiness,
    issues: judged.issues,
  };
}

/**
 * The longest unbroken stretch of missing rows of each column whose MISSING issue would name it
 * (`needsMissingStretch`), with the dates it spans when the file has a date column.
 */
async function measureMissingStretches(
  db: Db,
  columns: ColumnAnalysis[],
  stats: ColumnStats[],
): Promise<void> {
  const time = columns.find(
    (c) => (c.profile.type === 'date' || c.profile.type === 'datetime') && c.nonMissing > 0,
  );
  for (const [i, c] of columns.entries()) {
    const s = stats[i];
    if (!s || !needsMissingStretch(s)) continue;
    const [r] = await db.all(`
      SELECT min(rowid) AS a, max(rowid) AS b, count(*) AS n FROM (
        SELECT rowid, rowid - row_number() OVER (ORDER BY rowid) AS g FROM ${RAW_TABLE} WHERE ${c.missingExpr}
      ) GROUP BY g ORDER BY n DESC LIMIT 1`);
    if (!r) continue;
    const fromRow = Number(r['a']) + 1;
    const toRow = Number(r['b']) + 1;
    s.missingStretch = { fromRow, toRow, rows: Number(r['n'] ?? 0) };
    if (!time) continue;
    const [d] = await db.all(
      `SELECT CAST(min(x) AS DATE)::VARCHAR AS a, CAST(max(x) AS DATE)::VARCHAR AS b FROM (SELECT ${time.typedExpr} AS x FROM ${RAW_TABLE} WHERE rowid BETWEEN ${fromRow - 1} AND ${toRow - 1})`,
    );
    if (d?.['a']) s.missingStretch.period = { from: String(d['a']), to: String(d['b']) };
  }
}

function finishProfile(c: ColumnAnalysis): DataProfile['columns'][number] {
  const p = c.profile;
  const fmt = c.inference;
  let format: string | undefined;
  if (c.source.native === 'varchar') {
    if ((p.type === 'decimal' || p.type === 'integer') && fmt.numberFormat) {
      const parts: string[] = [];
      if (p.type === 'decimal')
        parts.push(fmt.numberFormat.decimal === ',' ? 'decimal-comma' : 'decimal-point');
      const th = fmt.numberFormat.thousands;
      if (th) parts.push(`thousands-${th === ' ' ? 'space' : th === '.' ? 'dot' : 'comma'}`);
      if (parts.length > 0) format = parts.join('+');
    }
    if ((p.type === 'date' || p.type === 'datetime') && fmt.dateFamilies[0])
      format = fmt.dateFamilies[0].value;
  }
  const s = c.stats;
  const isNumeric = (p.type === 'integer' || p.type === 'decimal') && s && s.count > 0;
  const topValues =
    c.isExact && c.values.length > 0
      ? c.values.slice(0, 10).map((v) => ({ value: v.value, count: v.count }))
      : undefined;
  return {
    name: p.name,
    type: p.type,
    missingShare: Math.round(p.missingShare * 10000) / 10000,
    distinctCount: p.distinctCount,
    ...(format ? { format } : {}),
    ...(isNumeric ? { min: s.min, max: s.max, mean: s.mean } : {}),
    ...(!isNumeric && p.min !== undefined && p.min !== '' ? { min: p.min } : {}),
    ...(!isNumeric && p.max !== undefined && p.max !== '' ? { max: p.max } : {}),
    ...(c.nonMissing > 0 && fmt.nonConformingCount > 0
      ? { nonConformingShare: Math.round((fmt.nonConformingCount / c.nonMissing) * 10000) / 10000 }
      : {}),
    ...(topValues && (p.type === 'text' || p.type === 'boolean' || p.distinctCount <= 20)
      ? { topValues }
      : {}),
    ...(p.histogram ? { histogram: p.histogram } : {}),
    issues: p.issues,
  };
}

function decimalSeparator(columns: ColumnAnalysis[]): string | undefined {
  const decimals = columns.filter((c) => c.profile.type === 'decimal' && c.source.native === 'varchar');
  if (decimals.length === 0) return undefined;
  const comma = decimals.filter((c) => c.inference.numberFormat?.decimal === ',').length;
  return comma > decimals.length / 2 ? ',' : '.';
}

async function readHead(path: string, size: number, latin1 = false): Promise<string> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(Math.min(size, SAMPLE_BYTES));
    await fh.read(buf, 0, buf.length, 0);
    if (latin1) return buf.toString('latin1');
    let end = buf.length;
    // Do not cut a multi-byte character in half.
    while (end > 0 && end > buf.length - 4 && ((buf[end - 1] ?? 0) & 0xc0) === 0x80) end--;
    if (end > 0 && (buf[end - 1] ?? 0) >= 0xc0) end--;
    const text = buf.subarray(0, size <= SAMPLE_BYTES ? buf.length : end).toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } finally {
    await fh.close();
  }
}

/** Reports the wall time since the previous call under `name`. */
function phaseTimer(report?: (phase: string, seconds: number) => void): (name: string) => void {
  let last = performance.now();
  return (name) => {
    const now = performance.now();
    report?.(name, (now - last) / 1000);
    last = now;
  };
}

function monotonic(report?: (fraction: number) => void): (f: number) => void {
  let last = 0;
  return (f) => {
    if (!report) return;
    const v = Math.max(last, Math.min(1, f));
    if (v > last || v === 1) {
      last = v;
      report(v);
    }
  };
}

const mb = (bytes: number) => Math.round((bytes / 1024 ** 2) * 10) / 10;
