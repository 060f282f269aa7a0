import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { settleClaims } from '../../src/core/vendors/claim-ledger.ts';
import { compareVendors } from '../../src/core/vendors/compare-vendors.ts';
import { contractChecklist } from '../../src/core/vendors/contract-checklist.ts';
import { scoreVendor } from '../../src/core/vendors/score-vendor.ts';
import {
  VENDOR_GATES,
  VENDOR_SCORED_QUESTIONS,
  type VendorRecord,
  type VendorScoredQuestion,
} from '../../src/core/vendors/vendor-types.ts';
import { COMPARISON_LAYOUT as L, vendorComparisonXlsx } from '../../src/report/vendor-comparison-xlsx.ts';
import { numeric, useLibreOffice } from '../support/libreoffice.ts';

/**
 * The vendor comparison workbook opens in LibreOffice and its weighted-score formulas recompute to
 * scoreVendor's figure, also after the owner changes a weight in the sheet; the switching-cost totals
 * are formulas on their parts; a vendor's name that looks like a formula stays text. Needs `soffice`
 * (installed the same way as for the business-case workbook).
 */
const { recalculate } = useLibreOffice('haalbaar-vendors-xlsx-');

const close = (actual: number | null, expected: number) => {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
};

const url = { kind: 'url' as const, url: 'https://vendor.example/doc' };
const INJECTION = '=HYPERLINK("http://example.invalid","click")';
const vendors: VendorRecord[] = [
  {
    id: 'a',
    name: 'Factuurmaat BV',
    submittedAt: '2026-11-20T10:00:00Z',
    answeredBy: 'vendor',
    answers: {
      noTrainingWithoutConsent: { value: 'yes', evidence: [url] },
      processingAgreement: { value: 'yes', evidence: [url] },
      subProcessors: { value: 'yes', subProcessors: [{ name: 'Hoster', location: 'NL' }] },
      euHosting: { value: 'yes' },
      openExport: { value: 'partly', comment: 'Data wel, logs niet' },
      exitTerms: { value: 'yes', noticeMonths: 2 },
      pilotFirst: { value: 'yes', contractMonths: 12 },
      threeYearCost: {
        value: 'yes',
        tco: { licence: 14_400, implementation: 8_000, support: 2_400, other: 0 },
      },
      references: { value: 'yes', evidence: [url] },
      limitations: { value: 'partly' },
      ownDataAccuracy: { value: 'yes', accuracy: 0.94, evidence: [url] },
      humanShare: { value: 'yes', humanShare: 0.15 },
      integration: { value: 'yes', evidence: [url] },
      support: { value: 'no' },
    },
    switching: { retrainingHours: 24, migration: { low: 1_500, likely: 4_000, high: 9_000 } },
    chosen: false,
  },
  {
    id: 'b',
    name: INJECTION,
    answers: {
      noTrainingWithoutConsent: { value: 'no', comment: 'We verbeteren ons model met alle klantdata.' },
      securityCertification: { value: 'yes', evidence: [url] },
      errorHandling: { value: 'partly', evidence: [url] },
    },
    switching: { yearlyCost: 9_000, contractMonths: 36 },
    chosen: false,
  },
];

const claims = settleClaims(
  [
    {
      id: 'c1',
      vendorId: 'a',
      text: 'Onze AI verwerkt alle facturen volledig automatisch.',
      source: 'entered',
      date: '2026-11-21',
      kpiId: 'minutes',
      claimed: 2,
    },
    { id: 'c2', vendorId: 'b', text: '=1+1', source: 'intake', date: '2026-11-22' },
  ],
  [{ kpiId: 'minutes', better: 'down', measured: 3.4 }],
);

describe('vendor comparison XLSX recomputed by LibreOffice', () => {
  it('computes the weighted score and the switching cost as the core does (en), names stay text', async () => {
    const comparison = compareVendors(vendors, { personalData: true, hourlyCost: 55 });
    const xlsx = await vendorComparisonXlsx({ comparison, claims, locale: 'en' });
    const sheets = recalculate(xlsx, 'en', ['Comparison', 'Claims', 'Contract checklist']);
    const sheet = sheets.get('Comparison') ?? [];
    const cell = (row: number, col: number) => sheet[row - 1]?.[col - 1];
    expect(comparison.rows.map((r) => r.vendorId)).toEqual(['a', 'b']);
    comparison.rows.forEach((row, v) => {
      const col = L.firstVendorColumn + v;
      close(numeric(cell(L.scoreRow, col)), row.score);
      close(numeric(cell(L.firstSwitchingRow + 6, col)), row.switchingCost.low);
      close(numeric(cell(L.firstSwitchingRow + 7, col)), row.switchingCost.likely);
      close(numeric(cell(L.firstSwitchingRow + 8, col)), row.switchingCost.high);
      expect(numeric(cell(L.failedRow, col))).toBe(row.failedGates);
    });
    // The injected name is shown with its apostrophe, as text, not evaluated.
    expect(cell(L.nameRow, L.firstVendorColumn + 1)).toBe(`'${INJECTION}`);
    expect(
      cell(L.firstGateRow + VENDOR_GATES.indexOf('noTrainingWithoutConsent'), L.firstVendorColumn + 1),
    ).toBe('FAILED (self-declared)');
    const ledger = sheets.get('Claims') ?? [];
    expect(ledger[1]?.[7]).toBe('refuted');
    expect(ledger[1]?.[8]).toContain('volledig automatisch');
    expect(ledger[2]?.[1]).toBe("'=1+1");
    expect((sheets.get('Contract checklist') ?? []).length).toBe(1 + contractChecklist().length);
  });

  it('follows a weight the owner changes in the sheet (nl)', async () => {
    const comparison = compareVendors(vendors, { personalData: true });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await vendorComparisonXlsx({ comparison, claims: [], locale: 'nl' })) as never);
    const sheet = wb.getWorksheet('Vergelijking');
    const changed: Record<VendorScoredQuestion, number> = {
      ...comparison.weights,
      support: 5,
      integration: 0,
    };
    VENDOR_SCORED_QUESTIONS.forEach((q, i) => {
      sheet!.getCell(L.firstQuestionRow + i, L.weightColumn).value = changed[q];
    });
    const xlsx = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const rows = recalculate(xlsx, 'reweighted', ['Vergelijking']).get('Vergelijking') ?? [];
    comparison.rows.forEach((row, v) => {
      const answers = vendors.find((x) => x.id === row.vendorId)?.answers ?? {};
      const expected = scoreVendor(answers, changed).score;
      expect(expected).not.toBeCloseTo(row.score, 6);
      close(numeric(rows[L.scoreRow - 1]?.[L.firstVendorColumn + v - 1]), expected);
    });
  });
});
