/**
 * Defaults for every business-case input the use-case file leaves out, with where each comes from.
 * The JSON Schema descriptions and docs/business-case.md are generated from / written against these
 * values; change them here and the schema text follows.
 *
 * Money is euros, fractions are 0..1, durations in months or years as named.
 * Anything marked "assumption" has no published source: the report labels an input that falls back
 * to it as an assumption, so the owner knows to replace it with a quote or a measurement.
 */
export const BUSINESS_CASE_DEFAULTS = {
  /**
   * Net share of today's manual hours the project removes. Assumption: a human keeps handling
   * exceptions (the aim is not full replacement); 60 % is the kind of target a well-run pilot sets
   * for manual data entry, so it is the high end, not the likely value.
   */
  timeReduction: { low: 0.2, likely: 0.4, high: 0.6 },
  /** Share of today's errors the project removes. Assumption: AI makes its own errors, so lower than time. */
  errorReduction: { low: 0.1, likely: 0.3, high: 0.6 },
  /** One-off costs in euros. Assumption for a small MKB project with one vendor; replace with quotes. */
  oneOffCosts: {
    implementation: { low: 10_000, likely: 20_000, high: 45_000 },
    dataPreparation: { low: 2_500, likely: 7_500, high: 20_000 },
    trainingAndChange: { low: 2_000, likely: 5_000, high: 12_000 },
  },
  /**
   * Yearly costs in euros. Assumption. Human review defaults to 0 because the hours people still
   * spend are already excluded from the savings (only the removed share, timeReduction, is saved);
   * enter it only for new review work that did not exist before.
   */
  yearlyCosts: {
    licence: { low: 1_200, likely: 6_000, high: 18_000 },
    maintenance: { low: 1_000, likely: 3_000, high: 8_000 },
    humanReview: { low: 0, likely: 0, high: 0 },
  },
  /**
   * When the intake gives a vendor's yearly cost, the licence range is that price as low and likely
   * value and this much more as high. Assumption: a quote is what the first year costs; prices rise
   * and more users or volume get added over the horizon.
   */
  vendorQuoteHighShare: 0.25,
  /** Months from go-live to full effect. Source: adoption of a new way of working takes 3–6 months. */
  monthsToFullEffect: { low: 3, likely: 4, high: 6 },
  /** Years of cash flow counted. Assumption: three years, a common MKB investment horizon. */
  horizonYears: 3,
  /** Yearly discount rate. Assumption: 8 %, a typical cost of capital for a small company. */
  discountRate: 0.08,
  /** Share of the one-off costs a stalled project has already spent. Assumption: half. */
  stalledCostShare: 0.5,
  /** Sampling distribution over each low/likely/high range. */
  distribution: 'pert' as 'pert' | 'triangular',
  /** Working weeks per year for the status-quo cost. */
  weeksPerYear: 52,
  /** Monte Carlo runs when the caller does not say. */
  runs: 10_000,
  /** Seed when the caller does not say, so that two runs of the same file agree. */
  seed: 1,
} as const satisfies Record<string, unknown>;

/** Formats a range default for a schema description: `0.2 / 0.4 / 0.6`. */
export function describeRange(range: { low: number; likely: number; high: number }): string {
  return `${range.low} / ${range.likely} / ${range.high}`;
}
