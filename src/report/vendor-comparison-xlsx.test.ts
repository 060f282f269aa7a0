import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { compareVendors } from '../core/vendors/compare-vendors.ts';
import { contractChecklist } from '../core/vendors/contract-checklist.ts';
import type { VendorRecord } from '../core/vendors/vendor-types.ts';
import { columnLetter, COMPARISON_LAYOUT as L, vendorComparisonXlsx } from './vendor-comparison-xlsx.ts';

const vendors: VendorRecord[] = [
  { id: 'a', name: '@SUM(1)', answers: { openExport: { value: 'no' } }, switching: {}, chosen: true },
  { id: 'b', name: 'Beta', answers: { integration: { value: 'yes' } }, switching: {}, chosen: false },
];

async function load(locale: 'nl' | 'en') {
  const comparison = compareVendors(vendors, { personalData: undefined });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await vendorComparisonXlsx({ comparison, claims: [], locale })) as never);
  return { wb, comparison };
}

describe('vendorComparisonXlsx', () => {
  it('has the comparison, claims and checklist sheets in the locale', async () => {
    expect((await load('nl')).wb.worksheets.map((s) => s.name)).toEqual([
      'Vergelijking',
      'Claims',
      'Contractchecklist',
    ]);
    expect((await load('en')).wb.worksheets.map((s) => s.name)).toEqual([
      'Comparison',
      'Claims',
      'Contract checklist',
    ]);
  });

  it('puts the vendors in ranked order, failed gates last, with the score as a formula on the weights', async () => {
    const { wb } = await load('en');
    const sheet = wb.getWorksheet('Comparison');
    expect(sheet?.getCell(L.nameRow, L.firstVendorColumn).value).toBe('Beta');
    expect(sheet?.getCell(L.nameRow, L.firstVendorColumn + 1).value).toBe("'@SUM(1)");
    const score = sheet?.getCell(L.scoreRow, L.firstVendorColumn).value as ExcelJS.CellFormulaValue;
    expect(score.formula).toContain(`$B$${L.firstQuestionRow}:$B$${L.scoreRow - 1}`);
    expect(sheet?.getCell(L.firstQuestionRow, L.weightColumn).value).toBe(2);
    expect(String(sheet?.getCell(L.selectedRow, L.firstVendorColumn + 1).value)).toContain('Chosen');
  });

  it('lists every checklist item with its source', async () => {
    const { wb } = await load('nl');
    const list = wb.getWorksheet('Contractchecklist');
    expect(list?.rowCount).toBe(1 + contractChecklist().length);
    expect(String(list?.getCell('D2').value)).toContain('art.');
  });

  it('names columns past Z', () => {
    expect([1, 26, 27, 52, 53].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA']);
  });
});
