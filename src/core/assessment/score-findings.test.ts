import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEVERITIES, type Severity } from './assessment-types.ts';
import { riskLevelForScore, scoreFindings, severityForUnknownShare } from './score-findings.ts';

const f = (severity: Severity) => ({ severity });

describe('scoreFindings', () => {
  it('scores nothing as 0 and info as 0', () => {
    expect(scoreFindings([])).toBe(0);
    expect(scoreFindings([f('info'), f('info')])).toBe(0);
  });

  it('puts one finding in the band of its own severity', () => {
    expect(riskLevelForScore(scoreFindings([f('low')]))).toBe('low');
    expect(riskLevelForScore(scoreFindings([f('medium')]))).toBe('medium');
    expect(riskLevelForScore(scoreFindings([f('high')]))).toBe('high');
    expect(riskLevelForScore(scoreFindings([f('critical')]))).toBe('critical');
  });

  it('lets three medium findings stay medium and four become high', () => {
    expect(riskLevelForScore(scoreFindings([f('medium'), f('medium'), f('medium')]))).toBe('medium');
    expect(riskLevelForScore(scoreFindings([f('medium'), f('medium'), f('medium'), f('medium')]))).toBe(
      'high',
    );
  });

  it('makes three high findings critical', () => {
    expect(riskLevelForScore(scoreFindings([f('high'), f('high')]))).toBe('high');
    expect(riskLevelForScore(scoreFindings([f('high'), f('high'), f('high')]))).toBe('critical');
  });

  it('never decreases when a finding is added, and stays within 0..100', () => {
    const severity = fc.constantFrom(...SEVERITIES);
    fc.assert(
      fc.property(fc.array(severity, { maxLength: 40 }), severity, (list, extra) => {
        const before = scoreFindings(list.map(f));
        const after = scoreFindings([...list, extra].map(f));
        expect(after).toBeGreaterThanOrEqual(before);
        expect(after).toBeLessThanOrEqual(100);
        expect(before).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 100 },
    );
  });
});

describe('severityForUnknownShare', () => {
  it('maps the unanswered share to a severity', () => {
    expect(severityForUnknownShare(0)).toBeNull();
    expect(severityForUnknownShare(0.1)).toBe('low');
    expect(severityForUnknownShare(0.25)).toBe('medium');
    expect(severityForUnknownShare(0.5)).toBe('medium');
    expect(severityForUnknownShare(0.51)).toBe('high');
    expect(severityForUnknownShare(1)).toBe('high');
  });
});
