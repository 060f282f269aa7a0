/**
 * Reads the CSV LibreOffice writes in headless conversions (comma separated, double quotes, ""
 * for a quote, line breaks inside quoted cells) into rows of cells, with csv-parse. Used by the
 * LibreOffice reference script and the XLSX recompute test; rows are indexed as in the sheet.
 */
import { parse } from 'csv-parse/sync';

export function parseCsv(text: string): string[][] {
  return parse(text, { relax_column_count: true, skip_empty_lines: false });
}
