import type { StatusQuoCost } from '../assessment/assessment-types.ts';
import type { RangeDistribution } from './range-quantile-table.ts';
import type { StallProbability } from './stall-probability.ts';
import type { VendorLicence } from './vendor-licence.ts';

/**
 * The uncertain inputs of the business case, in a fixed order (tornado, XLSX, rank correlations).
 * Ids are the dotted paths under `businessCase` in the use-case file.
 */
export const BUSINESS_CASE_INPUT_IDS = [
  'timeReduction',
  'errorReduction',
  'oneOffCosts.implementation',
  'oneOffCosts.dataPreparation',
  'oneOffCosts.trainingAndChange',
  'yearlyCosts.licence',
  'yearlyCosts.maintenance',
  'yearlyCosts.humanReview',
  'monthsToFullEffect',
] as const;
export type BusinessCaseInputId = (typeof BUSINESS_CASE_INPUT_IDS)[number];

/** What a range measures, so the edge can format it: a fraction, euros once, euros a year, months. */
export type BusinessCaseInputUnit = 'fraction' | 'eur' | 'eurPerYear' | 'months';

export const BUSINESS_CASE_INPUT_UNITS: Record<BusinessCaseInputId, BusinessCaseInputUnit> = {
  timeReduction: 'fraction',
  errorReduction: 'fraction',
  'oneOffCosts.implementation': 'eur',
  'oneOffCosts.dataPreparation': 'eur',
  'oneOffCosts.trainingAndChange': 'eur',
  'yearlyCosts.licence': 'eurPerYear',
  'yearlyCosts.maintenance': 'eurPerYear',
  'yearlyCosts.humanReview': 'eurPerYear',
  monthsToFullEffect: 'months',
};

/**
 * A low / likely / high range and where it comes from: the file's own range (`input`), a vendor's
 * yearly cost in the intake (`vendor`, the licence only), or Haalbaar's default.
 */
export type ResolvedRange = {
  low: number;
  likely: number;
  high: number;
  source: 'input' | 'vendor' | 'default';
};

/** Every input of the model, defaults filled in. Pure data; what the simulation and the XLSX read. */
export type ResolvedBusinessCase = {
  ranges: Record<BusinessCaseInputId, ResolvedRange>;
  /** The vendor whose yearly cost gave the licence range (source `vendor`); null otherwise. */
  licenceVendor: VendorLicence | null;
  statusQuo: StatusQuoCost;
  horizonYears: number;
  /** Yearly, as a fraction. */
  discountRate: number;
  discountRateSource: 'input' | 'default';
  horizonSource: 'input' | 'default';
  distribution: RangeDistribution;
  /** Share of the one-off costs a stalled project has spent (0..1). */
  stalledCostShare: number;
  stalledCostShareSource: 'input' | 'default';
  /** The file's own stall probability, if it states one. */
  stallProbabilityOverride: number | undefined;
};

/** One point of the input space: a value for every uncertain input. Units as in the ranges. */
export type ScenarioPoint = Record<BusinessCaseInputId, number>;

/** The model evaluated at one point. Euros; months are counted from the start (month 0 = go-live). */
export type ScenarioOutcome = {
  npvEur: number;
  /** Gross savings per year once the full effect is reached. */
  savingsPerYearEur: number;
  /** Savings per year at full effect minus the yearly costs. */
  netBenefitPerYearEur: number;
  oneOffEur: number;
  yearlyCostEur: number;
  /** First month the cumulative cash flow is ≥ 0; null when not within the horizon. */
  paybackMonth: number | null;
};

/** Deterministic result at the likely values, with the IRR from the monthly cash flow. */
export type DeterministicOutcome = ScenarioOutcome & {
  irrMonthly: number | null;
  irrYearly: number | null;
};

export type Percentiles = { p10: number; p50: number; p90: number };

/** Summary of a simulated quantity: percentiles, mean and the Monte Carlo standard error of the mean. */
export type SimulatedStatistic = Percentiles & { mean: number; meanStdError: number };

/** One bar of the tornado: the NPV with this input at its low and at its high, all others at likely. */
export type TornadoBar = {
  input: BusinessCaseInputId;
  lowValue: number;
  highValue: number;
  npvAtLowEur: number;
  npvAtHighEur: number;
  /** |npvAtHigh − npvAtLow|; bars are sorted by it, largest first. */
  swingEur: number;
  /** Spearman rank correlation of this input with the simulated NPV, when computed. */
  rankCorrelation: number | null;
};

/** Tornado data, ready to draw: a vertical line at baseNpvEur and one bar per input. */
export type Tornado = { baseNpvEur: number; bars: TornadoBar[] };

/** Everything the business case reports. Plain data except the NPV samples (for the histogram). */
export type BusinessCaseResult = {
  schemaVersion: 1;
  inputs: ResolvedBusinessCase;
  runs: number;
  seed: number;
  distribution: RangeDistribution;
  deterministic: DeterministicOutcome;
  /** Simulated outcomes of a project that reaches production. */
  simulated: {
    savingsPerYearEur: SimulatedStatistic;
    netBenefitPerYearEur: SimulatedStatistic;
    npvEur: SimulatedStatistic;
    /** Percentiles in months; null = not within the horizon. */
    paybackMonth: { p10: number | null; p50: number | null; p90: number | null };
    /** Share of runs that pay back within the horizon. */
    probabilityPayback: number;
    probabilityNpvPositive: number;
    probabilityNpvPositiveStdError: number;
  };
  stall: StallProbability & { stalledCostShare: number };
  /** Including the chance of stalling: a stalled project spends stalledCostShare of its one-off costs and saves nothing. */
  expected: {
    npvEur: number;
    npvStdErrorEur: number;
    probabilityNpvPositive: number;
    probabilityNpvPositiveStdError: number;
  };
  tornado: Tornado;
  /** The input whose uncertainty moves the NPV most: measure (or get a quote for) this first. */
  measureFirst: BusinessCaseInputId | null;
  /** NPV of every run, in run order (not sorted). Not serialised; the histogram reads it. */
  samples: { npvEur: Float64Array };
  /** The selected vendor's switching cost and what it does to the case; absent when none was given. */
  switching?: SwitchingEffect;
};

/**
 * The selected vendor's switching cost (lock-in, `switchingCost` in src/core/vendors) in the business
 * case: a stalled project pays it to get out, and a project that reaches production would pay it on
 * leaving at the end of the horizon (the exit cost).
 */
export type SwitchingEffect = {
  range: { low: number; likely: number; high: number };
  /** Mean switching cost a stalled run paid (drawn from the range, in euros, undiscounted). */
  stalledMeanEur: number;
  /**
   * True when the switching cost took the place of the committed licence months in the stall scenario:
   * its remaining-contract part is the same money, so it is not counted twice.
   */
  replacesCommittedLicence: boolean;
  /** Present value of the likely switching cost paid at the end of the horizon. */
  exitCostPresentValueEur: number;
  /** NPV at the likely values for a project that leaves its vendor at the end of the horizon. */
  npvWithExitEur: number;
  /**
   * Tornado entry for the exit: the NPV with exit at the switching cost's low and high, all else at
   * likely. Null when it does not matter: its swing is below SWITCHING_TORNADO_SHARE of the top bar's.
   */
  tornadoBar: {
    lowValue: number;
    highValue: number;
    npvAtLowEur: number;
    npvAtHighEur: number;
    swingEur: number;
  } | null;
};
