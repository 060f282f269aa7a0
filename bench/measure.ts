/**
 * Times `run` after a warm-up and prints mean, median and p95 in one line; returns the p95 in ms,
 * which the bench holds against its target.
 */
export function measure(label: string, run: () => void, options: { runs: number; warmup: number }): number {
  for (let i = 0; i < options.warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((s, t) => s + t, 0) / times.length;
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const p95 = times[Math.floor(times.length * 0.95)] ?? 0;
  console.log(
    `${label.padEnd(46)} mean ${mean.toFixed(2)} ms  median ${median.toFixed(2)} ms  p95 ${p95.toFixed(2)} ms  (${options.runs} runs)`,
  );
  return p95;
}
