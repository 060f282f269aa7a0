/**
 * CSV records read in JavaScript, for the parts of the profiler that look at text before DuckDB
 * loads the file (dialect sniffing, row sampling), with csv-parse: double quotes, `""` for a
 * quote inside quotes, and CR, LF or CRLF (mixed) ending a record. A quote inside an unquoted
 * field is kept as it is, as are ragged rows; a blank line is a record with one empty field.
 */
import { CsvError, type Options, parse } from 'csv-parse/sync';

export type CsvRecord = {
  fields: string[];
  /** 0-based line of the text the record starts on (a quoted line break spans two lines). */
  line: number;
  /** The record's text, its line break included. */
  text: string;
  /** False when the text ended before the record's line break (it may be cut off). */
  isComplete: boolean;
};

const OPTIONS: Options<string[], string[]> = {
  quote: '"',
  escape: '"',
  relax_quotes: true,
  relax_column_count: true,
  skip_empty_lines: false,
  record_delimiter: ['\r\n', '\r', '\n'],
};

const endsWithLineBreak = (text: string) => text.endsWith('\n') || text.endsWith('\r');
/** Physical lines as DuckDB's `skip` counts them: CRLF is one line break, also inside quotes. */
const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Up to `maxRecords` records of `text`. A last record cut off inside a quoted field comes back
 * with what it holds so far (the field runs to the end of the text) and `isComplete: false`.
 * @example readCsvRecords('a;b\n"x\ny";2\n', ';').map((r) => r.fields) // [['a', 'b'], ['x\ny', '2']]
 */
export function readCsvRecords(
  text: string,
  delimiter: string,
  maxRecords = Number.POSITIVE_INFINITY,
): CsvRecord[] {
  const bytes = Buffer.from(text, 'utf8');
  const out: CsvRecord[] = [];
  let consumed = 0;
  let line = 0;
  try {
    parse(text, {
      ...OPTIONS,
      delimiter,
      ...(Number.isFinite(maxRecords) ? { to: maxRecords } : {}),
      on_record: (fields: string[], context) => {
        // `bytes` counts the UTF-8 bytes read so far: the record ends there, its line break included.
        const recordText = bytes.subarray(consumed, context.bytes).toString('utf8');
        out.push({ fields, line, text: recordText, isComplete: endsWithLineBreak(recordText) });
        consumed = context.bytes;
        line += recordText.match(LINE_BREAK)?.length ?? 0;
        return null;
      },
    });
  } catch (e) {
    if (!(e instanceof CsvError) || e.code !== 'CSV_QUOTE_NOT_CLOSED') throw e;
    // The text ends inside a quoted field: the record so far, as if the quote were closed there.
    const rest = bytes.subarray(consumed).toString('utf8');
    const [fields = [rest]] = parse(`${rest}"`, { ...OPTIONS, delimiter, to: 1 }) as string[][];
    out.push({ fields, line, text: rest, isComplete: false });
  }
  return out;
}
