/**
 * How the lines of a text sample split into fields with a delimiter, and how many of the cells are
 * sentences: the figures `isTable` (src/core/data-profile/judge-text-shape.ts) judges.
 */
import type { TextShape } from '../core/data-profile/judge-text-shape.ts';
import { PROFILE_MEASUREMENT as M } from '../core/data-profile/profile-thresholds.ts';
import { readCsvRecords } from './read-csv-records.ts';

/** Lines measured at most; the sniffer reads no more either. */
const MAX_RECORDS = 5000;

/** Words with at least one letter: `12`, `-` and `€` are not words. */
const wordCount = (cell: string) => cell.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/**
 * Measures `sample` (decoded text from the start of a file) split by `delimiter`; `isTruncated`
 * drops the last line, which may be cut off.
 * @example measureTextShape('a;b\n1;2\n', ';', false) // { lines: 2, typicalFields: 2, typicalFieldsShare: 1, proseCellShare: 0 }
 */
export function measureTextShape(sample: string, delimiter: string, isTruncated: boolean): TextShape {
  let records = readCsvRecords(sample, delimiter, MAX_RECORDS);
  if (isTruncated && records.length > 1) records = records.slice(0, -1);
  const lines = records.filter((r) => r.fields.some((f) => f.trim() !== ''));
  const counts = new Map<number, number>();
  for (const r of lines) counts.set(r.fields.length, (counts.get(r.fields.length) ?? 0) + 1);
  let typicalFields = 0;
  let typical = 0;
  for (const [fields, n] of counts) {
    if (n > typical || (n === typical && fields > typicalFields)) {
      typicalFields = fields;
      typical = n;
    }
  }
  const cells = lines.flatMap((r) => r.fields.filter((f) => f.trim() !== ''));
  const prose = cells.filter((c) => wordCount(c) >= M.proseMinWords).length;
  return {
    lines: lines.length,
    typicalFields,
    typicalFieldsShare: lines.length === 0 ? 0 : typical / lines.length,
    proseCellShare: cells.length === 0 ? 0 : prose / cells.length,
  };
}
