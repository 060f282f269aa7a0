/**
 * Streams one worksheet of an `.xlsx` to a temporary UTF-8 CSV, so the rest of the profiler
 * (and DuckDB) reads it like any export. exceljs's streaming reader keeps only one row in memory;
 * the output is capped so a workbook that lies about its size cannot fill the disk.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
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
  // Without a chosen sheet every sheet is written to its own file and the largest one is kept.
  let best: { sheet: string; rows: number; file: string } | undefined;
  let bytes = 0;
  let tooLarge = false;
  const written: string[] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
      worksheets: 'emit',
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'cache',
      entries: 'ignore',
    });
    for await (const worksheet of reader) {
      const ws = worksheet as unknown as AsyncIterable<unknown> & { name: string };
      sheets.push(ws.name);
      if (tooLarge) break;
      const wanted = options.sheet === undefined || ws.name === options.sheet;
      if (!wanted) {
        // Read it through all the same: a sheet stored before the shared strings comes from a temporary
        // file that exceljs deletes as soon as we move on, before its unopened stream can read it.
        for await (const _row of ws) {
          // skipped
        }
        continue;
      }
      const file = `${outPath}.${sheets.length}`;
      written.push(file);
      const out = createWriteStream(file, { highWaterMark: 4 * 1024 * 1024 });
      let rows = 0;
      let buffer = '';
      let lastRowNumber = 0;
      try {
        for await (const row of ws) {
          const r = row as { values: unknown[]; number: number };
          const values = Array.isArray(r.values) ? r.values.slice(1) : [];
          // Keep blank rows: they separate a metadata block from the table.
          for (let gap = lastRowNumber + 1; gap < r.number; gap++) buffer += '\n';
          lastRowNumber = r.number;
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
      } finally {
        out.end();
        await once(out, 'close');
      }
      if (!best || rows > best.rows) best = { sheet: ws.name, rows, file };
    }
  } catch (e) {
    await cleanup(written);
    return { ok: false, reason: 'corrupt', detail: (e as Error).message.slice(0, 200) };
  }
  if (tooLarge) {
    await cleanup(written);
    return { ok: false, reason: 'too-large' };
  }
  if (!best) {
    await cleanup(written);
    if (options.sheet !== undefined) return { ok: false, reason: 'sheet-not-found', sheets };
    return { ok: false, reason: 'corrupt', detail: 'no worksheets' };
  }
  await rename(best.file, outPath);
  await cleanup(written.filter((f) => f !== best?.file));
  return { ok: true, sheet: best.sheet, sheets, rows: best.rows };
}

async function cleanup(files: string[]): Promise<void> {
  await Promise.all(files.map((f) => rm(f, { force: true })));
}
