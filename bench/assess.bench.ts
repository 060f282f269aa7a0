/**
 * `npm run bench`: how long assessing one use case takes (target: under 5 ms).
 * Assesses every labelled case in examples/cases many times, plus one case with a data profile as
 * evidence, and prints mean, median and p95 per assessment. Exits 1 when the p95 misses the target.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { assess } from '../src/core/assessment/assess.ts';
import type { AssessEvidence } from '../src/core/assessment/assessment-types.ts';
import { msg } from '../src/core/message.ts';
import { parseUseCaseText } from '../src/core/use-case/parse-use-case.ts';
import type { UseCase } from '../src/core/use-case/use-case-schema.ts';

const TARGET_MS = 5;
const RUNS = 5_000;
const WARMUP = 500;

const casesDir = join(dirname(fileURLToPath(import.meta.url)), '../examples/cases');
const files = Object.keys(
  (parse(readFileSync(join(casesDir, 'expected.yaml'), 'utf8')) as { cases: object }).cases,
);
const useCases: UseCase[] = files.map((file) => {
  const parsed = parseUseCaseText(readFileSync(join(casesDir, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file} is not a valid use case`);
  return parsed.value;
});

const evidence: AssessEvidence = {
  dataProfiles: [
    {
      schemaVersion: 1,
      file: 'sensoren.csv',
      dataset: {
        rows: 50_000,
        columns: 12,
        duplicateRows: 40,
        encoding: 'utf-8',
        format: 'csv',
        bytes: 4_000_000,
      },
      columns: Array.from({ length: 12 }, (_, i) => ({
        name: `kolom${i}`,
        type: 'decimal' as const,
        missingShare: 0.1,
        distinctCount: 900,
        issues: [
          {
            code: 'MISSING',
            severity: 'high' as const,
            message: msg('p'),
            share: 0.1,
            exampleRows: [1, 2, 3],
          },
        ],
      })),
      timeSeries: [],
      pii: [{ column: 'email', kind: 'email', share: 0.99 }],
      readiness: { level: 'C', reasons: [msg('p')] },
      issues: [],
    },
  ],
};

function measure(label: string, run: (i: number) => void): number {
  for (let i = 0; i < WARMUP; i++) run(i);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((s, t) => s + t, 0) / times.length;
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const p95 = times[Math.floor(times.length * 0.95)] ?? 0;
  const max = times[times.length - 1] ?? 0;
  console.log(
    `${label.padEnd(46)} mean ${mean.toFixed(3)} ms  median ${median.toFixed(3)} ms  p95 ${p95.toFixed(3)} ms  max ${max.toFixed(2)} ms  (${RUNS} runs)`,
  );
  return p95;
}

console.log(`assess(): ${useCases.length} labelled use cases, target p95 < ${TARGET_MS} ms per assessment`);
const p95s = [
  measure('one use case (round robin over the cases)', (i) =>
    assess(useCases[i % useCases.length] as UseCase),
  ),
  measure('invoice example', () => assess(useCases[0] as UseCase)),
  measure('with a 12-column data profile as evidence', (i) =>
    assess(useCases[i % useCases.length] as UseCase, evidence),
  ),
];
const ok = p95s.every((p) => p < TARGET_MS);
console.log(ok ? 'within target' : 'TARGET MISSED');
process.exit(ok ? 0 : 1);
