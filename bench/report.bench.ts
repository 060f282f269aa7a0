/**
 * `npm run bench`: how long the board report of the demo use case (examples/invoice-entry.yaml) takes
 * as a PDF, the way `GET …/report.pdf` makes it: the assessment, the business case at its default
 * 10 000 runs, the document model and the PDF with its embedded fonts. Target: p95 under 3 s on this
 * machine (issue 13). Also prints the PDF step alone. Exits 1 when the p95 misses its target.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  assessedBusinessCase,
  businessCaseAssessment,
} from '../src/core/business-case/assessed-business-case.ts';
import { parseUseCaseText } from '../src/core/use-case/parse-use-case.ts';
import { boardReport } from '../src/report/board-report/board-report-document.ts';
import { renderBoardPdf } from '../src/report/board-report/render-pdf.ts';

const TARGET_MS = 3000;
const TIMING = { runs: 20, warmup: 3 };

const parsed = parseUseCaseText(
  readFileSync(join(import.meta.dirname, '..', 'examples', 'invoice-entry.yaml'), 'utf8'),
);
if (!parsed.ok) throw new Error('examples/invoice-entry.yaml does not validate');
const useCase = parsed.value;

function demoReport() {
  const { result, findings, assessment } = assessedBusinessCase({
    useCase,
    withRankCorrelation: true,
    asOf: '2026-12-03',
  });
  return boardReport(
    {
      useCase,
      assessment,
      businessCase: { useCase, result, findings, assessment: businessCaseAssessment(assessment) },
      profiles: [],
      survey: undefined,
      vendors: undefined,
      pilot: undefined,
      organisation: 'Van Dijk Installatietechniek',
      generatedOn: '2026-12-03',
      appVersion: '0.1.0',
      modelVersion: 5,
    },
    'nl',
  );
}

/** Like measure.ts, for asynchronous work: prints mean, median and p95; returns the p95 in ms. */
async function measureAsync(label: string, run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < TIMING.warmup; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < TIMING.runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((s, t) => s + t, 0) / times.length;
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const p95 = times[Math.floor(times.length * 0.95)] ?? 0;
  console.log(
    `${label.padEnd(46)} mean ${mean.toFixed(2)} ms  median ${median.toFixed(2)} ms  p95 ${p95.toFixed(2)} ms  (${TIMING.runs} runs)`,
  );
  return p95;
}

console.log(`board report PDF of the demo use case: target p95 < ${TARGET_MS} ms`);
const report = demoReport();
const bytes = (await renderBoardPdf(report)).length;
await measureAsync(`PDF only (${Math.round(bytes / 1024)} KB)`, () => renderBoardPdf(report));
const p95 = await measureAsync('assessment + business case + PDF', () => renderBoardPdf(demoReport()));
const ok = p95 < TARGET_MS;
console.log(ok ? 'within target' : 'TARGET MISSED');
process.exit(ok ? 0 : 1);
