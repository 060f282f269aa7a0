import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTableInChild } from './profile-in-child.ts';
import { readTableRows } from './read-table-rows.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'haalbaar-table-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: Buffer | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

const cellsOf = (rows: { row: number; cells: string[] }[]) => rows.map((r) => [r.row, ...r.cells]);

describe('readTableRows', () => {
  it('numbers rows as Excel shows them: title lines skipped, a quoted line break is one row', async () => {
    const path = await file(
      'weken.csv',
      Buffer.from(
        'Weekcijfers pilot;;\r\n;;\r\nWeek;Minuten;Opmerking\r\n1;9,5;"twee\r\nregels"\r\n\r\n2;8,5;\r\n',
        'latin1',
      ),
    );
    const r = await readTableRows(path, { maxRows: 100 });
    expect(r.ok && r.value).toMatchObject({
      format: 'csv',
      delimiter: ';',
      prefersDecimalComma: true,
      header: { row: 3, cells: ['Week', 'Minuten', 'Opmerking'] },
    });
    expect(r.ok && cellsOf(r.value.rows)).toEqual([
      [4, '1', '9,5', 'twee\r\nregels'],
      [5, ''],
      [6, '2', '8,5', ''],
    ]);
  });

  it('reads UTF-16 and Windows-1252 text, and a comma file prefers the decimal point', async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Periode\tKosten\n5-10-2026\t€ 12,50\n', 'utf16le'),
    ]);
    const a = await readTableRows(await file('utf16.txt', utf16), { maxRows: 10 });
    expect(a.ok && a.value.rows[0]?.cells).toEqual(['5-10-2026', '€ 12,50']);
    const cp1252 = Buffer.from([...Buffer.from('Week,Kosten\n1,'), 0x80, ...Buffer.from(' 12.50\n')]);
    const b = await readTableRows(await file('cp1252.csv', cp1252), { maxRows: 10 });
    expect(b.ok && b.value.rows[0]?.cells).toEqual(['1', '€ 12.50']);
    expect(b.ok && b.value.prefersDecimalComma).toBe(false);
  });

  it('reads the largest sheet of a workbook, dates as ISO and Excel row numbers kept', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Leeg').addRow(['alleen een titel']);
    const ws = wb.addWorksheet('Nulmeting');
    ws.addRow(['Nulmeting facturen']);
    ws.addRow([]);
    ws.addRow(['Periode', 'Minuten']);
    ws.addRow([new Date(Date.UTC(2026, 9, 5)), 12.5]);
    ws.addRow([]);
    ws.addRow([new Date(Date.UTC(2026, 9, 12)), 11.75]);
    const path = await file('nulmeting.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const r = await readTableRows(path, { maxRows: 10 });
    expect(r.ok && r.value).toMatchObject({
      format: 'xlsx',
      sheet: 'Nulmeting',
      prefersDecimalComma: false,
      header: { row: 3, cells: ['Periode', 'Minuten'] },
    });
    expect(r.ok && cellsOf(r.value.rows)).toEqual([
      [4, '2026-10-05', '12.5'],
      [5, ''],
      [6, '2026-10-12', '11.75'],
    ]);
  });

  it('refuses too many rows, JSON, and a file over its size limit with stable codes', async () => {
    const many = await file('veel.csv', `a;b\n${'1;2\n'.repeat(60)}`);
    const r = await readTableRows(many, { maxRows: 50 });
    expect(!r.ok && [r.error.code, r.error.message]).toEqual([
      'TOO_MANY_ROWS',
      { key: 'pilotImport.file.TOO_MANY_ROWS', params: { file: 'veel.csv', limit: 50 } },
    ]);
    const json = await readTableRows(await file('x.json', '[{"a":1}]'), { maxRows: 50 });
    expect(!json.ok && json.error.code).toBe('UNSUPPORTED_FORMAT');
    const big = await readTableRows(many, { maxRows: 50, maxBytes: 10 });
    expect(!big.ok && big.error.code).toBe('TOO_LARGE');
  });

  it('runs in the child process and hands the table back whole', async () => {
    const path = await file('kind.csv', 'Week;Minuten\n1;9,5\n');
    const r = await readTableInChild(path, { maxRows: 10 }, { heapMb: 256, timeoutMs: 600_000 });
    expect(r.ok && cellsOf(r.value.rows)).toEqual([[2, '1', '9,5']]);
  });
});
