import ExcelJS from 'exceljs';
import type { Message } from '../core/message.ts';
import type { VendorComparison } from '../core/vendors/compare-vendors.ts';
import { contractChecklist } from '../core/vendors/contract-checklist.ts';
import { type SettledClaim, VENDOR_GATES, VENDOR_SCORED_QUESTIONS } from '../core/vendors/vendor-types.ts';
import type { Locale } from '../i18n/resources.ts';
import { renderMessage, translator } from '../i18n/translate.ts';
import { escapeSpreadsheetText } from './business-case-xlsx.ts';

const EUR_FORMAT = '"€" #,##0;"€" -#,##0';
const SCORE_FORMAT = '0.0';
const PERCENT_FORMAT = '0%';
const CREDIT_FORMAT = '0.00';
const FAILED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF4C7C3' } };
const OPEN_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE8B2' } };

/** The rows of the comparison sheet, fixed so formulas, tests and readers can rely on them. */
export const COMPARISON_LAYOUT = {
  nameRow: 3,
  selectedRow: 4,
  gatesHeadingRow: 6,
  firstGateRow: 7,
  failedRow: 7 + VENDOR_GATES.length,
  openRow: 8 + VENDOR_GATES.length,
  scoredHeadingRow: 10 + VENDOR_GATES.length,
  firstQuestionRow: 11 + VENDOR_GATES.length,
  scoreRow: 11 + VENDOR_GATES.length + VENDOR_SCORED_QUESTIONS.length,
  evidencedRow: 12 + VENDOR_GATES.length + VENDOR_SCORED_QUESTIONS.length,
  switchingHeadingRow: 14 + VENDOR_GATES.length + VENDOR_SCORED_QUESTIONS.length,
  /** Parts: remaining contract, migration low / likely / high, retraining, parallel running; then low, likely, high. */
  firstSwitchingRow: 15 + VENDOR_GATES.length + VENDOR_SCORED_QUESTIONS.length,
  /** Column of the weights; vendors start in the next one. */
  weightColumn: 2,
  firstVendorColumn: 3,
} as const;

type Cell = ExcelJS.Cell;

function text(cell: Cell, value: string): void {
  cell.value = escapeSpreadsheetText(value);
}

function number(cell: Cell, value: number, numFmt?: string): void {
  cell.value = value;
  if (numFmt !== undefined) cell.numFmt = numFmt;
}

function formula(cell: Cell, expression: string, numFmt?: string): void {
  cell.value = { formula: expression } as ExcelJS.CellFormulaValue;
  if (numFmt !== undefined) cell.numFmt = numFmt;
}

function bold(cell: Cell): void {
  cell.font = { bold: true };
}

/** Column letters for 1-based column numbers (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * The vendor comparison as an XLSX workbook, in one locale:
 *
 * 1. Comparison — one column per vendor in ranked order: the must-pass gates first (a failed gate in
 *    red, an open one in yellow, each with whether it was self-declared or evidenced), then the scored
 *    questions with their weights in column B and each vendor's credit (0..1), the weighted score as a
 *    live formula on those weights (change a weight, the scores follow), the share of answers with
 *    evidence, and the switching cost: its parts and low / likely / high as formulas on the parts.
 * 2. Claims — the ledger: verbatim text, source, date, KPI, claimed and measured figure, status and the
 *    question to put back for a flagged claim.
 * 3. Contract checklist — each clause with why and its dated source.
 *
 * Every text, a vendor's name included, is escaped against formula injection. Formulas carry no cached
 * values; the workbook asks for a full recalculation on load.
 */
export async function vendorComparisonXlsx(input: {
  comparison: VendorComparison;
  claims: readonly SettledClaim[];
  locale: Locale;
}): Promise<Buffer> {
  const { comparison, claims, locale } = input;
  const t = translator(locale);
  const x = (key: string, params?: Record<string, unknown>) => String(t(`vendors.xlsx.${key}`, params ?? {}));
  const render = (m: Message) => renderMessage(m, locale);
  const L = COMPARISON_LAYOUT;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Haalbaar';
  wb.calcProperties.fullCalcOnLoad = true;

  // 1. Comparison.
  const sheet = wb.addWorksheet(x('sheetComparison'));
  sheet.getColumn(1).width = 48;
  sheet.getColumn(L.weightColumn).width = 10;
  text(sheet.getCell('A1'), x('title'));
  sheet.getCell('A1').font = { bold: true, size: 14 };
  text(sheet.getCell(L.nameRow, L.weightColumn), x('weight'));
  bold(sheet.getCell(L.nameRow, L.weightColumn));
  text(sheet.getCell(L.selectedRow, 1), x('selected'));
  const weightRange = `$${columnLetter(L.weightColumn)}$${L.firstQuestionRow}:$${columnLetter(L.weightColumn)}$${
    L.scoreRow - 1
  }`;

  text(sheet.getCell(L.gatesHeadingRow, 1), x('gatesHeading'));
  bold(sheet.getCell(L.gatesHeadingRow, 1));
  VENDOR_GATES.forEach((gate, i) => {
    text(sheet.getCell(L.firstGateRow + i, 1), String(t(`vendors.gate.${gate}.title`)));
  });
  text(sheet.getCell(L.failedRow, 1), String(t('vendors.cli.failedGates')));
  text(sheet.getCell(L.openRow, 1), String(t('vendors.cli.openGates')));

  text(sheet.getCell(L.scoredHeadingRow, 1), x('scoredHeading'));
  bold(sheet.getCell(L.scoredHeadingRow, 1));
  text(sheet.getCell(L.scoredHeadingRow, L.weightColumn), x('weight'));
  VENDOR_SCORED_QUESTIONS.forEach((q, i) => {
    const row = L.firstQuestionRow + i;
    text(sheet.getCell(row, 1), String(t(`vendors.question.${q}.title`)));
    number(sheet.getCell(row, L.weightColumn), comparison.weights[q]);
  });
  text(sheet.getCell(L.scoreRow, 1), x('scoreRow'));
  bold(sheet.getCell(L.scoreRow, 1));
  text(sheet.getCell(L.evidencedRow, 1), x('evidencedShare'));
  text(sheet.getCell(L.scoreRow + 3, L.weightColumn + 1), x('weightNote'));
  sheet.getCell(L.scoreRow + 3, L.weightColumn + 1).font = { italic: true };

  text(sheet.getCell(L.switchingHeadingRow, 1), x('switchingHeading'));
  bold(sheet.getCell(L.switchingHeadingRow, 1));
  const partLabels = [
    String(t('vendors.switching.part.remainingContract')),
    `${t('vendors.switching.part.migration')} (${x('low')})`,
    `${t('vendors.switching.part.migration')} (${x('likely')})`,
    `${t('vendors.switching.part.migration')} (${x('high')})`,
    String(t('vendors.switching.part.retraining')),
    String(t('vendors.switching.part.parallelRunning')),
    x('switchingLow'),
    x('switchingLikely'),
    x('switchingHigh'),
  ];
  partLabels.forEach((label, i) => {
    text(sheet.getCell(L.firstSwitchingRow + i, 1), label);
  });
  for (const i of [6, 7, 8]) bold(sheet.getCell(L.firstSwitchingRow + i, 1));

  comparison.rows.forEach((row, v) => {
    const col = L.firstVendorColumn + v;
    const letter = columnLetter(col);
    sheet.getColumn(col).width = 22;
    const name = sheet.getCell(L.nameRow, col);
    text(name, row.name);
    name.font = { bold: true };
    name.alignment = { wrapText: true };
    const marks = [
      row.vendorId === comparison.selectedId ? x('selected') : '',
      row.chosen ? x('chosen') : '',
    ].filter((m) => m !== '');
    if (marks.length > 0) text(sheet.getCell(L.selectedRow, col), marks.join(', '));
    row.gates.forEach((gate) => {
      const cell = sheet.getCell(L.firstGateRow + VENDOR_GATES.indexOf(gate.gate), col);
      const status = String(t(`vendors.gateStatus.${gate.status}`));
      const answered = gate.status === 'passed' || gate.status === 'failed';
      text(
        cell,
        answered
          ? `${status} (${t(`vendors.basis.${gate.evidenced ? 'evidenced' : 'selfDeclared'}`)})`
          : status,
      );
      if (gate.status === 'failed') {
        cell.fill = FAILED_FILL;
        cell.font = { bold: true };
      } else if (gate.status === 'open') cell.fill = OPEN_FILL;
      if (gate.quote !== undefined) cell.note = escapeSpreadsheetText(gate.quote);
    });
    number(sheet.getCell(L.failedRow, col), row.failedGates);
    number(sheet.getCell(L.openRow, col), row.openGates);
    VENDOR_SCORED_QUESTIONS.forEach((q, i) => {
      const credit = row.perQuestion[q];
      if (credit !== null) number(sheet.getCell(L.firstQuestionRow + i, col), credit, CREDIT_FORMAT);
    });
    const credits = `${letter}${L.firstQuestionRow}:${letter}${L.scoreRow - 1}`;
    formula(
      sheet.getCell(L.scoreRow, col),
      `IF(SUM(${weightRange})=0,0,100*SUMPRODUCT(${weightRange},${credits})/SUM(${weightRange}))`,
      SCORE_FORMAT,
    );
    sheet.getCell(L.scoreRow, col).font = { bold: true };
    number(sheet.getCell(L.evidencedRow, col), row.evidencedShare, PERCENT_FORMAT);
    const s = row.switchingCost;
    const r = (k: number) => `${letter}${L.firstSwitchingRow + k}`;
    [
      s.parts.remainingContract,
      s.parts.migration.low,
      s.parts.migration.likely,
      s.parts.migration.high,
      s.parts.retraining,
      s.parts.parallelRunning,
    ].forEach((eur, k) => {
      number(sheet.getCell(L.firstSwitchingRow + k, col), eur, EUR_FORMAT);
    });
    const fixed = `${r(0)}+${r(4)}+${r(5)}`;
    formula(sheet.getCell(L.firstSwitchingRow + 6, col), `${fixed}+${r(1)}`, EUR_FORMAT);
    formula(sheet.getCell(L.firstSwitchingRow + 7, col), `${fixed}+${r(2)}`, EUR_FORMAT);
    formula(sheet.getCell(L.firstSwitchingRow + 8, col), `${fixed}+${r(3)}`, EUR_FORMAT);
    for (const k of [6, 7, 8]) sheet.getCell(L.firstSwitchingRow + k, col).font = { bold: true };
  });
  sheet.views = [{ state: 'frozen', xSplit: L.weightColumn, ySplit: L.nameRow }];

  // 2. Claims.
  const names = new Map(comparison.rows.map((r) => [r.vendorId, r.name]));
  const ledger = wb.addWorksheet(x('sheetClaims'));
  const claimHeaders = [
    'claimVendor',
    'claimText',
    'claimSource',
    'claimDate',
    'claimKpi',
    'claimClaimed',
    'claimMeasured',
    'claimStatus',
    'claimQuestion',
  ];
  const claimWidths = [22, 60, 14, 12, 16, 12, 12, 14, 60];
  claimHeaders.forEach((h, i) => {
    const cell = ledger.getCell(1, i + 1);
    text(cell, x(h));
    bold(cell);
    ledger.getColumn(i + 1).width = claimWidths[i] ?? 14;
  });
  claims.forEach((claim, i) => {
    const row = ledger.getRow(2 + i);
    const vendor = claim.vendorId === undefined ? '' : (names.get(claim.vendorId) ?? claim.vendorId);
    text(row.getCell(1), vendor);
    text(row.getCell(2), claim.text);
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    text(row.getCell(3), String(t(`vendors.claim.source.${claim.source}`)));
    text(row.getCell(4), claim.date);
    if (claim.kpiId !== undefined) text(row.getCell(5), claim.kpiId);
    if (claim.claimed !== undefined) number(row.getCell(6), claim.claimed);
    if (claim.measured !== undefined) number(row.getCell(7), claim.measured);
    text(row.getCell(8), String(t(`vendors.claim.status.${claim.status}`)));
    if (claim.status === 'refuted') row.getCell(8).fill = FAILED_FILL;
    if (claim.flag !== undefined) {
      text(row.getCell(9), render(claim.flag.question));
      row.getCell(9).alignment = { wrapText: true, vertical: 'top' };
    }
  });

  // 3. Contract checklist.
  const list = wb.addWorksheet(x('sheetChecklist'));
  const listHeaders = [
    'checklistTopic',
    'checklistWhy',
    'checklistSource',
    'checklistProvision',
    'checklistAppliesFrom',
    'checklistChecked',
    'checklistUrl',
  ];
  const listWidths = [32, 70, 40, 50, 12, 14, 40];
  listHeaders.forEach((h, i) => {
    const cell = list.getCell(1, i + 1);
    text(cell, x(h));
    bold(cell);
    list.getColumn(i + 1).width = listWidths[i] ?? 14;
  });
  contractChecklist().forEach((item, i) => {
    const row = list.getRow(2 + i);
    text(row.getCell(1), render(item.topic));
    text(row.getCell(2), render(item.why));
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    text(row.getCell(3), item.source.title);
    text(row.getCell(4), item.source.provision);
    row.getCell(4).alignment = { wrapText: true, vertical: 'top' };
    if (item.source.appliesFrom !== undefined) text(row.getCell(5), item.source.appliesFrom);
    text(row.getCell(6), item.source.checked);
    if (item.source.url !== undefined) text(row.getCell(7), item.source.url);
  });

  const data = await wb.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
