import type { VendorAnswer, VendorAnswers, VendorEvidence, VendorRecord } from './vendor-types.ts';

/** For the vendor tests: shared questionnaires (not imported by production code). */

export const URL_EVIDENCE: VendorEvidence = { kind: 'url', url: 'https://vendor.example/terms' };

export const yes = (extra: Partial<VendorAnswer> = {}): VendorAnswer => ({ value: 'yes', ...extra });
export const proven = (extra: Partial<VendorAnswer> = {}): VendorAnswer => ({
  value: 'yes',
  evidence: [URL_EVIDENCE],
  ...extra,
});

/** Every gate passed with evidence, every scored question a proven yes. */
export function fullAnswers(): VendorAnswers {
  return {
    noTrainingWithoutConsent: proven({
      evidence: [{ kind: 'clause', text: 'Art. 7: geen training zonder toestemming.' }],
    }),
    processingAgreement: proven(),
    subProcessors: proven({ subProcessors: [{ name: 'Hoster BV', location: 'NL' }] }),
    euHosting: proven(),
    openExport: proven(),
    exitTerms: proven({ noticeMonths: 1 }),
    pilotFirst: proven({ contractMonths: 12 }),
    threeYearCost: proven({ tco: { licence: 18_000, implementation: 9_000, support: 3_000, other: 0 } }),
    references: proven(),
    limitations: proven(),
    ownDataAccuracy: proven({ accuracy: 0.93 }),
    errorHandling: proven(),
    humanShare: proven({ humanShare: 0.2 }),
    securityCertification: proven(),
    support: proven(),
    integration: proven(),
  };
}

export function vendor(id: string, answers: VendorAnswers, extra: Partial<VendorRecord> = {}): VendorRecord {
  return { id, name: `Vendor ${id}`, answers, switching: {}, chosen: false, ...extra };
}
