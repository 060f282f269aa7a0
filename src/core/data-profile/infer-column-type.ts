/**
 * Decides a column's type and how its text must be read, from its distinct values and their
 * counts (all of them, or a sample). The profiler turns the result into SQL that parses the
 * whole column; values that do not fit are counted there as non-conforming.
 */
import { classifyValue, type DateShape, type NumberShape, strptimeFormat } from './classify-value.ts';
import type { ColumnType } from './data-profile-types.ts';
import { PROFILE_THRESHOLDS } from './profile-thresholds.ts';

export type ValueCount = { value: string; count: number; firstRow?: number };

export type NumberFormat = { decimal: '.' | ','; thousands: '.' | ',' | ' ' | null };

export type ColumnInference = {
  type: ColumnType;
  /** Counts over the values seen (exact when all distinct values were given). */
  counts: {
    values: number;
    missing: number;
    missingTokens: number;
    number: number;
    date: number;
    time: number;
    boolean: number;
    text: number;
  };
  numberFormat?: NumberFormat;
  /** Numbers with a %, currency or unit, by decoration. */
  decorated: { percent: number; currency: number; unit: number };
  /** Unit spellings as written (first word, `oz.`), with counts. Includes `%` and currency signs. */
  units: ValueCount[];
  /** Whether some numbers use a decimal comma and others a decimal point. */
  hasMixedDecimalSeparators: boolean;
  /** Date order decided for the column; `dmy` by default (Dutch). */
  dateOrder?: 'dmy' | 'mdy' | 'ymd';
  /** Date format families with counts, most frequent first. */
  dateFamilies: ValueCount[];
  /** strptime formats that read the column's dates (empty for ISO dates, which a cast reads). */
  dateFormats: string[];
  /** Dates that contradict the column's order (`13-25-2020` in a d-m-y column). */
  hasConflictingDateOrder: boolean;
  missingTokens: ValueCount[];
  /** Values that do not fit the chosen type, most frequent first (at most 20). */
  nonConforming: ValueCount[];
  nonConformingCount: number;
};

/**
 * Infers a column from value counts. `preferDecimalComma` settles numbers that read both ways
 * (`1.234`) when the column itself gives no hint: true for `;`-separated Dutch exports.
 * @example inferColumnType([{ value: '12,5', count: 3 }, { value: '7', count: 1 }]).numberFormat // { decimal: ',', thousands: null }
 */
export function inferColumnType(
  values: readonly ValueCount[],
  options: { preferDecimalComma?: boolean } = {},
): ColumnInference {
  const counts = {
    values: 0,
    missing: 0,
    missingTokens: 0,
    number: 0,
    date: 0,
    time: 0,
    boolean: 0,
    text: 0,
  };
  const decorated = { percent: 0, currency: 0, unit: 0 };
  const units = new Map<string, ValueCount>();
  const families = new Map<string, number>();
  const missingTokens: ValueCount[] = [];
  const numbers: { shape: NumberShape; vc: ValueCount }[] = [];
  const dates: { shape: DateShape; vc: ValueCount }[] = [];
  const kinds: { kind: string; vc: ValueCount }[] = [];
  let dot = 0;
  let comma = 0;
  let thouDot = 0;
  let thouComma = 0;
  let ambDot = 0;
  let ambComma = 0;
  let dmy = 0;
  let mdy = 0;
  let ymd = 0;

  for (const vc of values) {
    counts.values += vc.count;
    const shape = classifyValue(vc.value);
    kinds.push({ kind: shape.kind, vc });
    switch (shape.kind) {
      case 'missing':
        counts.missing += vc.count;
        break;
      case 'missingToken':
        counts.missingTokens += vc.count;
        missingTokens.push(vc);
        break;
      case 'number': {
        counts.number += vc.count;
        numbers.push({ shape, vc });
        if (shape.decoration) {
          decorated[shape.decoration] += vc.count;
          const spelling = (shape.unit ?? '').split(/\s+/)[0] ?? '';
          const u = units.get(spelling) ?? { value: spelling, count: 0 };
          u.count += vc.count;
          units.set(spelling, u);
        }
        if (shape.isAmbiguous) {
          if (shape.decimal === '.') ambDot += vc.count;
          else ambComma += vc.count;
        } else {
          if (shape.decimal === '.') dot += vc.count;
          if (shape.decimal === ',') comma += vc.count;
          if (shape.thousands === '.') thouDot += vc.count;
          if (shape.thousands === ',') thouComma += vc.count;
        }
        break;
      }
      case 'date':
        counts.date += vc.count;
        dates.push({ shape, vc });
        families.set(shape.family, (families.get(shape.family) ?? 0) + vc.count);
        if (shape.order === 'dmy') dmy += vc.count;
        if (shape.order === 'mdy') mdy += vc.count;
        if (shape.order === 'ymd') ymd += vc.count;
        break;
      case 'time':
        counts.time += vc.count;
        break;
      case 'boolean':
        counts.boolean += vc.count;
        break;
      case 'text':
        counts.text += vc.count;
        break;
    }
  }

  const present = counts.number + counts.date + counts.time + counts.boolean + counts.text;
  const type = chooseType(counts, present, numbers, dates);

  const commaVotes = comma + thouDot;
  const dotVotes = dot + thouComma;
  let numberFormat: NumberFormat | undefined;
  if (type === 'integer' || type === 'decimal') {
    const decimal: '.' | ',' =
      commaVotes > dotVotes ? ',' : dotVotes > commaVotes ? '.' : options.preferDecimalComma ? ',' : '.';
    const spaced = numbers.some((n) => n.shape.thousands === ' ');
    const thousands =
      decimal === ','
        ? thouDot > 0 || (ambDot > 0 && comma > 0)
          ? '.'
          : spaced
            ? ' '
            : null
        : thouComma > 0 || (ambComma > 0 && dot > 0)
          ? ','
          : spaced
            ? ' '
            : null;
    numberFormat = { decimal, thousands };
  }
  const hasMixedDecimalSeparators = comma > 0 && dot > 0;

  let dateOrder: ColumnInference['dateOrder'];
  const dateFormats: string[] = [];
  if (type === 'date' || type === 'datetime') {
    dateOrder = ymd > dmy + mdy ? 'ymd' : mdy > dmy ? 'mdy' : 'dmy';
    const seen = new Set<string>();
    for (const { shape } of [...dates].sort((a, b) => b.vc.count - a.vc.count)) {
      if (shape.order === 'ymd') continue;
      const order = shape.order === 'xy' ? (dateOrder === 'mdy' ? 'mdy' : 'dmy') : shape.order;
      const fmt = strptimeFormat(shape, order);
      if (!seen.has(fmt)) {
        seen.add(fmt);
        dateFormats.push(fmt);
      }
    }
  }
  const hasConflictingDateOrder = dmy > 0 && mdy > 0;

  const fits = (kind: string): boolean => {
    if (kind === 'missing' || kind === 'missingToken') return true;
    switch (type) {
      case 'integer':
      case 'decimal':
        return kind === 'number';
      case 'date':
      case 'datetime':
        return kind === 'date';
      case 'time':
        return kind === 'time';
      case 'boolean':
        return kind === 'boolean';
      default:
        return true;
    }
  };
  const misfits = kinds.filter((k) => !fits(k.kind)).map((k) => k.vc);
  misfits.sort((a, b) => b.count - a.count);

  return {
    type,
    counts,
    ...(numberFormat ? { numberFormat } : {}),
    decorated,
    units: [...units.values()].sort((a, b) => b.count - a.count),
    hasMixedDecimalSeparators,
    ...(dateOrder ? { dateOrder } : {}),
    dateFamilies: [...families.entries()]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count),
    dateFormats,
    hasConflictingDateOrder,
    missingTokens: missingTokens.sort((a, b) => b.count - a.count),
    nonConforming: misfits.slice(0, 20),
    nonConformingCount: misfits.reduce((s, v) => s + v.count, 0),
  };
}

function chooseType(
  counts: ColumnInference['counts'],
  present: number,
  numbers: { shape: NumberShape }[],
  dates: { shape: DateShape }[],
): ColumnType {
  if (present === 0) return 'empty';
  const majority = PROFILE_THRESHOLDS.typeMajorityShare;
  if (counts.number / present > majority) {
    const hasFraction = numbers.some(
      (n) => (n.shape.decimal !== null && !n.shape.isAmbiguous) || !Number.isInteger(n.shape.value),
    );
    return hasFraction ? 'decimal' : 'integer';
  }
  if (counts.date / present > majority) {
    return dates.some((d) => d.shape.hasTime) ? 'datetime' : 'date';
  }
  if (counts.time / present > majority) return 'time';
  if (counts.boolean / present > majority) return 'boolean';
  return 'text';
}
