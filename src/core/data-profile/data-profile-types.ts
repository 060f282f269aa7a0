/**
 * The data profile contract (DESIGN.md "Data profile"): one document per profiled file.
 * Produced by src/profiler, consumed by the assessment's `data` factor, the API and the web.
 * Messages are keys with parameters, like everywhere else in core;
 * `message` carries the key and params, the edge renders it.
 * Convention for params: a name ending in `Seconds` is a duration, a name ending in `Share` a
 * fraction 0..1; renderers (src/report/profile-text.ts) format both for the reader's locale.
 */
import type { Message } from '../message.ts';

export type IssueSeverity = 'info' | 'low' | 'medium' | 'high' | 'critical';

export const PROFILE_ISSUE_CODES = [
  'MISSING',
  'DISGUISED_MISSING',
  'EMPTY_COLUMN',
  'CONSTANT',
  'UNIQUE',
  'DUPLICATE_ROWS',
  'MIXED_TYPES',
  'MIXED_DATE_FORMATS',
  'MIXED_UNITS',
  'NUMBER_AS_TEXT',
  'OUTLIERS',
  'SKEWED',
  'IMBALANCE',
  'HIGH_CARDINALITY',
  'NEAR_DUPLICATE_VALUES',
  'ENCODING_DAMAGE',
  'TIME_GAPS',
  'IRREGULAR_INTERVAL',
  'PII_EMAIL',
  'PII_PHONE',
  'PII_IBAN',
  'PII_BSN',
  'PII_POSTCODE',
  'PII_NAME',
  'TOO_FEW_ROWS',
  'PARSE_ERRORS',
  /** Values of one column found inside another column where that column is empty ("Gary IN" + ""). */
  'SHIFTED_VALUES',
] as const;
/** A closed list: a new check adds its code here, so renderers and the assessment see it. */
export type ProfileIssueCode = (typeof PROFILE_ISSUE_CODES)[number];

export type ProfileIssue = {
  code: ProfileIssueCode;
  severity: IssueSeverity;
  message: Message;
  /** Column the issue is about; absent for dataset-level issues. */
  column?: string;
  /** 1-based data row numbers (header excluded) that show the issue. */
  exampleRows?: number[];
  /** 1-based line numbers in the file itself, for problems found while reading (PARSE_ERRORS). */
  exampleLines?: number[];
  exampleValues?: string[];
  /** Share of rows/values affected, 0..1, where it applies. */
  share?: number;
  /** Number of rows/values affected, where it applies. */
  count?: number;
};

export type ColumnType = 'integer' | 'decimal' | 'boolean' | 'date' | 'datetime' | 'time' | 'text' | 'empty';

export type ColumnProfile = {
  name: string;
  type: ColumnType;
  missingShare: number;
  /** Exact number of distinct non-missing values. */
  distinctCount: number;
  /** How the values were written, where it matters to read them: `d-m-yyyy`, `decimal-comma`, `unit:kg`… */
  format?: string;
  min?: number | string;
  max?: number | string;
  mean?: number;
  /** Share of non-missing values that do not fit the inferred type, 0..1. */
  nonConformingShare?: number;
  topValues?: { value: string; count: number }[];
  /** Histogram for numeric columns: equal-width bins. */
  histogram?: { from: number; to: number; count: number }[];
  issues: ProfileIssue[];
};

export type TimeSeriesProfile = {
  timeColumn: string;
  entityColumn?: string;
  entity?: string;
  readings: number;
  first: string;
  last: string;
  medianIntervalSeconds: number;
  gaps: number;
  longestGapSeconds: number;
  /** Where the longest gap starts (the last reading before it). */
  longestGapStart?: string;
  /** Observed ÷ expected readings at the median interval, 0..1. */
  coverage: number;
  /** Coefficient of variation of the intervals (0 = perfectly regular). */
  irregularity: number;
  duplicateTimestamps: number;
  outOfOrder: number;
  /** Plain-words classification, e.g. hand-logged. */
  pattern: 'regular' | 'irregular' | 'hand-logged';
  /** For the coverage chart: readings per period. */
  coverageBuckets?: { start: string; readings: number; expected: number }[];
};

export type PiiFinding = {
  column: string;
  kind: 'email' | 'phone' | 'iban' | 'bsn' | 'postcode' | 'name';
  /** Share of sampled non-missing values that validate, 0..1. */
  share: number;
};

export type ReadinessLevel = 'A' | 'B' | 'C' | 'not-loadable';

export type DataProfile = {
  schemaVersion: 1;
  file: string;
  dataset: {
    rows: number;
    columns: number;
    duplicateRows: number;
    /** `utf-8`, `utf-8-bom`, `windows-1252`, `iso-8859-1`, `utf-16le`, or the container's (`xlsx`, `parquet`). */
    encoding: string;
    delimiter?: string;
    decimalSeparator?: string;
    /** 1-based line of the header row in the file. */
    headerRow?: number;
    /** Lines above the header that were skipped (a metadata block). */
    skippedLines?: number;
    /** Rows the reader could not parse (ragged rows, broken quotes); they are not in `rows`. */
    rejectedRows?: number;
    format: 'csv' | 'xlsx' | 'parquet' | 'json' | 'ndjson';
    sheet?: string;
    /** Every sheet in a workbook, so a caller can profile the others. */
    sheets?: string[];
    lineEnding?: 'lf' | 'crlf' | 'cr';
    bytes: number;
  };
  columns: ColumnProfile[];
  timeSeries: TimeSeriesProfile[];
  labels?: {
    column: string;
    /** Whether the caller named the column or the profiler picked it by name and values. */
    chosenBy: 'caller' | 'profiler';
    classes: { value: string; count: number }[];
    minorityShare: number;
    minorityCount: number;
    missing: number;
  };
  pii: PiiFinding[];
  readiness: { level: ReadinessLevel; reasons: Message[] };
  issues: ProfileIssue[];
};
