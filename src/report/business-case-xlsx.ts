import ExcelJS from 'exceljs';
import {
  BUSINESS_CASE_INPUT_IDS,
  BUSINESS_CASE_INPUT_UNITS,
} from '../core/business-case/business-case-types.ts';
import type { Locale } from '../i18n/resources.ts';
import { translator } from '../i18n/translate.ts';
import type { BusinessCaseReportInput } from './business-case-document.ts';
import { formatRangeSource } from './business-case-format.ts';

/** Longest horizon the schema allows (10 years): the cash-flow sheet always has these months. */
const MAX_MONTHS = 120;

const EUR_FORMAT = '"€" #,##0;"€" -#,##0';
const EUR_CENTS_FORMAT = '"€" #,##0.00;"€" -#,##0.00';
const PERCENT_FORMAT = '0.0%';
const PRECISE_PERCENT_FORMAT = '0.00%';

/**
 * Makes a text safe for a spreadsheet cell: a text starting with `=`, `+`, `-`, `@` (or a tab or
 * carriage return, which some programs strip first) gets a leading apostrophe, so neither Excel nor a
 * CSV re-import can run it as a formula. The cell is written as a string either way; the apostrophe
 * also protects the text after a copy-paste or a CSV round trip.
 *
 * @example escapeSpreadsheetText('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 */
export function escapeSpreadsheetText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

type Cell = ExcelJS.Cell;

function text(cell: Cell, value: string): void {
  cell.value = escapeSpreadsheetText(value);
}

function formula(cell: Cell, expression: string, numFmt?: string): void {
  cell.value = { formula: expression } as ExcelJS.CellFormulaValue;
  if (numFmt !== undefined) cell.numFmt = numFmt;
}

function number(cell: Cell, value: number | undefined, numFmt?: string): void {
  if (value === undefined) return;
  cell.value = value;
  if (numFmt !== undefined) cell.numFmt = numFmt;
}

/** A sheet name quoted for use in a formula: 'Cash flow'!B3. */
const ref = (sheet: string, cell: string) => `'${sheet.replace(/'/g, "''")}'!${cell}`;

/**
 * The business case as an XLSX workbook for the accountant, in one locale:
 *
 * 1. Inputs — the status-quo figures, every low / likely / high range with its source, the settings.
 * 2. Cash flow — the deterministic monthly cash flow at the likely values, months 0 … 120, as live
 *    formulas on the Inputs sheet (months beyond the horizon are zero, so changing the horizon there
 *    works too). NPV by the NPV() function and as a sum of present values, IRR, payback month.
 * 3. Simulation — the Monte Carlo percentiles, stall probability, expected value and tornado, as values.
 *
 * Texts are escaped against formula injection. Formulas carry no cached results; the workbook asks
 * for a full recalculation on load, so Excel and LibreOffice compute the same numbers as the core.
 */
export async function buildBusinessCaseXlsx(input: BusinessCaseReportInput, locale: Locale): Promise<Buffer> {
  const t = translator(locale);
  const x = (key: string) => t(`businessCase.xlsx.${key}`);
  const { useCase, result } = input;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Haalbaar';
  wb.calcProperties.fullCalcOnLoad = true;

  // 1. Inputs.
  const inputsName = x('sheetInputs');
  const inputs = wb.addWorksheet(inputsName);
  inputs.getColumn(1).width = 44;
  for (const c of [2, 3, 4]) inputs.getColumn(c).width = 16;
  inputs.getColumn(5).width = 14;
  text(inputs.getCell('A1'), x('inputsTitle'));
  inputs.getCell('A1').font = { bold: true, size: 14 };
  if (useCase.title !== undefined) text(inputs.getCell('B1'), useCase.title);
  text(inputs.getCell('A3'), x('statusQuoHeading'));
  inputs.getCell('A3').font = { bold: true };
  const p = useCase.problem ?? {};
  const sqRows: [string, number | undefined, string | undefined][] = [
    ['hoursPerWeek', p.hoursPerWeek, undefined],
    ['hourlyCost', p.hourlyCost, EUR_CENTS_FORMAT],
    ['volumePerWeek', p.volumePerWeek, undefined],
    ['errorRate', p.errorRate, PERCENT_FORMAT],
    ['costPerError', p.costPerError, EUR_CENTS_FORMAT],
    ['weeksPerYear', result.inputs.statusQuo.breakdown.weeksPerYear, undefined],
  ];
  sqRows.forEach(([key, value, fmt], i) => {
    text(inputs.getCell(`A${4 + i}`), x(key));
    number(inputs.getCell(`B${4 + i}`), value, fmt);
  });
  // Empty cells count as 0, which matches the core: a missing figure makes its part zero.
  text(inputs.getCell('A10'), x('labourPerYear'));
  formula(inputs.getCell('B10'), 'B4*B5*B9', EUR_FORMAT);
  text(inputs.getCell('A11'), x('errorsPerYear'));
  formula(inputs.getCell('B11'), 'B6*B7*B8*B9', EUR_FORMAT);

  text(inputs.getCell('A13'), x('rangesHeading'));
  inputs.getCell('A13').font = { bold: true };
  const headers = ['columnInput', 'columnLow', 'columnLikely', 'columnHigh', 'columnSource'];
  headers.forEach((h, i) => {
    const cell = inputs.getRow(14).getCell(i + 1);
    text(cell, t(`businessCase.assumptions.${h}`));
    cell.font = { bold: true };
  });
  const rangeRow: Record<string, number> = {};
  BUSINESS_CASE_INPUT_IDS.forEach((id, i) => {
    const row = 15 + i;
    rangeRow[id] = row;
    const r = result.inputs.ranges[id];
    const unit = BUSINESS_CASE_INPUT_UNITS[id];
    const fmt = unit === 'fraction' ? PERCENT_FORMAT : unit === 'months' ? '0.0' : EUR_FORMAT;
    text(inputs.getCell(`A${row}`), t(`businessCase.input.${id}`));
    number(inputs.getCell(`B${row}`), r.low, fmt);
    number(inputs.getCell(`C${row}`), r.likely, fmt);
    number(inputs.getCell(`D${row}`), r.high, fmt);
    text(
      inputs.getCell(`E${row}`),
      formatRangeSource({ source: r.source, licenceVendor: result.inputs.licenceVendor, locale }),
    );
  });
  const likely = (id: string) => ref(inputsName, `C${rangeRow[id]}`);

  text(inputs.getCell('A25'), x('settingsHeading'));
  inputs.getCell('A25').font = { bold: true };
  text(inputs.getCell('A26'), x('horizonYears'));
  number(inputs.getCell('B26'), result.inputs.horizonYears);
  text(inputs.getCell('A27'), x('discountRate'));
  number(inputs.getCell('B27'), result.inputs.discountRate, PERCENT_FORMAT);
  text(inputs.getCell('A28'), x('stallProbability'));
  number(inputs.getCell('B28'), result.stall.probability, PERCENT_FORMAT);
  text(inputs.getCell('A29'), x('stalledCostShare'));
  number(inputs.getCell('B29'), result.inputs.stalledCostShare, PERCENT_FORMAT);

  // 2. Cash flow, live formulas.
  const cf = wb.addWorksheet(x('sheetCashFlow'));
  cf.getColumn(1).width = 44;
  for (let c = 2; c <= 9; c++) cf.getColumn(c).width = 16;
  text(cf.getCell('A1'), x('cashFlowTitle'));
  cf.getCell('A1').font = { bold: true };
  const params: [string, string, string][] = [
    [
      'savingsPerMonth',
      `(${ref(inputsName, 'B10')}*${likely('timeReduction')}+${ref(inputsName, 'B11')}*${likely('errorReduction')})/12`,
      EUR_CENTS_FORMAT,
    ],
    [
      'costsPerMonth',
      `(${likely('yearlyCosts.licence')}+${likely('yearlyCosts.maintenance')}+${likely('yearlyCosts.humanReview')})/12`,
      EUR_CENTS_FORMAT,
    ],
    [
      'oneOffTotal',
      `${likely('oneOffCosts.implementation')}+${likely('oneOffCosts.dataPreparation')}+${likely('oneOffCosts.trainingAndChange')}`,
      EUR_FORMAT,
    ],
    ['monthlyRate', `(1+${ref(inputsName, 'B27')})^(1/12)-1`, '0.0000%'],
    ['monthsToFullEffect', likely('monthsToFullEffect'), '0.0'],
    ['horizonMonths', `ROUND(${ref(inputsName, 'B26')}*12,0)`, '0'],
  ];
  // Rows 3–8: B3 savings/month, B4 costs/month, B5 one-off, B6 monthly rate, B7 ramp months, B8 horizon months.
  params.forEach(([key, f, fmt], i) => {
    text(cf.getCell(`A${3 + i}`), x(key));
    formula(cf.getCell(`B${3 + i}`), f, fmt);
  });

  const first = 18;
  const last = first + MAX_MONTHS;
  const results: [string, string, string][] = [
    ['npvFormula', `F${first}+NPV(B6,F${first + 1}:F${last})`, EUR_CENTS_FORMAT],
    ['npvSum', `SUM(H${first}:H${last})`, EUR_CENTS_FORMAT],
    ['irrMonthly', `IFERROR(IRR(F${first}:F${last},0.01),"")`, PRECISE_PERCENT_FORMAT],
    ['irrYearly', `IF(ISNUMBER(B12),(1+B12)^12-1,"")`, PRECISE_PERCENT_FORMAT],
    ['payback', `IF(MIN(J${first}:J${last})>=1E9,"",MIN(J${first}:J${last}))`, '0'],
  ];
  // Rows 10–14: B10 NPV (NPV function), B11 NPV (sum), B12 IRR monthly, B13 IRR yearly, B14 payback month.
  results.forEach(([key, f, fmt], i) => {
    text(cf.getCell(`A${10 + i}`), x(key));
    cf.getCell(`A${10 + i}`).font = { bold: true };
    formula(cf.getCell(`B${10 + i}`), f, fmt);
  });

  const columns = [
    'colMonth',
    'colRamp',
    'colSavings',
    'colRunningCosts',
    'colOneOff',
    'colNet',
    'colDiscountFactor',
    'colPresentValue',
    'colCumulative',
  ];
  columns.forEach((c, i) => {
    const cell = cf.getRow(first - 1).getCell(i + 1);
    text(cell, x(c));
    cell.font = { bold: true };
  });
  for (let month = 0; month <= MAX_MONTHS; month++) {
    const r = first + month;
    const within = `A${r}<=$B$8`;
    number(cf.getCell(`A${r}`), month);
    formula(cf.getCell(`B${r}`), `IF(OR(A${r}=0,NOT(${within})),0,IF($B$7<=0,1,MIN(1,A${r}/$B$7)))`, '0.00');
    formula(cf.getCell(`C${r}`), `B${r}*$B$3`, EUR_CENTS_FORMAT);
    formula(cf.getCell(`D${r}`), `IF(AND(A${r}>=1,${within}),$B$4,0)`, EUR_CENTS_FORMAT);
    formula(cf.getCell(`E${r}`), `IF(A${r}=0,$B$5,0)`, EUR_CENTS_FORMAT);
    formula(cf.getCell(`F${r}`), `C${r}-D${r}-E${r}`, EUR_CENTS_FORMAT);
    formula(cf.getCell(`G${r}`), `(1+$B$6)^(-A${r})`, '0.000000');
    formula(cf.getCell(`H${r}`), `F${r}*G${r}`, EUR_CENTS_FORMAT);
    formula(cf.getCell(`I${r}`), `SUM(F$${first}:F${r})`, EUR_CENTS_FORMAT);
    // Helper for the payback month: the month itself once the cumulative cash flow is ≥ 0.
    formula(cf.getCell(`J${r}`), `IF(AND(A${r}>=1,${within},I${r}>=0),A${r},1E9)`);
  }
  cf.getColumn(10).hidden = true;
  cf.views = [{ state: 'frozen', ySplit: first - 1 }];

  // 3. Simulation, values.
  const sim = wb.addWorksheet(x('sheetSimulation'));
  sim.getColumn(1).width = 48;
  for (let c = 2; c <= 7; c++) sim.getColumn(c).width = 16;
  text(sim.getCell('A1'), x('simulationTitle'));
  sim.getCell('A1').font = { bold: true };
  text(sim.getCell('A3'), x('runs'));
  number(sim.getCell('B3'), result.runs);
  text(sim.getCell('A4'), x('seed'));
  number(sim.getCell('B4'), result.seed);
  text(sim.getCell('A5'), x('distribution'));
  text(sim.getCell('B5'), t(`businessCase.distribution.${result.distribution}`));
  ['colQuantity', 'colP10', 'colP50', 'colP90', 'colMean', 'colStdError'].forEach((c, i) => {
    const cell = sim.getRow(7).getCell(i + 1);
    text(cell, x(c));
    cell.font = { bold: true };
  });
  const s = result.simulated;
  const statRows: [string, { p10: number; p50: number; p90: number; mean: number; meanStdError: number }][] =
    [
      [t('businessCase.outcome.savingsPerYear'), s.savingsPerYearEur],
      [t('businessCase.outcome.netPerYear'), s.netBenefitPerYearEur],
      [t('businessCase.outcome.npv', { years: result.inputs.horizonYears }), s.npvEur],
    ];
  statRows.forEach(([label, st], i) => {
    const row = sim.getRow(8 + i);
    text(row.getCell(1), label);
    [st.p10, st.p50, st.p90, st.mean, st.meanStdError].forEach((v, j) => {
      number(row.getCell(2 + j), v, EUR_FORMAT);
    });
  });
  text(sim.getCell('A11'), t('businessCase.outcome.payback'));
  [s.paybackMonth.p10, s.paybackMonth.p50, s.paybackMonth.p90].forEach((v, j) => {
    const cell = sim.getRow(11).getCell(2 + j);
    if (v === null)
      text(cell, t('businessCase.outcome.notWithinHorizon', { years: result.inputs.horizonYears }));
    else number(cell, v);
  });
  const facts: [string, number, string][] = [
    [x('probabilityPositive'), s.probabilityNpvPositive, PERCENT_FORMAT],
    [x('stallProbability'), result.stall.probability, PERCENT_FORMAT],
    [x('expectedNpv'), result.expected.npvEur, EUR_FORMAT],
    [x('expectedPositive'), result.expected.probabilityNpvPositive, PERCENT_FORMAT],
  ];
  facts.forEach(([label, v, fmt], i) => {
    text(sim.getCell(`A${13 + i}`), label);
    number(sim.getCell(`B${13 + i}`), v, fmt);
  });
  sim.getCell('C13').value = s.probabilityNpvPositiveStdError;
  sim.getCell('C13').numFmt = PERCENT_FORMAT;
  sim.getCell('C15').value = result.expected.npvStdErrorEur;
  sim.getCell('C15').numFmt = EUR_FORMAT;

  text(sim.getCell('A18'), x('tornadoHeading'));
  sim.getCell('A18').font = { bold: true };
  ['columnInput', 'columnNpvLow', 'columnNpvHigh', 'columnSwing', 'columnRank'].forEach((c, i) => {
    const cell = sim.getRow(19).getCell(i + 1);
    text(cell, t(`businessCase.tornado.${c}`));
    cell.font = { bold: true };
  });
  result.tornado.bars.forEach((b, i) => {
    const row = sim.getRow(20 + i);
    text(row.getCell(1), t(`businessCase.input.${b.input}`));
    number(row.getCell(2), b.npvAtLowEur, EUR_FORMAT);
    number(row.getCell(3), b.npvAtHighEur, EUR_FORMAT);
    number(row.getCell(4), b.swingEur, EUR_FORMAT);
    if (b.rankCorrelation !== null) number(row.getCell(5), b.rankCorrelation, '0.00');
  });

  // The factor levels behind the stall chance: the same assessment the results page shows.
  const stallTop = 21 + result.tornado.bars.length;
  text(sim.getCell(`A${stallTop}`), x('stallHeading'));
  sim.getCell(`A${stallTop}`).font = { bold: true };
  if (result.stall.source === 'override') text(sim.getCell(`A${stallTop + 1}`), x('stallOverride'));
  else {
    ['colFactor', 'colRisk', 'colMultiplier'].forEach((c, i) => {
      const cell = sim.getRow(stallTop + 1).getCell(i + 1);
      text(cell, x(c));
      cell.font = { bold: true };
    });
    result.stall.contributions.forEach((c, i) => {
      const row = sim.getRow(stallTop + 2 + i);
      text(row.getCell(1), t(`businessCase.factor.${c.factor}`));
      text(row.getCell(2), t(`businessCase.risk.${c.risk}`));
      number(row.getCell(3), c.oddsMultiplier, '0.00');
    });
    // The success conditions move the odds too, below the factors after an empty row.
    const conditionTop = stallTop + 3 + result.stall.contributions.length;
    ['colCondition', 'colStatus', 'colMultiplier'].forEach((c, i) => {
      const cell = sim.getRow(conditionTop).getCell(i + 1);
      text(cell, x(c));
      cell.font = { bold: true };
    });
    result.stall.conditionContributions.forEach((c, i) => {
      const row = sim.getRow(conditionTop + 1 + i);
      text(row.getCell(1), t(`businessCase.condition.${c.condition}`));
      text(row.getCell(2), t(`businessCase.conditionStatus.${c.status}`));
      number(row.getCell(3), c.oddsMultiplier, '0.00');
    });
  }

  const data = await wb.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
