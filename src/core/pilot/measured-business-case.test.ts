import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysePilot } from './analyse-pilot.ts';
import { measuredTimeReduction, withMeasuredRange } from './measured-business-case.ts';
import { parsePilotText } from './parse-pilot.ts';
import { type Pilot, pilotKpis } from './pilot-schema.ts';

function invoicePilot(): Pilot {
  const file = join(import.meta.dirname, '../../../examples/pilot/invoice-pilot.yaml');
  const parsed = parsePilotText(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error('the example pilot does not parse');
  return parsed.value;
}

describe('measuredTimeReduction', () => {
  it('takes the interval of the primary KPI that measures time spent, rounded to a tenth of a percent', () => {
    const pilot = invoicePilot();
    // invoeruren (hours a week, lower is better): the share saved runs from 31 % to 50 %, about 43 % likely.
    expect(measuredTimeReduction(analysePilot(pilot), pilotKpis(pilot.plan))).toEqual({
      input: 'timeReduction',
      kpi: { id: 'invoeruren', name: expect.any(String) },
      range: { low: 0.311, likely: 0.43, high: 0.503 },
    });
  });

  it('says nothing when no KPI measures time spent, or the pilot has no effect yet', () => {
    const pilot = invoicePilot();
    const unvalued = pilotKpis(pilot.plan).map(({ valuedAs: _v, ...k }) => k);
    expect(measuredTimeReduction(analysePilot(pilot), unvalued)).toBeNull();
    const noWeeks = analysePilot({ ...pilot, measurements: [] });
    expect(measuredTimeReduction(noWeeks, pilotKpis(pilot.plan))).toBeNull();
  });

  it('clips an interval that reaches below zero: a saving is never negative', () => {
    const pilot = invoicePilot();
    const analysis = analysePilot(pilot);
    const kpis = analysis.kpis.map((k) =>
      k.effect ? { ...k, effect: { ...k.effect, relative: { estimate: 0.05, low: -0.1, high: 0.2 } } } : k,
    );
    expect(measuredTimeReduction({ kpis }, pilotKpis(pilot.plan))?.range).toEqual({
      low: 0,
      likely: 0.05,
      high: 0.2,
    });
  });
});

describe('withMeasuredRange', () => {
  it('replaces the assumed time reduction and keeps every other range', () => {
    const useCase = {
      title: 'Facturen',
      businessCase: {
        timeReduction: { low: 0.5, likely: 0.7, high: 0.9 },
        errorReduction: { low: 0.1, likely: 0.2, high: 0.3 },
      },
    };
    const measured = {
      input: 'timeReduction' as const,
      kpi: { id: 'uren', name: 'Uren' },
      range: { low: 0.3, likely: 0.4, high: 0.5 },
    };
    expect(withMeasuredRange(useCase, measured)).toEqual({
      title: 'Facturen',
      businessCase: {
        timeReduction: { low: 0.3, likely: 0.4, high: 0.5 },
        errorReduction: { low: 0.1, likely: 0.2, high: 0.3 },
      },
    });
  });
});
