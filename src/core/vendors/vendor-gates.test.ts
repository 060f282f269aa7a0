import { describe, expect, it } from 'vitest';
import { fullAnswers, proven, URL_EVIDENCE, yes } from './test-vendor-answers.ts';
import { answerQuote, evaluateGates, GATE_QUOTE_CHARS, STRICT_GATES } from './vendor-gates.ts';
import { VENDOR_GATES, type VendorGate } from './vendor-types.ts';

const statusOf = (gates: ReturnType<typeof evaluateGates>, gate: VendorGate) =>
  gates.find((g) => g.gate === gate)?.status;

describe('evaluateGates', () => {
  it('passes every gate of a complete questionnaire, in the fixed order, evidenced', () => {
    const gates = evaluateGates(fullAnswers(), { personalData: true });
    expect(gates.map((g) => g.gate)).toEqual([...VENDOR_GATES]);
    expect(gates.every((g) => g.status === 'passed' && g.evidenced)).toBe(true);
  });

  it('leaves every gate open when nothing is answered, and marks the personal-data gates n/a without personal data', () => {
    expect(evaluateGates({}, { personalData: undefined }).every((g) => g.status === 'open')).toBe(true);
    const gates = evaluateGates({}, { personalData: false });
    expect(statusOf(gates, 'processingAgreement')).toBe('not-applicable');
    expect(statusOf(gates, 'euHosting')).toBe('not-applicable');
    expect(statusOf(gates, 'noTrainingWithoutConsent')).toBe('open');
  });

  it('keeps the personal-data gates when personal data is unknown (the safe reading)', () => {
    const gates = evaluateGates({ euHosting: { value: 'no' } }, { personalData: undefined });
    expect(statusOf(gates, 'euHosting')).toBe('failed');
  });

  it('fails on no, and on partly only for the strict privacy gates', () => {
    for (const gate of VENDOR_GATES) {
      expect(statusOf(evaluateGates({ [gate]: { value: 'no' } }, { personalData: true }), gate)).toBe(
        'failed',
      );
      const partly = statusOf(evaluateGates({ [gate]: { value: 'partly' } }, { personalData: true }), gate);
      expect(partly).toBe(STRICT_GATES.includes(gate) ? 'failed' : 'open');
    }
  });

  it('keeps unknown open', () => {
    expect(
      statusOf(evaluateGates({ openExport: { value: 'unknown' } }, { personalData: true }), 'openExport'),
    ).toBe('open');
  });

  it('needs the breakdown, the list and the notice period behind a yes', () => {
    const gates = evaluateGates(
      { threeYearCost: yes(), subProcessors: yes({ subProcessors: [] }), exitTerms: yes() },
      { personalData: true },
    );
    expect(
      gates.filter((g) => g.status === 'open' && g.missing !== undefined).map((g) => [g.gate, g.missing]),
    ).toEqual([
      ['subProcessors', 'subProcessors'],
      ['exitTerms', 'noticeMonths'],
      ['threeYearCost', 'tco'],
    ]);
    const complete = evaluateGates(
      {
        threeYearCost: yes({ tco: { licence: 1, implementation: 0, support: 0, other: 0 } }),
        subProcessors: yes({ subProcessors: [{ name: 'A', location: 'DE' }] }),
        exitTerms: yes({ noticeMonths: 0 }),
      },
      { personalData: true },
    );
    expect(
      ['subProcessors', 'exitTerms', 'threeYearCost'].map((g) => statusOf(complete, g as VendorGate)),
    ).toEqual(['passed', 'passed', 'passed']);
  });

  it('says whether the answer is evidenced and quotes the vendor, comment first, then its clause', () => {
    const [first] = evaluateGates(
      { noTrainingWithoutConsent: { value: 'no', comment: ' We verbeteren ons model met klantdata. ' } },
      { personalData: true },
    );
    expect(first).toEqual({
      gate: 'noTrainingWithoutConsent',
      status: 'failed',
      evidenced: false,
      quote: 'We verbeteren ons model met klantdata.',
    });
    const clause = evaluateGates(
      { openExport: { value: 'yes', evidence: [URL_EVIDENCE, { kind: 'clause', text: 'Export in CSV.' }] } },
      { personalData: true },
    ).find((g) => g.gate === 'openExport');
    expect(clause).toMatchObject({ evidenced: true, quote: 'Export in CSV.' });
    expect(proven().evidence).toHaveLength(1);
  });

  it('shortens long quotes', () => {
    const quote = answerQuote({ value: 'no', comment: 'x'.repeat(1000) });
    expect(quote).toHaveLength(GATE_QUOTE_CHARS);
    expect(quote?.endsWith('…')).toBe(true);
    expect(answerQuote({ value: 'no', comment: '   ' })).toBeUndefined();
  });
});
