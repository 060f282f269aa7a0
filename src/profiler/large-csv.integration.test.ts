/**
 * The large-file path of the profiler, on generated files: a CSV of 16 MB or more is sampled
 * from the file before loading, its high-cardinality date and number columns are parsed while
 * loading, and a UTF-8 file is only checked in its first chunk before DuckDB (which reports the
 * rest). Each expectation is known from how the file was written.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DataProfile } from '../core/data-profile/data-profile-types.ts';
import { profileFile } from './profile-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'haalbaar-large-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function profile(path: string): Promise<DataProfile> {
  const r = await profileFile(path);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}
const column = (p: DataProfile, name: string) => {
  const c = p.columns.find((x) => x.name === name);
  if (!c) throw new Error(`no column ${name}`);
  return c;
};

const ROWS = 210_000;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Three sensors, one reading a minute each, in time order except: sensor S2 swaps two readings
 * (row 3001/3004), S1 repeats a timestamp (row 1201), the last row repeats the one before.
 * `waarde` has n.v.t. every 1000th row, `-` every 4999th, `fout` once; `code` is unique but for
 * #N/B every 10 000th row.
 */
function sensorLog(): string {
  const lines = ['tijdstip;sensor;waarde;code;opmerking'];
  const base = Date.UTC(2023, 0, 1);
  let previous = '';
  for (let i = 0; i < ROWS; i++) {
    const sensor = `S${i % 3}`;
    let minute = Math.floor(i / 3);
    if (i === 3002) minute += 1;
    if (i === 3005) minute -= 1;
    if (i === 1200) minute -= 1;
    const d = new Date(base + minute * 60_000);
    const t = `${d.getUTCDate()}-${d.getUTCMonth() + 1}-${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00`;
    let waarde = `${Math.floor(((i * 7919) % 1_000_003) / 100)},${pad(i % 100)}`;
    if (i % 1000 === 999) waarde = 'n.v.t.';
    else if (i % 4999 === 4998) waarde = '-';
    else if (i === 77_777) waarde = 'fout';
    const code = i % 10_000 === 5 ? '#N/B' : `ID-${i}`;
    const line = `${t};${sensor};${waarde};${code};meting ${minute % 7} met wat extra tekst om de regel te vullen`;
    lines.push(line);
    previous = line;
  }
  lines.push(previous);
  return `${lines.join('\n')}\n`;
}

describe('a large CSV: sampled from the file, dates and numbers parsed while loading', async () => {
  const path = join(dir, 'sensors.csv');
  writeFileSync(path, sensorLog());
  const p = await profile(path);

  it('is large enough to take that path', () => {
    expect(statSync(path).size).toBeGreaterThan(16 * 1024 ** 2);
    expect(p.dataset.rows).toBe(ROWS + 1);
  });
  it('reads the timestamps once, as datetimes, with exact distinct counts', () => {
    expect(column(p, 'tijdstip')).toMatchObject({
      type: 'datetime',
      missingShare: 0,
      distinctCount: ROWS / 3,
    });
    // #N/B counts as one distinct value in a high-cardinality column.
    expect(column(p, 'code').distinctCount).toBe(ROWS - ROWS / 10_000 + 1);
  });
  it('counts tokens as missing and the one odd value as non-conforming', () => {
    const waarde = column(p, 'waarde');
    expect(waarde.type).toBe('decimal');
    // The repeated last row has n.v.t. too.
    const tokens = ROWS / 1000 + Math.floor(ROWS / 4999) + 1;
    expect(waarde.issues.find((i) => i.code === 'DISGUISED_MISSING')?.count).toBe(tokens);
    const mixed = waarde.issues.find((i) => i.code === 'MIXED_TYPES');
    expect(mixed).toMatchObject({ count: 1, exampleValues: ['fout'], exampleRows: [77_778] });
  });
  it('gives a sampled value its first row in the file', () => {
    const code = column(p, 'code').issues.find((i) => i.code === 'DISGUISED_MISSING');
    expect(code?.exampleValues).toEqual(['#N/B']);
    expect(code?.exampleRows).toEqual([6]);
  });
  it('finds the sensor column, the repeated and the swapped readings', () => {
    expect(p.timeSeries).toHaveLength(3);
    const s = (e: string) => p.timeSeries.find((x) => x.entity === e);
    expect(s('S0')).toMatchObject({ entityColumn: 'sensor', readings: ROWS / 3, medianIntervalSeconds: 60 });
    expect(s('S0')?.duplicateTimestamps).toBe(1);
    expect(s('S2')?.outOfOrder).toBe(1);
    expect(s('S1')?.outOfOrder).toBe(0);
  });
  it('still counts a duplicate row when the timestamps are not unique', () => {
    expect(p.dataset.duplicateRows).toBe(1);
  });
});

describe('text encodings decided while loading', () => {
  it('finds a Windows-1252 byte past the first 8 MB chunk (DuckDB reports it) and transcodes', async () => {
    const path = join(dir, 'late-euro.csv');
    const body = Array.from({ length: 600_000 }, (_, i) => `${i};regel ${i % 10};ok`).join('\n');
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from(`id;tekst;status\n${body}\n`),
        Buffer.from('600000;regel 0;\x80 ok\n', 'latin1'),
      ]),
    );
    expect(statSync(path).size).toBeGreaterThan(8 * 1024 ** 2);
    const p = await profile(path);
    expect(p.dataset).toMatchObject({ encoding: 'windows-1252', rows: 600_001 });
    expect(p.issues.map((i) => i.code)).not.toContain('PARSE_ERRORS');
    expect(column(p, 'status').topValues?.map((v) => v.value)).toEqual(['ok', '€ ok']);
  });
  it('reads ISO-8859-1 without a byte in 0x80–0x9F as it is', async () => {
    const path = join(dir, 'latin1.csv');
    writeFileSync(path, Buffer.from('klant;plaats\nCafé de Kroon;Zoë\nMüller;Élan\n', 'latin1'));
    const p = await profile(path);
    expect(p.dataset.encoding).toBe('iso-8859-1');
    expect(
      column(p, 'klant')
        .topValues?.map((v) => v.value)
        .sort(),
    ).toEqual(['Café de Kroon', 'Müller']);
  });
  it('calls UTF-8 followed by Windows-1252 mixed', async () => {
    const path = join(dir, 'mixed.csv');
    const body = Array.from({ length: 600_000 }, (_, i) => `${i};prijs € ${i % 10};ok`).join('\n');
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from(`id;tekst;status\n${body}\n`),
        Buffer.from('600000;Caf\xe9;caf\xe9\n', 'latin1'),
      ]),
    );
    const p = await profile(path);
    expect(p.dataset.encoding).toBe('mixed');
    expect(column(p, 'tekst').topValues?.map((v) => v.value)).toContain('prijs € 1');
    expect(column(p, 'status').topValues?.map((v) => v.value)).toEqual(['ok', 'café']);
  });
});
