/**
 * The profiler against real DuckDB and the real public datasets (copies in test/fixtures/data,
 * see its README), plus generated bad files. Each expectation names what the dataset is known for.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataProfile, ProfileIssue } from '../core/data-profile/data-profile-types.ts';
import { convertXlsxToCsv } from './convert-xlsx-to-csv.ts';
import { profileFile } from './profile-file.ts';

const fixtures = join(import.meta.dirname, '../../test/fixtures/data');

async function profile(name: string, options: Parameters<typeof profileFile>[1] = {}): Promise<DataProfile> {
  const r = await profileFile(join(fixtures, name), options);
  if (!r.ok) throw new Error(`${name}: ${r.error.code}`);
  return r.value;
}
const column = (p: DataProfile, name: string) => {
  const c = p.columns.find((x) => x.name === name);
  if (!c) throw new Error(`no column ${name}`);
  return c;
};
const codes = (issues: ProfileIssue[]) => issues.map((i) => i.code);

describe('Raha beers (dirty)', async () => {
  const p = await profile('beers-dirty.csv');
  it('finds the ounces unit/format inconsistency', () => {
    const ounces = column(p, 'ounces');
    expect(codes(ounces.issues)).toContain('MIXED_UNITS');
    expect(codes(ounces.issues)).toContain('NUMBER_AS_TEXT');
    expect(ounces.type).toBe('decimal');
  });
  it('finds the % in abv as numbers written as text', () => {
    const abv = column(p, 'abv').issues.find((i) => i.code === 'NUMBER_AS_TEXT');
    expect(abv?.count).toBe(693);
  });
  it('reads N/A in ibu as a disguised missing value', () => {
    const ibu = column(p, 'ibu');
    expect(ibu.issues.find((i) => i.code === 'DISGUISED_MISSING')?.count).toBe(1005);
    expect(ibu.missingShare).toBeCloseTo(1005 / 2410, 3);
    expect(ibu.type).toBe('integer');
  });
  it('finds the state codes shifted into the city column', () => {
    const city = column(p, 'city').issues.find((i) => i.code === 'SHIFTED_VALUES');
    expect(city?.count).toBe(127);
    expect(codes(column(p, 'state').issues)).toContain('SHIFTED_VALUES');
  });
  it('is not ready: level C', () => {
    expect(p.readiness.level).toBe('C');
  });
});

describe('AI4I 2020 predictive maintenance', async () => {
  const p = await profile('ai4i2020.csv');
  it('finds the failure label and its imbalance', () => {
    expect(p.labels?.column).toBe('Machine failure');
    expect(p.labels?.minorityCount).toBe(339);
    expect(codes(column(p, 'Machine failure').issues)).toContain('IMBALANCE');
    expect(p.readiness.level).toBe('B');
  });
  it('reports no personal data (Product IDs are not postcodes or IBANs)', () => {
    expect(p.pii).toEqual([]);
  });
  it('reads the BOM and CRLF file cleanly', () => {
    expect(p.dataset).toMatchObject({ rows: 10_000, columns: 14, encoding: 'utf-8-bom', lineEnding: 'crlf' });
    expect(column(p, 'UDI').name).toBe('UDI');
  });
});

describe('Dutch greenhouse climate (Excel, decimal comma)', async () => {
  const p = await profile('greenhouse_climatedataperday.csv');
  it('reads decimal-comma numbers as numbers and d-m-yyyy as dates', () => {
    expect(p.dataset.delimiter).toBe(';');
    expect(p.dataset.decimalSeparator).toBe(',');
    expect(column(p, 'CO2 amount')).toMatchObject({ type: 'decimal', format: 'decimal-comma', min: 399 });
    expect(column(p, 'date')).toMatchObject({ type: 'date', min: '2019-01-01 00:00:00' });
  });
  it('finds the blank stretch of the first 70 days', () => {
    const missing = column(p, 'plant temperature big').issues.find((i) => i.code === 'MISSING');
    expect(missing?.count).toBe(70);
    expect(missing?.message.key).toBe('profiler.issue.missingStretch');
    expect(missing?.exampleRows).toEqual([1, 70]);
  });
  it('sees a regular daily series', () => {
    expect(p.timeSeries[0]).toMatchObject({ medianIntervalSeconds: 86_400, pattern: 'regular', coverage: 1 });
  });
});

describe('Rijkswaterstaat export (CR-only line ends)', async () => {
  const p = await profile('rws_waterinfo_20231023_017.csv');
  it('reads CR-only lines and finds the -999999999 placeholder', () => {
    expect(p.dataset).toMatchObject({ rows: 5, columns: 50, lineEnding: 'cr' });
    const sentinel = column(p, 'BEMONSTERINGSHOOGTE').issues.find((i) => i.code === 'DISGUISED_MISSING');
    expect(sentinel?.exampleValues).toEqual(['-999999999']);
  });
  it('combines the date and time-of-day columns into one 10-minute series', () => {
    expect(p.timeSeries[0]).toMatchObject({ medianIntervalSeconds: 600, readings: 5 });
  });
});

describe('RIVM per municipality', async () => {
  const p = await profile('rivm_nld_gemeente_2_1103_2503_2020.csv');
  it('finds the encoding damage and what it should have said', () => {
    const damage = column(p, 'Gemeente').issues.find((i) => i.code === 'ENCODING_DAMAGE');
    expect(damage?.count).toBe(2);
    expect(damage?.exampleValues).toContain('SÃºdwest-FryslÃ¢n');
    expect(damage?.message.params?.['repaired']).toMatch(/Fryslân$/);
  });
});

describe('DINO groundwater levels', async () => {
  const p = await profile('dino_B49F0555001_1.csv');
  it('skips the metadata block above the table', () => {
    expect(p.dataset.headerRow).toBe(16);
    expect(p.dataset.rows).toBe(2241);
    expect(column(p, 'Peildatum').type).toBe('date');
  });
  it('calls the series hand-logged, with gaps of up to 46 days', () => {
    const s = p.timeSeries[0];
    expect(s?.pattern).toBe('hand-logged');
    expect(s?.longestGapSeconds).toBe(46 * 86_400);
    expect(s?.gaps).toBeGreaterThan(10);
    expect(codes(p.issues)).toEqual(expect.arrayContaining(['IRREGULAR_INTERVAL', 'TIME_GAPS']));
  });
});

describe('bad input gives a clear failure, never a crash', () => {
  it.each([
    ['bad/empty.csv', 'EMPTY_FILE'],
    ['bad/picture.csv', 'BINARY_FILE'],
    ['bad/encrypted.xlsx', 'XLSX_ENCRYPTED'],
    ['bad/truncated.xlsx', 'XLSX_CORRUPT'],
    ['bad/zip-bomb.xlsx', 'ZIP_BOMB'],
    ['bad/false-sizes.xlsx', 'XLSX_FALSE_SIZES'],
    ['bad/does-not-exist.csv', 'NOT_FOUND'],
  ])('%s → %s', async (name, code) => {
    const r = await profileFile(join(fixtures, name));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message.key).toBe(`profiler.failure.${code}`);
    }
  });
  it('names the columns when a requested column does not exist', async () => {
    const r = await profileFile(join(fixtures, 'ai4i2020.csv'), { targetColumn: 'Failure' });
    expect(!r.ok && r.error.code).toBe('COLUMN_NOT_FOUND');
    expect(!r.ok && r.error.message.params?.['columns']).toContain('Machine failure');
  });
  it('refuses a file over the size limit', async () => {
    const r = await profileFile(join(fixtures, 'ai4i2020.csv'), { maxBytes: 1000 });
    expect(!r.ok && r.error.code).toBe('TOO_LARGE');
  });
  it('reports ragged rows as PARSE_ERRORS with line numbers', async () => {
    const p = await profile('bad/ragged.csv');
    const parse = p.issues.find((i) => i.code === 'PARSE_ERRORS');
    expect(parse?.exampleLines).toEqual([3, 4]);
  });
  it('detects a CSV renamed to .xlsx by its content', async () => {
    const p = await profile('bad/renamed-csv.xlsx');
    expect(p.dataset.format).toBe('csv');
    expect(column(p, 'waarde').type).toBe('decimal');
  });
  it('transcodes Windows-1252 (€ and é survive)', async () => {
    const p = await profile('bad/cp1252-orders.csv');
    expect(p.dataset.encoding).toBe('windows-1252');
    expect(column(p, 'Klant').topValues?.map((v) => v.value)).toContain('Café de Kroon');
    expect(column(p, 'Bedrag')).toMatchObject({ type: 'decimal', max: 1234.56 });
  });
  it('reads the largest sheet of a workbook, below its title lines, or the named one', async () => {
    const p = await profile('bad/machine-log.xlsx');
    expect(p.dataset).toMatchObject({
      format: 'xlsx',
      sheet: 'Metingen',
      rows: 60,
      sheets: ['Toelichting', 'Metingen'],
    });
    const r = await profileFile(join(fixtures, 'bad/machine-log.xlsx'), { sheet: 'Nope' });
    expect(!r.ok && r.error.code).toBe('SHEET_NOT_FOUND');
  });
  it('skipping sheets never leaves a stream to a deleted temporary file (was an uncaught ENOENT)', async () => {
    // exceljs buffers sheets stored before the shared strings in temporary files and deletes each
    // one as soon as the caller moves on; an unread sheet's stream then opened a deleted file.
    const dir = mkdtempSync(join(tmpdir(), 'haalbaar-sheets-'));
    try {
      for (let i = 0; i < 30; i++) {
        const r = await convertXlsxToCsv(join(fixtures, 'bad/machine-log.xlsx'), join(dir, `${i}.csv`), {
          sheet: 'Nope',
          maxBytes: 1e9,
        });
        expect(r).toMatchObject({ ok: false, reason: 'sheet-not-found' });
      }
      // An unhandled error of a stream surfaces on a later turn: give it one before the test ends.
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
