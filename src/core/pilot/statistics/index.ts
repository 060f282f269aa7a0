export { type BootstrapInterval, type BootstrapStatistic, bootstrapDifference } from './bootstrap.ts';
export { hodgesLehmann, type ShiftInterval } from './hodges-lehmann.ts';
export {
  EXACT_MAX_TOTAL_VALUES,
  type MannWhitneyResult,
  mannWhitney,
  type TestMethod,
} from './mann-whitney.ts';
export { normalCdf, normalQuantile } from './normal-distribution.ts';
export {
  type KpiPowerCandidate,
  kpiPowerCheck,
  type PilotPower,
  type PowerProblem,
  pilotPower,
  RANK_TEST_EFFICIENCY,
  rankTestPower,
  type SmallestEffect,
} from './power.ts';
export { MIN_VALUES_PER_SAMPLE, type TooFewValues } from './sample-checks.ts';
export {
  DEFAULT_RUN_LENGTH,
  MOVING_RANGE_LIMIT_FACTOR,
  NATURAL_PROCESS_LIMIT_FACTOR,
  type XmrChart,
  type XmrPoint,
  type XmrSignal,
  xmrChart,
} from './xmr-chart.ts';
