/**
 * Every threshold the data profiler uses, in one place, each with why it has its value and,
 * where a well-known profiler has the same check, that peer's value. docs/data-profiler.md
 * renders this table for readers; change a number here and there together.
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
  /** DUPLICATE_ROWS: share of exact duplicate rows from which we warn. ydata: any duplicate (> 0). */
  duplicateWarnShare: 0.01,
  /** DUPLICATE_ROWS becomes medium: one row in ten counted twice skews every count. */
  duplicateMediumShare: 0.1,
  /** Majority that decides a column's type; the rest is non-conforming (MIXED_TYPES). */
  typeMajorityShare: 0.5,
  /** MIXED_TYPES: share of values of another type from which we warn (below: a few typos). */
  mixedTypesWarnShare: 0.001,
  /** DISGUISED_MISSING: a token such as `n.v.t.` or `#N/B` is reported from the first occurrence. */
  disguisedMissingMinCount: 1,
  /** Sentinel numbers (`-999999999`, `9999`): all nines, at least this many digits… */
  sentinelMinDigits: 3,
  /** …that repeat at least this often (one 999 is a value, a hundred are a placeholder). */
  sentinelMinCount: 2,
  /** OUTLIERS: Tukey's far-out fences, Q1 − k·IQR and Q3 + k·IQR. ydata has no outlier alert. */
  outlierIqrFactor: 3,
  /** SKEWED: |skewness| above this. ydata: 20 (very lenient); 2 is the usual textbook rule, 3 is
   * our compromise so that naturally skewed amounts (prices, durations) are reported only as info. */
  skewnessAbs: 3,
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
  /** IMBALANCE: minority class share from which we warn (low). ydata: imbalance score > 0.5. */
  imbalanceWarnShare: 0.2,
  /** IMBALANCE medium: below one in ten a plain model can reach 90 % accuracy by never predicting it. */
  imbalanceMediumShare: 0.1,
  /** IMBALANCE high: below 2 %, or fewer than `minorityMinCount` examples, to learn from. */
  imbalanceHighShare: 0.02,
  minorityMinCount: 50,
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
  /** TIME_GAPS: an interval longer than this many times the median interval is a gap. */
  gapFactor: 2,
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
  /** Entity columns: at most this many distinct values, and at most this share of the rows. */
  entityMaxDistinct: 1_000,
  entityMaxShare: 0.2,
  /** Time series reported per entity at most (worst coverage first). */
  maxEntitiesReported: 100,
  /** PARSE_ERRORS: above this share of rejected rows the file is read again, padding short rows. */
  parseErrorReloadShare: 0.1,
  /** Readiness C (not loadable) when more than this share of rows cannot be parsed. */
  parseErrorNotLoadableShare: 0.5,
  /** ENCODING_DAMAGE is reported from the first damaged value: one "Ã©" means the file was misread. */
  encodingDamageMinCount: 1,
  /** SHIFTED_VALUES: at least this many rows, and this share of the receiving column's empty rows. */
  shiftedMinCount: 3,
  shiftedMinShare: 0.2,
  /** Values fully counted (exact frequencies) when a column has at most this many distinct values. */
  exactFrequencyMaxDistinct: 20_000,
  /** Rows sampled for type inference of columns with more distinct values than that. */
  inferenceSampleRows: 20_000,
  /** Coverage chart: at most this many buckets. */
  coverageBuckets: 60,
} as const;

export type ProfileThresholds = typeof PROFILE_THRESHOLDS;
