/**
 * Finds how a delimited text file is written, from its first few hundred kilobytes: the delimiter
 * (`,` `;` tab `|`), where the table starts (exports such as DINOloket put a metadata block above
 * it), whether the first row of the table is a header, and the column names.
 */
import { classifyValue } from '../core/data-profile/classify-value.ts';
import { PROFILE_MEASUREMENT as M } from '../core/data-profile/profile-thresholds.ts';
import { readCsvRecords } from './read-csv-records.ts';

export type CsvDialect = {
  delimiter: string;
  quote: '"';
  /** Physical lines before the table's first row (header or data); DuckDB's `skip`. */
  skipLines: number;
  hasHeader: boolean;
  /** Column names: the header's (trimmed, empty ones named `column<n>`, duplicates suffixed), or `column<n>`. */
  names: string[];
  /** 1-based line of the header (or first data row) in the file. */
  headerLine: number;
};

type Rec = { fields: string[]; line: number };

const CANDIDATES = [',', ';', '\t', '|'];
/** Records read from the sample: enough to see the table, its header and the lines above it. */
const MAX_RECORDS = 5000;
/** Scores closer than this are equal (floating-point noise), and the wider table wins. */
const SCORE_TOLERANCE = 1e-9;

const isBlank = (r: Rec) => r.fields.every((f) => f.trim() === '');
const nonEmpty = (r: Rec) => r.fields.filter((f) => f.trim() !== '').length;

function mode(values: number[]): { value: number; share: number } {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && v > best)) {
      best = v;
      bestCount = c;
    }
  }
  return { value: best, share: values.length > 0 ? bestCount / values.length : 0 };
}

/**
 * Sniffs the dialect of `sample` (decoded text from the start of the file, BOM removed).
 * `isTruncated` says the sample ends mid-file, so its last line may be cut off.
 * @example sniffCsvDialect('a;b\n1,5;2\n', false).delimiter // ';'
 */
export function sniffCsvDialect(sample: string, isTruncated: boolean, forced?: string): CsvDialect {
  let best: { delimiter: string; records: Rec[]; score: number; width: number } | undefined;
  for (const delimiter of forced ? [forced] : CANDIDATES) {
    let records: Rec[] = readCsvRecords(sample, delimiter, MAX_RECORDS);
    if (isTruncated && records.length > 1) records = records.slice(0, -1);
    const body = records.filter((r) => !isBlank(r));
    // Consistent field counts over the lines, and more fields, make a delimiter likely; a
    // decimal comma in a `;` file splits lines unevenly, so it loses.
    const m = mode(body.map((r) => r.fields.length));
    const score = m.value > 1 ? m.share * Math.log2(m.value) : 0;
    if (
      !best ||
      score > best.score + SCORE_TOLERANCE ||
      (Math.abs(score - best.score) < SCORE_TOLERANCE && m.value > best.width)
    ) {
      best = { delimiter, records, score, width: m.value };
    }
  }
  const chosen = best ?? {
    delimiter: ',',
    records: readCsvRecords(sample, ',', MAX_RECORDS),
    score: 0,
    width: 1,
  };
  const { records } = chosen;

  // Blocks separated by blank lines; the table is the largest block (the last one on a tie).
  const blocks: Rec[][] = [];
  let current: Rec[] = [];
  for (const r of records) {
    if (isBlank(r)) {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else current.push(r);
  }
  if (current.length > 0) blocks.push(current);
  let table = blocks[0] ?? [];
  for (const b of blocks) if (b.length >= table.length) table = b;

  // Title lines directly above the header (one filled cell while the table has several).
  const typicalFilled = mode(table.slice(1).map(nonEmpty)).value;
  while (table.length > 2 && nonEmpty(table[0] as Rec) <= 1 && typicalFilled >= 2) table = table.slice(1);

  const first = table[0];
  if (!first)
    return {
      delimiter: chosen.delimiter,
      quote: '"',
      skipLines: 0,
      hasHeader: false,
      names: [],
      headerLine: 1,
    };
  const data = table.slice(1);
  const width = Math.max(first.fields.length, mode(data.map((r) => r.fields.length)).value);
  const hasHeader = looksLikeHeader(first.fields, data);
  const names = hasHeader ? nameColumns(first.fields, width) : nameColumns([], width);
  return {
    delimiter: chosen.delimiter,
    quote: '"',
    skipLines: first.line,
    hasHeader,
    names,
    headerLine: first.line + 1,
  };
}

/** A first row is a header when none of its cells is a number or date, and it is not data-like. */
function looksLikeHeader(first: string[], data: Rec[]): boolean {
  const filled = first.filter((f) => f.trim() !== '');
  if (filled.length === 0) return false;
  const isValueLike = (f: string) => {
    const k = classifyValue(f).kind;
    return k === 'number' || k === 'date' || k === 'time';
  };
  if (filled.some(isValueLike)) return false;
  if (data.length === 0) return true;
  // Some column holds numbers/dates below a text cell: clearly a header.
  for (let j = 0; j < first.length; j++) {
    const below = data
      .slice(0, 200)
      .map((r) => r.fields[j] ?? '')
      .filter((f) => f.trim() !== '');
    if (below.length > 0 && below.filter(isValueLike).length / below.length >= M.headerValueShare)
      return true;
  }
  // All text: a header when its cells are distinct and do not reappear below.
  const distinct = new Set(filled.map((f) => f.trim())).size === filled.length;
  const reappears = first.some(
    (f, j) => f.trim() !== '' && data.slice(0, 200).some((r) => (r.fields[j] ?? '').trim() === f.trim()),
  );
  return distinct && !reappears;
}

/** Trimmed names; empty ones become `column<n>`, duplicates get `_2`, `_3`. */
export function nameColumns(header: string[], width: number): string[] {
  const used = new Set<string>();
  const names: string[] = [];
  for (let j = 0; j < width; j++) {
    let base = (header[j] ?? '').trim().replace(/^\uFEFF/, '');
    if (base === '') base = `column${j + 1}`;
    let name = base;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${base}_${k}`;
    used.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}
