import { describe, expect, it } from 'vitest';
import type { UseCase } from '../use-case/use-case-schema.ts';
import { compareVendors } from '../vendors/compare-vendors.ts';
import type { VendorAnswers, VendorRecord } from '../vendors/vendor-types.ts';
import { assess } from './assess.ts';

/** Every gate answered yes with evidence, so only what a test changes counts. */
const allYes: VendorAnswers = {
  noTrainingWithoutConsent: {
    value: 'yes',
    evidence: [{ kind: 'clause', text: 'Art. 4.2: geen training.' }],
  },
  processingAgreement: { value: 'yes', evidence: [{ kind: 'url', url: 'https://example.nl/dpa' }] },
  subProcessors: { value: 'yes', subProcessors: [{ name: 'Hoster', location: 'Nederland' }] },
  euHosting: { value: 'yes' },
  openExport: { value: 'yes', comment: 'CSV en JSON' },
  exitTerms: { value: 'yes', noticeMonths: 2 },
  pilotFirst: { value: 'yes', contractMonths: 12 },
  threeYearCost: { value: 'yes', tco: { licence: 9000, implementation: 4000, support: 1500, other: 0 } },
};

const vendor = (id: string, name: string, answers: VendorAnswers): VendorRecord => ({
  id,
  name,
  answers,
  switching: {},
  chosen: false,
  answeredBy: 'vendor',
  submittedAt: '2026-12-03T10:00:00Z',
});

const useCase: UseCase = {
  data: { personalData: true },
  partner: { vendors: [{ name: 'Factuurslim', dataExport: true, exitTerms: true, offersPilot: true }] },
};

function evidence(vendors: VendorRecord[]) {
  return { vendors: { comparison: compareVendors(vendors, { personalData: true }), vendors } };
}

describe('the questionnaire on the partner factor', () => {
  it('quotes the selected vendor’s own answer on a failed gate, over the owner’s yes', () => {
    const answers: VendorAnswers = {
      ...allYes,
      openExport: { value: 'no', comment: 'Export alleen via onze eigen koppeling.' },
    };
    const a = assess(useCase, evidence([vendor('a', 'Factuurslim', answers)]));
    const partner = a.factors.find((f) => f.id === 'partner')!;
    const failed = partner.findings.find((f) => f.id === 'partner.questionnaire.openExport');
    expect(failed?.severity).toBe('high');
    expect(failed?.evidence.params?.quote).toBe('Export alleen via onze eigen koppeling.');
    expect(partner.findings.find((f) => f.id === 'partner.questionnaire.basis')?.severity).toBe('info');
    expect(['high', 'critical']).toContain(partner.risk);
  });

  it('lowers the partner risk when the vendor passes every gate with evidence', () => {
    const without = assess({
      data: { personalData: true },
      partner: { vendors: [{ name: 'X', dataExport: false }] },
    });
    const withQuestionnaire = assess(
      { data: { personalData: true }, partner: { vendors: [{ name: 'X', dataExport: false }] } },
      evidence([vendor('a', 'X', allYes)]),
    );
    const score = (x: typeof without) => x.factors.find((f) => f.id === 'partner')!.score;
    expect(score(withQuestionnaire)).toBeLessThan(score(without));
    const intake = withQuestionnaire.factors
      .find((f) => f.id === 'partner')!
      .findings.find((f) => f.id === 'partner.noExport.v1');
    expect(intake?.severity).toBe('info');
  });

  it('changes nothing while no vendor has answered', () => {
    const unanswered = {
      ...vendor('a', 'X', {}),
      answeredBy: undefined,
      submittedAt: undefined,
    } as VendorRecord;
    expect(assess(useCase, evidence([unanswered]))).toEqual(assess(useCase));
  });
});
