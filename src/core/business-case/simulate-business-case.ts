import type {
  ConditionStatus,
  FactorId,
  RiskLevel,
  SuccessConditionId,
} from '../assessment/assessment-types.ts';
import { invariant } from '../result.ts';
import { BUSINESS_CASE_DEFAULTS } from './business-case-defaults.ts';
import {
  BUSINESS_CASE_INPUT_IDS,
  type BusinessCaseResult,
  type DeterministicOutcome,
  type ResolvedBusinessCase,
  type ScenarioPoint,
  type SimulatedStatistic,
  type SwitchingEffect,
  type Tornado,
  type TornadoBar,
} from './business-case-types.ts';
import {
  type CashFlowModel,
  createCashFlowModel,
  evaluateScenario,
  evaluateScenarioInto,
  monthlyCashFlow,
  OUTCOME_SIZE,
  POINT,
  POINT_SIZE,
} from './cash-flow-model.ts';
import { internalRateOfReturn } from './internal-rate-of-return.ts';
import { yearlyRateFromMonthly } from './net-present-value.ts';
import { QUANTILE_TABLE_SIZE, rangeQuantileTable, sampleRange } from './range-quantile-table.ts';
import { rankCorrelations } from './rank-correlation.ts';
import { sampleQuantiles } from './sample-quantiles.ts';
import { seededRandom } from './seeded-random.ts';
import { stallProbability } from './stall-probability.ts';

/**
 * Share of the largest tornado swing the exit's swing (switching cost low → high) must reach to get a
 * tornado entry: below a tenth of the top bar it changes no decision and only crowds the chart.
 */
export const SWITCHING_TORNADO_SHARE = 0.1;

/**
 * Seed offset of the switching cost's own random stream: its draws come from a second generator, so
 * the nine input draws of every run stay identical with and without a switching cost.
 */
const SWITCHING_STREAM = 0x5717c4;

/** Most runs one call accepts; 1 000 000 runs take about half a second and 40 MB. */
export const MAX_RUNS = 1_000_000;

/** The point with every input at its likely value. */
export function likelyPoint(inputs: ResolvedBusinessCase): ScenarioPoint {
  const point = {} as ScenarioPoint;
  for (const id of BUSINESS_CASE_INPUT_IDS) point[id] = inputs.ranges[id].likely;
  return point;
}

/** The cash-flow model shared by every run of these inputs. */
export function cashFlowModelFor(inputs: ResolvedBusinessCase): CashFlowModel {
  return createCashFlowModel({
    horizonYears: inputs.horizonYears,
    discountRate: inputs.discountRate,
    labourPerYearEur: inputs.statusQuo.breakdown.labourPerYear,
    errorsPerYearEur: inputs.statusQuo.breakdown.errorsPerYear,
  });
}

/** The model at the likely values, with IRR from the monthly cash flow. */
export function deterministicOutcome(inputs: ResolvedBusinessCase): DeterministicOutcome {
  const model = cashFlowModelFor(inputs);
  const point = likelyPoint(inputs);
  const outcome = evaluateScenario(model, point);
  const flows = monthlyCashFlow(model, point).map((m) => m.netEur);
  const irrMonthly = internalRateOfReturn({ cashFlows: flows });
  return {
    ...outcome,
    irrMonthly,
    irrYearly: irrMonthly === null ? null : yearlyRateFromMonthly(irrMonthly),
  };
}

/** One input at its low and at its high, the others at likely: the tornado, largest swing first. */
export function tornado(inputs: ResolvedBusinessCase): Tornado {
  const model = cashFlowModelFor(inputs);
  const base = likelyPoint(inputs);
  const baseNpvEur = evaluateScenario(model, base).npvEur;
  const bars: TornadoBar[] = BUSINESS_CASE_INPUT_IDS.map((id) => {
    const range = inputs.ranges[id];
    const npvAtLowEur = evaluateScenario(model, { ...base, [id]: range.low }).npvEur;
    const npvAtHighEur = evaluateScenario(model, { ...base, [id]: range.high }).npvEur;
    return {
      input: id,
      lowValue: range.low,
      highValue: range.high,
      npvAtLowEur,
      npvAtHighEur,
      swingEur: Math.abs(npvAtHighEur - npvAtLowEur),
      rankCorrelation: null,
    };
  });
  // Stable sort: equal swings keep the input order.
  bars.sort((a, b) => b.swingEur - a.swingEur);
  return { baseNpvEur, bars };
}

function statistic(values: Float64Array): SimulatedStatistic {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i] as number;
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = (values[i] as number) - mean;
    squares += d * d;
  }
  const sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
  const [p10, p50, p90] = sampleQuantiles({ values, probabilities: [0.1, 0.5, 0.9] }) as [
    number,
    number,
    number,
  ];
  return { p10, p50, p90, mean, meanStdError: sd / Math.sqrt(n) };
}

/**
 * Monte Carlo simulation of the business case.
 *
 * Each run draws every uncertain input from its range (PERT by default, or triangular; always nine
 * draws per run in a fixed order, so runs line up across scenarios), evaluates the closed-form monthly
 * model, and records NPV, yearly savings and payback month. Outcomes are for a project that reaches
 * production; the stall probability then gives the expected value: a stalled project spends
 * `stalledCostShare` of its one-off costs, pays the licence for the months its contract commits it to
 * (`committedLicenceMonths`, within the horizon, discounted like every month) and saves nothing.
 * Standard errors are Monte Carlo errors
 * (sd / √runs for means, √(p(1−p)/runs) for probabilities): how far a rerun with another seed may
 * move the figure, not the uncertainty of the business itself (that is the P10–P90 range).
 *
 * Same inputs and seed ⇒ bit-identical result on every platform. Cost: about 0.2 µs per run.
 *
 * @example
 *   const inputs = resolveBusinessCase(useCase);
 *   const result = simulateBusinessCase({ inputs, runs: 10_000, seed: 1 });
 *   result.simulated.npvEur.p50; result.expected.npvEur; result.measureFirst;
 */
export function simulateBusinessCase(options: {
  inputs: ResolvedBusinessCase;
  runs?: number;
  seed?: number;
  /** The assessment's risk level per failure factor; adjusts the stall probability. */
  factorRisks?: Partial<Record<FactorId, RiskLevel>>;
  /** The success conditions as the assessment judges them; adjust the stall probability too. */
  conditions?: Partial<Record<SuccessConditionId, ConditionStatus>>;
  /** Months of licence a stalled project still pays under its contract (default 0). */
  committedLicenceMonths?: number;
  /** Also rank inputs by Spearman correlation with the NPV (sorts each input; ~10 ms per 100 000 runs). */
  withRankCorrelation?: boolean;
  /**
   * The selected vendor's switching cost in euros (src/core/vendors `switchingCost`). A stalled run
   * pays a draw from it instead of its committed licence months (the switching cost contains the
   * remaining contract); the result gains `switching` with the exit cost and its tornado entry.
   * Absent: the result is exactly what it was without this option.
   */
  switchingCost?: { low: number; likely: number; high: number };
}): BusinessCaseResult {
  const { inputs } = options;
  const runs = options.runs ?? BUSINESS_CASE_DEFAULTS.runs;
  const seed = options.seed ?? BUSINESS_CASE_DEFAULTS.seed;
  invariant(Number.isInteger(runs) && runs >= 1 && runs <= MAX_RUNS, `runs must be 1..${MAX_RUNS}`);
  invariant(Number.isSafeInteger(seed) && seed >= 0, 'seed must be a non-negative safe integer');

  const model = cashFlowModelFor(inputs);
  const stride = QUANTILE_TABLE_SIZE + 1;
  const lows = new Float64Array(POINT_SIZE);
  const spans = new Float64Array(POINT_SIZE);
  const tables = new Float64Array(POINT_SIZE * stride);
  BUSINESS_CASE_INPUT_IDS.forEach((id, j) => {
    const t = rangeQuantileTable({ range: inputs.ranges[id], distribution: inputs.distribution });
    lows[j] = t.low;
    spans[j] = t.span;
    tables.set(t.table, j * stride);
  });

  const npv = new Float64Array(runs);
  const savings = new Float64Array(runs);
  const net = new Float64Array(runs);
  // Payback months are whole months 1 … H or "not within the horizon" (slot H + 1): counting them
  // gives exact nearest-rank percentiles without a copy or a selection.
  const horizon = model.horizonMonths;
  const paybackCounts = new Uint32Array(horizon + 2);
  const drawn = options.withRankCorrelation
    ? BUSINESS_CASE_INPUT_IDS.map(() => new Float64Array(runs))
    : null;
  const point = new Float64Array(POINT_SIZE);
  const out = new Float64Array(OUTCOME_SIZE);
  const next = seededRandom(seed);
  let positive = 0;
  let paidBack = 0;
  const stall = stallProbability({
    factorRisks: options.factorRisks,
    conditions: options.conditions,
    override: inputs.stallProbabilityOverride,
    committedLicenceMonths: Math.min(options.committedLicenceMonths ?? 0, horizon),
  });
  const p = stall.probability;
  const share = inputs.stalledCostShare;
  const switching = options.switchingCost;
  if (switching !== undefined)
    invariant(
      switching.low >= 0 && switching.low <= switching.likely && switching.likely <= switching.high,
      'switching cost must be 0 ≤ low ≤ likely ≤ high',
    );
  const switchingTable =
    switching === undefined
      ? null
      : rangeQuantileTable({ range: switching, distribution: inputs.distribution });
  const nextSwitching = seededRandom(seed + SWITCHING_STREAM);
  let switchingSum = 0;
  // Present value of one euro of yearly licence paid monthly over the committed months; with a
  // switching cost the remaining contract is part of it, so the committed licence is not added again.
  const committedLicenceFactor =
    switching === undefined
      ? (model.discountSum[Math.round(stall.committedLicenceMonths)] as number) / 12
      : 0;
  // Expected value over "reaches production or stalls", per run; its mean and variance by Welford's
  // one-pass update. A stalled run spends share × its one-off costs and its committed licence months,
  // and saves nothing.
  let mixedMean = 0;
  let mixedM2 = 0;

  for (let run = 0; run < runs; run++) {
    for (let j = 0; j < POINT_SIZE; j++) {
      // Inlined sampleRange(): one table read pair and a linear interpolation.
      const pos = next() * QUANTILE_TABLE_SIZE;
      const i = pos | 0;
      const base = j * stride + i;
      const q0 = tables[base] as number;
      point[j] =
        (lows[j] as number) + (spans[j] as number) * (q0 + (pos - i) * ((tables[base + 1] as number) - q0));
    }
    if (drawn !== null)
      for (let j = 0; j < POINT_SIZE; j++) (drawn[j] as Float64Array)[run] = point[j] as number;
    evaluateScenarioInto(model, point, out);
    const v = out[0] as number;
    npv[run] = v;
    savings[run] = out[1] as number;
    net[run] = out[2] as number;
    const pb = out[5] as number;
    const slot = Number.isFinite(pb) ? pb : horizon + 1;
    paybackCounts[slot] = (paybackCounts[slot] as number) + 1;
    if (slot <= horizon) paidBack++;
    if (v > 0) positive++;
    let stalledCost = share * (out[3] as number) + committedLicenceFactor * (point[POINT.licence] as number);
    if (switchingTable !== null) {
      const paid = sampleRange(switchingTable, nextSwitching());
      switchingSum += paid;
      stalledCost += paid;
    }
    const mixed = (1 - p) * v - p * stalledCost;
    const delta = mixed - mixedMean;
    mixedMean += delta / (run + 1);
    mixedM2 += delta * (mixed - mixedMean);
  }

  const mixedStdError = runs > 1 ? Math.sqrt(mixedM2 / (runs - 1) / runs) : 0;
  const q = positive / runs;
  const qStdError = Math.sqrt((q * (1 - q)) / runs);
  const pb10 = countQuantile({ counts: paybackCounts, total: runs, probability: 0.1 });
  const pb50 = countQuantile({ counts: paybackCounts, total: runs, probability: 0.5 });
  const pb90 = countQuantile({ counts: paybackCounts, total: runs, probability: 0.9 });
  const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

  const tornadoData = tornado(inputs);
  if (drawn !== null) {
    const correlations = rankCorrelations({ xs: drawn, y: npv });
    for (const bar of tornadoData.bars) {
      bar.rankCorrelation = correlations[BUSINESS_CASE_INPUT_IDS.indexOf(bar.input)] as number;
    }
  }
  const top = tornadoData.bars[0];
  const switchingEffect =
    switching === undefined
      ? undefined
      : exitEffect({
          model,
          switching,
          baseNpvEur: tornadoData.baseNpvEur,
          topSwingEur: top?.swingEur ?? 0,
          stalledMeanEur: switchingSum / runs,
          replacesCommittedLicence: stall.committedLicenceMonths > 0,
        });

  const result: BusinessCaseResult = {
    schemaVersion: 1,
    inputs,
    runs,
    seed,
    distribution: inputs.distribution,
    deterministic: deterministicOutcome(inputs),
    simulated: {
      savingsPerYearEur: statistic(savings),
      netBenefitPerYearEur: statistic(net),
      npvEur: statistic(npv),
      paybackMonth: { p10: finiteOrNull(pb10), p50: finiteOrNull(pb50), p90: finiteOrNull(pb90) },
      probabilityPayback: paidBack / runs,
      probabilityNpvPositive: q,
      probabilityNpvPositiveStdError: qStdError,
    },
    stall: { ...stall, stalledCostShare: share },
    expected: {
      npvEur: mixedMean,
      npvStdErrorEur: mixedStdError,
      // A stalled project never has NPV > 0 (it only spends), so the chance multiplies.
      probabilityNpvPositive: (1 - p) * q,
      probabilityNpvPositiveStdError: (1 - p) * qStdError,
    },
    tornado: tornadoData,
    measureFirst: top !== undefined && top.swingEur > 0 ? top.input : null,
    samples: { npvEur: npv },
  };
  if (switchingEffect !== undefined) result.switching = switchingEffect;
  return result;
}

/**
 * The exit: a project that reaches production and leaves its vendor at the end of the horizon pays
 * the switching cost then, discounted like that month's cash flow. Gives the NPV with that exit at the
 * likely values, and a tornado entry (switching cost low → high) when its swing reaches
 * {@link SWITCHING_TORNADO_SHARE} of the largest bar's.
 */
function exitEffect(options: {
  model: CashFlowModel;
  switching: { low: number; likely: number; high: number };
  baseNpvEur: number;
  topSwingEur: number;
  stalledMeanEur: number;
  replacesCommittedLicence: boolean;
}): SwitchingEffect {
  const { model, switching, baseNpvEur } = options;
  const h = model.horizonMonths;
  const factor = (model.discountSum[h] as number) - (model.discountSum[h - 1] as number);
  const npvAtLowEur = baseNpvEur - switching.low * factor;
  const npvAtHighEur = baseNpvEur - switching.high * factor;
  const swingEur = Math.abs(npvAtLowEur - npvAtHighEur);
  const matters = swingEur > 0 && swingEur >= SWITCHING_TORNADO_SHARE * options.topSwingEur;
  return {
    range: { low: switching.low, likely: switching.likely, high: switching.high },
    stalledMeanEur: options.stalledMeanEur,
    replacesCommittedLicence: options.replacesCommittedLicence,
    exitCostPresentValueEur: switching.likely * factor,
    npvWithExitEur: baseNpvEur - switching.likely * factor,
    tornadoBar: matters
      ? { lowValue: switching.low, highValue: switching.high, npvAtLowEur, npvAtHighEur, swingEur }
      : null,
  };
}

/**
 * Nearest-rank quantile (the ⌈n·p⌉-th smallest, as `sampleQuantiles` with `nearestRank`) from counts
 * per whole month; the last slot means "not within the horizon" and comes back as Infinity.
 */
export function countQuantile(options: { counts: Uint32Array; total: number; probability: number }): number {
  const { counts, total, probability } = options;
  const rank = Math.max(1, Math.ceil(total * probability));
  let cumulative = 0;
  for (let slot = 0; slot < counts.length - 1; slot++) {
    cumulative += counts[slot] as number;
    if (cumulative >= rank) return slot;
  }
  return Number.POSITIVE_INFINITY;
}
