/**
 * Produces test/fixtures/business-case/finance-reference.json: NPV, IRR and payback computed by
 * LibreOffice Calc, an implementation independent of ours, for the business-case tests.
 *
 *   node --import tsx scripts/reference/finance-reference.ts
 *
 * Needs `soffice` (Debian: apt-get install --no-install-recommends libreoffice-calc). The tests only
 * read the JSON it writes; rerun this script when a case is added.
 *
 * Independence: this script never imports src/core. It writes the cases as a spreadsheet whose
 * formulas (NPV, IRR, the monthly ramp, the running sum) LibreOffice evaluates on load, converts every
 * sheet to CSV, and reads the numbers back.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { parseCsv } from '../../test/support/parse-csv.ts';

type CashFlowCase = { name: string; ratePerPeriod: number; cashFlows: number[]; source?: string };
type ModelParams = {
  labourPerYearEur: number;
  errorsPerYearEur: number;
  timeReduction: number;
  errorReduction: number;
  implementationEur: number;
  dataPreparationEur: number;
  trainingAndChangeEur: number;
  licenceEurPerYear: number;
  maintenanceEurPerYear: number;
  humanReviewEurPerYear: number;
  monthsToFullEffect: number;
  horizonYears: number;
  discountRate: number;
};
type ModelCase = { name: string; params: ModelParams };

const here = dirname(fileURLToPath(import.meta.url));
const outFile = join(here, '../../test/fixtures/business-case/finance-reference.json');

/** A tiny LCG so the generated series are the same on every run of this script. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const cashFlowCases: CashFlowCase[] = [
  // Microsoft's NPV documentation example: the investment falls one year from today, so a leading 0.
  {
    name: 'ms-npv-example',
    ratePerPeriod: 0.1,
    cashFlows: [0, -10000, 3000, 4200, 6800],
    source: 'NPV function, Microsoft Support: 1 188,44',
  },
  // Microsoft's IRR documentation example.
  {
    name: 'ms-irr-5-years',
    ratePerPeriod: 0.1,
    cashFlows: [-70000, 12000, 15000, 18000, 21000, 26000],
    source: 'IRR function, Microsoft Support: 9 % (8,66 %)',
  },
  {
    name: 'ms-irr-4-years',
    ratePerPeriod: 0.1,
    cashFlows: [-70000, 12000, 15000, 18000, 21000],
    source: 'IRR function, Microsoft Support: −2 %',
  },
  { name: 'two-period', ratePerPeriod: 0.1, cashFlows: [-1000, 600, 600] },
  { name: 'zero-rate', ratePerPeriod: 0, cashFlows: [-500, 100, 200, 300] },
  { name: 'never-pays-back', ratePerPeriod: 0.05, cashFlows: [-1000, 100, 100, 100, 100] },
];
const rnd = lcg(20260501);
for (let c = 0; c < 8; c++) {
  const months = 12 + Math.floor(rnd() * 49);
  const flows = [-Math.round(5000 + rnd() * 60000)];
  for (let t = 1; t <= months; t++) flows.push(Math.round((rnd() * 4000 - 500) * 100) / 100);
  cashFlowCases.push({
    name: `generated-${c + 1}`,
    ratePerPeriod: Math.round(rnd() * 150) / 10000,
    cashFlows: flows,
  });
}

const invoice: ModelParams = {
  labourPerYearEur: 40560,
  errorsPerYearEur: 23400,
  timeReduction: 0.5,
  errorReduction: 0.5,
  implementationEur: 12000,
  dataPreparationEur: 4000,
  trainingAndChangeEur: 3000,
  licenceEurPerYear: 4800,
  maintenanceEurPerYear: 2000,
  humanReviewEurPerYear: 0,
  monthsToFullEffect: 4,
  horizonYears: 3,
  discountRate: 0.08,
};
const modelCases: ModelCase[] = [
  { name: 'invoice-likely', params: invoice },
  { name: 'fractional-ramp', params: { ...invoice, monthsToFullEffect: 4.6 } },
  { name: 'no-ramp', params: { ...invoice, monthsToFullEffect: 0 } },
  { name: 'ramp-longer-than-horizon', params: { ...invoice, horizonYears: 1, monthsToFullEffect: 18 } },
  { name: 'no-discount', params: { ...invoice, discountRate: 0 } },
  { name: 'high-discount-five-years', params: { ...invoice, discountRate: 0.3, horizonYears: 5 } },
  {
    name: 'costs-exceed-savings',
    params: {
      ...invoice,
      timeReduction: 0.1,
      errorReduction: 0.05,
      licenceEurPerYear: 9000,
      humanReviewEurPerYear: 2000,
    },
  },
  {
    name: 'slow-payback',
    params: {
      ...invoice,
      implementationEur: 45000,
      dataPreparationEur: 15000,
      trainingAndChangeEur: 9000,
      monthsToFullEffect: 6,
    },
  },
  {
    name: 'ten-years-one-month-ramp',
    params: { ...invoice, horizonYears: 10, monthsToFullEffect: 1, discountRate: 0.12 },
  },
];

const RESULT_FORMAT = '0.000000000000000E+00';

function addCashFlowSheet(wb: ExcelJS.Workbook, index: number, c: CashFlowCase): void {
  const ws = wb.addWorksheet(`cf${index}`);
  ws.getCell('A1').value = c.ratePerPeriod;
  c.cashFlows.forEach((v, i) => {
    ws.getCell(`A${i + 3}`).value = v;
    ws.getCell(`B${i + 3}`).value = { formula: `SUM(A$3:A${i + 3})` } as ExcelJS.CellFormulaValue;
    ws.getCell(`C${i + 3}`).value = {
      formula: i === 0 ? '1E9' : `IF(B${i + 3}>=0,${i},1E9)`,
    } as ExcelJS.CellFormulaValue;
  });
  const last = c.cashFlows.length + 2;
  const results = [
    `A3+NPV(A1,A4:A${last})`,
    `IFERROR(IRR(A3:A${last},0.01),"none")`,
    `IF(MIN(C4:C${last})>=1E9,"none",MIN(C4:C${last}))`,
  ];
  results.forEach((f, i) => {
    const cell = ws.getCell(`E${i + 1}`);
    cell.value = { formula: f } as ExcelJS.CellFormulaValue;
    cell.numFmt = RESULT_FORMAT;
  });
}

function addModelSheet(wb: ExcelJS.Workbook, index: number, c: ModelCase): void {
  const ws = wb.addWorksheet(`m${index}`);
  const p = c.params;
  const rows: [string, number | string][] = [
    ['labourPerYear', p.labourPerYearEur],
    ['errorsPerYear', p.errorsPerYearEur],
    ['timeReduction', p.timeReduction],
    ['errorReduction', p.errorReduction],
    ['oneOff', `${p.implementationEur}+${p.dataPreparationEur}+${p.trainingAndChangeEur}`],
    ['yearlyCost', `${p.licenceEurPerYear}+${p.maintenanceEurPerYear}+${p.humanReviewEurPerYear}`],
    ['monthsToFullEffect', p.monthsToFullEffect],
    ['horizonMonths', `ROUND(${p.horizonYears}*12,0)`],
    ['discountRate', p.discountRate],
    ['monthlyRate', '(1+B9)^(1/12)-1'],
    ['savingsPerMonth', '(B1*B3+B2*B4)/12'],
    ['costsPerMonth', 'B6/12'],
  ];
  rows.forEach(([label, v], i) => {
    ws.getCell(`A${i + 1}`).value = label;
    ws.getCell(`B${i + 1}`).value = typeof v === 'number' ? v : ({ formula: v } as ExcelJS.CellFormulaValue);
  });
  const first = 15;
  const months = Math.round(p.horizonYears * 12);
  for (let t = 0; t <= months; t++) {
    const r = first + t;
    ws.getCell(`A${r}`).value = t;
    ws.getCell(`B${r}`).value = {
      formula: `IF(A${r}=0,0,IF($B$7<=0,1,MIN(1,A${r}/$B$7)))`,
    } as ExcelJS.CellFormulaValue;
    ws.getCell(`C${r}`).value = {
      formula: `B${r}*$B$11-IF(A${r}=0,0,$B$12)-IF(A${r}=0,$B$5,0)`,
    } as ExcelJS.CellFormulaValue;
    ws.getCell(`D${r}`).value = { formula: `SUM(C$${first}:C${r})` } as ExcelJS.CellFormulaValue;
    ws.getCell(`E${r}`).value = {
      formula: `IF(AND(A${r}>=1,D${r}>=0),A${r},1E9)`,
    } as ExcelJS.CellFormulaValue;
  }
  const last = first + months;
  const results = [
    `C${first}+NPV(B10,C${first + 1}:C${last})`,
    `IFERROR(IRR(C${first}:C${last},0.01),"none")`,
    `IFERROR((1+IRR(C${first}:C${last},0.01))^12-1,"none")`,
    `IF(MIN(E${first}:E${last})>=1E9,"none",MIN(E${first}:E${last}))`,
  ];
  results.forEach((f, i) => {
    const cell = ws.getCell(`G${i + 1}`);
    cell.value = { formula: f } as ExcelJS.CellFormulaValue;
    cell.numFmt = RESULT_FORMAT;
  });
}

function numberOrNull(cell: string | undefined): number | null {
  if (cell === undefined || cell === 'none' || cell.trim() === '') return null;
  const v = Number(cell);
  if (!Number.isFinite(v)) throw new Error(`LibreOffice returned '${cell}' where a number was expected`);
  return v;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'haalbaar-ref-'));
  try {
    const wb = new ExcelJS.Workbook();
    cashFlowCases.forEach((c, i) => {
      addCashFlowSheet(wb, i, c);
    });
    modelCases.forEach((c, i) => {
      addModelSheet(wb, i, c);
    });
    wb.calcProperties.fullCalcOnLoad = true;
    const xlsx = join(dir, 'reference.xlsx');
    await wb.xlsx.writeFile(xlsx);
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1',
        '--outdir',
        dir,
        xlsx,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const version = execFileSync('soffice', ['--version'], { encoding: 'utf8' }).trim();
    const sheet = (name: string): string[][] =>
      parseCsv(readFileSync(join(dir, `reference-${name}.csv`), 'utf8'));
    const cashFlows = cashFlowCases.map((c, i) => {
      const rows = sheet(`cf${i}`);
      const at = (r: number) => numberOrNull(rows[r]?.[4]);
      return { ...c, npv: at(0), irr: at(1), paybackPeriod: at(2) };
    });
    const models = modelCases.map((c, i) => {
      const rows = sheet(`m${i}`);
      const at = (r: number) => numberOrNull(rows[r]?.[6]);
      return { ...c, npvEur: at(0), irrMonthly: at(1), irrYearly: at(2), paybackMonth: at(3) };
    });
    const fixture = {
      generator: 'scripts/reference/finance-reference.ts',
      computedBy: version,
      note: 'NPV = CF0 + NPV(rate; CF1…CFn); IRR(flows; 0.01); payback = first period ≥ 1 with running sum ≥ 0. Values as printed by LibreOffice (15 significant digits).',
      cashFlowCases: cashFlows,
      modelCases: models,
    };
    writeFileSync(outFile, `${JSON.stringify(fixture, null, 2)}\n`);
    console.log(
      `wrote ${outFile}: ${cashFlows.length} cash-flow cases, ${models.length} model cases (${version})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
