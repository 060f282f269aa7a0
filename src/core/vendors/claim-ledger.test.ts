import { describe, expect, it } from 'vitest';
import { claimsFromQuestionnaire, flagClaim, type KpiMeasurement, settleClaims } from './claim-ledger.ts';
import { proven, vendor } from './test-vendor-answers.ts';
import type { VendorClaim } from './vendor-types.ts';

const claim = (extra: Partial<VendorClaim> = {}): VendorClaim => ({
  id: 'c1',
  text: 'Verwerkingstijd daalt naar 2 minuten per factuur',
  source: 'entered',
  date: '2026-11-02',
  kpiId: 'minutes',
  claimed: 2,
  ...extra,
});

describe('flagClaim', () => {
  it('flags promises of total automation and perfect accuracy, in both languages', () => {
    expect(flagClaim('Onze AI verwerkt alle facturen volledig automatisch')?.tag).toBe('totalAutomation');
    expect(flagClaim('Our model is 100% accurate on every invoice')?.tag).toBe('perfectAccuracy');
    const flag = flagClaim('Our model is 100% accurate on every invoice');
    expect(flag?.question.key).toBe('vendors.claim.question.perfectAccuracy');
    expect(flag?.question.params?.quote).toBeTruthy();
  });

  it('does not flag a negated or plain claim', () => {
    expect(flagClaim('We beloven niet dat alles volledig automatisch gaat')).toBeUndefined();
    expect(flagClaim('Verwerkingstijd daalt naar 2 minuten per factuur')).toBeUndefined();
    expect(flagClaim('')).toBeUndefined();
  });
});

describe('settleClaims', () => {
  const down: KpiMeasurement[] = [{ kpiId: 'minutes', better: 'down', measured: 3.1 }];

  it('refutes a claim the measurement does not reach, confirms one it does', () => {
    expect(settleClaims([claim()], down)[0]).toMatchObject({ status: 'refuted', measured: 3.1 });
    expect(settleClaims([claim({ claimed: 4 })], down)[0]).toMatchObject({
      status: 'confirmed',
      measured: 3.1,
    });
    const up: KpiMeasurement[] = [{ kpiId: 'minutes', better: 'up', measured: 0.9 }];
    expect(settleClaims([claim({ claimed: 0.9 })], up)[0]?.status).toBe('confirmed');
    expect(settleClaims([claim({ claimed: 0.95 })], up)[0]?.status).toBe('refuted');
  });

  it('leaves a claim unverified without a KPI, a claimed figure or a measurement', () => {
    const noKpi = claim();
    delete noKpi.kpiId;
    const noFigure = claim();
    delete noFigure.claimed;
    const results = settleClaims(
      [noKpi, noFigure, claim({ kpiId: 'other' }), claim()],
      [...down, { kpiId: 'other', better: 'up', measured: undefined }],
    );
    expect(results.map((r) => r.status)).toEqual(['unverified', 'unverified', 'unverified', 'refuted']);
    expect(results[1]?.measured).toBe(3.1);
    expect(results[2]?.measured).toBeUndefined();
  });

  it('keeps the text verbatim and adds the red flag', () => {
    const text = 'Met ons systeem is alles volledig automatisch, nul fouten.';
    const [settled] = settleClaims([claim({ text })], []);
    expect(settled?.text).toBe(text);
    expect(settled?.flag?.tag).toBeDefined();
  });
});

describe('claimsFromQuestionnaire', () => {
  it('takes the accuracy, the human share and promising comments, verbatim, with source and date', () => {
    const v = vendor('v1', {
      ownDataAccuracy: proven({ accuracy: 0.955, comment: 'Gemeten op 200 van uw facturen' }),
      humanShare: proven({ humanShare: 0.1 }),
      errorHandling: { value: 'yes', comment: 'Onze AI verwerkt alle facturen volledig automatisch.' },
      support: { value: 'yes', comment: 'Kantooruren, Nederlands' },
    });
    expect(claimsFromQuestionnaire(v, '2026-12-01')).toEqual([
      {
        id: 'v1.questionnaire.ownDataAccuracy',
        vendorId: 'v1',
        text: '95.5 %: Gemeten op 200 van uw facturen',
        source: 'questionnaire',
        date: '2026-12-01',
      },
      {
        id: 'v1.questionnaire.errorHandling',
        vendorId: 'v1',
        text: 'Onze AI verwerkt alle facturen volledig automatisch.',
        source: 'questionnaire',
        date: '2026-12-01',
      },
      {
        id: 'v1.questionnaire.humanShare',
        vendorId: 'v1',
        text: '10 %',
        source: 'questionnaire',
        date: '2026-12-01',
      },
    ]);
  });

  it('gives nothing for a questionnaire without figures or promises', () => {
    expect(claimsFromQuestionnaire(vendor('v', {}), '2026-12-01')).toEqual([]);
  });
});
