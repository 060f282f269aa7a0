/**
 * Whether a text file is a table at all: its lines split into the same number of fields, or it is
 * a single column of values. Notes, letters and logs are refused before profiling (NOT_A_TABLE)
 * instead of being graded as a one-column table of sentences.
 */
import { PROFILE_THRESHOLDS, type ProfileThresholds } from './profile-thresholds.ts';

/** How the non-blank lines of a text split into fields with the delimiter the profiler chose. */
export type TextShape = {
  /** Non-blank lines measured. */
  lines: number;
  /** The most common number of fields on a line… */
  typicalFields: number;
  /** …and the share of the lines that have it, 0..1. */
  typicalFieldsShare: number;
  /** Share of the non-empty cells that read like a sentence (PROFILE_MEASUREMENT.proseMinWords words or more), 0..1. */
  proseCellShare: number;
};

/**
 * True when the text is a table: two or more fields on most lines, or one column that is not
 * running text. Nothing measured (no lines) is left to the empty-file check.
 * @example isTable({ lines: 9, typicalFields: 1, typicalFieldsShare: 0.7, proseCellShare: 0.6 }) // false
 */
export function isTable(shape: TextShape, thresholds: ProfileThresholds = PROFILE_THRESHOLDS): boolean {
  if (shape.lines === 0) return true;
  if (shape.typicalFields >= 2) return shape.typicalFieldsShare >= thresholds.tableMinConsistentShare;
  return shape.proseCellShare < thresholds.notATableProseShare;
}
