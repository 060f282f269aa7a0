import { BUSINESS_CASE_INPUT_IDS, type ScenarioOutcome, type ScenarioPoint } from './business-case-types.ts';
import { monthlyRateFromYearly } from './net-present-value.ts';

/**
 * The monthly cash-flow model of the business case, evaluated in closed form.
 *
 * Month 0: all one-off costs. Months 1 … H (H = 12 × horizonYears): savings × ramp(t) − yearly costs / 12,
 * where ramp(t) = min(1, t / R) rises linearly to full effect at R = monthsToFullEffect (1 when R = 0),
 * and savings per year = labour per year × timeReduction + error cost per year × errorReduction.
 * Cash flows are discounted monthly: month t is worth (1 + r_m)^−t with r_m = (1 + r)^(1/12) − 1.
 *
 * Why closed form: given the sampled inputs, the ramp is deterministic, so
 *   NPV = −oneOff + S_m · (Σ_{t≤k} t·v^t / R + Σ_{k<t≤H} v^t) − C_m · Σ_{t≤H} v^t,  k = ⌈R⌉ − 1,
 * and both sums are prefix sums we precompute once per simulation. One run costs O(1) instead of a
 * 36-step loop; `monthlyCashFlow` keeps the month-by-month table for the spreadsheet and the tests.
 */
export type CashFlowModel = {
  horizonMonths: number;
  /** Monthly discount rate derived from the yearly one. */
  monthlyRate: number;
  labourPerYearEur: number;
  errorsPerYearEur: number;
  /** [k] = Σ_{t=1..k} v^t, v = 1 / (1 + monthlyRate). */
  discountSum: Float64Array;
  /** [k] = Σ_{t=1..k} t · v^t. */
  weightedDiscountSum: Float64Array;
};

/** Positions of the inputs in a point vector: the order of BUSINESS_CASE_INPUT_IDS. */
export const POINT = {
  timeReduction: 0,
  errorReduction: 1,
  implementation: 2,
  dataPreparation: 3,
  trainingAndChange: 4,
  licence: 5,
  maintenance: 6,
  humanReview: 7,
  monthsToFullEffect: 8,
} as const;
export const POINT_SIZE = BUSINESS_CASE_INPUT_IDS.length;

/** Positions in an outcome vector written by {@link evaluateScenarioInto}. */
export const OUTCOME = {
  npvEur: 0,
  savingsPerYearEur: 1,
  netBenefitPerYearEur: 2,
  oneOffEur: 3,
  yearlyCostEur: 4,
  /** Infinity when not within the horizon. */
  paybackMonth: 5,
} as const;
export const OUTCOME_SIZE = 6;

/**
 * Precomputes what every run shares. Units: euros per year for the status-quo parts, a yearly
 * fraction for the discount rate. Invariant: horizonYears ≥ 1, discountRate > −1.
 */
export function createCashFlowModel(options: {
  horizonYears: number;
  discountRate: number;
  labourPerYearEur: number;
  errorsPerYearEur: number;
}): CashFlowModel {
  const horizonMonths = Math.round(options.horizonYears * 12);
  const monthlyRate = monthlyRateFromYearly(options.discountRate);
  const v = 1 / (1 + monthlyRate);
  const discountSum = new Float64Array(horizonMonths + 1);
  const weightedDiscountSum = new Float64Array(horizonMonths + 1);
  let factor = 1;
  for (let t = 1; t <= horizonMonths; t++) {
    factor *= v;
    discountSum[t] = (discountSum[t - 1] as number) + factor;
    weightedDiscountSum[t] = (weightedDiscountSum[t - 1] as number) + t * factor;
  }
  return {
    horizonMonths,
    monthlyRate,
    labourPerYearEur: options.labourPerYearEur,
    errorsPerYearEur: options.errorsPerYearEur,
    discountSum,
    weightedDiscountSum,
  };
}

/** Months t ≥ 1 strictly before full effect (ramp(t) < 1): ⌈R⌉ − 1, not capped by the horizon. */
function rampMonths(monthsToFullEffect: number): number {
  return monthsToFullEffect > 0 ? Math.ceil(monthsToFullEffect) - 1 : 0;
}

/**
 * Undiscounted cumulative cash flow at the end of month t ≥ 1, with s = savings per month at full
 * effect, c = costs per month, r = months to full effect, k = rampMonths(r).
 * Positional parameters on purpose: this is the innermost call of the Monte Carlo loop, and an
 * options object per call would allocate.
 */
function cumulativeAt(t: number, oneOff: number, s: number, c: number, r: number, k: number): number {
  const ramped = t <= k ? (t * (t + 1)) / (2 * r) : k > 0 ? (k * (k + 1)) / (2 * r) + (t - k) : t;
  return -oneOff + s * ramped - c * t;
}

/**
 * Evaluates the model at one point (values in BUSINESS_CASE_INPUT_IDS order) into `out`
 * (OUTCOME positions). Allocation-free: the Monte Carlo loop calls it once per run, and the
 * deterministic result calls the same function, so zero uncertainty reproduces it exactly.
 */
export function evaluateScenarioInto(model: CashFlowModel, point: Float64Array, out: Float64Array): void {
  const labour = model.labourPerYearEur;
  const errors = model.errorsPerYearEur;
  const horizon = model.horizonMonths;
  const savingsPerYear = labour * (point[0] as number) + errors * (point[1] as number);
  const oneOff = (point[2] as number) + (point[3] as number) + (point[4] as number);
  const yearlyCost = (point[5] as number) + (point[6] as number) + (point[7] as number);
  const r = point[8] as number;
  const s = savingsPerYear / 12;
  const c = yearlyCost / 12;
  const k = rampMonths(r);
  const kh = Math.min(k, horizon);
  const sumAll = model.discountSum[horizon] as number;
  const rampPart = kh > 0 ? (model.weightedDiscountSum[kh] as number) / r : 0;
  const fullPart = sumAll - (model.discountSum[kh] as number);
  out[0] = -oneOff + s * (rampPart + fullPart) - c * sumAll;
  out[1] = savingsPerYear;
  out[2] = savingsPerYear - yearlyCost;
  out[3] = oneOff;
  out[4] = yearlyCost;
  // Payback: once the cumulative cash flow is ≥ 0 it stays so (monthly net flows never decrease and
  // the start is ≤ 0), so "paid back by month t" is monotone in t and a binary search finds the first.
  if (cumulativeAt(horizon, oneOff, s, c, r, k) < 0) {
    out[5] = Number.POSITIVE_INFINITY;
    return;
  }
  let lo = 1;
  let hi = horizon;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulativeAt(mid, oneOff, s, c, r, k) >= 0) hi = mid;
    else lo = mid + 1;
  }
  out[5] = lo;
}

/** Packs a point object into the vector layout. */
export function pointVector(point: ScenarioPoint): Float64Array {
  const v = new Float64Array(POINT_SIZE);
  BUSINESS_CASE_INPUT_IDS.forEach((id, i) => {
    v[i] = point[id];
  });
  return v;
}

/** Evaluates one point and returns a readable outcome (allocates; not for the hot loop). */
export function evaluateScenario(model: CashFlowModel, point: ScenarioPoint): ScenarioOutcome {
  const out = new Float64Array(OUTCOME_SIZE);
  evaluateScenarioInto(model, pointVector(point), out);
  const payback = out[5] as number;
  return {
    npvEur: out[0] as number,
    savingsPerYearEur: out[1] as number,
    netBenefitPerYearEur: out[2] as number,
    oneOffEur: out[3] as number,
    yearlyCostEur: out[4] as number,
    paybackMonth: Number.isFinite(payback) ? payback : null,
  };
}

/** One month of the deterministic cash flow, euros. Month 0 carries the one-off costs. */
export type CashFlowMonth = {
  month: number;
  /** Share of the full effect reached this month, 0..1. */
  ramp: number;
  savingsEur: number;
  runningCostsEur: number;
  oneOffEur: number;
  netEur: number;
  discountFactor: number;
  presentValueEur: number;
  cumulativeEur: number;
};

/**
 * The month-by-month table (months 0 … H) at one point, computed the long way round. Used by the
 * XLSX export (which recomputes it with live formulas) and by tests that check the closed form.
 */
export function monthlyCashFlow(model: CashFlowModel, point: ScenarioPoint): CashFlowMonth[] {
  const savingsPerMonth =
    (model.labourPerYearEur * point.timeReduction + model.errorsPerYearEur * point.errorReduction) / 12;
  const costsPerMonth =
    (point['yearlyCosts.licence'] + point['yearlyCosts.maintenance'] + point['yearlyCosts.humanReview']) / 12;
  const oneOff =
    point['oneOffCosts.implementation'] +
    point['oneOffCosts.dataPreparation'] +
    point['oneOffCosts.trainingAndChange'];
  const r = point.monthsToFullEffect;
  const rows: CashFlowMonth[] = [];
  let cumulative = 0;
  for (let month = 0; month <= model.horizonMonths; month++) {
    const ramp = month === 0 ? 0 : r <= 0 ? 1 : Math.min(1, month / r);
    const savingsEur = savingsPerMonth * ramp;
    const runningCostsEur = month === 0 ? 0 : costsPerMonth;
    const oneOffEur = month === 0 ? oneOff : 0;
    const netEur = savingsEur - runningCostsEur - oneOffEur;
    const discountFactor = (1 + model.monthlyRate) ** -month;
    cumulative += netEur;
    rows.push({
      month,
      ramp,
      savingsEur,
      runningCostsEur,
      oneOffEur,
      netEur,
      discountFactor,
      presentValueEur: netEur * discountFactor,
      cumulativeEur: cumulative,
    });
  }
  return rows;
}
