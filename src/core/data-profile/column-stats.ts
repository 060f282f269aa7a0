/**
 * What the profiler measures, as plain figures: the input of the profile's rules
 * (`findColumnIssues`, `judgeDataset`). The profiler fills these by reading the file; the rules
 * decide from them alone what is an issue and how severe, so they are tested without an engine.
 */
import type { ColumnType, TimeSeriesProfile } from './data-profile-types.ts';
import type { ColumnInference, ValueCount } from './infer-column-type.ts';

/** One column's figures. Counts are of rows in the table; shares are computed by the rules. */
export type ColumnStats = {
  name: string;
  /** The type the values were read as (after the aggregate pass: `decimal` once a fraction shows). */
  type: ColumnType;
  /** Rows in the table. */
  rows: number;
  /** Rows without a value: no text, blank, a missing token or a sentinel number. */
  missing: number;
  /** `rows − missing`. */
  nonMissing: number;
  /** Exact number of distinct non-missing values. */
  distinctCount: number;
  /** Value counts, most frequent first: of the whole column when `isExact`, else of a sample. */
  values: readonly ValueCount[];
  isExact: boolean;
  /** Whether the column is stored as text (`false` for a typed Parquet/JSON column). */
  isText: boolean;
  /** How the values are written (numbers, dates, tokens, units), counted by `inferColumnType`. */
  inference: ColumnInference;
  /** Numbers used as placeholders (`-999999999`), counted in `missing`. */
  sentinels: readonly number[];
  /** Values outside the outlier fences, with example rows. */
  outliers?: { count: number; rows: readonly number[] };
  /** Adjusted Fisher–Pearson skewness of the numeric values, when there is one. */
  skewness?: number;
  /** Values with mojibake ("Ã©"). */
  damaged: number;
  /**
   * The longest unbroken run of missing rows (1-based, inclusive), measured when
   * `needsMissingStretch` asks for it; `period` is the dates it spans, when the file has dates.
   */
  missingStretch?: { fromRow: number; toRow: number; rows: number; period?: { from: string; to: string } };
};

/**
 * Rows where a receiving text column is empty and another column ends in one of its values
 * ("Gary IN" in `city`, `state` empty), counted by the profiler for each pair
 * `findShiftedValueCandidates` proposed.
 */
export type ShiftedValuesCount = {
  /** The column the values slid out of (`state`) and the one they ended up in (`city`). */
  receiver: string;
  sender: string;
  /** Rows where the receiver is empty / filled. */
  receiverEmpty: number;
  receiverFilled: number;
  /** Rows where the sender ends in a receiver value while the receiver is empty / filled. */
  matchedWhereEmpty: number;
  matchedWhereFilled: number;
  /** First such row (1-based) and the sender's value there. */
  exampleRow: number;
  exampleValue: string;
};

/** Everything the dataset-level rules need, measured over the whole file. */
export type DatasetStats = {
  rows: number;
  /** Rows the reader could not parse, with example line numbers (1-based, in the file). */
  rejected: { count: number; lines: readonly number[] };
  /** Whether the file mixes UTF-8 with a legacy encoding (repaired chunk by chunk). */
  hasMixedEncoding: boolean;
  /** Exact duplicate rows beyond the first of each, and two rows of the largest group (1-based). */
  duplicateRows: number;
  duplicateExampleRows: readonly number[];
  columns: readonly ColumnStats[];
  shifted: readonly ShiftedValuesCount[];
  /** The label column, when there is one, and who chose it. */
  label?: { column: string; chosenBy: 'caller' | 'profiler' };
  /** Measured series, worst coverage first, and how many there were before the cap. */
  timeSeries: readonly TimeSeriesProfile[];
  seriesCount: number;
};
