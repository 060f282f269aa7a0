import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { resolveBusinessCase } from '../core/business-case/resolve-business-case.ts';
import { simulateBusinessCase } from '../core/business-case/simulate-business-case.ts';
import type { UseCase } from '../core/use-case/use-case-schema.ts';
import { buildBusinessCaseXlsx, escapeSpreadsheetText } from './business-case-xlsx.ts';

describe('escapeSpreadsheetText', () => {
  it('prefixes texts that a spreadsheet would run as a formula', () => {
    for (const s of ['=1+2', '+31 6', '-5', '@SUM(A1)', '\t=1', '\r=1'])
      expect(escapeSpreadsheetText(s)).toBe(`'${s}`);
  });

  it('leaves ordinary texts alone', () => {
    for (const s of ['Factuurinvoer', '€ 1.234', '3 − 2', ' =x', ''])
      expect(escapeSpreadsheetText(s)).toBe(s);
  });
});

describe('buildBusinessCaseXlsx', () => {
  it('writes three sheets, user text as escaped strings, and the cash flow as formulas on the inputs sheet', async () => {
    const useCase: UseCase = { title: '=cmd|" /C calc"!A0', problem: { hoursPerWeek: 15, hourlyCost: 52 } };
    const result = simulateBusinessCase({ inputs: resolveBusinessCase(useCase), runs: 200, seed: 1 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildBusinessCaseXlsx({ useCase, result, findings: [] }, 'nl')) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Invoer', 'Kasstroom', 'Simulatie']);
    const title = wb.getWorksheet('Invoer')!.getCell('B1');
    expect(title.type).toBe(ExcelJS.ValueType.String);
    expect(title.value).toBe(`'${useCase.title}`);
    const cash = wb.getWorksheet('Kasstroom')!;
    expect(cash.getCell('B10').formula).toBe('F18+NPV(B6,F19:F138)');
    expect(cash.getCell('B3').formula).toContain("'Invoer'!B10");
    expect(cash.getCell('C30').formula).toBe('B30*$B$3');
    expect(wb.getWorksheet('Simulatie')!.getCell('B3').value).toBe(200);
  });
});
