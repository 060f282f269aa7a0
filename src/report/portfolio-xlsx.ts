import ExcelJS from 'exceljs';
import type { PortfolioRow } from '../core/portfolio/portfolio.ts';
import type { Locale } from '../i18n/resources.ts';
import { translator } from '../i18n/translate.ts';
import { escapeSpreadsheetText } from './business-case-xlsx.ts';

const EUR_FORMAT = '"€" #,##0;"€" -#,##0';

/** The column keys in order (texts under `portfolio.column.*`). */
const COLUMNS = [
  'organisation',
  'title',
  'status',
  'verdict',
  'p10',
  'p50',
  'p90',
  'oneOff',
  'feasibility',
  'decision',
  'predicted',
  'realised',
  'model',
] as const;

/**
 * The portfolio as one sheet: a row per use case with the figures of the API's rows (euros as
 * numbers with a euro format, so they sort and sum in Excel), a note on where the figures come from
 * under the table. Every text cell is escaped against formula injection (titles and organisation
 * names are typed by users).
 */
export async function buildPortfolioXlsx(
  input: { rows: readonly PortfolioRow[]; modelVersion: number },
  locale: Locale,
): Promise<Buffer> {
  const t = translator(locale);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Haalbaar';
  const sheet = wb.addWorksheet(t('portfolio.xlsx.sheet'));
  const header = sheet.getRow(1);
  COLUMNS.forEach((c, i) => {
    header.getCell(i + 1).value = escapeSpreadsheetText(t(`portfolio.column.${c}`));
    sheet.getColumn(i + 1).width = c === 'title' || c === 'organisation' ? 32 : 16;
  });
  header.font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];

  const text = (value: string) => escapeSpreadsheetText(value);
  input.rows.forEach((r, index) => {
    const row = sheet.getRow(index + 2);
    const cells: (string | number | null)[] = [
      text(r.organisationName),
      text(r.title),
      text(t(`web.status.${r.status}`)),
      text(t(`web.verdict.${r.verdict}.title`)),
      r.yearlyBenefitEur.p10,
      r.yearlyBenefitEur.p50,
      r.yearlyBenefitEur.p90,
      r.oneOffCostEur,
      r.feasibility,
      text(t(`portfolio.decision.${r.decision ?? 'none'}`)),
      r.predictedVsRealised?.predictedEur.p50 ?? null,
      r.predictedVsRealised?.realisedEur ?? null,
      r.modelVersion,
    ];
    cells.forEach((value, i) => {
      if (value === null) return;
      const cell = row.getCell(i + 1);
      cell.value = typeof value === 'number' ? Math.round(value) : value;
      const column = COLUMNS[i];
      if (typeof value === 'number' && column !== 'feasibility' && column !== 'model')
        cell.numFmt = EUR_FORMAT;
    });
  });
  const note = sheet.getRow(input.rows.length + 3);
  note.getCell(1).value = text(t('portfolio.xlsx.note', { version: input.modelVersion }));

  const data = await wb.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
