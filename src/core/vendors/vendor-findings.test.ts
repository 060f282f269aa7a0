import { describe, expect, it } from 'vitest';
import { compareVendors } from './compare-vendors.ts';
import { fullAnswers, vendor } from './test-vendor-answers.ts';
import { questionnaireFindings, WEAK_SCORE } from './vendor-findings.ts';
import type { VendorAnswers, VendorRecord } from './vendor-types.ts';

function findingsOf(vendors: VendorRecord[], personalData: boolean | undefined = true) {
  return questionnaireFindings({ comparison: compareVendors(vendors, { personalData }), vendors });
}

describe('questionnaireFindings', () => {
  it('has nothing to say about a vendor that passes everything with evidence', () => {
    expect(findingsOf([vendor('a', fullAnswers())])).toEqual([]);
  });

  it('has nothing to say without a selected vendor', () => {
    expect(findingsOf([])).toEqual([]);
    expect(findingsOf([vendor('a', {})])).toEqual([]);
  });

  it('reports each failed gate of the selected vendor, quoting it, high for privacy, training and export', () => {
    const answers: VendorAnswers = {
      ...fullAnswers(),
      noTrainingWithoutConsent: { value: 'partly', comment: 'Alleen geanonimiseerd voor modelverbetering' },
      pilotFirst: { value: 'no' },
    };
    const findings = findingsOf([vendor('a', answers, { name: 'Acme' })]);
    expect(findings.map((f) => [f.id, f.severity])).toEqual([
      ['partner.questionnaire.noTrainingWithoutConsent', 'high'],
      ['partner.questionnaire.pilotFirst', 'medium'],
    ]);
    expect(findings[0]?.evidence).toEqual({
      key: 'vendors.finding.evidence.selfDeclared',
      params: { vendor: 'Acme', quote: 'Alleen geanonimiseerd voor modelverbetering' },
    });
    expect(findings[1]?.evidence.key).toBe('vendors.finding.evidence.selfDeclaredNoQuote');
    expect(findings[0]?.title.key).toBe('vendors.finding.failed.noTrainingWithoutConsent.title');
  });

  it('says when the failing answer came with evidence', () => {
    const answers: VendorAnswers = {
      ...fullAnswers(),
      euHosting: { value: 'no', evidence: [{ kind: 'clause', text: 'Data worden in de VS opgeslagen.' }] },
    };
    const [finding] = findingsOf([vendor('a', answers)]);
    expect(finding?.evidence).toMatchObject({
      key: 'vendors.finding.evidence.evidenced',
      params: { quote: 'Data worden in de VS opgeslagen.' },
    });
  });

  it('lists the open gates in one finding, and a weak score in another', () => {
    const findings = findingsOf([vendor('a', { openExport: { value: 'no' } })], false);
    expect(findings.map((f) => f.id)).toEqual([
      'partner.questionnaire.openExport',
      'partner.questionnaire.openGates',
      'partner.questionnaire.weakScore',
    ]);
    const open = findings[1];
    expect(open?.severity).toBe('medium');
    expect(open?.details?.map((d) => d.key)).toEqual([
      'vendors.gate.noTrainingWithoutConsent.title',
      'vendors.gate.subProcessors.title',
      'vendors.gate.exitTerms.title',
      'vendors.gate.pilotFirst.title',
      'vendors.gate.threeYearCost.title',
    ]);
    expect(open?.title.params?.count).toBe(5);
    expect(WEAK_SCORE).toBeGreaterThan(0);
  });

  it("lists the gates passed on the vendor's word alone in one low finding", () => {
    const answers: VendorAnswers = {
      ...fullAnswers(),
      euHosting: { value: 'yes' },
      pilotFirst: { value: 'yes' },
    };
    const findings = findingsOf([vendor('a', answers)]);
    expect(findings.map((f) => [f.id, f.severity])).toEqual([
      ['partner.questionnaire.selfDeclaredGates', 'low'],
    ]);
    expect(findings[0]?.details?.map((d) => d.key)).toEqual([
      'vendors.gate.euHosting.title',
      'vendors.gate.pilotFirst.title',
    ]);
  });

  it('judges the chosen vendor, not the best one', () => {
    const findings = findingsOf([
      vendor('best', fullAnswers()),
      vendor('chosen', { ...fullAnswers(), openExport: { value: 'no' } }, { chosen: true }),
    ]);
    expect(findings.map((f) => f.id)).toEqual(['partner.questionnaire.openExport']);
  });
});
