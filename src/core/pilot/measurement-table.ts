/**
 * A pilot's baseline or weekly measurements read from a table (a CSV or XLSX export, read by the
 * profiler into a header and rows of cell texts): columns are mapped to the pilot's fields by their
 * header, cells are parsed as Dutch or English numbers and dates, and every cell that does not fit is
 * a problem naming the row and column as the user sees them in Excel. Pure: the reading happens in
 * `src/profiler/read-table-rows.ts`, the storing in the server.
 *
 * Numbers are read with the profiler's own cell reader (`parseNumberShape` in
 * `core/data-profile/classify-value.ts`: `1.234,5`, `1,234.5`, `€ 12,50`, `80 %`, `12 min`); what
 * this module adds is the choice per column between a decimal comma and a decimal point for the
 * values that could be either (`1.234`), and the pilot's units (adoption as a share, euros, hours).
 * Dates are read with `parseDateShape` of the same module, day before month unless the year comes first.
 *
 * @example
 * const r = readMeasurementTable(table, { kpis: [{ id: 'minuten', name: 'Minuten per factuur' }] }, 'measurements');
 * if (r.problems.length === 0) for (const { value } of r.measurements) save(value);
 */
import {
  isMissingToken,
  type NumberShape,
  parseDateShape,
  parseNumberShape,
} from '../data-profile/classify-value.ts';
import { type Message, msg } from '../message.ts';
import { type BaselinePeriod, MAX_PILOT_WEEKS, type PilotMeasurement } from './pilot-schema.ts';

/** One row of the file: its number as Excel (or a text editor, for a CSV) shows it, and its cells. */
export type TableRow = { row: number; cells: readonly string[] };

export type MeasurementTableInput = {
  header: TableRow;
  rows: readonly TableRow[];
  /**
   * How to read a number that could be either (`1.234`, `1,234`) when its column does not say:
   * true for a semicolon CSV (Dutch Excel), false for a comma CSV and for XLSX (cells are numbers).
   */
  prefersDecimalComma: boolean;
};

/** What the import needs of the plan: its KPIs, and the start and length for week numbers. */
export type MeasurementTablePlan = {
  kpis: readonly { id: string; name?: string | undefined; unit?: string | undefined }[];
  /** YYYY-MM-DD; with it a date column alone gives the pilot week. */
  startDate?: string | undefined;
};

export type ImportTarget = 'baseline' | 'measurements';

/** A problem in the file: the row (null for the file as a whole) and the column's header, and what to do. */
export type TableProblem = Message & { row: number | null; column: string | null };

export type MeasurementTableResult = {
  /** Baseline periods with the row each came from (target `baseline`). */
  periods: { row: number; value: BaselinePeriod }[];
  /** Weeks with the row each came from (target `measurements`). */
  measurements: { row: number; value: PilotMeasurement }[];
  /** Errors: nothing should be stored while there is one. */
  problems: TableProblem[];
  /** Columns that were not used, and the like: worth saying, no reason to refuse the file. */
  warnings: TableProblem[];
  /** The columns used, by their label (header, or letter), for naming a cell in later checks. */
  columns: { label: string; field: ColumnField }[];
};

/** A column's meaning: one of the pilot's KPIs, or one of the fields every week has. */
export type ColumnField =
  | { kind: 'kpi'; id: string }
  | { kind: 'week' | 'period' | 'date' | 'adoption' | 'hoursSpent' | 'costsEur' | 'note' };
type FieldKind = Exclude<ColumnField['kind'], 'kpi'>;

/**
 * The header words of each field, Dutch and English, as they are compared: lower case, without
 * accents, brackets (`Kosten (€)`), `€`, `%`, dashes or underscores, spaces collapsed.
 */
export const HEADER_WORDS: Readonly<Record<FieldKind, readonly string[]>> = {
  week: [
    'week',
    'weeknummer',
    'weeknr',
    'week nr',
    'wk',
    'pilotweek',
    'pilot week',
    'week number',
    'week no',
  ],
  period: [
    'periode',
    'period',
    'week van',
    'weekstart',
    'week start',
    'begin week',
    'start week',
    'eerste dag',
    'week of',
    'week starting',
    'week beginning',
  ],
  date: ['datum', 'date', 'dag', 'day'],
  adoption: [
    'adoptie',
    'adoption',
    'adoptiegraad',
    'adoption rate',
    'gebruik',
    'usage',
    'aandeel ai',
    'share ai',
  ],
  hoursSpent: [
    'uren',
    'uur',
    'hours',
    'hours spent',
    'uren besteed',
    'bestede uren',
    'tijd besteed',
    'time spent',
    'inzet',
  ],
  costsEur: ['kosten', 'costs', 'cost', 'kosten eur', 'costs eur', 'kosten euro', 'uitgaven', 'expenses'],
  note: [
    'opmerking',
    'opmerkingen',
    'notitie',
    'notities',
    'toelichting',
    'note',
    'notes',
    'comment',
    'comments',
  ],
};

/** Fields a baseline uses besides its KPIs; the first one present gives the period. */
const BASELINE_PERIOD_FIELDS: readonly FieldKind[] = ['period', 'date', 'week'];

/** Units written after an hours value (`12 uur`). */
const HOUR_UNITS = new Set(['u', 'uur', 'uren', 'h', 'hr', 'hrs', 'hour', 'hours']);
/** KPI units that mean a value is in percentage points (`4 %` stays 4), not a share. */
const PERCENT_UNIT = /%|procent|percent|pct/i;

/** Bounds of the pilot file (pilot-schema.ts), checked per cell so the error names the cell. */
const LIMITS = { amount: 1_000_000_000, hours: 10_000, noteChars: 20_000 } as const;

/** A header as it is compared: `Kosten (€)` → `kosten`, `Minuten_per-factuur` → `minuten per factuur`. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/[€%:#*]/g, ' ')
    .replace(/[-_./]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Excel's letter of a column (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const WORD_TO_FIELD: ReadonlyMap<string, FieldKind> = new Map(
  (Object.entries(HEADER_WORDS) as [FieldKind, readonly string[]][]).flatMap(([field, words]) =>
    words.map((w) => [normaliseHeader(w), field] as const),
  ),
);

type MappedColumn = { index: number; label: string; field: ColumnField };

/** The meaning of one header: a KPI (by id or name) before the field words, or null. */
export function fieldOfHeader(header: string, plan: MeasurementTablePlan): ColumnField | null {
  const h = normaliseHeader(header);
  if (h === '') return null;
  for (const kpi of plan.kpis) {
    if (normaliseHeader(kpi.id) === h || (kpi.name !== undefined && normaliseHeader(kpi.name) === h)) {
      return { kind: 'kpi', id: kpi.id };
    }
  }
  const field = WORD_TO_FIELD.get(h);
  return field ? { kind: field } : null;
}

const fieldKey = (f: ColumnField) => (f.kind === 'kpi' ? `kpi:${f.id}` : f.kind);

/** The label of a column in messages: its header, or its letter when the header is empty. */
const labelOf = (header: string, index: number) => header.trim() || columnLetter(index);

const problem = (
  row: number | null,
  column: string | null,
  key: string,
  params?: Record<string, string | number>,
): TableProblem => ({ row, column, ...msg(`pilotImport.${key}`, params) });

/**
 * Reads a baseline (`target: 'baseline'`: one row per period, a period column and a column per KPI)
 * or weekly measurements (`'measurements'`: a week column, or a date column with the plan's start
 * date, a column per KPI, and optionally adoption, hours, costs and a note). See the module comment.
 */
export function readMeasurementTable(
  input: MeasurementTableInput,
  plan: MeasurementTablePlan,
  target: ImportTarget,
): MeasurementTableResult {
  const result: MeasurementTableResult = {
    periods: [],
    measurements: [],
    problems: [],
    warnings: [],
    columns: [],
  };
  const headerRow = input.header.row;
  const cells = input.header.cells;
  if (cells.every((c) => c.trim() === '')) {
    result.problems.push(problem(null, null, 'table.noHeader'));
    return result;
  }

  if (plan.kpis.length === 0) {
    result.problems.push(problem(null, null, 'columns.noKpis'));
    return result;
  }

  const mapped: MappedColumn[] = [];
  const unknown: string[] = [];
  const unused: string[] = [];
  const byField = new Map<string, MappedColumn>();
  const hasData = (index: number) => input.rows.some((r) => (r.cells[index] ?? '').trim() !== '');
  cells.forEach((header, index) => {
    const label = labelOf(header, index);
    const field = fieldOfHeader(header, plan);
    if (!field) {
      if (header.trim() !== '' || hasData(index)) unknown.push(label);
      return;
    }
    if (target === 'baseline' && ['adoption', 'hoursSpent', 'costsEur', 'note'].includes(field.kind)) {
      unused.push(label);
      return;
    }
    const column: MappedColumn = { index, label, field };
    const earlier = byField.get(fieldKey(field));
    if (earlier) {
      result.problems.push(
        problem(headerRow, label, 'columns.twice', { column: label, other: earlier.label }),
      );
      return;
    }
    byField.set(fieldKey(field), column);
    mapped.push(column);
  });
  if (unknown.length > 0) {
    result.warnings.push(
      problem(headerRow, null, 'columns.unknown', { columns: unknown.map((c) => `'${c}'`).join(', ') }),
    );
  }
  if (unused.length > 0) {
    result.warnings.push(
      problem(headerRow, null, 'columns.notForBaseline', { columns: unused.map((c) => `'${c}'`).join(', ') }),
    );
  }
  for (const kpi of plan.kpis) {
    if (!byField.has(`kpi:${kpi.id}`)) {
      result.problems.push(
        problem(headerRow, null, 'columns.missingKpi', { kpi: kpi.name ?? kpi.id, id: kpi.id }),
      );
    }
  }

  // Which column says when: the period of a baseline row, the week of a pilot row.
  const when =
    target === 'baseline'
      ? BASELINE_PERIOD_FIELDS.map((f) => byField.get(f)).find((c) => c !== undefined)
      : (byField.get('week') ??
        (plan.startDate ? (byField.get('date') ?? byField.get('period')) : undefined));
  if (!when) {
    const key =
      target === 'baseline'
        ? 'columns.missingPeriod'
        : byField.has('date') || byField.has('period')
          ? 'columns.missingWeekNoStart'
          : 'columns.missingWeek';
    result.problems.push(problem(headerRow, null, key));
  }
  result.columns = mapped.map((c) => ({ label: c.label, field: c.field }));
  if (result.problems.length > 0) return result;
  if (input.rows.every((r) => r.cells.every((c) => c.trim() === ''))) {
    result.problems.push(problem(null, null, 'table.noRows'));
    return result;
  }

  const decimals = new Map(
    mapped.map((c) => [c.index, decimalOf(input.rows, c.index, input.prefersDecimalComma)] as const),
  );
  const adoptionInPoints = adoptionIsInPoints(input.rows, byField.get('adoption'));
  const seen = new Map<string, number>();

  for (const { row, cells: rowCells } of input.rows) {
    if (rowCells.every((c) => c.trim() === '')) continue;
    const text = (c: MappedColumn) => (rowCells[c.index] ?? '').trim();
    const errorsBefore = result.problems.length;
    const fail = (c: MappedColumn, key: string, params: Record<string, string | number> = {}) => {
      result.problems.push(problem(row, c.label, key, { value: text(c).slice(0, 60), ...params }));
    };
    const number = (c: MappedColumn): number | undefined => {
      const t = text(c);
      if (t === '' || isMissingToken(t)) return undefined;
      const read = readNumber(t, decimals.get(c.index) ?? 'either');
      if (read === 'ambiguous') fail(c, 'cell.ambiguousNumber');
      else if (read === null) fail(c, 'cell.notANumber');
      else return unitValue(read, c, fail, plan, adoptionInPoints);
      return undefined;
    };

    const values: Record<string, number> = {};
    for (const c of mapped) {
      if (c.field.kind !== 'kpi') continue;
      const v = number(c);
      if (v === undefined) continue;
      if (Math.abs(v) > LIMITS.amount) fail(c, 'cell.tooLarge');
      else values[c.field.id] = v;
    }

    if (target === 'baseline') {
      const column = when as MappedColumn;
      const period = readDate(text(column));
      if (text(column) === '') fail(column, 'cell.noPeriod');
      else if (period === null) fail(column, 'cell.notADate');
      if (Object.keys(values).length === 0 && result.problems.length === errorsBefore) {
        result.warnings.push(problem(row, null, 'row.noValues'));
        continue;
      }
      if (period === null || result.problems.length > errorsBefore) continue;
      const earlier = seen.get(period);
      if (earlier !== undefined) {
        fail(column, 'cell.duplicatePeriod', { period, other: earlier });
        continue;
      }
      seen.set(period, row);
      result.periods.push({ row, value: { period, values } });
      continue;
    }

    const m: Partial<PilotMeasurement> & { values: Record<string, number> } = { values };
    const weekColumn = when as MappedColumn;
    if (weekColumn.field.kind === 'week') {
      const week = readWeek(text(weekColumn));
      if (text(weekColumn) === '') fail(weekColumn, 'cell.noWeek');
      else if (week === null) fail(weekColumn, 'cell.notAWeek', { max: MAX_PILOT_WEEKS });
      else m.week = week;
    }
    const dateColumn =
      byField.get('date') ?? (weekColumn.field.kind === 'week' ? byField.get('period') : undefined);
    const dateColumnOrWeek = weekColumn.field.kind === 'week' ? dateColumn : weekColumn;
    if (dateColumnOrWeek && text(dateColumnOrWeek) !== '') {
      const date = readDate(text(dateColumnOrWeek));
      if (date === null) fail(dateColumnOrWeek, 'cell.notADate');
      else {
        m.date = date;
        if (m.week === undefined && plan.startDate !== undefined) {
          const week = weekOf(date, plan.startDate);
          if (week < 1) fail(dateColumnOrWeek, 'cell.beforeStart', { start: plan.startDate });
          else if (week > MAX_PILOT_WEEKS) fail(dateColumnOrWeek, 'cell.notAWeek', { max: MAX_PILOT_WEEKS });
          else m.week = week;
        }
      }
    } else if (weekColumn.field.kind !== 'week') {
      fail(weekColumn, 'cell.noDate');
    }
    const adoption = byField.get('adoption');
    if (adoption) {
      const v = number(adoption);
      if (v !== undefined && (v < 0 || v > 1)) fail(adoption, 'cell.adoptionRange');
      else if (v !== undefined) m.adoption = v;
    }
    const hours = byField.get('hoursSpent');
    if (hours) {
      const v = number(hours);
      if (v !== undefined && (v < 0 || v > LIMITS.hours))
        fail(hours, 'cell.hoursRange', { max: LIMITS.hours });
      else if (v !== undefined) m.hoursSpent = v;
    }
    const costs = byField.get('costsEur');
    if (costs) {
      const v = number(costs);
      if (v !== undefined && (v < 0 || v > LIMITS.amount)) fail(costs, 'cell.costsRange');
      else if (v !== undefined) m.costsEur = v;
    }
    const note = byField.get('note');
    if (note && text(note) !== '') {
      if (text(note).length > LIMITS.noteChars) fail(note, 'cell.noteTooLong', { max: LIMITS.noteChars });
      else m.note = text(note);
    }
    if (result.problems.length > errorsBefore || m.week === undefined) continue;
    const key = String(m.week);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      fail(weekColumn, 'cell.duplicateWeek', { week: m.week, other: earlier });
      continue;
    }
    seen.set(key, row);
    result.measurements.push({ row, value: { ...m, week: m.week } });
  }
  return result;
}

type Decimal = ',' | '.' | 'either' | 'mixed';

/**
 * The decimal separator of a column, from the values that say (`12,5` or `1.234,5`: comma; `12.5`
 * or `1,234.5`: point); a column with neither follows the file (`prefersDecimalComma`); a column
 * with both is `mixed`, and its values that could be either are refused rather than guessed.
 */
function decimalOf(rows: readonly TableRow[], index: number, prefersDecimalComma: boolean): Decimal {
  let comma = false;
  let point = false;
  for (const r of rows) {
    const shape = parseNumberShape((r.cells[index] ?? '').trim());
    if (!shape || shape.isAmbiguous) continue;
    if (shape.decimal === ',' || shape.thousands === '.') comma = true;
    if (shape.decimal === '.' || shape.thousands === ',') point = true;
  }
  if (comma && point) return 'mixed';
  if (comma) return ',';
  if (point) return '.';
  return prefersDecimalComma ? ',' : '.';
}

/** A number under its column's decimal separator; `ambiguous` when the column cannot say. */
function readNumber(text: string, decimal: Decimal): NumberShape | 'ambiguous' | null {
  const shape = parseNumberShape(text);
  if (!shape) return null;
  if (!shape.isAmbiguous) return shape;
  if (decimal === 'mixed' || decimal === 'either') return 'ambiguous';
  // `1.234` in a decimal-comma column (or `1,234` in a decimal-point one) is a thousand and more.
  if (shape.decimal !== decimal) return { ...shape, value: Number(shape.core.replace(/[.,]/g, '')) };
  return shape;
}

/**
 * Whether a column of adoption holds percentage points (`80`) rather than shares (`0,8`): some
 * value without a `%` is above 1. Not the header: Excel writes a cell formatted as `80%` as 0.8
 * under a header `Adoptie (%)`. A `%` on the value itself always means points.
 */
function adoptionIsInPoints(rows: readonly TableRow[], column: MappedColumn | undefined): boolean {
  if (!column) return false;
  return rows.some((r) => {
    const shape = parseNumberShape((r.cells[column.index] ?? '').trim());
    return shape !== null && shape.decoration === null && shape.value > 1;
  });
}

/** A number in the unit of its column: adoption as a share, euros for costs, the KPI's unit. */
function unitValue(
  shape: NumberShape,
  column: MappedColumn,
  fail: (c: MappedColumn, key: string, params?: Record<string, string | number>) => void,
  plan: MeasurementTablePlan,
  adoptionInPoints: boolean,
): number | undefined {
  const field = column.field;
  const unit = shape.unit ?? '';
  if (shape.decoration === 'currency') {
    const isEuro = /^(€|eur|euro)$/i.test(unit);
    if (!isEuro) return void fail(column, 'cell.notEuros', { unit });
    if (field.kind === 'costsEur' || field.kind === 'kpi') return shape.value;
    return void fail(column, 'cell.unexpectedUnit', { unit });
  }
  if (shape.decoration === 'percent') {
    if (field.kind === 'adoption') return shape.value / 100;
    if (field.kind === 'kpi') {
      const kpiUnit = plan.kpis.find((k) => k.id === field.id)?.unit ?? '';
      return PERCENT_UNIT.test(kpiUnit) ? shape.value : shape.value / 100;
    }
    return void fail(column, 'cell.unexpectedUnit', { unit });
  }
  if (shape.decoration === 'unit') {
    const written = normaliseHeader(unit);
    if (field.kind === 'hoursSpent' && HOUR_UNITS.has(written)) return shape.value;
    if (field.kind === 'kpi') {
      const kpiUnit = normaliseHeader(plan.kpis.find((k) => k.id === field.id)?.unit ?? '');
      if (kpiUnit !== '' && written !== '' && (kpiUnit.startsWith(written) || written.startsWith(kpiUnit))) {
        return shape.value;
      }
    }
    return void fail(column, 'cell.unexpectedUnit', { unit });
  }
  if (field.kind === 'adoption' && adoptionInPoints) return shape.value / 100;
  return shape.value;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Excel's serial day numbers that are plausible dates (1927–2173), for date cells saved as numbers. */
const EXCEL_SERIAL = { min: 10_000, max: 99_999, epochUtc: Date.UTC(1899, 11, 30) } as const;

/**
 * A date as YYYY-MM-DD: `2026-10-05`, `5-10-2026`, `05/10/2026`, `5-10-26` (day before month), a
 * date with a time (the time is dropped), or Excel's serial number of a day. Null when it is not a
 * real calendar date, or when it can only be month-first (`10/26/2026`).
 */
export function readDate(text: string): string | null {
  const t = text.trim();
  if (/^\d{5}$/.test(t)) {
    const serial = Number(t);
    if (serial < EXCEL_SERIAL.min || serial > EXCEL_SERIAL.max) return null;
    return new Date(EXCEL_SERIAL.epochUtc + serial * 86_400_000).toISOString().slice(0, 10);
  }
  const shape = parseDateShape(t);
  if (!shape || shape.order === 'mdy') return null;
  const parts = t.split(/[\sT]/)[0]?.split(shape.separator) ?? [];
  const [a, b, c] = parts.map(Number) as [number, number, number];
  const [year, month, day] = shape.order === 'ymd' ? [a, b, c] : [shape.twoDigitYear ? 2000 + c : c, b, a];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A pilot week: `3`, `03`, `week 3`, `wk 3`, `w3`, `3.0` (an XLSX number); 1 to MAX_PILOT_WEEKS. */
export function readWeek(text: string): number | null {
  const m = /^(?:week|wk|w)?\s*0*(\d{1,2})(?:[.,]0+)?$/i.exec(text.trim());
  if (!m) return null;
  const week = Number(m[1]);
  return week >= 1 && week <= MAX_PILOT_WEEKS ? week : null;
}

/** The pilot week a day falls in: day 0 to 6 after the start is week 1. */
export function weekOf(date: string, startDate: string): number {
  const days = Math.floor((Date.parse(date) - Date.parse(startDate)) / 86_400_000);
  return Math.floor(days / 7) + 1;
}
