/**
 * Business-case Monte Carlo speed (`npm run bench`). Targets from the issue:
 * - 100 000 runs of a three-year monthly model under 50 ms on one core;
 * - the web page's 10 000-run recomputation (one slider moved, so one range has a new shape and its
 *   sampling table is rebuilt) far under 100 ms.
 * Prints the median, fastest and slowest of several repetitions after a warm-up; exits 1 when a
 * median misses its target.
 */
import type { ResolvedBusinessCase } from '../src/core/business-case/business-case-types.ts';
import { resolveBusinessCase } from '../src/core/business-case/resolve-business-case.ts';
import { simulateBusinessCase } from '../src/core/business-case/simulate-business-case.ts';

const inputs = resolveBusinessCase({
  problem: { hoursPerWeek: 15, hourlyCost: 52, volumePerWeek: 200, errorRate: 0.03, costPerError: 75 },
  businessCase: {
    timeReduction: { low: 0.3, likely: 0.5, high: 0.7 },
    errorReduction: { low: 0.2, likely: 0.5, high: 0.7 },
    oneOffCosts: {
      implementation: { low: 8000, likely: 12000, high: 20000 },
      dataPreparation: { low: 2000, likely: 4000, high: 8000 },
      trainingAndChange: { low: 1500, likely: 3000, high: 5000 },
    },
    yearlyCosts: {
      licence: { low: 3600, likely: 4800, high: 7200 },
      maintenance: { low: 1000, likely: 2000, high: 4000 },
      humanReview: { low: 0, likely: 500, high: 2000 },
    },
    monthsToFullEffect: { low: 3, likely: 4, high: 6 },
    horizonYears: 3,
  },
});

function measure(options: {
  label: string;
  reps: number;
  targetMs: number;
  run: (rep: number) => void;
}): boolean {
  for (let i = 0; i < 3; i++) options.run(-1 - i); // warm-up: let V8 optimise the loop
  const times: number[] = [];
  for (let rep = 0; rep < options.reps; rep++) {
    const t0 = performance.now();
    options.run(rep);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] as number;
  const ok = median < options.targetMs;
  console.log(
    `${options.label.padEnd(58)} median ${median.toFixed(1).padStart(6)} ms  (min ${(times[0] as number).toFixed(1)}, max ${(times[times.length - 1] as number).toFixed(1)}; target < ${options.targetMs} ms) ${ok ? 'ok' : 'OVER TARGET'}`,
  );
  return ok;
}

/** The same inputs with the time-reduction slider at another likely value: a new sampling table. */
function slid(rep: number): ResolvedBusinessCase {
  const likely = 0.31 + ((rep * 7919) % 389) / 1000;
  return {
    ...inputs,
    ranges: { ...inputs.ranges, timeReduction: { low: 0.3, likely, high: 0.7, source: 'input' } },
  };
}

const results = [
  measure({
    label: '100 000 runs, 3-year monthly model (PERT, seeded)',
    reps: 15,
    targetMs: 50,
    run: (rep) => simulateBusinessCase({ inputs, runs: 100_000, seed: rep + 10 }),
  }),
  measure({
    label: '10 000 runs, web recomputation after a slider move',
    reps: 30,
    targetMs: 100,
    run: (rep) => simulateBusinessCase({ inputs: slid(rep), runs: 10_000, seed: 1 }),
  }),
  measure({
    label: '10 000 runs with rank correlations (CLI default)',
    reps: 15,
    targetMs: 100,
    run: (rep) => simulateBusinessCase({ inputs, runs: 10_000, seed: rep + 10, withRankCorrelation: true }),
  }),
];
process.exit(results.every(Boolean) ? 0 : 1);
