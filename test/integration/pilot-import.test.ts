/**
 * Importing a pilot's baseline and weekly measurements from a CSV or XLSX export over HTTP: a Dutch
 * Excel CSV (Windows-1252, semicolons, decimal commas, a title line above the header) for the
 * baseline, a workbook written by exceljs for the weeks, problems that name row and column and
 * store nothing, hostile files that store nothing and leave the server serving, and another
 * organisation that cannot import. PGlite, and PostgreSQL with TEST_DATABASE_URL.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { UseCase } from '../../src/core/use-case/use-case-schema.ts';
import type { Store } from '../../src/store/store.ts';
import { freshStore, resetStore, testEngines } from '../support/databases.ts';
import { type Client, createUser, login, testApp } from '../support/test-app.ts';

const INVOICES: UseCase = {
  title: 'Facturen automatisch inlezen',
  problem: { process: 'Inkoopfacturen inboeken', volumePerWeek: 200, hourlyCost: 45 },
  success: {
    pilot: { scope: 'one-process', weeks: 8 },
    kpis: [
      {
        name: 'Minuten per factuur',
        unit: 'minuten',
        baseline: 12,
        target: 6,
        measuredHow: 'tijdregistratie',
      },
      { name: 'Foutpercentage', unit: 'procent', baseline: 4, target: 2 },
    ],
  },
};
const BAD_FILES = join(import.meta.dirname, '..', 'fixtures', 'data', 'bad');
const PRIMARY = 'minuten-per-factuur';
const SECONDARY = 'foutpercentage';

/** What Dutch Excel writes with "CSV (gescheiden door lijstscheidingsteken)": Windows-1252, `;`, CRLF. */
function dutchExcelCsv(lines: string[]): Buffer {
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1');
}

const BASELINE_CSV = dutchExcelCsv([
  'Export tijdregistratie – afdeling crediteuren;;;',
  'Periode;Minuten per factuur;Foutpercentage;Opmerking',
  '5-10-2026;12,5;4;gewone week',
  '12-10-2026;11,8;;',
  '19-10-2026;12,1;5;na één vakantiedag',
  '26-10-2026;12,9;4,5;',
]);

type Part = { name: string; filename: string; content: Buffer; type?: string };
const BOUNDARY = 'haalbaar-import-test';

function multipart(parts: Part[]): [Buffer, Record<string, string>] {
  const chunks = parts.flatMap((p) => [
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${p.name}"; filename="${p.filename}"\r\n` +
        `Content-Type: ${p.type ?? 'application/octet-stream'}\r\n\r\n`,
    ),
    p.content,
    Buffer.from('\r\n'),
  ]);
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return [Buffer.concat(chunks), { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }];
}

const upload = (filename: string, content: Buffer) => multipart([{ name: 'file', filename, content }]);

/** The pilot weeks as a workbook: a title row, a blank row, then the table (header on row 3). */
async function weeksWorkbook(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const notes = wb.addWorksheet('Toelichting');
  notes.addRow(['Metingen van de pilot']);
  const ws = wb.addWorksheet('Metingen');
  ws.addRow(['Pilot facturen — weekcijfers']);
  ws.addRow([]);
  ws.addRow(['Week', 'Minuten per factuur', 'Foutpercentage', 'Adoptie', 'Uren', 'Kosten (€)', 'Opmerking']);
  for (const r of rows) ws.addRow(r);
  ws.getColumn(4).numFmt = '0%';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const WEEKS: (string | number | null)[][] = [
  [1, 9.5, 3, 0.4, 12, 350, 'eerste week'],
  [2, 8.75, 2.5, 0.55, 10.5, 300, null],
  [3, 7.9, 2, 0.7, 8, 300, 'sjabloon aangepast'],
];

type Problem = { path: string; field: string; row: number | null; column: string | null; message: string };

describe.each(testEngines())('pilot import on $name', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let member: Client;
  let outsider: Client;
  let orgId: string;
  let useCaseId: string;
  let pilotUrl: string;

  beforeAll(async () => {
    store = await freshStore(engine);
    app = await testApp(store);
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });
  beforeEach(async () => {
    await resetStore(store);
    orgId = (await store.accounts.createOrganisation('Administratiekantoor Visser')).id;
    const otherOrg = (await store.accounts.createOrganisation('Concurrent BV')).id;
    await createUser(store, { email: 'lid@example.nl', organisationId: orgId, role: 'member' });
    await createUser(store, { email: 'ander@example.nl', organisationId: otherOrg });
    member = await login(app, 'lid@example.nl');
    outsider = await login(app, 'ander@example.nl');
    const created = await member.request('POST', `/api/orgs/${orgId}/use-cases`, { document: INVOICES });
    useCaseId = created.json().id;
    const pilots = `/api/orgs/${orgId}/use-cases/${useCaseId}/pilots`;
    const pilot = await member.request('POST', pilots, {});
    pilotUrl = `${pilots}/${pilot.json().id}`;
    const plan = pilot.json().plan;
    const completed = {
      ...plan,
      startDate: '2026-11-30',
      primaryKpi: { ...plan.primaryKpi, smallestEffect: 2 },
      secondaryKpis: [
        { ...plan.secondaryKpis[0], better: 'down', howMeasured: 'steekproef', smallestEffect: 1 },
      ],
    };
    expect((await member.request('PATCH', pilotUrl, { plan: completed })).statusCode).toBe(200);
  });

  const importFile = (client: Client, query: string, body: [Buffer, Record<string, string>]) =>
    client.request('POST', `${pilotUrl}/import${query}`, body[0], body[1]);

  async function startWithBaseline() {
    const res = await importFile(member, '', upload('nulmeting.csv', BASELINE_CSV));
    expect(res.statusCode, res.body).toBe(200);
    const started = await member.request('POST', `${pilotUrl}/start`);
    expect(started.statusCode, started.body).toBe(200);
  }

  async function stored() {
    const record = await store.pilots.getRecord({
      organisationId: orgId,
      useCaseId,
      pilotId: pilotUrl.split('/').at(-1)!,
    });
    return { baseline: record?.baseline, weeks: record?.measurements.map((m) => m.week) };
  }

  it('imports the baseline from a Dutch Excel CSV: title line skipped, decimal commas, Windows-1252', async () => {
    const res = await importFile(member, '?target=baseline', upload('nulmeting.csv', BASELINE_CSV));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ target: 'baseline', mode: 'merge', format: 'csv', sheet: null });
    expect(body.imported).toEqual({
      periods: ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26'],
      weeks: [],
      replacedWeeks: [],
    });
    expect(body.warnings).toEqual([
      expect.objectContaining({ row: 2, column: null, message: expect.stringContaining("'Opmerking'") }),
    ]);
    expect(body.pilot.baseline).toEqual([
      { period: '2026-10-05', values: { [PRIMARY]: 12.5, [SECONDARY]: 4 } },
      { period: '2026-10-12', values: { [PRIMARY]: 11.8 } },
      { period: '2026-10-19', values: { [PRIMARY]: 12.1, [SECONDARY]: 5 } },
      { period: '2026-10-26', values: { [PRIMARY]: 12.9, [SECONDARY]: 4.5 } },
    ]);
    expect(body.pilot.readiness.canStart).toBe(true);
    const get = await member.request('GET', pilotUrl);
    expect(body.pilot).toEqual(get.json());
  });

  it('refuses a file with bad cells, naming row and column in the request’s language, and stores nothing', async () => {
    const bad = dutchExcelCsv([
      'Periode;Minuten per factuur;Foutpercentage',
      '5-10-2026;12,5;4',
      '31-09-2026;twaalf;4',
      '19-10-2026;12,1;5 kg',
    ]);
    const res = await importFile(member, '', upload('nulmeting.csv', bad));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    const problems = res.json().error.details.problems as Problem[];
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'Minuten per factuur'],
      [3, 'Periode'],
      [4, 'Foutpercentage'],
    ]);
    expect(problems[0]).toMatchObject({
      field: "rij 3, kolom 'Minuten per factuur'",
      message: "'twaalf' is geen getal; schrijf bijvoorbeeld 12,5 of 1.234,5",
    });
    const english = await importFile(member, '?lang=en', upload('baseline.csv', bad));
    expect((english.json().error.details.problems as Problem[])[1]).toMatchObject({
      field: "row 3, column 'Periode'",
      message: expect.stringContaining("'31-09-2026' is not a date"),
    });
    expect((await stored()).baseline).toEqual([]);
  });

  it('adds baseline periods with merge, refusing one already there, and replaces the baseline with mode=replace', async () => {
    expect((await importFile(member, '', upload('nulmeting.csv', BASELINE_CSV))).statusCode).toBe(200);
    const more = dutchExcelCsv([
      'Periode;Minuten per factuur;Foutpercentage',
      '2-11-2026;12,2;4',
      '26-10-2026;13;4',
    ]);
    const merge = await importFile(member, '?mode=merge', upload('erbij.csv', more));
    expect(merge.statusCode).toBe(400);
    expect(merge.json().error.details.problems).toEqual([
      expect.objectContaining({ row: 3, message: expect.stringContaining('periode 2026-10-26 staat al') }),
    ]);
    expect((await stored()).baseline).toHaveLength(4);
    const onlyNew = await importFile(
      member,
      '',
      upload('erbij.csv', dutchExcelCsv(['Periode;Minuten per factuur;Foutpercentage', '2-11-2026;12,2;4'])),
    );
    expect(onlyNew.statusCode, onlyNew.body).toBe(200);
    expect(onlyNew.json().pilot.baseline.map((p: { period: string }) => p.period)).toEqual([
      '2026-10-05',
      '2026-10-12',
      '2026-10-19',
      '2026-10-26',
      '2026-11-02',
    ]);
    const replace = await importFile(member, '?mode=replace', upload('nieuw.csv', more));
    expect(replace.statusCode, replace.body).toBe(200);
    expect(replace.json().pilot.baseline).toEqual([
      { period: '2026-10-26', values: { [PRIMARY]: 13, [SECONDARY]: 4 } },
      { period: '2026-11-02', values: { [PRIMARY]: 12.2, [SECONDARY]: 4 } },
    ]);
  });

  it('refuses a file without a column for a KPI of the plan', async () => {
    const res = await importFile(
      member,
      '?lang=en',
      upload('nulmeting.csv', dutchExcelCsv(['Periode;Minuten per factuur', '5-10-2026;12'])),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain("there is no column for KPI 'Foutpercentage'");
    expect((await stored()).baseline).toEqual([]);
  });

  it('imports the weeks of a running pilot from XLSX; a week already there is replaced only with mode=replace', async () => {
    await startWithBaseline();
    const xlsx = await weeksWorkbook(WEEKS);
    const res = await importFile(member, '', upload('metingen.xlsx', xlsx));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ target: 'measurements', format: 'xlsx', sheet: 'Metingen' });
    expect(body.imported).toEqual({ periods: [], weeks: [1, 2, 3], replacedWeeks: [] });
    expect(
      body.pilot.measurements.map((m: Record<string, unknown>) => [
        m.week,
        m.values,
        m.adoption,
        m.hoursSpent,
        m.costsEur,
        m.note ?? '',
      ]),
    ).toEqual([
      [1, { [PRIMARY]: 9.5, [SECONDARY]: 3 }, 0.4, 12, 350, 'eerste week'],
      [2, { [PRIMARY]: 8.75, [SECONDARY]: 2.5 }, 0.55, 10.5, 300, ''],
      [3, { [PRIMARY]: 7.9, [SECONDARY]: 2 }, 0.7, 8, 300, 'sjabloon aangepast'],
    ]);
    expect(body.pilot.analysis.weeksMeasured).toBe(3);

    const changed = await weeksWorkbook([[3, 7.5, 2, 0.75, 8, 300, null]]);
    const merge = await importFile(member, '', upload('metingen.xlsx', changed));
    expect(merge.statusCode).toBe(400);
    expect(merge.json().error.details.problems).toEqual([
      expect.objectContaining({ row: 4, message: expect.stringContaining('week 3 is al vastgelegd') }),
    ]);
    const replace = await importFile(member, '?mode=replace', upload('metingen.xlsx', changed));
    expect(replace.statusCode, replace.body).toBe(200);
    expect(replace.json().imported).toEqual({ periods: [], weeks: [3], replacedWeeks: [3] });
    expect(replace.json().pilot.measurements.find((m: { week: number }) => m.week === 3).values).toEqual({
      [PRIMARY]: 7.5,
      [SECONDARY]: 2,
    });
  });

  it('checks the weeks as POST measurements does: a week beyond the plan names its row', async () => {
    await startWithBaseline();
    const res = await importFile(
      member,
      '',
      upload('metingen.xlsx', await weeksWorkbook([...WEEKS, [9, 7, 2, 0.8, 8, 300, null]])),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.problems).toEqual([
      expect.objectContaining({ row: 7, column: 'Week', field: "rij 7, kolom 'Week'" }),
    ]);
    expect((await stored()).weeks).toEqual([]);
  });

  it('takes the baseline only while planned and weeks only once running', async () => {
    const early = await importFile(
      member,
      '?target=measurements',
      upload('metingen.xlsx', await weeksWorkbook(WEEKS)),
    );
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('PILOT_NOT_RUNNING');
    await startWithBaseline();
    const late = await importFile(member, '?target=baseline', upload('nulmeting.csv', BASELINE_CSV));
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('PILOT_FROZEN');
  });

  it('refuses hostile files with a plain message, stores nothing, and keeps serving', async () => {
    const binary = Buffer.alloc(4096, 0);
    binary.write('\u0001\u0002garbage', 100);
    const xlsx = await weeksWorkbook(WEEKS);
    const cases: [string, Buffer, number, string][] = [
      ['leeg.csv', Buffer.alloc(0), 422, 'EMPTY_FILE'],
      ['binair.csv', binary, 422, 'BINARY_FILE'],
      ['afgebroken.xlsx', xlsx.subarray(0, Math.floor(xlsx.length / 2)), 422, 'XLSX_CORRUPT'],
      ['zipbom.xlsx', await readFile(join(BAD_FILES, 'zip-bomb.xlsx')), 422, 'ZIP_BOMB'],
      ['groot.csv', Buffer.alloc(50 * 1024 * 1024, 'a;b\n'), 413, 'PAYLOAD_TOO_LARGE'],
    ];
    for (const [name, content, status, code] of cases) {
      const res = await importFile(member, '', upload(name, content));
      expect(res.statusCode, `${name}: ${res.body}`).toBe(status);
      const error = res.json().error;
      expect(error.code === code || error.details?.code === code, `${name}: ${res.body}`).toBe(true);
      expect(error.message).not.toMatch(/Error|at \w+ \(|node_modules/);
    }
    const rows = Array.from({ length: 5_100 }, (_, i) => `${i % 28}-10-2026;12;4`);
    const many = await importFile(
      member,
      '',
      upload('veel.csv', dutchExcelCsv(['Periode;Minuten per factuur;Foutpercentage', ...rows])),
    );
    expect(many.statusCode).toBe(422);
    expect(many.json().error.details.code).toBe('TOO_MANY_ROWS');
    expect(many.json().error.message).toContain('meer dan 5000 rijen');
    expect((await stored()).baseline).toEqual([]);
    const still = await member.request('GET', pilotUrl);
    expect(still.statusCode).toBe(200);
    const ok = await importFile(member, '', upload('nulmeting.csv', BASELINE_CSV));
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('does not let another organisation import, and says nothing about the pilot', async () => {
    const res = await importFile(outsider, '', upload('nulmeting.csv', BASELINE_CSV));
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    expect((await stored()).baseline).toEqual([]);
  });
});
