/**
 * `npm run bench`: how long the survey's results take, since every GET of a round's results, the
 * trend and every assessment of the use case aggregate its responses afresh. Targets: p95 under 20 ms
 * for a round of a company of 250 (250 responses in 12 groups, every statement and both open
 * questions answered), and under 200 ms for the largest export the CLI reads (10 000 responses).
 * Exits 1 when a p95 misses its target.
 */
import { aggregateSurvey } from '../src/core/survey/aggregate-survey.ts';
import {
  INSTRUMENT_V1_ITEMS,
  type SurveyGroup,
  type SurveyResponse,
} from '../src/core/survey/survey-types.ts';
import { measure } from './measure.ts';

const TARGET_MS = 20;
const TARGET_LARGE_MS = 200;
const RUNS = 200;
const WARMUP = 20;
const TIMING = { runs: RUNS, warmup: WARMUP };

function round(size: number, groupCount: number): { responses: SurveyResponse[]; groups: SurveyGroup[] } {
  let seed = 11;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const groups = Array.from({ length: groupCount }, (_, i) => ({ key: `g${i + 1}`, label: `Team ${i + 1}` }));
  const responses = Array.from({ length: size }, () => {
    const answers: SurveyResponse['answers'] = {};
    for (const id of INSTRUMENT_V1_ITEMS) answers[id] = (1 + Math.floor(next() * 5)) as 1 | 2 | 3 | 4 | 5;
    // Groups of very different sizes, so merging and suppression have work to do.
    const group = groups[Math.floor(next() ** 2 * groupCount)]!.key;
    return {
      group,
      answers,
      open: { helps: 'Meer tijd om te oefenen', concerns: 'Wat gebeurt er met mijn werk?' },
    };
  });
  return { responses, groups };
}

const company = round(250, 12);
const large = round(10_000, 20);
const aggregate = (r: ReturnType<typeof round>) =>
  aggregateSurvey({ ...r, k: 5, status: 'closed', instrumentVersion: 1, shuffle: (xs) => [...xs] });
console.log(
  `aggregateSurvey(): target p95 < ${TARGET_MS} ms (250 responses), < ${TARGET_LARGE_MS} ms (10 000)`,
);
const ok = [
  measure('250 responses in 12 groups', () => aggregate(company), TIMING) < TARGET_MS,
  measure('10 000 responses in 20 groups', () => aggregate(large), TIMING) < TARGET_LARGE_MS,
].every(Boolean);
console.log(ok ? 'within target' : 'TARGET MISSED');
process.exit(ok ? 0 : 1);
