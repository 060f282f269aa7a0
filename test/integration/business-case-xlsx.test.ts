import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { resolveBusinessCase } from '../../src/core/business-case/resolve-business-case.ts';
import {
  deterministicOutcome,
  simulateBusinessCase,
} from '../../src/core/business-case/simulate-business-case.ts';
import { parseUseCaseText } from '../../src/core/use-case/parse-use-case.ts';
import type { UseCase } from '../../src/core/use-case/use-case-schema.ts';
import type { Locale } from '../../src/i18n/resources.ts';
import { buildBusinessCaseXlsx } from '../../src/report/business-case-xlsx.ts';
import { numeric, useLibreOffice } from '../support/libreoffice.ts';

/**
 * The accountant's workbook opens in LibreOffice and its live formulas recompute to the core's
 * deterministic NPV, IRR and payback. Needs `soffice`: under CI the test script installs
 * libreoffice-calc; locally, as root, we install it the same way (scripts/lib.sh).
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = join(root, 'test', 'fixtures', 'business-case');
const { recalculate } = useLibreOffice('haalbaar-xlsx-');

function loadUseCase(file: string): UseCase {
  const parsed = parseUseCaseText(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

async function check(useCase: UseCase, locale: Locale, name: string) {
  const result = simulateBusinessCase({ inputs: resolveBusinessCase(useCase), runs: 2000, seed: 1 });
  const xlsx = await buildBusinessCaseXlsx({ useCase, result, findings: [] }, locale);
  const sheets = recalculate(xlsx, name, [
    'Invoer',
    'Kasstroom',
    'Simulatie',
    'Inputs',
    'Cash flow',
    'Simulation',
  ]);
  const cash = sheets.get(locale === 'nl' ? 'Kasstroom' : 'Cash flow');
  expect(cash, 'cash-flow sheet').toBeDefined();
  const b = (row: number) => numeric(cash?.[row - 1]?.[1]);
  return { result, b, sheets };
}

const relClose = (actual: number | null, expected: number, tolerance = 1e-9) => {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(
    tolerance * Math.max(1, Math.abs(expected)),
  );
};

describe('business-case XLSX recomputed by LibreOffice', () => {
  it('reproduces the deterministic NPV, IRR and payback of the invoice example (nl)', async () => {
    const { result, b } = await check(loadUseCase(join(fixtures, 'invoice.yaml')), 'nl', 'invoice');
    const d = result.deterministic;
    relClose(b(10), d.npvEur); // NPV() function
    relClose(b(11), d.npvEur); // sum of present values
    relClose(b(12), d.irrMonthly as number, 1e-7);
    relClose(b(13), d.irrYearly as number, 1e-7);
    expect(b(14)).toBe(d.paybackMonth);
  });

  it('reproduces a case with defaults, a fractional ramp, a missing error cost and a 5-year horizon (en)', async () => {
    const useCase: UseCase = {
      title: '=HYPERLINK("http://example.invalid","click")',
      problem: { hoursPerWeek: 22, hourlyCost: 47.5 },
      businessCase: {
        monthsToFullEffect: { low: 2, likely: 4.6, high: 9 },
        horizonYears: 5,
        discountRate: 0.11,
      },
    };
    const { result, b, sheets } = await check(useCase, 'en', 'defaults');
    relClose(b(10), result.deterministic.npvEur);
    relClose(b(11), result.deterministic.npvEur);
    expect(b(14)).toBe(result.deterministic.paybackMonth);
    // The title stays text: LibreOffice shows it with its apostrophe and does not evaluate it.
    expect(sheets.get('Inputs')?.[0]?.[1]).toBe(`'${useCase.title}`);
  });

  it('keeps the formulas live: a changed likely value on the inputs sheet flows through to the NPV', async () => {
    const useCase = loadUseCase(join(fixtures, 'invoice.yaml'));
    const result = simulateBusinessCase({ inputs: resolveBusinessCase(useCase), runs: 100, seed: 1 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildBusinessCaseXlsx({ useCase, result, findings: [] }, 'nl')) as never);
    const inputs = wb.getWorksheet('Invoer');
    // Row 15 is the first range (time reduction); column C its likely value.
    inputs!.getCell('C15').value = 0.65;
    const changed = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const cash = recalculate(changed, 'changed', ['Kasstroom']).get('Kasstroom');
    const resolved = resolveBusinessCase(useCase);
    const expected = deterministicOutcome({
      ...resolved,
      ranges: { ...resolved.ranges, timeReduction: { low: 0.3, likely: 0.65, high: 0.7, source: 'input' } },
    });
    relClose(numeric(cash?.[9]?.[1]), expected.npvEur);
  });
});
