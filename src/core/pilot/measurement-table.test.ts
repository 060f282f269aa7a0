import { describe, expect, it } from 'vitest';
import {
  columnLetter,
  type MeasurementTableInput,
  type MeasurementTablePlan,
  normaliseHeader,
  readDate,
  readMeasurementTable,
  readWeek,
  weekOf,
} from './measurement-table.ts';

const PLAN: MeasurementTablePlan = {
  kpis: [
    { id: 'minuten-per-factuur', name: 'Minuten per factuur', unit: 'minuten' },
    { id: 'foutpercentage', name: 'Foutpercentage', unit: 'procent' },
  ],
  startDate: '2026-11-30',
};

/** A table as the reader hands it over: the header on `headerRow`, data rows below it. */
function table(rows: string[][], options: { headerRow?: number; decimalComma?: boolean } = {}) {
  const headerRow = options.headerRow ?? 1;
  const [header = [], ...data] = rows;
  return {
    header: { row: headerRow, cells: header },
    rows: data.map((cells, i) => ({ row: headerRow + 1 + i, cells })),
    prefersDecimalComma: options.decimalComma ?? true,
  } satisfies MeasurementTableInput;
}

const keys = (problems: { key: string }[]) => problems.map((p) => p.key);

describe('readMeasurementTable: weekly measurements', () => {
  it('reads a Dutch export: decimal comma, thousands dots, percent adoption, euros, a note', () => {
    const r = readMeasurementTable(
      table(
        [
          ['Week', 'Minuten per factuur', 'Foutpercentage', 'Adoptie', 'Uren', 'Kosten (€)', 'Opmerking'],
          ['1', '9,5', '3', '40 %', '12,5', '€ 1.234,50', 'eerste week'],
          ['week 2', '8,25', '2,5', '55%', '10', '1.000', ''],
        ],
        { headerRow: 3 },
      ),
      PLAN,
      'measurements',
    );
    expect(r.problems).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.measurements).toEqual([
      {
        row: 4,
        value: {
          week: 1,
          values: { 'minuten-per-factuur': 9.5, foutpercentage: 3 },
          adoption: 0.4,
          hoursSpent: 12.5,
          costsEur: 1234.5,
          note: 'eerste week',
        },
      },
      {
        row: 5,
        value: {
          week: 2,
          values: { 'minuten-per-factuur': 8.25, foutpercentage: 2.5 },
          adoption: 0.55,
          hoursSpent: 10,
          costsEur: 1000,
        },
      },
    ]);
  });

  it('reads an English export: decimal point, thousands commas, KPI ids as headers, shares', () => {
    const r = readMeasurementTable(
      table(
        [
          ['week', 'minuten-per-factuur', 'FOUTPERCENTAGE', 'adoption', 'hours spent', 'costs', 'notes'],
          ['1', '9.5', '3', '0.4', '12.5', '1,234.50', 'first week'],
          ['2', '1,250.5', '2', '0.6', '10', '€1,000', ''],
        ],
        { decimalComma: false },
      ),
      PLAN,
      'measurements',
    );
    expect(r.problems).toEqual([]);
    expect(r.measurements.map((m) => m.value)).toEqual([
      {
        week: 1,
        values: { 'minuten-per-factuur': 9.5, foutpercentage: 3 },
        adoption: 0.4,
        hoursSpent: 12.5,
        costsEur: 1234.5,
        note: 'first week',
      },
      {
        week: 2,
        values: { 'minuten-per-factuur': 1250.5, foutpercentage: 2 },
        adoption: 0.6,
        hoursSpent: 10,
        costsEur: 1000,
      },
    ]);
  });

  it('reads adoption written as points (80) or shares (0,8) by what the column holds', () => {
    const points = readMeasurementTable(
      table([
        ['Week', 'Minuten per factuur', 'Foutpercentage', 'Adoptie'],
        ['1', '9', '3', '1'],
        ['2', '9', '3', '80'],
      ]),
      PLAN,
      'measurements',
    );
    expect(points.measurements.map((m) => m.value.adoption)).toEqual([0.01, 0.8]);
    const shares = readMeasurementTable(
      table([
        ['Week', 'Minuten per factuur', 'Foutpercentage', 'Adoptie (%)'],
        ['1', '9', '3', '0,8'],
        ['2', '9', '3', '1'],
      ]),
      PLAN,
      'measurements',
    );
    expect(shares.measurements.map((m) => m.value.adoption)).toEqual([0.8, 1]);
    const tooMuch = readMeasurementTable(
      table([
        ['Week', 'Minuten per factuur', 'Foutpercentage', 'Adoptie'],
        ['1', '9', '3', '120 %'],
      ]),
      PLAN,
      'measurements',
    );
    expect(tooMuch.problems).toEqual([
      { row: 2, column: 'Adoptie', key: 'pilotImport.cell.adoptionRange', params: { value: '120 %' } },
    ]);
  });

  it('lists unknown columns as a warning and still reads the rest', () => {
    const r = readMeasurementTable(
      table([
        ['Week', 'Minuten per factuur', 'Foutpercentage', 'Afdeling', ''],
        ['1', '9', '3', 'Inkoop', 'x'],
      ]),
      PLAN,
      'measurements',
    );
    expect(r.problems).toEqual([]);
    expect(r.warnings).toEqual([
      { row: 1, column: null, key: 'pilotImport.columns.unknown', params: { columns: "'Afdeling', 'E'" } },
    ]);
    expect(r.measurements).toHaveLength(1);
  });

  it('refuses a file without a column for one of the plan’s KPIs, naming the KPI', () => {
    const r = readMeasurementTable(
      table([
        ['Week', 'Minuten per factuur'],
        ['1', '9'],
      ]),
      PLAN,
      'measurements',
    );
    expect(r.problems).toEqual([
      {
        row: 1,
        column: null,
        key: 'pilotImport.columns.missingKpi',
        params: { kpi: 'Foutpercentage', id: 'foutpercentage' },
      },
    ]);
    expect(r.measurements).toEqual([]);
  });

  it('names the row (as Excel numbers it) and column of each bad cell, and keeps going', () => {
    const r = readMeasurementTable(
      table(
        [
          ['Week', 'Minuten per factuur', 'Foutpercentage'],
          ['1', 'negen', '3'],
          ['2', '9', '3'],
          ['x', '9', '12 kg'],
        ],
        { headerRow: 4 },
      ),
      PLAN,
      'measurements',
    );
    expect(r.problems).toEqual([
      {
        row: 5,
        column: 'Minuten per factuur',
        key: 'pilotImport.cell.notANumber',
        params: { value: 'negen' },
      },
      {
        row: 7,
        column: 'Foutpercentage',
        key: 'pilotImport.cell.unexpectedUnit',
        params: { value: '12 kg', unit: 'kg' },
      },
      { row: 7, column: 'Week', key: 'pilotImport.cell.notAWeek', params: { value: 'x', max: 52 } },
    ]);
    expect(r.measurements.map((m) => m.row)).toEqual([6]);
  });

  it('refuses a week that appears twice, naming the row it first appeared in', () => {
    const r = readMeasurementTable(
      table([
        ['Week', 'Minuten per factuur', 'Foutpercentage'],
        ['1', '9', '3'],
        ['01', '8', '3'],
      ]),
      PLAN,
      'measurements',
    );
    expect(r.problems).toEqual([
      {
        row: 3,
        column: 'Week',
        key: 'pilotImport.cell.duplicateWeek',
        params: { value: '01', week: 1, other: 2 },
      },
    ]);
  });

  it('says the file is empty when there is a header but no rows, and when there is nothing', () => {
    const noRows = readMeasurementTable(
      table([
        ['Week', 'Minuten per factuur', 'Foutpercentage'],
        ['', '', ''],
      ]),
      PLAN,
      'measurements',
    );
    expect(keys(noRows.problems)).toEqual(['pilotImport.table.noRows']);
    const nothing = readMeasurementTable(table([[]]), PLAN, 'measurements');
    expect(keys(nothing.problems)).toEqual(['pilotImport.table.noHeader']);
  });

  it('takes the week from a date column and the plan’s start when there is no week column', () => {
    const r = readMeasurementTable(
      table([
        ['Datum', 'Minuten per factuur', 'Foutpercentage'],
        ['30-11-2026', '9', '3'],
        ['11/12/2026', '8', '2'],
        ['2026-11-20', '8', '2'],
      ]),
      PLAN,
      'measurements',
    );
    expect(r.measurements.map((m) => [m.value.week, m.value.date])).toEqual([
      [1, '2026-11-30'],
      [2, '2026-12-11'],
    ]);
    expect(r.problems).toEqual([
      {
        row: 4,
        column: 'Datum',
        key: 'pilotImport.cell.beforeStart',
        params: { value: '2026-11-20', start: '2026-11-30' },
      },
    ]);
    const noStart = readMeasurementTable(
      table([['Datum', 'Minuten per factuur', 'Foutpercentage']]),
      { kpis: PLAN.kpis },
      'measurements',
    );
    expect(keys(noStart.problems)).toEqual(['pilotImport.columns.missingWeekNoStart']);
  });

  it('refuses a number that could be a decimal or a thousand when its column says both', () => {
    const r = readMeasurementTable(
      table([
        ['Week', 'Minuten per factuur', 'Foutpercentage'],
        ['1', '9,5', '3'],
        ['2', '9.5', '3'],
        ['3', '1.250', '3'],
      ]),
      PLAN,
      'measurements',
    );
    expect(r.problems).toEqual([
      {
        row: 4,
        column: 'Minuten per factuur',
        key: 'pilotImport.cell.ambiguousNumber',
        params: { value: '1.250' },
      },
    ]);
  });

  it('reads 1.250 as a thousand in a decimal-comma column and as one and a quarter in a decimal-point one', () => {
    const read = (decimalComma: boolean) =>
      readMeasurementTable(
        table(
          [
            ['Week', 'Minuten per factuur', 'Foutpercentage'],
            ['1', '1.250', '3'],
          ],
          { decimalComma },
        ),
        PLAN,
        'measurements',
      ).measurements[0]?.value.values['minuten-per-factuur'];
    expect(read(true)).toBe(1250);
    expect(read(false)).toBe(1.25);
  });

  it('refuses a header used twice and amounts in another currency', () => {
    const twice = readMeasurementTable(
      table([['Week', 'Minuten per factuur', 'Foutpercentage', 'minuten_per_factuur']]),
      PLAN,
      'measurements',
    );
    expect(twice.problems[0]).toMatchObject({
      key: 'pilotImport.columns.twice',
      column: 'minuten_per_factuur',
    });
    const dollars = readMeasurementTable(
      table([
        ['Week', 'Minuten per factuur', 'Foutpercentage', 'Kosten'],
        ['1', '9', '3', '$ 12'],
      ]),
      PLAN,
      'measurements',
    );
    expect(keys(dollars.problems)).toEqual(['pilotImport.cell.notEuros']);
  });

  it('leaves a KPI out of a week where its cell is empty or says n.v.t.', () => {
    const r = readMeasurementTable(
      table([
        ['Week', 'Minuten per factuur', 'Foutpercentage'],
        ['1', '9', 'n.v.t.'],
        ['2', '', '4'],
      ]),
      PLAN,
      'measurements',
    );
    expect(r.measurements.map((m) => m.value.values)).toEqual([
      { 'minuten-per-factuur': 9 },
      { foutpercentage: 4 },
    ]);
  });
});

describe('readMeasurementTable: baseline', () => {
  it('reads periods from Dutch and ISO dates, and warns about columns a baseline does not use', () => {
    const r = readMeasurementTable(
      table([
        ['Periode', 'Minuten per factuur', 'Foutpercentage', 'Adoptie'],
        ['5-10-2026', '12,5', '4', ''],
        ['12/10/2026', '11,8', '', ''],
        ['2026-10-19', '12,1', '5', ''],
        ['', '', '', ''],
        ['26-10-2026', '', '', ''],
      ]),
      PLAN,
      'baseline',
    );
    expect(r.problems).toEqual([]);
    expect(r.periods).toEqual([
      { row: 2, value: { period: '2026-10-05', values: { 'minuten-per-factuur': 12.5, foutpercentage: 4 } } },
      { row: 3, value: { period: '2026-10-12', values: { 'minuten-per-factuur': 11.8 } } },
      { row: 4, value: { period: '2026-10-19', values: { 'minuten-per-factuur': 12.1, foutpercentage: 5 } } },
    ]);
    expect(keys(r.warnings)).toEqual(['pilotImport.columns.notForBaseline', 'pilotImport.row.noValues']);
    expect(r.warnings[1]?.row).toBe(6);
  });

  it('needs a period column, refuses a period twice and a date that does not exist', () => {
    const none = readMeasurementTable(table([['Minuten per factuur', 'Foutpercentage']]), PLAN, 'baseline');
    expect(keys(none.problems)).toEqual(['pilotImport.columns.missingPeriod']);
    const r = readMeasurementTable(
      table([
        ['Week', 'Minuten per factuur', 'Foutpercentage'],
        ['2026-10-05', '12', '4'],
        ['5-10-2026', '12', '4'],
        ['31-02-2026', '12', '4'],
        ['10/26/2026', '12', '4'],
      ]),
      PLAN,
      'baseline',
    );
    expect(r.problems.map((p) => [p.row, p.key])).toEqual([
      [3, 'pilotImport.cell.duplicatePeriod'],
      [4, 'pilotImport.cell.notADate'],
      [5, 'pilotImport.cell.notADate'],
    ]);
  });
});

describe('the cell readers', () => {
  it('normalises headers and names columns as Excel does', () => {
    expect(normaliseHeader('  Kosten (€) ')).toBe('kosten');
    expect(normaliseHeader('Minuten_per-factuur')).toBe('minuten per factuur');
    expect(normaliseHeader('Opmérking:')).toBe('opmerking');
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });

  it('reads dates day first, ISO, with a time, or as Excel serial numbers', () => {
    expect(readDate('5-10-2026')).toBe('2026-10-05');
    expect(readDate('05/10/2026')).toBe('2026-10-05');
    expect(readDate('5.10.26')).toBe('2026-10-05');
    expect(readDate('2026-10-05 08:00:00')).toBe('2026-10-05');
    expect(readDate('46300')).toBe('2026-10-05');
    expect(readDate('29-02-2026')).toBeNull();
    expect(readDate('oktober')).toBeNull();
  });

  it('reads week numbers and counts pilot weeks from the start', () => {
    expect(['3', '03', 'Week 3', 'wk 3', 'w3', '3.0', '0', '53', '2,5'].map(readWeek)).toEqual([
      3,
      3,
      3,
      3,
      3,
      3,
      null,
      null,
      null,
    ]);
    expect(weekOf('2026-11-30', '2026-11-30')).toBe(1);
    expect(weekOf('2026-12-06', '2026-11-30')).toBe(1);
    expect(weekOf('2026-12-07', '2026-11-30')).toBe(2);
    expect(weekOf('2026-11-29', '2026-11-30')).toBe(0);
  });
});
