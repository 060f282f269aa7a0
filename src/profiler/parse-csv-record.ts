/**
 * Quote-aware CSV record splitting for the parts of the profiler that read text in JavaScript
 * (dialect sniffing and row sampling); DuckDB reads the file itself. Double quotes are honoured at
 * the start of a field (`""` inside quotes is a quote); CR, LF and CRLF end a record.
 */

export type CsvRecord = {
  fields: string[];
  /** False when the text ended before an unquoted line break (the record may be cut off). */
  isComplete: boolean;
  /** The record's text, line break included. */
  text: string;
  /** Index in the input just after the record. */
  end: number;
};

/** The record starting at `from` in `text`. */
export function parseRecord(text: string, delimiter: string, from = 0): CsvRecord {
  const fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let atFieldStart = true;
  for (let i = from; i < text.length; i++) {
    const c = text[i] as string;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += c;
      continue;
    }
    if (c === '"' && atFieldStart) {
      inQuotes = true;
      atFieldStart = false;
      continue;
    }
    if (c === delimiter) {
      fields.push(field);
      field = '';
      atFieldStart = true;
      continue;
    }
    if (c === '\r' || c === '\n') {
      fields.push(field);
      const end = c === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
      return { fields, isComplete: true, text: text.slice(from, end), end };
    }
    field += c;
    atFieldStart = false;
  }
  fields.push(field);
  return { fields, isComplete: false, text: text.slice(from), end: text.length };
}

const LINE_BREAK = /\r\n|\r|\n/g;

/** Up to `maxRecords` records of `text`, each with the 0-based line it starts on. */
export function parseRecords(
  text: string,
  delimiter: string,
  maxRecords = 5000,
): { fields: string[]; line: number }[] {
  const out: { fields: string[]; line: number }[] = [];
  let line = 0;
  let pos = 0;
  while (pos < text.length && out.length < maxRecords) {
    const record = parseRecord(text, delimiter, pos);
    out.push({ fields: record.fields, line });
    line += record.text.match(LINE_BREAK)?.length ?? 0;
    pos = record.end;
  }
  return out;
}
