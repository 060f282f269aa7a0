import type { Finding } from '../../../src/core/assessment/assessment-types.ts';
import type { StallEvidence } from '../../../src/core/business-case/assessed-business-case.ts';
import type { BusinessCaseResult } from '../../../src/core/business-case/business-case-types.ts';
import type { NpvHistogram } from '../../../src/core/business-case/npv-histogram.ts';
import type { StallProbability } from '../../../src/core/business-case/stall-probability.ts';
import type { UseCase } from '../../../src/core/use-case/use-case-schema.ts';

/** Runs and seed of the page's live simulation: the API's defaults, so both show the same figures. */
export const PAGE_RUNS = 10_000;
export const PAGE_SEED = 1;
/** Bars in the page's NPV histogram. */
export const PAGE_HISTOGRAM_BINS = 30;

/**
 * Main thread → worker: simulate this document with the stall evidence of the server's assessment
 * (answers, data files, vendors: the worker never assesses on its own). Only the latest request matters.
 */
export type SimulationRequest = {
  id: number;
  document: UseCase;
  stall: StallEvidence;
  runs: number;
  seed: number;
  bins: number;
};

/** What the page draws: the result without the per-run samples (the histogram summarises them). */
export type SimulationOutput = {
  result: Omit<BusinessCaseResult, 'samples'>;
  /** Expectation-gap findings; texts are message keys the page translates. */
  findings: Finding[];
  histogram: NpvHistogram;
  /** The stall chance the server's assessment gives, also when the document overrides it. */
  assessedStall: StallProbability;
  /** Time the worker spent: validation, both simulations, the assessment and the histogram. */
  elapsedMs: number;
};

/** Worker → main thread. `problems` lists the document paths that do not validate. */
export type SimulationResponse =
  | { id: number; ok: true; output: SimulationOutput }
  | { id: number; ok: false; problems: string[] };
