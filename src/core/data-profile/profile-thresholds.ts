/**
 * Every number the data profile depends on, in one place, each with why it has its value and,
 * where a well-known profiler has the same check, that peer's value. docs/data-profiler.md
 * renders the main ones for readers; change a number here and there together.
 *
 * Two tables: `PROFILE_THRESHOLDS` decides what is an issue and how severe it is, and only the
 * rules in src/core/data-profile read it (a test keeps src/profiler from naming it);
 * `PROFILE_MEASUREMENT` says how much the profiler reads and counts, which the profiler needs.
 *
 * Peer: ydata-profiling (formerly pandas-profiling) 4.x default config.
 */
export const PROFILE_THRESHOLDS = {
  /** MISSING: share of empty values in a column from which we warn. ydata: warns from 1 % too. */
  missingWarnShare: 0.01,
  /** MISSING becomes medium from here: one in five values lacking is hard to impute honestly. */
  missingMediumShare: 0.2,
  /** MISSING becomes high from here: the column mostly lacks its value. */
  missingHighShare: 0.5,
  /** A MISSING issue names its longest unbroken stretch of empty rows when it is at least this long… */
  missingStretchMinRows: 10,
  /** …and holds at least this share of the column's missing values ("the first 70 days are blank"). */
  missingStretchMinShare: 0.5,
  /** DUPLICATE_ROWS: share of exact duplicate rows from which we warn. ydata: any duplicate (> 0). */
  duplicateWarnShare: 0.01,
  /** DUPLICATE_ROWS becomes medium: one row in ten counted twice skews every count. */
  duplicateMediumShare: 0.1,
  /** Below the warning share, this many duplicates still make an info note (one alone may be chance). */
  duplicateInfoMinCount: 2,
  /** Majority that decides a column's type; the rest is non-conforming (MIXED_TYPES). */
  typeMajorityShare: 0.5,
  /** MIXED_TYPES is reported from the first value of another type; medium from this share. */
  mixedTypesMediumShare: 0.05,
  /** DISGUISED_MISSING: a token such as `n.v.t.` or `#N/B` is reported from the first occurrence… */
  disguisedMissingMinCount: 1,
  /** …and is medium from this share of the rows: one row in twenty is a habit, not a slip. */
  disguisedMissingMediumShare: 0.05,
  /** Sentinel numbers (`-999999999`, `9999`): all nines, at least this many digits… */
  sentinelMinDigits: 3,
  /** …that repeat at least this often (one 999 is a value, a hundred are a placeholder)… */
  sentinelMinCount: 2,
  /** …and either have this many digits (no real reading is 999999)… */
  sentinelCertainDigits: 6,
  /** …or lie this many times outside the largest real value (9999 among values up to 500). */
  sentinelSpreadFactor: 10,
  /** NUMBER_AS_TEXT (`12 %`, `€ 5`) is medium from this share of the values: a habit, not a slip. */
  numberAsTextMediumShare: 0.01,
  /** MIXED_UNITS: numbers with and without a unit, when the smaller group is at least this share. */
  unitMissingMinShare: 0.01,
  /** OUTLIERS: Tukey's far-out fences, Q1 − k·IQR and Q3 + k·IQR. ydata has no outlier alert. */
  outlierIqrFactor: 3,
  /** SKEWED: |skewness| above this. ydata: 20 (very lenient); 2 is the usual textbook rule, 3 is
   * our compromise so that naturally skewed amounts (prices, durations) are reported only as info. */
  skewnessAbs: 3,
  /** SKEWED needs more distinct values than this: a 0/1 column is imbalanced, not skewed. */
  skewnessMinDistinct: 2,
  /** HIGH_CARDINALITY: text columns with more distinct values than this… ydata: 50. */
  highCardinalityMin: 50,
  /** …and more distinct values than this share of the rows (otherwise it is a normal category). */
  highCardinalityShare: 0.5,
  /** NEAR_DUPLICATE_VALUES: the frequent spelling must occur at least this many times as often. */
  nearDuplicateRatio: 5,
  /** Edit distance 1 only counts for values at least this long ("IN" vs "IA" are two states). */
  nearDuplicateMinLength: 4,
  /** Columns with more distinct values than this are not searched for near-duplicate spellings. */
  nearDuplicateMaxDistinct: 5_000,
  /** NEAR_DUPLICATE_VALUES is medium when the rare spellings cover this share of the values. */
  nearDuplicateMediumShare: 0.01,
  /** IMBALANCE: minority class share from which we warn (low). ydata: imbalance score > 0.5. */
  imbalanceWarnShare: 0.2,
  /** IMBALANCE medium: below one in ten a plain model can reach 90 % accuracy by never predicting it. */
  imbalanceMediumShare: 0.1,
  /** IMBALANCE high: below 2 %, or fewer than `minorityMinCount` examples, to learn from. */
  imbalanceHighShare: 0.02,
  minorityMinCount: 50,
  /** More classes than this is not a label to balance (a free-text field named `status`). */
  imbalanceMaxClasses: 50,
  /** A label column the profiler picks itself has at most this many distinct values. */
  labelMaxDistinct: 10,
  /** Missing labels are medium (those rows cannot train), high from this share of the rows. */
  labelMissingHighShare: 0.05,
  /** TOO_FEW_ROWS: below this a model cannot be trained or validated at all (high). */
  tooFewRowsHigh: 30,
  /** TOO_FEW_ROWS: below this a model is fragile; fine for a first look (medium). */
  tooFewRowsMedium: 500,
  /** PII: a column counts as personal data when this share of sampled values validates. */
  piiShare: 0.5,
  /** PII: how many distinct non-missing values are sampled per column. */
  piiSampleSize: 2_000,
  /** PII_NAME by values alone: share of values starting with a common Dutch/English first name. */
  piiFirstNameShare: 0.3,
  /** IRREGULAR_INTERVAL: coefficient of variation of the intervals from which a series is irregular. */
  irregularCv: 0.5,
  /** A series with more than this share of its intervals being gaps is not regular either. */
  irregularGapShare: 0.01,
  /** Coverage (observed ÷ expected readings) below this is a medium TIME_GAPS issue; below half, high. */
  coverageWarn: 0.9,
  coverageHigh: 0.5,
  /** Hand-logged: a median interval of at least this (6 hours) together with irregular timing. */
  handLoggedMinMedianSeconds: 6 * 3600,
  /** Hand-logged: the time of day of readings spreads more than this (standard deviation, 1 hour). */
  handLoggedTimeOfDaySpreadSeconds: 3600,
  /** Hand-logged: the longest gap is at least this long (3 days), and at least a gap. */
  handLoggedMinGapSeconds: 3 * 86_400,
  /** A series needs this many readings for its pattern to mean anything; fewer is irregular. */
  seriesMinReadings: 3,
  /** Repeated timestamps in a series are medium from this share of its readings. */
  duplicateTimestampsMediumShare: 0.01,
  /** Time-series issues are listed for this many series (worst coverage first), the rest summarised. */
  seriesIssuesListed: 5,
  /** PARSE_ERRORS is medium from this share of rejected rows (low below: a stray line). */
  parseErrorMediumShare: 0.01,
  /** Readiness C (not loadable) when more than this share of rows cannot be parsed. */
  parseErrorNotLoadableShare: 0.5,
  /** ENCODING_DAMAGE is reported from the first damaged value: one "Ã©" means the file was misread. */
  encodingDamageMinCount: 1,
  /** SHIFTED_VALUES: at least this many rows, and this share of the receiving column's empty rows. */
  shiftedMinCount: 3,
  shiftedMinShare: 0.2,
  /** Where the receiving column is filled, the sender may end in its values at most this fraction
   * as often as where it is empty; otherwise that is just how the sender is written. */
  shiftedFilledRatio: 0.5,
  /** Receiving columns: text with 2 to this many distinct values (a domain such as states)… */
  shiftedReceiverMaxDistinct: 1_000,
  /** …values seen at least this often, 2 to 40 characters long, make its domain. */
  shiftedDomainMinCount: 2,
  shiftedDomainMinLength: 2,
  shiftedDomainMaxLength: 40,
  /** At most this many receiving columns, and senders for each, are counted (one query each). */
  shiftedMaxReceivers: 10,
  shiftedMaxSenders: 20,
  /** NOT_A_TABLE: a delimited text is a table when at least this share of its lines have its typical
   * number of fields (two or more)… */
  tableMinConsistentShare: 0.5,
  /** …and text that no delimiter splits is a one-column table only while under this share of its
   * cells read like sentences (a list of values, not notes or a letter). */
  notATableProseShare: 0.5,
} as const;

/**
 * How much the profiler reads and counts: sample sizes, caps on what it reports, and the
 * definitions of what it measures (a gap, an entity column). No issue or severity depends on
 * these directly; the rules read the figures measured with them.
 */
export const PROFILE_MEASUREMENT = {
  /** A file whose first bytes are more than this share control characters is binary, not text. */
  binaryControlShare: 0.05,
  /** A first row is a header when at least this share of the values below one of its cells are numbers or dates. */
  headerValueShare: 0.5,
  /** Values fully counted (exact frequencies) when a column has at most this many distinct values. */
  exactFrequencyMaxDistinct: 20_000,
  /** Exact frequencies are counted for columns whose sample holds at most this share of distinct values. */
  exactFrequencySampleShare: 0.5,
  /** Rows sampled for type inference of columns with more distinct values than that. */
  inferenceSampleRows: 20_000,
  /** A large CSV is sampled from the file when it holds this many times the sample's rows. */
  fileSampleMinFactor: 4,
  /** PARSE_ERRORS: above this share of rejected rows the file is read again, padding short rows. */
  parseErrorReloadShare: 0.1,
  /** TIME_GAPS: an interval longer than this many times the median interval is a gap. */
  gapFactor: 2,
  /** A time column has at most this share of values that do not parse as dates. */
  timeColumnMaxNonConformingShare: 0.2,
  /** Entity columns: at most this many distinct values, and at most this share of the rows… */
  entityMaxDistinct: 1_000,
  entityMaxShare: 0.2,
  /** …fewer than this share of them missing, and at most this many candidates counted. */
  entityMaxMissingShare: 0.5,
  entityMaxCandidates: 6,
  /** Interleaved series show as repeated timestamps: below this share of repeats there is one series. */
  entityMinRepeatShare: 0.05,
  /** An entity column must separate at least half the repeated timestamps. */
  entitySeparatesShare: 0.5,
  /** A sensor/machine-like name counts its remaining repeats at this factor, breaking near ties. */
  entityNameFactor: 0.9,
  /** Time series reported per entity at most (worst coverage first). */
  maxEntitiesReported: 100,
  /** Coverage chart: at most this many buckets. */
  coverageBuckets: 60,
  /** A cell of text reads like a sentence from this many words (NOT_A_TABLE). */
  proseMinWords: 5,
} as const;

export type ProfileThresholds = typeof PROFILE_THRESHOLDS;
export type ProfileMeasurement = typeof PROFILE_MEASUREMENT;
