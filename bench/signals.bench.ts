/**
 * `npm run bench`: how long finding red flags and vague goals in a long text takes (target: median
 * under 500 ms). The text is built to tempt a regular expression into catastrophic backtracking:
 * 16 000 characters of filler, a claim, then a long run of separators. Exits 1 when the median
 * misses the target. The unit test (find-signals.test.ts) only checks the result, not the time.
 */
import { findSignals } from '../src/core/signals/find-signals.ts';

const TARGET_MS = 500;
const RUNS = 20;
const text = `${'a '.repeat(5000)}volledig automatisch ${'1,'.repeat(3000)}`;

for (let i = 0; i < 3; i++) findSignals(text); // warm-up
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  findSignals(text);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
const max = times[times.length - 1] ?? 0;
console.log(
  `findSignals on ${text.length} characters: median ${median.toFixed(1)} ms  max ${max.toFixed(1)} ms  (${RUNS} runs, target median < ${TARGET_MS} ms)`,
);
const ok = median < TARGET_MS;
console.log(ok ? 'within target' : 'TARGET MISSED');
process.exit(ok ? 0 : 1);
