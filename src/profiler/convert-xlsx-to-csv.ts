/**
 * Streams one worksheet of an `.xlsx` to a temporary UTF-8 CSV, so the rest of the profiler
 * (and DuckDB) reads it like any export. exceljs's streaming reader keeps only one row in memory;
 * the output is capped so a workbook that lies about its size cannot fill the disk.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';

export type XlsxConversion =
  | { ok: true; sheet: string; sheets: string[]; rows: number }
  | { ok: false; reason: 'sheet-not-found'; sheets: string[] }
  | { ok: false; reason: 'too-large' }
  | { ok: false; reason: 'corrupt'; detail: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell value as text: dates ISO (`2026-11-26` or `2026-11-26 14:05:00`), formulas by result. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const d = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const h = value.getUTCHours();
    const m = value.getUTCMinutes();
    const s = value.getUTCSeconds();
    return h === 0 && m === 0 && s === 0 ? d : `${d} ${pad(h)}:${pad(m)}:${pad(s)}`;
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v['richText']))
      return (v['richText'] as { text?: string }[]).map((r) => r.text ?? '').join('');
    if ('error' in v) return String(v['error']);
    if ('result' in v) return cellText(v['result']);
    if ('formula' in v || 'sharedFormula' in v) return '';
    if ('text' in v) return cellText(v['text']);
  }
  return String(value);
}

function csvField(s: string): string {
  return /[",\n\r]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Writes sheet `sheet` (or the first sheet with data) of `path` to `outPath` as CSV.
 * Stops with `too-large` once the CSV would exceed `maxBytes`.
 */
export async function convertXlsxToCsv(
  path: string,
  outPath: string,
  options: { sheet?: string; maxBytes: number; onRow?: (rows: number) => void },
): Promise<XlsxConversion> {
  const sheets: string[] = [];
  let chosen: string | undefined;
  let rows = 0;
  let bytes = 0;
  let tooLarge = false;
  const out = createWriteStream(outPath, { highWaterMark: 4 * 1024 * 1024 });
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
      worksheets: 'emit',
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'cache',
      entries: 'ignore',
    });
    for await (const worksheet of reader) {
      const ws = worksheet as unknown as AsyncIterable<{ values: unknown[] }> & { name: string };
      sheets.push(ws.name);
      const wanted = options.sheet === undefined ? chosen === undefined : ws.name === options.sheet;
      if (!wanted || tooLarge) continue;
      let buffer = '';
      let width = 0;
      let lastRowNumber = 0;
      for await (const row of ws) {
        const r = row as unknown as { values: unknown[]; number: number };
        const values = Array.isArray(r.values) ? r.values.slice(1) : [];
        // Keep blank rows: they separate a metadata block from the table.
        for (let gap = lastRowNumber + 1; gap < r.number; gap++) buffer += '\n';
        lastRowNumber = r.number;
        width = Math.max(width, values.length);
        const cells: string[] = [];
        for (let j = 0; j < values.length; j++) cells.push(csvField(cellText(values[j])));
        buffer += `${cells.join(',')}\n`;
        rows++;
        if (buffer.length > 1_000_000) {
          bytes += Buffer.byteLength(buffer);
          if (bytes > options.maxBytes) {
            tooLarge = true;
            break;
          }
          if (!out.write(buffer)) await once(out, 'drain');
          buffer = '';
          options.onRow?.(rows);
        }
      }
      if (!tooLarge) {
        bytes += Buffer.byteLength(buffer);
        if (bytes > options.maxBytes) tooLarge = true;
        else if (buffer !== '' && !out.write(buffer)) await once(out, 'drain');
      }
      if (rows > 0 || options.sheet !== undefined) chosen = ws.name;
      else rows = 0;
    }
  } catch (e) {
    return { ok: false, reason: 'corrupt', detail: (e as Error).message.slice(0, 200) };
  } finally {
    out.end();
    await once(out, 'close');
  }
  if (tooLarge) return { ok: false, reason: 'too-large' };
  if (chosen === undefined) {
    if (options.sheet !== undefined) return { ok: false, reason: 'sheet-not-found', sheets };
    if (sheets.length === 0) return { ok: false, reason: 'corrupt', detail: 'no worksheets' };
    chosen = sheets[0] as string;
  }
  return { ok: true, sheet: chosen, sheets, rows };
}
