/**
 * The labelled cases in examples/cases (expected.yaml was written before the thresholds were set).
 * Checks the verdict exactly and, per factor, the band: high/critical versus low/medium.
 * Tests may read files; the core itself never does.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseUseCaseText } from '../use-case/parse-use-case.ts';
import { assess } from './assess.ts';
import type { FactorId, RiskLevel, Verdict } from './assessment-types.ts';
import { isHighRisk } from './score-findings.ts';

const casesDir = join(dirname(fileURLToPath(import.meta.url)), '../../../examples/cases');

type Expected = {
  why: string;
  verdict: Verdict;
  factors: Record<FactorId, RiskLevel>;
  /** Factors where the model knowingly differs from the label, with the model's level; asserted as is. */
  knownDisagreement?: Partial<Record<FactorId, RiskLevel>>;
};
const expected = (
  parse(readFileSync(join(casesDir, 'expected.yaml'), 'utf8')) as { cases: Record<string, Expected> }
).cases;

function assessCase(file: string) {
  const parsed = parseUseCaseText(readFileSync(join(casesDir, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file} is not a valid use case: ${JSON.stringify(parsed.error)}`);
  return assess(parsed.value);
}

describe('labelled cases', () => {
  const entries = Object.entries(expected);

  it('has at least 30 labelled cases in Dutch and English', () => {
    expect(entries.length).toBeGreaterThanOrEqual(30);
  });

  it.each(entries)('%s', (file, label) => {
    const result = assessCase(file);
    const bands = Object.fromEntries(
      result.factors.map((f) => [f.id, isHighRisk(f.risk) ? 'high+' : 'low/medium']),
    );
    const expectedBands = Object.fromEntries(
      Object.entries(label.factors).map(([id, risk]) => {
        const asserted = label.knownDisagreement?.[id as FactorId] ?? risk;
        return [id, isHighRisk(asserted) ? 'high+' : 'low/medium'];
      }),
    );
    expect({ verdict: result.verdict, bands }).toEqual({ verdict: label.verdict, bands: expectedBands });
  });

  it('reports the agreement figures', () => {
    let verdicts = 0;
    let bands = 0;
    let exact = 0;
    let factors = 0;
    for (const [file, label] of entries) {
      const result = assessCase(file);
      if (result.verdict === label.verdict) verdicts++;
      for (const f of result.factors) {
        factors++;
        if (isHighRisk(f.risk) === isHighRisk(label.factors[f.id])) bands++;
        if (f.risk === label.factors[f.id]) exact++;
      }
    }
    console.info(
      `labelled cases: verdict ${verdicts}/${entries.length}, factor band ${bands}/${factors}, exact level ${exact}/${factors}`,
    );
    expect(verdicts).toBeGreaterThan(0);
  });
});
