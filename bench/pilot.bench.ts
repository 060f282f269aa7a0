/**
 * `npm run bench`: how long analysing one pilot takes, since every GET of a pilot analyses it afresh.
 * Targets: p95 under 50 ms for a six-week pilot (the two examples), under 150 ms for the largest the
 * schema allows in weeks: 52 baseline weeks against 52 pilot weeks, three KPIs (rank intervals,
 * 4 000 bootstrap resamples, control charts and power for each). Exits 1 when a p95 misses its target.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analysePilot } from '../src/core/pilot/analyse-pilot.ts';
import { parsePilotText } from '../src/core/pilot/parse-pilot.ts';
import type { Pilot } from '../src/core/pilot/pilot-schema.ts';
import { measure } from './measure.ts';

const TARGET_MS = 50;
const TARGET_YEAR_MS = 150;
const RUNS = 300;
const WARMUP = 30;
const TIMING = { runs: RUNS, warmup: WARMUP };

const examples = join(dirname(fileURLToPath(import.meta.url)), '../examples/pilot');
function example(file: string): Pilot {
  const parsed = parsePilotText(readFileSync(join(examples, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file} is not a valid pilot file`);
  return parsed.value;
}

/** The invoice pilot stretched to a year of baseline and a year of pilot weeks, with noise. */
function yearLong(base: Pilot): Pilot {
  let seed = 7;
  const noise = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31 - 0.5;
  };
  const kpis = [base.plan.primaryKpi, ...(base.plan.secondaryKpis ?? [])];
  const start = new Date('2027-01-04T00:00:00Z');
  const day = (offset: number) => new Date(start.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  return {
    ...base,
    plan: { ...base.plan, startDate: day(0), weeks: 52, baselineWindow: { from: day(-364), to: day(-1) } },
    baseline: Array.from({ length: 52 }, (_, i) => ({
      period: day(-364 + i * 7),
      values: Object.fromEntries(kpis.map((k) => [k.id, 10 + 2 * noise()])),
    })),
    measurements: Array.from({ length: 52 }, (_, i) => ({
      week: i + 1,
      values: Object.fromEntries(kpis.map((k) => [k.id, 8 + 2 * noise()])),
      adoption: Math.min(1, 0.2 + i * 0.02),
    })),
    iterations: [],
    amendments: [],
  };
}

const invoice = example('invoice-pilot.yaml');
const hold = example('support-pilot-hold.yaml');
const year = yearLong(invoice);
console.log(`analysePilot(): target p95 < ${TARGET_MS} ms (six weeks), < ${TARGET_YEAR_MS} ms (a year)`);
const ok = [
  measure('invoice example (Go)', () => analysePilot(invoice), TIMING) < TARGET_MS,
  measure('support example (Hold)', () => analysePilot(hold), TIMING) < TARGET_MS,
  measure('52 baseline weeks against 52 pilot weeks', () => analysePilot(year), TIMING) < TARGET_YEAR_MS,
].every(Boolean);
console.log(ok ? 'within target' : 'TARGET MISSED');
process.exit(ok ? 0 : 1);
