/**
 * The data profile contract (DESIGN.md "Data profile"): one document per profiled file.
 * Produced by src/profiler, consumed by the assessment's `data` factor, the API and the web.
 * Messages are keys with parameters, like everywhere else in core;
 * `message` carries the key and params, the edge renders it.
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
] as const;
export type ProfileIssueCode = (typeof PROFILE_ISSUE_CODES)[number] | (string & {});

export type ProfileIssue = {
  code: ProfileIssueCode;
  severity: IssueSeverity;
  message: Message;
  /** Column the issue is about; absent for dataset-level issues. */
  column?: string;
  /** 1-based data row numbers (header excluded) that show the issue. */
  exampleRows?: number[];
  exampleValues?: string[];
  /** Share of rows/values affected, 0..1, where it applies. */
  share?: number;
};

export type ColumnType = 'integer' | 'decimal' | 'boolean' | 'date' | 'datetime' | 'text' | 'empty';

export type ColumnProfile = {
  name: string;
  type: ColumnType;
  missingShare: number;
  distinctCount: number;
  min?: number | string;
  max?: number | string;
  mean?: number;
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
    encoding: string;
    delimiter?: string;
    decimalSeparator?: string;
    headerRow?: number;
    skippedLines?: number;
    format: 'csv' | 'xlsx' | 'parquet' | 'json' | 'ndjson';
    sheet?: string;
    bytes: number;
  };
  columns: ColumnProfile[];
  timeSeries: TimeSeriesProfile[];
  labels?: {
    column: string;
    classes: { value: string; count: number }[];
    minorityShare: number;
    missing: number;
  };
  pii: PiiFinding[];
  readiness: { level: ReadinessLevel; reasons: Message[] };
  issues: ProfileIssue[];
};
