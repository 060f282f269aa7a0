import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePilotText, validatePilot } from './parse-pilot.ts';
import { pilotJsonSchema } from './pilot-json-schema.ts';
import { type Pilot, plannedWeeks, ZPilot } from './pilot-schema.ts';

const example = readFileSync(new URL('../../../examples/pilot/invoice-pilot.yaml', import.meta.url), 'utf8');

/** The smallest valid pilot: a plan with one KPI and one rule. */
function minimal(): Pilot {
  return {
    title: 'Pilot',
    plan: {
      process: 'factuurinvoer',
      startDate: '2027-01-18',
      primaryKpi: {
        id: 'minuten',
        name: 'Minuten per factuur',
        unit: 'minuten',
        better: 'down',
        howMeasured: 'klok',
        smallestEffect: 1,
      },
      baselineWindow: { from: '2026-11-16', to: '2027-01-10' },
      rules: { mustMeet: [{ text: '30 % sneller', kpi: 'minuten', test: 'improvesBy', value: 0.3 }] },
    },
  };
}

function problemsOf(input: unknown): { path: string; key: string }[] {
  const result = validatePilot(input);
  if (result.ok) return [];
  return result.error.map((p) => ({ path: p.path, key: p.message.key }));
}

describe('the pilot schema', () => {
  it('accepts the invoice example and the minimal pilot', () => {
    const parsed = parsePilotText(example);
    expect(parsed.ok).toBe(true);
    expect(validatePilot(minimal()).ok).toBe(true);
  });

  it('plans six weeks when the plan does not say', () => {
    expect(plannedWeeks(minimal().plan)).toBe(6);
  });

  it('names the path of an unknown key', () => {
    const input = minimal() as unknown as { plan: Record<string, unknown> };
    input.plan.weeksx = 3;
    expect(problemsOf(input)).toEqual([{ path: 'plan.weeksx', key: 'input.unknownKey' }]);
  });

  it('bounds weeks, shares and the number of secondary KPIs', () => {
    const pilot = minimal();
    pilot.plan.weeks = 53;
    pilot.plan.humanReviewShare = 1.5;
    const kpi = pilot.plan.primaryKpi;
    pilot.plan.secondaryKpis = ['a', 'b', 'c', 'd'].map((id) => ({ ...kpi, id }));
    expect(problemsOf(pilot).map((p) => p.path)).toEqual([
      'plan.weeks',
      'plan.secondaryKpis',
      'plan.humanReviewShare',
    ]);
  });

  it('refuses a date that is not YYYY-MM-DD and a KPI id that is not a slug', () => {
    const pilot = minimal();
    pilot.plan.startDate = '18-01-2027';
    pilot.plan.primaryKpi.id = 'Minuten per factuur';
    expect(problemsOf(pilot)).toEqual([
      { path: 'plan.startDate', key: 'input.format.date' },
      { path: 'plan.primaryKpi.id', key: 'input.format.other' },
    ]);
  });

  it('requires a rule to name a declared KPI or adoption', () => {
    const pilot = minimal();
    pilot.plan.rules.shouldMeet = [{ text: 'fouten', kpi: 'fouten', test: 'notWorse' }];
    expect(problemsOf(pilot)).toEqual([
      { path: 'plan.rules.shouldMeet[0].kpi', key: 'pilot.input.ruleKpiUnknown' },
    ]);
  });

  it('allows only "reaches" with a share for adoption', () => {
    const pilot = minimal();
    pilot.plan.rules.shouldMeet = [
      { text: 'gebruik', kpi: 'adoption', test: 'improvesBy', value: 0.3 },
      { text: 'gebruik', kpi: 'adoption', test: 'reaches', value: 60 },
    ];
    expect(problemsOf(pilot)).toEqual([
      { path: 'plan.rules.shouldMeet[0].test', key: 'pilot.input.adoptionOnlyReaches' },
      { path: 'plan.rules.shouldMeet[1].value', key: 'pilot.input.adoptionValueShare' },
    ]);
  });

  it('needs a value for improvesBy and reaches', () => {
    const pilot = minimal();
    pilot.plan.rules.mustMeet = [
      { text: 'sneller', kpi: 'minuten', test: 'improvesBy' },
      { text: 'onder 2', kpi: 'minuten', test: 'reaches' },
    ];
    expect(problemsOf(pilot)).toEqual([
      { path: 'plan.rules.mustMeet[0].value', key: 'pilot.input.improvesByValue' },
      { path: 'plan.rules.mustMeet[1].value', key: 'pilot.input.reachesValue' },
    ]);
  });

  it('refuses duplicate and reserved KPI ids', () => {
    const pilot = minimal();
    pilot.plan.secondaryKpis = [{ ...pilot.plan.primaryKpi }, { ...pilot.plan.primaryKpi, id: 'adoption' }];
    expect(problemsOf(pilot)).toEqual([
      { path: 'plan.secondaryKpis[0].id', key: 'pilot.input.duplicateKpiId' },
      { path: 'plan.secondaryKpis[1].id', key: 'pilot.input.reservedKpiId' },
    ]);
  });

  it('refuses duplicate weeks, weeks beyond the plan and values for undeclared KPIs', () => {
    const pilot = minimal();
    pilot.measurements = [
      { week: 1, values: { minuten: 3 } },
      { week: 1, values: { minuten: 3, fouten: 2 } },
      { week: 7, values: {} },
    ];
    expect(problemsOf(pilot)).toEqual([
      { path: 'measurements[1].week', key: 'pilot.input.duplicateWeek' },
      { path: 'measurements[1].values.fouten', key: 'pilot.input.valueKpiUnknown' },
      { path: 'measurements[2].week', key: 'pilot.input.weekBeyondPlan' },
    ]);
  });

  it('keeps the baseline inside its window, before the start, one value set per period', () => {
    const pilot = minimal();
    pilot.plan.baselineWindow = { from: '2026-12-01', to: '2027-01-20' };
    pilot.baseline = [
      { period: '2026-11-23', values: { minuten: 4 } },
      { period: '2026-12-07', values: { minuten: 4 } },
      { period: '2026-12-07', values: { minuten: 5 } },
    ];
    expect(problemsOf(pilot)).toEqual([
      { path: 'plan.baselineWindow.to', key: 'pilot.input.windowAfterStart' },
      { path: 'baseline[0].period', key: 'pilot.input.periodOutsideWindow' },
      { path: 'baseline[2].period', key: 'pilot.input.duplicatePeriod' },
    ]);
  });

  it('requires P10 ≤ P50 ≤ P90 for the predicted savings', () => {
    const pilot = minimal();
    pilot.predicted = { p10: 10, p50: 5, p90: 20 };
    expect(problemsOf(pilot)).toEqual([{ path: 'predicted', key: 'pilot.input.predictedOrder' }]);
  });

  it('refuses a later schema version and a file that is not a group of fields', () => {
    expect(problemsOf({ ...minimal(), schemaVersion: 2 })).toEqual([
      { path: 'schemaVersion', key: 'input.unsupportedVersion' },
    ]);
    expect(problemsOf([1, 2])).toEqual([{ path: '(root)', key: 'pilot.input.notAnObject' }]);
  });

  it('gives the line of a wrong field in a YAML file, and of a syntax error', () => {
    const wrong = example.replace('smallestEffect: 3', 'smallestEffect: -3');
    const result = parsePilotText(wrong);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const line = wrong.split('\n').findIndex((l) => l.includes('smallestEffect: -3')) + 1;
    expect(result.error).toEqual([
      {
        path: 'plan.primaryKpi.smallestEffect',
        line,
        message: expect.objectContaining({ key: 'input.tooSmall' }),
      },
    ]);
    const broken = parsePilotText('title: a\nplan: [\n');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error[0]?.path).toMatch(/^\(line \d+, column \d+\)$/);
  });

  it('gives a missing field the line of the group that lacks it', () => {
    const result = parsePilotText(example.replace(/ {4}howMeasured: urenregistratie.*\n/, ''));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error[0]?.path).toBe('plan.primaryKpi.howMeasured');
    expect(result.error[0]?.line).toBe(example.split('\n').findIndex((l) => l.includes('primaryKpi:')) + 1);
  });

  it('publishes a JSON Schema that rejects unknown keys and says the default duration', () => {
    const schema = pilotJsonSchema() as {
      title: string;
      additionalProperties: boolean;
      properties: { plan: { properties: { weeks: { default: number } } } };
    };
    expect(schema.title).toContain('pilot');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.plan.properties.weeks.default).toBe(6);
  });

  it('is the same schema the parser uses', () => {
    expect(ZPilot.safeParse(minimal()).success).toBe(true);
  });
});
