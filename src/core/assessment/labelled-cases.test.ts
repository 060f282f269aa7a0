/**
 * The labelled cases of the tuning set (examples/cases/expected.yaml, written before the thresholds
 * were set). Checks the verdict exactly and, per factor, the band: high/critical versus low/medium.
 * The held-out set (examples/held-out) is not asserted here: it is reported by `npm run eval`, so no
 * test can pull the rules towards it. Tests may read files; the core itself never does.
 */
import { describe, expect, it } from 'vitest';
import { band, loadLabelledSet, scoreSet } from '../../../scripts/eval/example-sets.ts';
import { assess } from './assess.ts';
import type { FactorId } from './assessment-types.ts';

const cases = loadLabelledSet('tuning');

describe('labelled cases', () => {
  it('has at least 30 labelled cases in Dutch and English', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => c.useCase.language ?? 'nl'))).toEqual(new Set(['nl', 'en']));
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    const result = assess(c.useCase);
    const bands = Object.fromEntries(result.factors.map((f) => [f.id, band(f.risk)]));
    const expectedBands = Object.fromEntries(
      Object.entries(c.label.factors).map(([id, risk]) => [
        id,
        band(c.label.knownDisagreement?.[id as FactorId] ?? risk),
      ]),
    );
    expect({ verdict: result.verdict, bands }).toEqual({ verdict: c.label.verdict, bands: expectedBands });
  });

  it('reports the agreement figures', () => {
    const a = scoreSet(cases);
    console.info(
      `labelled cases: verdict ${a.verdicts}/${a.cases}, factor band ${a.bands}/${a.factors}, exact level ${a.exact}/${a.factors}`,
    );
    expect(a.verdicts).toBeGreaterThan(0);
  });
});
